/** All SQL of the legal registry and the deadline rules. */
import { sql } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { LegalTables } from './legal.tables.ts';

const db = (d: Database) => withTables<LegalTables>(d);

export type RegistryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export interface RegistryFilter {
  kind?: 'offence' | 'basis' | undefined;
  scope?: 'processing' | 'method' | undefined;
  method?: string | undefined;
  /** Only versions in force on this day. */
  validOn?: string | undefined;
  q?: string | undefined;
  /** Every version (else only the latest of each code). */
  history?: boolean | undefined;
}

export function listEntries(d: Database, f: RegistryFilter) {
  let q = db(d).selectFrom('legal_registry').selectAll();
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.scope) q = q.where('scope', '=', f.scope);
  if (f.method) q = q.where('method', '=', f.method);
  if (f.validOn) q = q.where('valid_from', '<=', f.validOn).where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', f.validOn!)]));
  if (f.q) q = q.where((eb) => eb.or([eb('title', 'ilike', `%${f.q}%`), eb('article', 'ilike', `%${f.q}%`), eb('code', 'ilike', `%${f.q}%`)]));
  if (!f.history) q = q.where('successor_id', 'is', null);
  return q.orderBy('kind').orderBy('code').orderBy('version').limit(500).execute();
}

export function findEntry(d: Database, id: string) {
  return db(d).selectFrom('legal_registry').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEntries(d: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db(d).selectFrom('legal_registry').selectAll().where('id', 'in', [...ids]).execute();
}

export function versionsOf(d: Database, code: string) {
  return db(d).selectFrom('legal_registry').selectAll().where('code', '=', code).orderBy('version').execute();
}

export async function insertEntry(
  d: Database,
  e: { id: string; kind: string; code: string; version: number; title: string; article: string; textReference: string; scope: string | null; method: string | null; validFrom: string; validTo: string | null; replacesId: string | null; createdBy: string },
): Promise<void> {
  await db(d)
    .insertInto('legal_registry')
    .values({ id: e.id, kind: e.kind, code: e.code, version: e.version, title: e.title, article: e.article, text_reference: e.textReference, scope: e.scope, method: e.method, valid_from: e.validFrom, valid_to: e.validTo, replaces_id: e.replacesId, created_by: e.createdBy })
    .execute();
}

/** Closes a version: its last day, and its successor when amended (the trigger allows nothing else). */
export async function closeEntry(d: Database, id: string, validTo: string, successorId: string | null): Promise<void> {
  await db(d).updateTable('legal_registry').set({ valid_to: validTo, ...(successorId ? { successor_id: successorId } : {}) }).where('id', '=', id).execute();
}

export function codeExists(d: Database, code: string) {
  return db(d).selectFrom('legal_registry').select('id').where('code', '=', code).executeTakeFirst();
}

export function listRules(d: Database) {
  return db(d).selectFrom('legal_deadline_rules').selectAll().orderBy('key').execute();
}

export async function seedRules(d: Database, rules: ReadonlyArray<{ key: string; days: number; reference: string; indicative: boolean; note: string }>): Promise<void> {
  if (rules.length === 0) return;
  await db(d)
    .insertInto('legal_deadline_rules')
    .values(rules.map((r) => ({ key: r.key, days: r.days, reference: r.reference, indicative: r.indicative, note: r.note })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export async function setRule(d: Database, key: string, days: number, reference: string, indicative: boolean, userId: string): Promise<void> {
  await db(d)
    .insertInto('legal_deadline_rules')
    .values({ key, days, reference, indicative, note: '', updated_by: userId })
    .onConflict((oc) => oc.column('key').doUpdateSet({ days, reference, indicative, updated_by: userId, updated_at: sql`now()` }))
    .execute();
}
