/** Wire shapes of the evaluation module (see the server's evaluation presenters). */
export type Reliability = 'official' | 'research' | 'self-reported' | 'indicative';
export type Direction = 'lower' | 'higher' | 'none';

export interface Indicator {
  id: string;
  code: string;
  name: string;
  description: string;
  numerator: string;
  denominator: string;
  factor: number;
  unit: string;
  periodicity: string;
  countsCases: boolean;
  direction: Direction;
  source: string;
  sourceUrl: string | null;
  reliability: Reliability;
  disaggregation: string[];
  version: number;
  updatedAt: string;
}

export interface Theory {
  programmeType: string;
  activities: string[];
  outputs: string[];
  outcomes: string[];
  indicatorIds: string[];
  updatedAt: string;
}
export interface Theories {
  theories: Theory[];
  programmeTypes: string[];
}

export interface Municipality {
  nis: string;
  name: string;
  nameNl: string;
  nameFr: string;
  population: number;
}

export interface Value {
  id: string;
  nisCode: string;
  municipality: string;
  period: string;
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  smallCell: boolean;
  note: string;
  fromImport: boolean;
}
export interface Values {
  indicator: Indicator;
  values: Value[];
  periods: string[];
}

export interface Problem {
  line: number;
  column: string;
  message: string;
}
export interface Preview {
  ok: boolean;
  rows: number;
  created: number;
  replaced: number;
  populationUsed: number;
  smallCells: number;
  sample: Array<{ line: number; nisCode: string; municipality: string; period: string; numerator: number | null; denominator: number | null; value: number; replaces: boolean }>;
  problems: Problem[];
}
export interface ImportResult {
  importId: string;
  rows: number;
  created: number;
  replaced: number;
}

export interface Interval {
  low: number;
  high: number;
  level: number;
  count: number;
}
export interface Unit {
  nisCode: string;
  municipality: string;
}
export interface Caveat {
  code: string;
  params: Record<string, number | string>;
}
export interface PeriodRow {
  period: string;
  post: boolean;
  treated: number;
  count: number | null;
  smallCell: boolean;
  synthetic: number;
  gap: number;
  comparisonMean: number;
  national: { value: number; low: number; high: number; method: string; units: number } | null;
}
export interface Evaluation {
  indicator: Indicator;
  treated: Unit & { population: number };
  intervention: string;
  periods: PeriodRow[];
  did: { treatedBefore: number; treatedAfter: number; comparisonBefore: number; comparisonAfter: number; effect: number; interval: Interval | null; rank: number; of: number; placebos: Array<Unit & { effect: number }> };
  synth: {
    effect: number;
    preRmspe: number;
    postRmspe: number;
    interval: Interval | null;
    rank: number;
    of: number;
    excluded: number;
    weights: Array<Unit & { weight: number }>;
    placebos: Array<Unit & { gaps: number[]; preRmspe: number; effect: number; excluded: boolean }>;
  };
  comparison: Unit[];
  caveats: Caveat[];
  programmesAvailable: boolean;
}

export interface MapData {
  indicator: Indicator;
  period: string | null;
  periods: string[];
  values: Array<{ nisCode: string; municipality: string; value: number; smallCell: boolean }>;
  programmes: Array<{ nisCode: string; municipality: string; programmeTypes: string[] }> | null;
}
