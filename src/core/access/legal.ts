/**
 * Who sees what of the legal pillar. Authorisations of special methods and judicial cooperation
 * requests are sensitive: a service reads only its own organisation's; the two oversight bodies (the
 * administrative commission and the Standing Intelligence Committee, holding 'oversee' on legal) read
 * every one, because the law gives them that access — not through a grant. Everybody else gets the
 * answer for a missing record.
 *
 * The rule is canAccess on the markings below for the actor as the legal rule sees it (legalReader):
 * the read door applies it; `legalFilter` is the same rule as data for the repository's WHERE clause
 * (test/integration/legal-policy-sql.test.ts proves them equal on a real database).
 */
import { ORG_KINDS, type Classification } from '../vocab.ts';
import type { LegalRole } from '../legal/authorisation.ts';
import { canAccess, clears, readFilter, type Actor, type PolicyContext, type RecordMarkings } from './policy.ts';

type Ctx = Omit<PolicyContext, 'module'>;

/** A legal record (authorisation or cooperation request) as the policy sees it. */
export interface LegalRef {
  id: string;
  /** The service the record belongs to. */
  orgId: string;
  classification: Classification;
}

/** Whether the actor sits on a body overseeing the legal pillar (commission or committee). */
export function isLegalOverseer(actor: Actor): boolean {
  return (actor.roles.legal ?? []).includes('oversee');
}

/** Whether the actor edits the legal registry and the deadline rules. */
export function isLegalAdmin(actor: Actor): boolean {
  return (actor.roles.legal ?? []).includes('admin');
}

/**
 * The actor as the legal rule sees them: an overseer reads as a body entitled by law (the general
 * policy's "oversight reads only through a grant" does not apply to it here); anyone else unchanged.
 */
export function legalReader(actor: Actor): Actor {
  if (!isLegalOverseer(actor) || actor.orgKind !== 'oversight') return actor;
  return { ...actor, orgKind: ORG_KINDS[0] };
}

/** A legal record's markings as `actor` reads them: owned by its service, shared with the actor when the actor oversees. */
export function legalMarkings(actor: Actor, r: LegalRef): RecordMarkings {
  return {
    id: r.id,
    ownerOrgId: r.orgId,
    classification: r.classification,
    distribution: 'organisations',
    sharedOrgIds: isLegalOverseer(actor) ? [actor.orgId] : [],
    groupIds: [],
    hitNoHit: false,
    reviewDate: null,
    deleted: false,
  };
}

/** Whether the actor reads the legal record in full. */
export function canReadLegal(actor: Actor, r: LegalRef, ctx: Ctx): boolean {
  return canAccess(legalReader(actor), legalMarkings(actor, r), 'read', { ...ctx, module: 'legal' }) === 'full';
}

/**
 * The roles the actor holds towards an authorisation it reads: drafter (legal write, own service),
 * head of service (legal approve, own service), commission (oversee + approve), committee (oversee
 * only). An overseer never acts for a service.
 */
export function legalRoles(actor: Actor, r: LegalRef, ctx: Ctx): LegalRole[] {
  if (!canReadLegal(actor, r, ctx)) return [];
  const held = actor.roles.legal ?? [];
  if (isLegalOverseer(actor)) return held.includes('approve') ? ['commission'] : ['committee'];
  if (actor.orgId !== r.orgId || !clears(actor.clearance, r.classification)) return [];
  const roles: LegalRole[] = [];
  if (held.includes('write')) roles.push('drafter');
  if (held.includes('approve')) roles.push('head');
  return roles;
}

/** Whether the actor may draft a request or record a cooperation request for its own service. */
export function canDraftLegal(actor: Actor): boolean {
  const held = actor.roles.legal ?? [];
  return !isLegalOverseer(actor) && (held.includes('write') || held.includes('approve'));
}

/** The legal read rule as data for a WHERE clause. */
export interface LegalFilter {
  mode: 'none' | 'grants' | 'all' | 'own';
  orgId: string;
  classifications: Classification[];
  grantedRecordIds: readonly string[];
}

export function legalFilter(actor: Actor, ctx: Ctx): LegalFilter {
  const f = readFilter(legalReader(actor), { ...ctx, module: 'legal' });
  const base = { orgId: actor.orgId, classifications: f.classifications, grantedRecordIds: f.grantedRecordIds };
  if (f.mode !== 'normal') return { ...base, mode: f.mode };
  return { ...base, mode: isLegalOverseer(actor) ? 'all' : 'own' };
}
