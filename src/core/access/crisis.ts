/**
 * Who sees a crisis incident: its declaring organisation, the organisations taking part in it, and
 * crisis administrators; oversight bodies only through a grant, like any record. Everybody else gets
 * the answer for a missing incident. The rule is canAccess on the markings below (the read door
 * applies it); `incidentFilter` is the same rule as data for the repository's WHERE clause.
 */
import { CLASSIFICATIONS } from '../vocab.ts';
import { canAccess, hasPermission, readFilter, type Actor, type PolicyContext, type RecordMarkings } from './policy.ts';

/** An incident as the policy sees it. */
export interface IncidentRef {
  id: string;
  /** The declaring organisation. */
  orgId: string;
  /** Every organisation that takes or took part (whatever its status). */
  participantOrgIds: readonly string[];
}

/** Whether the actor administers the crisis pillar (sees every incident; not oversight). */
export function isCrisisAdmin(actor: Actor): boolean {
  return actor.orgKind !== 'oversight' && (actor.roles.crisis ?? []).includes('admin');
}

/** An incident's markings as `actor` reads them: owned by the declaring organisation, shared with the participants (and with a crisis administrator). */
export function incidentMarkings(actor: Actor, i: IncidentRef): RecordMarkings {
  return {
    id: i.id,
    ownerOrgId: i.orgId,
    classification: CLASSIFICATIONS[0],
    distribution: 'organisations',
    sharedOrgIds: isCrisisAdmin(actor) ? [...i.participantOrgIds, actor.orgId] : i.participantOrgIds,
    groupIds: [],
    hitNoHit: false,
    reviewDate: null,
    deleted: false,
  };
}

type Ctx = Omit<PolicyContext, 'module'>;

/** Whether the actor reads the incident and everything on it. */
export function canReadIncident(actor: Actor, i: IncidentRef, ctx: Ctx): boolean {
  return canAccess(actor, incidentMarkings(actor, i), 'read', { ...ctx, module: 'crisis' }) === 'full';
}

/**
 * Whether the actor may add to the incident (log entries, tasks, units): it reads the incident and
 * holds `permission` on crisis. Oversight never writes.
 */
export function canActOnIncident(actor: Actor, i: IncidentRef, permission: 'write' | 'approve', ctx: Ctx): boolean {
  return actor.orgKind !== 'oversight' && canReadIncident(actor, i, ctx) && hasPermission(actor, 'crisis', permission);
}

/** Whether the actor manages the incident itself (participants, closing): the declaring organisation or a crisis administrator. */
export function canManageIncident(actor: Actor, i: IncidentRef, ctx: Ctx): boolean {
  return canActOnIncident(actor, i, 'write', ctx) && (actor.orgId === i.orgId || isCrisisAdmin(actor));
}

/** The incident rule as data for a WHERE clause: none, granted ids only (oversight), all (administrators) or own-and-participating. */
export interface IncidentFilter {
  mode: 'none' | 'grants' | 'all' | 'member';
  orgId: string;
  grantedRecordIds: readonly string[];
}

export function incidentFilter(actor: Actor, ctx: Ctx): IncidentFilter {
  const f = readFilter(actor, { ...ctx, module: 'crisis' });
  const base = { orgId: actor.orgId, grantedRecordIds: f.grantedRecordIds };
  if (f.mode !== 'normal') return { ...base, mode: f.mode };
  return { ...base, mode: isCrisisAdmin(actor) ? 'all' : 'member' };
}
