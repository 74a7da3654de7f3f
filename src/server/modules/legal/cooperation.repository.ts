/** All SQL of judicial cooperation requests and their dated events. */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { LegalTables } from './legal.tables.ts';
import { groupRows } from './authorisations.repository.ts';

const db = (d: Database) => withTables<LegalTables>(d);

export type CoopRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export function findRequest(d: Database, id: string) {
  return db(d).selectFrom('legal_cooperation').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockRequest(d: Database, id: string) {
  return db(d).selectFrom('legal_cooperation').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listRequests(d: Database, visible: RawBuilder<boolean>, f: { kind?: string | undefined; state?: string | undefined; basisId?: string | undefined }) {
  let q = db(d).selectFrom('legal_cooperation as c').selectAll('c').where(visible);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.state) q = q.where('c.state', '=', f.state);
  if (f.basisId) q = q.where('c.basis_id', '=', f.basisId);
  return q.orderBy('c.created_at', 'desc').limit(500).execute();
}

/** Cooperation requests recorded in [from, to), with their offences (for the per-offence statistics; the oversight bodies read every request). */
export function cooperationFacts(d: Database, from: string, to: string) {
  return db(d).selectFrom('legal_cooperation').select(['id', 'created_at', 'offence_ids']).where('created_at', '>=', new Date(from)).where('created_at', '<', new Date(to)).orderBy('created_at').execute();
}

export async function nextReference(d: Database, kind: string, year: number): Promise<string> {
  const prefix = `${kind.toUpperCase()}-${year}-`;
  const r = await db(d).selectFrom('legal_cooperation').select(sql<number>`count(*)::int`.as('n')).where('reference', 'like', `${prefix}%`).executeTakeFirstOrThrow();
  return `${prefix}${String(r.n + 1).padStart(4, '0')}`;
}

export async function insertRequest(
  d: Database,
  c: { id: string; reference: string; kind: string; direction: string; orgId: string; otherCountry: string; counterpart: string; parties: string; basisId: string; offenceIds: string[]; subjectIds: string[]; classification: string; receivedOn: string | null; createdBy: string },
): Promise<void> {
  await db(d)
    .insertInto('legal_cooperation')
    .values({ id: c.id, reference: c.reference, kind: c.kind, direction: c.direction, org_id: c.orgId, other_country: c.otherCountry, counterpart: c.counterpart, parties: c.parties, basis_id: c.basisId, offence_ids: c.offenceIds, subject_ids: c.subjectIds, classification: c.classification, received_on: c.receivedOn, created_by: c.createdBy })
    .execute();
}

export function eventsOf(d: Database, id: string) {
  return db(d).selectFrom('legal_cooperation_events').selectAll().where('request_id', '=', id).orderBy('seq').execute();
}

export type CoopEventRow = Awaited<ReturnType<typeof eventsOf>>[number];

/** Appends a signed step (the table refuses updates and deletes). */
export async function appendEvent(
  d: Database,
  e: { requestId: string; seq: number; event: string; onDate: string; note: string; actorId: string; at: Date; fromState: string; toState: string; prevHash: string; hash: string; keyId: string; signature: string },
): Promise<void> {
  await db(d)
    .insertInto('legal_cooperation_events')
    .values({ id: crypto.randomUUID(), request_id: e.requestId, seq: e.seq, event: e.event, on_date: e.onDate, note: e.note, actor_id: e.actorId, at: e.at, from_state: e.fromState, to_state: e.toState, prev_hash: e.prevHash, hash: e.hash, key_id: e.keyId, signature: e.signature })
    .execute();
}

/** Every request visible to the reader, oldest first, for the signature check (no limit: oversight checks them all). */
export function listForVerification(d: Database, visible: RawBuilder<boolean>) {
  return db(d).selectFrom('legal_cooperation as c').selectAll('c').where(visible).orderBy('c.created_at').orderBy('c.id').execute();
}

/** The steps of several requests, each in order. */
export async function eventsOfMany(d: Database, ids: readonly string[]): Promise<Map<string, CoopEventRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db(d).selectFrom('legal_cooperation_events').selectAll().where('request_id', 'in', [...ids]).orderBy('request_id').orderBy('seq').execute();
  return groupRows(rows, (r) => r.request_id);
}

/** The dated facts and state after an event. */
export async function setFacts(
  d: Database,
  id: string,
  f: { state: string; received_on?: string; arrest_on?: string; consent_on?: string; extended?: boolean; recognised_on?: string; final_decision_on?: string; surrendered_on?: string },
): Promise<void> {
  await db(d).updateTable('legal_cooperation').set({ ...f, updated_at: sql`now()` }).where('id', '=', id).execute();
}
