/** All SQL of special-method authorisations: requests, targets, signed transitions, destruction records. */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { LegalTables } from './legal.tables.ts';

const db = (d: Database) => withTables<LegalTables>(d);

export type AuthorisationRow = NonNullable<Awaited<ReturnType<typeof findAuthorisation>>>;
export type TransitionRow = Awaited<ReturnType<typeof transitionsOf>>[number];

export function findAuthorisation(d: Database, id: string) {
  return db(d).selectFrom('legal_authorisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The row locked for a transition (one change at a time per authorisation). */
export function lockAuthorisation(d: Database, id: string) {
  return db(d).selectFrom('legal_authorisations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface AuthorisationFilter {
  state?: string | undefined;
  method?: string | undefined;
  basisId?: string | undefined;
  /** Only authorisations whose state is one of these. */
  states?: readonly string[] | undefined;
}

export function listAuthorisations(d: Database, visible: RawBuilder<boolean>, f: AuthorisationFilter) {
  let q = db(d).selectFrom('legal_authorisations as a').selectAll('a').where(visible);
  if (f.state) q = q.where('a.state', '=', f.state);
  if (f.states) q = q.where('a.state', 'in', [...f.states]);
  if (f.method) q = q.where('a.method', '=', f.method);
  if (f.basisId) q = q.where('a.basis_id', '=', f.basisId);
  return q.orderBy('a.created_at', 'desc').limit(500).execute();
}

export async function nextReference(d: Database, year: number): Promise<string> {
  const r = await db(d).selectFrom('legal_authorisations').select(sql<number>`count(*)::int`.as('n')).where('reference', 'like', `AUT-${year}-%`).executeTakeFirstOrThrow();
  return `AUT-${year}-${String(r.n + 1).padStart(4, '0')}`;
}

export async function insertAuthorisation(
  d: Database,
  a: { id: string; reference: string; orgId: string; method: string; tier: string; basisId: string; offenceIds: string[]; facts: string; subsidiarity: string; proportionality: string; durationDays: number; classification: string; supersedesId: string | null; createdBy: string; at: Date },
  subjectIds: readonly string[],
): Promise<void> {
  await db(d)
    .insertInto('legal_authorisations')
    .values({ id: a.id, reference: a.reference, org_id: a.orgId, method: a.method, tier: a.tier, basis_id: a.basisId, offence_ids: a.offenceIds, facts: a.facts, subsidiarity: a.subsidiarity, proportionality: a.proportionality, duration_days: a.durationDays, classification: a.classification, supersedes_id: a.supersedesId, state: 'draft', state_since: a.at, active_since: null, until: null, created_by: a.createdBy })
    .execute();
  if (subjectIds.length > 0) await db(d).insertInto('legal_authorisation_targets').values(subjectIds.map((s) => ({ authorisation_id: a.id, subject_id: s }))).execute();
}

export async function targetsOf(d: Database, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db(d).selectFrom('legal_authorisation_targets').selectAll().where('authorisation_id', 'in', [...ids]).orderBy('subject_id').execute();
  for (const r of rows) out.get(r.authorisation_id)!.push(r.subject_id);
  return out;
}

export function transitionsOf(d: Database, id: string) {
  return db(d).selectFrom('legal_transitions').selectAll().where('authorisation_id', '=', id).orderBy('seq').execute();
}

export async function insertTransition(
  d: Database,
  t: { id: string; authorisationId: string; seq: number; action: string; fromState: string | null; toState: string; actorId: string; actorOrgId: string; reason: string; data: string; at: Date; prevHash: string; hash: string; keyId: string; signature: string },
): Promise<void> {
  await db(d)
    .insertInto('legal_transitions')
    .values({ id: t.id, authorisation_id: t.authorisationId, seq: t.seq, action: t.action, from_state: t.fromState, to_state: t.toState, actor_id: t.actorId, actor_org_id: t.actorOrgId, reason: t.reason, data: t.data, at: t.at, prev_hash: t.prevHash, hash: t.hash, key_id: t.keyId, signature: t.signature })
    .execute();
}

export async function setState(d: Database, id: string, s: { state: string; at: Date; activeSince: Date | null; until: string | null }): Promise<void> {
  await db(d).updateTable('legal_authorisations').set({ state: s.state, state_since: s.at, active_since: s.activeSince, until: s.until }).where('id', '=', id).execute();
}

export async function insertDestruction(d: Database, x: { authorisationId: string; transitionId: string; what: string; how: string; destroyedOn: string; destroyedBy: string }): Promise<void> {
  await db(d).insertInto('legal_destructions').values({ authorisation_id: x.authorisationId, transition_id: x.transitionId, what: x.what, how: x.how, destroyed_on: x.destroyedOn, destroyed_by: x.destroyedBy }).execute();
}

export function destructionOf(d: Database, id: string) {
  return db(d).selectFrom('legal_destructions').selectAll().where('authorisation_id', '=', id).executeTakeFirst();
}

/** Every transition with what the statistics need (from `from` to `to`, ISO timestamps). */
export function transitionFacts(d: Database, from: string, to: string) {
  return db(d)
    .selectFrom('legal_transitions as t')
    .innerJoin('legal_authorisations as a', 'a.id', 't.authorisation_id')
    .select(['t.authorisation_id', 't.action', 't.to_state', 't.at', 'a.org_id', 'a.method', 'a.offence_ids'])
    .select(sql<number>`(SELECT count(*)::int FROM legal_authorisation_targets g WHERE g.authorisation_id = a.id)`.as('targets'))
    .where('t.at', '>=', new Date(from))
    .where('t.at', '<', new Date(to))
    .orderBy('t.at')
    .execute();
}

/** Authorisations whose deadlines may be near (every state that carries one). */
export function withDeadlines(d: Database, visible: RawBuilder<boolean>) {
  return listAuthorisations(d, visible, { states: ['awaiting-opinion', 'urgent', 'active', 'renewal-requested', 'ended', 'expired'] });
}

/** Every authorisation visible to the reader, oldest first, for the signature check (no limit: oversight checks them all). */
export function listForVerification(d: Database, visible: RawBuilder<boolean>) {
  return db(d).selectFrom('legal_authorisations as a').selectAll('a').where(visible).orderBy('a.created_at').orderBy('a.id').execute();
}

/** Rows grouped by a key, each group in the rows' order (the steps of several records). */
export function groupRows<R>(rows: readonly R[], key: (r: R) => string): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** The transitions of several authorisations, each in order. */
export async function transitionsOfMany(d: Database, ids: readonly string[]): Promise<Map<string, TransitionRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db(d).selectFrom('legal_transitions').selectAll().where('authorisation_id', 'in', [...ids]).orderBy('authorisation_id').orderBy('seq').execute();
  return groupRows(rows, (r) => r.authorisation_id);
}
