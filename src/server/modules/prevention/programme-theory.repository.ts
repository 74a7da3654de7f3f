/** SQL of a programme's theory of change (prevention_programme_theories: one row per saved version, append-only). */
import { withTables, type Database } from '../../platform/db.ts';
import type { PreventionTheoryTables } from './prevention.tables.ts';

const db = (d: Database) => withTables<PreventionTheoryTables>(d);

export type ProgrammeTheoryRow = NonNullable<Awaited<ReturnType<typeof latestTheory>>>;

/** The programme's theory: its highest version, or undefined when none was saved. */
export function latestTheory(d: Database, programmeId: string) {
  return db(d).selectFrom('prevention_programme_theories').selectAll().where('programme_id', '=', programmeId).orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** Every saved version of the programme's theory, newest first. */
export function theoryVersions(d: Database, programmeId: string) {
  return db(d).selectFrom('prevention_programme_theories').selectAll().where('programme_id', '=', programmeId).orderBy('version', 'desc').execute();
}

export interface TheoryVersionInput {
  programmeId: string;
  version: number;
  activities: string[];
  outputs: string[];
  outcomes: string[];
  indicatorIds: string[];
  rationale: string;
  basedOnType: string | null;
  userId: string;
  at: Date;
}

/** Appends a version; the primary key (programme, version) refuses a second writer of the same version. */
export async function insertTheoryVersion(tx: Database, v: TheoryVersionInput): Promise<void> {
  await db(tx)
    .insertInto('prevention_programme_theories')
    .values({ programme_id: v.programmeId, version: v.version, activities: v.activities, outputs: v.outputs, outcomes: v.outcomes, indicator_ids: v.indicatorIds, rationale: v.rationale, based_on_type: v.basedOnType, updated_by: v.userId, updated_at: v.at })
    .execute();
}
