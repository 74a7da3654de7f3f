/** Kysely table interfaces of the evaluation module's tables (migrations/0021_evaluation.sql). */
import type { ColumnType } from 'kysely';

type Created = ColumnType<Date, string | Date | undefined, never>;
type Changed = ColumnType<Date, string | Date | undefined, string | Date>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface EvaluationIndicatorsTable {
  id: string;
  code: string;
  name: string;
  description: Defaulted<string>;
  numerator: string;
  denominator: Defaulted<string>;
  factor: Defaulted<number>;
  unit: Defaulted<string>;
  periodicity: string;
  counts_cases: Defaulted<boolean>;
  direction: Defaulted<string>;
  source: string;
  source_url: string | null;
  reliability: string;
  disaggregation: Defaulted<string[]>;
  version: Defaulted<number>;
  created_by: string;
  created_at: Created;
  updated_at: Changed;
}

export interface EvaluationTheoriesTable {
  programme_type: string;
  activities: string[];
  outputs: string[];
  outcomes: string[];
  indicator_ids: string[];
  updated_by: string;
  updated_at: Changed;
}

export interface EvaluationImportsTable {
  id: string;
  indicator_id: string;
  file_name: string;
  rows: number;
  created: number;
  replaced: number;
  imported_by: string;
  imported_at: Created;
}

export interface EvaluationValuesTable {
  id: string;
  indicator_id: string;
  nis_code: string;
  period: string;
  period_start: ColumnType<string, string, string>;
  numerator: number | null;
  denominator: number | null;
  value: number;
  note: Defaulted<string>;
  import_id: string | null;
  entered_by: string;
  entered_at: Changed;
}

export interface EvaluationTables {
  evaluation_indicators: EvaluationIndicatorsTable;
  evaluation_theories: EvaluationTheoriesTable;
  evaluation_imports: EvaluationImportsTable;
  evaluation_values: EvaluationValuesTable;
}
