/** Kysely table interface of prevention cases' offence classifications (migrations/0033_prevention_case_offences.sql). */
import type { ColumnType } from 'kysely';

export interface CaseOffenceTables {
  prevention_case_offences: { case_id: string; offence_code: string; set_by: string | null; set_at: ColumnType<Date, string | Date | undefined, never> };
}
