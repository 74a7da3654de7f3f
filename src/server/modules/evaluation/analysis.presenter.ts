/** Wire shapes of an evaluation run and of the indicator map. */
import { z } from 'zod';
import { indicatorWire } from './evaluation.presenter.ts';

const nisList = z.string().regex(/^\d{5}(,\d{5})*$/, 'NIS codes separated by commas');
export const evaluateQuery = z.object({
  nis: z.string().regex(/^\d{5}$/, 'a NIS code of 5 digits'),
  intervention: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date (YYYY-MM-DD)'),
  exclude: nisList.optional(),
  excludeProgrammes: z.enum(['true', 'false']).optional(),
});
export type EvaluateQuery = z.infer<typeof evaluateQuery>;

const interval = z.object({ low: z.number(), high: z.number(), level: z.number(), count: z.number() }).nullable();
const caveat = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.number(), z.string()])) });
const unit = z.object({ nisCode: z.string(), municipality: z.string() });
export const evaluationWire = z.object({
  indicator: indicatorWire,
  treated: unit.extend({ population: z.number() }),
  intervention: z.string(),
  periods: z.array(z.object({ period: z.string(), post: z.boolean(), treated: z.number(), count: z.number().nullable(), smallCell: z.boolean(), synthetic: z.number(), gap: z.number(), comparisonMean: z.number(), national: z.object({ value: z.number(), low: z.number(), high: z.number(), method: z.string(), units: z.number() }).nullable() })),
  did: z.object({ treatedBefore: z.number(), treatedAfter: z.number(), comparisonBefore: z.number(), comparisonAfter: z.number(), effect: z.number(), interval, rank: z.number(), of: z.number(), placebos: z.array(unit.extend({ effect: z.number() })) }),
  synth: z.object({
    effect: z.number(),
    preRmspe: z.number(),
    postRmspe: z.number(),
    interval,
    rank: z.number(),
    of: z.number(),
    excluded: z.number(),
    weights: z.array(unit.extend({ weight: z.number() })),
    placebos: z.array(unit.extend({ gaps: z.array(z.number()), preRmspe: z.number(), effect: z.number(), excluded: z.boolean() })),
  }),
  comparison: z.array(unit),
  caveats: z.array(caveat),
  programmesAvailable: z.boolean(),
});
export type EvaluationWire = z.infer<typeof evaluationWire>;

export const mapQuery = z.object({ period: z.string().max(20).optional() });
export const mapWire = z.object({
  indicator: indicatorWire,
  period: z.string().nullable(),
  periods: z.array(z.string()),
  values: z.array(z.object({ nisCode: z.string(), municipality: z.string(), value: z.number(), smallCell: z.boolean() })),
  programmes: z.array(z.object({ nisCode: z.string(), municipality: z.string(), programmeTypes: z.array(z.string()) })).nullable(),
});
