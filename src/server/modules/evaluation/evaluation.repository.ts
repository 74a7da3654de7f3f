/** Every SQL statement of the evaluation module's own tables (migrations/0021_evaluation.sql). */
import { sql } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { EvaluationTables } from './evaluation.tables.ts';

const db = (d: Database) => withTables<EvaluationTables>(d);

export type IndicatorRow = NonNullable<Awaited<ReturnType<typeof findIndicator>>>;
export type ValueRow = Awaited<ReturnType<typeof listValues>>[number];
export type TheoryRow = Awaited<ReturnType<typeof listTheories>>[number];

export interface IndicatorFields {
  code: string;
  name: string;
  description: string;
  numerator: string;
  denominator: string;
  factor: number;
  unit: string;
  periodicity: string;
  counts_cases: boolean;
  direction: string;
  source: string;
  source_url: string | null;
  reliability: string;
  disaggregation: string[];
}

export function listIndicators(d: Database) {
  return db(d).selectFrom('evaluation_indicators').selectAll().orderBy('name').execute();
}

export function findIndicator(d: Database, id: string) {
  return db(d).selectFrom('evaluation_indicators').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findIndicatorByCode(d: Database, code: string) {
  return db(d).selectFrom('evaluation_indicators').select(['id']).where('code', '=', code).executeTakeFirst();
}

export async function insertIndicator(tx: Database, id: string, f: IndicatorFields, userId: string): Promise<void> {
  await db(tx).insertInto('evaluation_indicators').values({ id, ...f, created_by: userId }).execute();
}

/** Changes an indicator if its version is still `version`; false when someone changed it first. */
export async function updateIndicator(tx: Database, id: string, version: number, f: Omit<IndicatorFields, 'code' | 'periodicity'>, at: Date): Promise<boolean> {
  const r = await db(tx)
    .updateTable('evaluation_indicators')
    .set({ ...f, version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listTheories(d: Database) {
  return db(d).selectFrom('evaluation_theories').selectAll().orderBy('programme_type').execute();
}

export async function upsertTheory(tx: Database, t: { programmeType: string; activities: string[]; outputs: string[]; outcomes: string[]; indicatorIds: string[] }, userId: string, at: Date): Promise<void> {
  const row = { activities: t.activities, outputs: t.outputs, outcomes: t.outcomes, indicator_ids: t.indicatorIds, updated_by: userId, updated_at: at };
  await db(tx)
    .insertInto('evaluation_theories')
    .values({ programme_type: t.programmeType, ...row })
    .onConflict((oc) => oc.column('programme_type').doUpdateSet(row))
    .execute();
}

/** Values of an indicator, optionally of some municipalities and from/to a period start; by period. */
export function listValues(d: Database, indicatorId: string, f: { nisCodes?: string[] | undefined; periodStart?: string | undefined } = {}) {
  let q = db(d)
    .selectFrom('evaluation_values')
    .select(['id', 'indicator_id', 'nis_code', 'period', sql<string>`to_char(period_start, 'YYYY-MM-DD')`.as('period_start'), 'numerator', 'denominator', 'value', 'note', 'import_id', 'entered_at'])
    .where('indicator_id', '=', indicatorId);
  if (f.nisCodes && f.nisCodes.length > 0) q = q.where('nis_code', 'in', f.nisCodes);
  if (f.periodStart) q = q.where('period_start', '=', f.periodStart);
  return q.orderBy('period_start').orderBy('nis_code').execute();
}

/** The (municipality, period) keys of an indicator that already hold a value. */
export async function existingKeys(d: Database, indicatorId: string): Promise<Set<string>> {
  const rows = await db(d).selectFrom('evaluation_values').select(['nis_code', 'period']).where('indicator_id', '=', indicatorId).execute();
  return new Set(rows.map((r) => `${r.nis_code}|${r.period}`));
}

/** The periods of an indicator that hold values, latest first. */
export async function periodsOf(d: Database, indicatorId: string): Promise<string[]> {
  const rows = await db(d).selectFrom('evaluation_values').select(['period']).distinct().where('indicator_id', '=', indicatorId).execute();
  return rows.map((r) => r.period);
}

export interface ValueInput {
  id: string;
  indicatorId: string;
  nisCode: string;
  period: string;
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  note: string;
  importId: string | null;
}

/** Inserts values, replacing the value already held for the same municipality and period. */
export async function upsertValues(tx: Database, rows: ValueInput[], userId: string, at: Date): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({
      id: r.id,
      indicator_id: r.indicatorId,
      nis_code: r.nisCode,
      period: r.period,
      period_start: r.periodStart,
      numerator: r.numerator,
      denominator: r.denominator,
      value: r.value,
      note: r.note,
      import_id: r.importId,
      entered_by: userId,
      entered_at: at,
    }));
    await db(tx)
      .insertInto('evaluation_values')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['indicator_id', 'nis_code', 'period']).doUpdateSet((eb) => ({
          numerator: eb.ref('excluded.numerator'),
          denominator: eb.ref('excluded.denominator'),
          value: eb.ref('excluded.value'),
          note: eb.ref('excluded.note'),
          import_id: eb.ref('excluded.import_id'),
          entered_by: eb.ref('excluded.entered_by'),
          entered_at: eb.ref('excluded.entered_at'),
        })),
      )
      .execute();
  }
}

export async function insertImport(tx: Database, r: { id: string; indicatorId: string; fileName: string; rows: number; created: number; replaced: number }, userId: string, at: Date): Promise<void> {
  await db(tx).insertInto('evaluation_imports').values({ id: r.id, indicator_id: r.indicatorId, file_name: r.fileName, rows: r.rows, created: r.created, replaced: r.replaced, imported_by: userId, imported_at: at }).execute();
}

export function listImports(d: Database, indicatorId: string) {
  return db(d).selectFrom('evaluation_imports').selectAll().where('indicator_id', '=', indicatorId).orderBy('imported_at', 'desc').limit(20).execute();
}
