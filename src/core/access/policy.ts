import {
  CLASSIFICATIONS,
  type Classification,
  type Distribution,
  type Module,
  type OrgKind,
  type Permission,
  type Tlp,
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

/**
 * The review state of a record, as its owner sees it: review due (the review date has come) and
 * restricted (past the review date by more than the grace period: only the owner reads it).
 */
export function reviewState(record: Pick<RecordMarkings, 'reviewDate'>, ctx: Pick<PolicyContext, 'now' | 'graceDays'>): { reviewDue: boolean; restricted: boolean } {
  const today = ctx.now.toISOString().slice(0, 10);
  return {
    reviewDue: record.reviewDate !== null && record.reviewDate <= today,
    restricted: record.reviewDate !== null && record.reviewDate < retentionCutoff(ctx.now, ctx.graceDays),
  };
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

/**
 * Screening referrals (escalated hits on an official or custom list entry). A referral is a record of
 * the referring organisation addressed to every organisation of the kinds below (the intelligence
 * services): so the referring organisation reads its own, the addressees read all, oversight reads only
 * what a grant opens, and nobody reads without read permission on screening.
 */
export const REFERRAL_ADDRESSEES: readonly OrgKind[] = ['intelligence'];

/** A screening referral as the policy sees it. */
export interface ReferralRef {
  id: string;
  /** The organisation that referred the hit. */
  fromOrgId: string;
}

/**
 * A referral's markings as `actor` reads them: owned by the referring organisation, unclassified,
 * distributed to the actor's organisation exactly when it is one of the addressees. canAccess on
 * these markings is the referral rule (the read door applies it like any other).
 */
export function referralMarkings(actor: Actor, r: ReferralRef): RecordMarkings {
  return {
    id: r.id,
    ownerOrgId: r.fromOrgId,
    classification: CLASSIFICATIONS[0],
    distribution: 'organisations',
    sharedOrgIds: REFERRAL_ADDRESSEES.includes(actor.orgKind) ? [actor.orgId] : [],
    groupIds: [],
    hitNoHit: false,
    reviewDate: null,
    deleted: false,
  };
}

/** Whether the actor reads a screening referral (the pure rule; `referralReadableSql` is its SQL twin). */
export function canReadReferral(actor: Actor, r: ReferralRef, ctx: Omit<PolicyContext, 'module'>): boolean {
  return canAccess(actor, referralMarkings(actor, r), 'read', { ...ctx, module: 'screening' }) === 'full';
}

/** The referral rule as data for a WHERE clause: none, granted ids only (oversight), all, or the actor's own. */
export interface ReferralFilter {
  mode: 'none' | 'grants' | 'all' | 'own';
  orgId: string;
  grantedRecordIds: readonly string[];
}

/** The referral read filter for an actor. */
export function referralFilter(actor: Actor, ctx: Omit<PolicyContext, 'module'>): ReferralFilter {
  const f = readFilter(actor, { ...ctx, module: 'screening' });
  const base = { orgId: actor.orgId, grantedRecordIds: f.grantedRecordIds };
  if (f.mode !== 'normal') return { ...base, mode: f.mode };
  return { ...base, mode: REFERRAL_ADDRESSEES.includes(actor.orgKind) ? 'all' : 'own' };
}

/**
 * Hash banks (content module). A bank carries a TLP instead of full markings: at these levels it is
 * read, listed and matched by its owner organisation only; at the others by every organisation with
 * read permission on content. Oversight reads a bank only through a grant, like any record.
 */
export const BANK_OWNER_ONLY_TLPS: readonly Tlp[] = ['red', 'amber+strict'];

/** A hash bank as the policy sees it. */
export interface BankRef {
  id: string;
  ownerOrgId: string;
  tlp: string;
}

/** A bank's markings: unclassified, owner-only at the TLPs above, otherwise distributed to all. canAccess on these is the bank rule. */
export function bankMarkings(b: BankRef): RecordMarkings {
  return {
    id: b.id,
    ownerOrgId: b.ownerOrgId,
    classification: CLASSIFICATIONS[0],
    distribution: (BANK_OWNER_ONLY_TLPS as readonly string[]).includes(b.tlp) ? 'organisation' : 'all',
    sharedOrgIds: [],
    groupIds: [],
    hitNoHit: false,
    reviewDate: null,
    deleted: false,
  };
}

/** Whether the actor reads (and matches against) a hash bank: the pure rule; `bankReadableSql` is its SQL twin. */
export function canReadBank(actor: Actor, b: BankRef, ctx: Omit<PolicyContext, 'module'>): boolean {
  return canAccess(actor, bankMarkings(b), 'read', { ...ctx, module: 'content' }) === 'full';
}

/** The bank rule as data for a WHERE clause: none, granted ids only (oversight), or own banks plus those not owner-only. */
export interface BankFilter {
  mode: 'none' | 'grants' | 'normal';
  orgId: string;
  ownerOnlyTlps: readonly string[];
  grantedRecordIds: readonly string[];
}

/** The bank read filter for an actor. */
export function bankFilter(actor: Actor, ctx: Omit<PolicyContext, 'module'>): BankFilter {
  const f = readFilter(actor, { ...ctx, module: 'content' });
  return { mode: f.mode, orgId: actor.orgId, ownerOnlyTlps: BANK_OWNER_ONLY_TLPS, grantedRecordIds: f.grantedRecordIds };
}

/**
 * A screening encounter (issue #15): a traveller screened by `actor` matches a national-list entry (an
 * intelligence subject with `record` markings). No false "clear": an entry its owner put on the national
 * list reaches every screening. full: the screener may read the subject (the intel read rule); listed:
 * the screener learns only "listed — contact the owner, action: …" whatever the subject's hit/no-hit
 * flag; none: the subject is deleted, or the actor does not screen (no screening write right).
 */
export type EncounterDecision = 'full' | 'listed' | 'none';

export function screeningEncounter(actor: Actor, record: RecordMarkings, ctx: Omit<PolicyContext, 'module'>): EncounterDecision {
  if (record.deleted) return 'none';
  if (!hasPermission(actor, 'screening', 'write') && !hasPermission(actor, 'screening', 'read')) return 'none';
  if (actor.orgKind === 'oversight') return 'none';
  return canAccess(actor, record, 'read', { ...ctx, module: 'intel' }) === 'full' ? 'full' : 'listed';
}
