/** The threat module's table (threat_assessments) as a Kysely type. Nothing else: the SQL is in threat.repository.ts. */
import type { ColumnType, Generated } from 'kysely';
import type { MarkingColumns } from '../../platform/db-types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ThreatAssessmentsTable extends MarkingColumns {
  id: string;
  target_kind: string;
  target_key: string;
  target_label: string;
  level: number;
  justification: string;
  assessor_id: string;
  assessed_at: Timestamp;
  next_review_due: string;
  /** The legal registry's version cited (migration 0036); null only for an older assessment whose basis text matched no entry. */
  legal_basis_id: string | null;
  /** An older assessment whose basis text matched no registry entry, waiting for review. */
  legal_basis_review: Generated<boolean>;
}

export interface ThreatTables {
  threat_assessments: ThreatAssessmentsTable;
}

/** The tables the threat module owns (its VigilModule.tables). */
export const THREAT_TABLES = [
  'threat_assessments',
] as const satisfies ReadonlyArray<keyof ThreatTables>;
