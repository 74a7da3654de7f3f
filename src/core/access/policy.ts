import {
  CLASSIFICATIONS,
  type Classification,
  type Distribution,
  type Module,
  type OrgKind,
  type Permission,
} from '../vocab.ts';

/** The acting user, as the policy sees them. */
export interface Actor {
  userId: string;
  orgId: string;
  orgKind: OrgKind;
  clearance: Classification;
  roles: Partial<Record<Module, readonly Permission[]>>;
  /** Sharing groups the actor's organisation belongs to. */
  groupIds: readonly string[];
  /** Records an oversight grant opens to this actor (read only). */
  grantedRecordIds?: ReadonlySet<string>;
}

/** The markings of a record that decide access. */
export interface RecordMarkings {
  id: string;
  ownerOrgId: string;
  classification: Classification;
  distribution: Distribution;
  /** For distribution "organisations": the named organisations. */
  sharedOrgIds: readonly string[];
  /** For distribution "group": the sharing groups. */
  groupIds: readonly string[];
  /** Whether others may learn that the record exists and whom to ask. */
  hitNoHit: boolean;
  /** ISO date (YYYY-MM-DD) by which the owner must review the record, or null. */
  reviewDate: string | null;
  deleted: boolean;
}

export type Action = 'read' | 'write' | 'approve' | 'delete';
/** full: the record; hit: only that it exists and who owns it; none: as if it did not exist. */
export type Decision = 'full' | 'hit' | 'none';

export interface PolicyContext {
  module: Module;
  /** The instant of the decision (retention depends on it). */
  now: Date;
  /** Days after the review date before a record is restricted to its owner. */
  graceDays: number;
}

const RANK: Record<Classification, number> = Object.fromEntries(
  CLASSIFICATIONS.map((c, i) => [c, i]),
) as Record<Classification, number>;

/** Whether a clearance covers a classification. */
export function clears(clearance: Classification, classification: Classification): boolean {
  return RANK[clearance] >= RANK[classification];
}

/** Classifications a clearance covers, lowest first. */
export function clearedLevels(clearance: Classification): Classification[] {
  return CLASSIFICATIONS.filter((c) => clears(clearance, c));
}

/** Whether the actor holds a permission on a module; any permission implies read. */
export function hasPermission(actor: Actor, module: Module, permission: Permission): boolean {
  const held = actor.roles[module] ?? [];
  if (permission === 'read') return held.length > 0;
  return held.includes(permission) || held.includes('admin');
}

/** The last day (ISO) a record reviewed on `reviewDate` stays open before retention restricts it. */
export function retentionCutoff(now: Date, graceDays: number): string {
  const d = new Date(now.getTime() - graceDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Whether retention restricts the record to its owner: its review date passed more than the grace ago. */
export function isRetentionRestricted(record: Pick<RecordMarkings, 'reviewDate'>, ctx: PolicyContext): boolean {
  return record.reviewDate !== null && record.reviewDate < retentionCutoff(ctx.now, ctx.graceDays);
}

/** Whether the record's distribution reaches the actor's organisation (the owner always is). */
export function distributionReaches(actor: Actor, record: RecordMarkings): boolean {
  if (actor.orgId === record.ownerOrgId) return true;
  switch (record.distribution) {
    case 'organisation':
      return false;
    case 'organisations':
      return record.sharedOrgIds.includes(actor.orgId);
    case 'group':
      return record.groupIds.some((g) => actor.groupIds.includes(g));
    case 'all':
      // Oversight bodies see operational content only through a grant.
      return actor.orgKind !== 'oversight';
  }
}

/**
 * The need-to-know decision: what `actor` may do with `record` for `action`.
 * Pure; every service calls it before touching a record.
 */
export function canAccess(actor: Actor, record: RecordMarkings, action: Action, ctx: PolicyContext): Decision {
  if (record.deleted) return 'none';
  const isOwner = actor.orgId === record.ownerOrgId;
  const cleared = clears(actor.clearance, record.classification);

  if (action !== 'read') {
    const permission: Permission = action === 'approve' ? 'approve' : 'write';
    return isOwner && cleared && hasPermission(actor, ctx.module, permission) ? 'full' : 'none';
  }

  if (actor.orgKind === 'oversight') {
    const granted = actor.grantedRecordIds?.has(record.id) === true;
    return granted && cleared && hasPermission(actor, 'audit', 'read') ? 'full' : 'none';
  }
  if (!hasPermission(actor, ctx.module, 'read')) return 'none';

  if (isOwner) return cleared ? 'full' : 'none';
  if (isRetentionRestricted(record, ctx)) return 'none';
  if (cleared && distributionReaches(actor, record)) return 'full';
  return record.hitNoHit ? 'hit' : 'none';
}

/**
 * The same policy for reads, as data a store turns into a WHERE clause, so searches return only
 * what canAccess would grant in full. Stores still pass each row through canAccess.
 * mode "none": nothing is readable; "grants": only the listed records (oversight); "normal": the rest.
 */
export interface ReadFilter {
  mode: 'none' | 'grants' | 'normal';
  orgId: string;
  classifications: Classification[];
  groupIds: readonly string[];
  /** Records of other organisations must have no review date or one on or after this day. */
  retentionCutoff: string;
  grantedRecordIds: readonly string[];
}

/** The read filter for an actor in a module at an instant. */
export function readFilter(actor: Actor, ctx: PolicyContext): ReadFilter {
  const base = {
    orgId: actor.orgId,
    classifications: clearedLevels(actor.clearance),
    groupIds: actor.groupIds,
    retentionCutoff: retentionCutoff(ctx.now, ctx.graceDays),
    grantedRecordIds: [...(actor.grantedRecordIds ?? [])],
  };
  if (actor.orgKind === 'oversight') {
    const can = hasPermission(actor, 'audit', 'read') && base.grantedRecordIds.length > 0;
    return { ...base, mode: can ? 'grants' : 'none' };
  }
  return { ...base, mode: hasPermission(actor, ctx.module, 'read') ? 'normal' : 'none' };
}
