/** The wire shapes of the evaluation module (zod, for routes and /api/openapi.json) and row → wire. */
import { z } from 'zod';
import { PERIODICITIES } from '../../../core/evaluation/periods.ts';
import { isSmallCell } from '../../../core/evaluation/suppression.ts';
import type { IndicatorRow, TheoryRow, ValueRow } from './evaluation.repository.ts';
import { municipalityName } from '../../platform/geo.ts';

export const RELIABILITIES = ['official', 'research', 'self-reported', 'indicative'] as const;
export const DIRECTIONS = ['lower', 'higher', 'none'] as const;

const text = (max: number) => z.string().trim().max(max);
export const idParams = z.object({ id: z.string().uuid() });
export const theoryParams = z.object({ programmeType: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, 'a programme type: lower-case letters, digits, - or _') });

const indicatorFields = {
  name: text(200).min(1),
  description: text(4000).default(''),
  numerator: text(500).min(1),
  denominator: text(500).default(''),
  factor: z.number().positive().max(1e9).default(1),
  unit: text(100).default(''),
  countsCases: z.boolean().default(true),
  direction: z.enum(DIRECTIONS).default('lower'),
  source: text(1000).min(1),
  sourceUrl: z.string().url().max(2000).nullable().default(null),
  reliability: z.enum(RELIABILITIES),
  disaggregation: z.array(text(100).min(1)).max(20).default([]),
};
export const indicatorBody = z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a code: lower-case letters, digits and -'), periodicity: z.enum(PERIODICITIES), ...indicatorFields }).strict();
export const indicatorUpdateBody = z.object({ version: z.number().int().positive(), ...indicatorFields }).strict();

export const indicatorWire = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  numerator: z.string(),
  denominator: z.string(),
  factor: z.number(),
  unit: z.string(),
  periodicity: z.enum(PERIODICITIES),
  countsCases: z.boolean(),
  direction: z.enum(DIRECTIONS),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  reliability: z.enum(RELIABILITIES),
  disaggregation: z.array(z.string()),
  version: z.number(),
  updatedAt: z.string(),
});
export type IndicatorWire = z.infer<typeof indicatorWire>;

export function presentIndicator(r: IndicatorRow): IndicatorWire {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    numerator: r.numerator,
    denominator: r.denominator,
    factor: Number(r.factor),
    unit: r.unit,
    periodicity: r.periodicity as IndicatorWire['periodicity'],
    countsCases: r.counts_cases,
    direction: r.direction as IndicatorWire['direction'],
    source: r.source,
    sourceUrl: r.source_url,
    reliability: r.reliability as IndicatorWire['reliability'],
    disaggregation: r.disaggregation ?? [],
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const steps = z.array(text(500).min(1)).max(30);
export const theoryBody = z.object({ activities: steps, outputs: steps, outcomes: steps, indicatorIds: z.array(z.string().uuid()).max(30) }).strict();
export const theoryWire = z.object({ programmeType: z.string(), activities: z.array(z.string()), outputs: z.array(z.string()), outcomes: z.array(z.string()), indicatorIds: z.array(z.string()), updatedAt: z.string() });
export function presentTheory(r: TheoryRow): z.infer<typeof theoryWire> {
  return { programmeType: r.programme_type, activities: r.activities, outputs: r.outputs, outcomes: r.outcomes, indicatorIds: r.indicator_ids, updatedAt: new Date(r.updated_at).toISOString() };
}
export const theoriesWire = z.object({ theories: z.array(theoryWire), programmeTypes: z.array(z.string()) });

export const valueBody = z.object({ nisCode: z.string().regex(/^\d{5}$/, 'a NIS code of 5 digits'), period: text(20).min(1), numerator: z.number().min(0).nullable().default(null), denominator: z.number().positive().nullable().default(null), value: z.number().nullable().default(null), note: text(500).default('') }).strict();
export const valueWire = z.object({ id: z.string(), nisCode: z.string(), municipality: z.string(), period: z.string(), periodStart: z.string(), numerator: z.number().nullable(), denominator: z.number().nullable(), value: z.number(), smallCell: z.boolean(), note: z.string(), fromImport: z.boolean() });
export function presentValue(r: ValueRow, countsCases: boolean): z.infer<typeof valueWire> {
  return {
    id: r.id,
    nisCode: r.nis_code,
    municipality: municipalityName(r.nis_code) ?? r.nis_code,
    period: r.period,
    periodStart: r.period_start,
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.value,
    smallCell: countsCases && isSmallCell(r.numerator),
    note: r.note,
    fromImport: r.import_id !== null,
  };
}
export const valuesQuery = z.object({ nis: z.string().regex(/^\d{5}(,\d{5})*$/).optional() });
export const valuesWire = z.object({ indicator: indicatorWire, values: z.array(valueWire), periods: z.array(z.string()) });

export const importBody = z.object({ csv: z.string().min(1).max(2_000_000), fileName: text(200).default('') }).strict();
const problemWire = z.object({ line: z.number(), column: z.string(), message: z.string() });
export const previewWire = z.object({
  ok: z.boolean(),
  rows: z.number(),
  created: z.number(),
  replaced: z.number(),
  populationUsed: z.number(),
  smallCells: z.number(),
  sample: z.array(z.object({ line: z.number(), nisCode: z.string(), municipality: z.string(), period: z.string(), numerator: z.number().nullable(), denominator: z.number().nullable(), value: z.number(), replaces: z.boolean() })),
  problems: z.array(problemWire),
});
export const importWire = z.object({ importId: z.string(), rows: z.number(), created: z.number(), replaced: z.number() });

export const municipalitiesWire = z.array(z.object({ nis: z.string(), name: z.string(), nameNl: z.string(), nameFr: z.string(), population: z.number() }));
// The map file is sent as bytes; the schema documents it for /api/openapi.json.
export const geoWire = z.any().describe('TopoJSON of Belgian municipalities (CC0)');
export const csvWire = z.string().describe('CSV (aggregates only; small cells left blank)');
