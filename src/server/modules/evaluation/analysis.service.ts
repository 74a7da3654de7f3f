/**
 * Evaluation of a programme in one municipality: difference in differences and synthetic control
 * against the other municipalities' series, with in-space placebo intervals, the national trend as an
 * interval, and the caveats (src/core/evaluation). Also the indicator map and its export.
 */
import { evaluatePanel, type Panel } from '../../../core/evaluation/evaluate.ts';
import { nationalPoint } from '../../../core/evaluation/national.ts';
import { isPost, parsePeriod } from '../../../core/evaluation/periods.ts';
import { isSmallCell } from '../../../core/evaluation/suppression.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import type { EvaluateQuery, EvaluationWire } from './analysis.presenter.ts';
import { indicatorOr404, requireRight } from './evaluation.access.ts';
import { presentIndicator } from './evaluation.presenter.ts';
import * as repo from './evaluation.repository.ts';
import { allMunicipalities, geoFile, municipality as municipalityRef, municipalityName } from '../../platform/geo.ts';
import { programmeParticipation } from './programmes.ts';

const unit = (nis: string) => ({ nisCode: nis, municipality: municipalityName(nis) ?? nis });

/** The evaluation of `q.nis` at `q.intervention` on an indicator (the run is on the record). */
export async function evaluate(p: Platform, ctx: Ctx, indicatorId: string, q: EvaluateQuery): Promise<EvaluationWire> {
  requireRight(ctx, 'read');
  const ind = await indicatorOr404(p, indicatorId);
  if (!municipalityRef(q.nis)) throw invalid(`nis: ${q.nis} is not a Belgian municipality.`, 'nis');
  if (Number.isNaN(Date.parse(q.intervention))) throw invalid('intervention: not a date.', 'intervention');
  const rows = await repo.listValues(p.db, indicatorId);
  const byUnit = new Map<string, Map<string, repo.ValueRow>>();
  for (const r of rows) {
    if (!byUnit.has(r.nis_code)) byUnit.set(r.nis_code, new Map());
    byUnit.get(r.nis_code)!.set(r.period, r);
  }
  const own = byUnit.get(q.nis);
  if (!own || own.size === 0) throw invalid(`nis: ${municipalityName(q.nis) ?? q.nis} has no values for this indicator; enter or import them first.`, 'nis');
  const periods = [...own.values()].sort((a, b) => a.period_start.localeCompare(b.period_start)).map((r) => r.period);
  const post = periods.map((pe) => isPost(parsePeriod(pe)!, q.intervention));

  const excluded = new Set(q.exclude ? q.exclude.split(',') : []);
  const programmes = await programmeParticipation(p, ctx);
  let inProgramme = 0;
  if (programmes && q.excludeProgrammes === 'true') {
    const mine = new Set(programmes.find((x) => x.nisCode === q.nis)?.programmeTypes ?? []);
    for (const x of programmes) if (x.nisCode !== q.nis && x.programmeTypes.some((t) => mine.has(t))) excluded.add(x.nisCode);
  } else if (programmes) {
    const mine = new Set(programmes.find((x) => x.nisCode === q.nis)?.programmeTypes ?? []);
    inProgramme = programmes.filter((x) => x.nisCode !== q.nis && byUnit.has(x.nisCode) && x.programmeTypes.some((t) => mine.has(t))).length;
  }
  let dropped = 0;
  const donors: Panel['donors'] = [];
  for (const [nis, series] of [...byUnit].sort(([a], [b]) => a.localeCompare(b))) {
    if (nis === q.nis || excluded.has(nis)) continue;
    if (!periods.every((pe) => series.has(pe))) {
      dropped++;
      continue;
    }
    donors.push({ id: nis, values: periods.map((pe) => series.get(pe)!.value), counts: periods.map((pe) => (ind.counts_cases ? series.get(pe)!.numerator : null)) });
  }
  const treated = { id: q.nis, values: periods.map((pe) => own.get(pe)!.value), counts: periods.map((pe) => (ind.counts_cases ? own.get(pe)!.numerator : null)) };
  let result;
  try {
    result = evaluatePanel({ periods, post, treated, donors }, { indicative: ind.reliability !== 'official', droppedDonors: dropped, donorsInProgramme: inProgramme });
  } catch (e) {
    const message = (e as Error).message;
    throw invalid(`${/comparison/.test(message) ? 'nis' : 'intervention'}: ${message} (${periods.length} periods: ${periods[0]} to ${periods[periods.length - 1]}; ${donors.length} comparison municipalities with a value in each).`, /comparison/.test(message) ? 'nis' : 'intervention');
  }
  const national = periods.map((pe) => {
    const units = [...byUnit.values()].map((s) => s.get(pe)).filter((r): r is repo.ValueRow => r !== undefined);
    return nationalPoint(units.map((r) => ({ value: r.value, numerator: ind.counts_cases ? r.numerator : null, denominator: r.denominator })), Number(ind.factor));
  });
  await p.record(ctx, [{ action: 'evaluation.run', recordType: 'evaluation_indicator', recordId: indicatorId, details: { indicatorId, nisCode: q.nis, intervention: q.intervention, donors: donors.length, periods: periods.length } }]);
  return {
    indicator: presentIndicator(ind),
    treated: { ...unit(q.nis), population: municipalityRef(q.nis)!.population },
    intervention: q.intervention,
    periods: periods.map((pe, t) => ({ period: pe, post: post[t]!, treated: treated.values[t]!, count: treated.counts[t]!, smallCell: result.smallCells[t]!, synthetic: result.synth.synthetic[t]!, gap: result.synth.gaps[t]!, comparisonMean: result.did.comparisonSeries[t]!, national: national[t] ?? null })),
    did: { treatedBefore: result.did.treatedBefore, treatedAfter: result.did.treatedAfter, comparisonBefore: result.did.comparisonBefore, comparisonAfter: result.did.comparisonAfter, effect: result.did.effect, interval: result.did.interval, rank: result.did.rank, of: result.did.of, placebos: result.did.placebos.map((x) => ({ ...unit(x.id), effect: x.effect })) },
    synth: {
      effect: result.synth.effect,
      preRmspe: result.synth.preRmspe,
      postRmspe: result.synth.postRmspe,
      interval: result.synth.interval,
      rank: result.synth.rank,
      of: result.synth.of,
      excluded: result.synth.excluded,
      weights: result.synth.weights.map((w) => ({ ...unit(w.id), weight: w.weight })).sort((a, b) => b.weight - a.weight),
      placebos: result.synth.placebos.map((x) => ({ ...unit(x.id), gaps: x.gaps, preRmspe: x.preRmspe, effect: x.effect, excluded: x.excluded })),
    },
    comparison: donors.map((d) => unit(d.id)),
    caveats: result.caveats,
    programmesAvailable: programmes !== null,
  };
}

/** The evaluation as CSV: the summary, then one row per period; the treated municipality's small cells are blank. */
export async function exportEvaluation(p: Platform, ctx: Ctx, indicatorId: string, q: EvaluateQuery) {
  const e = await evaluate(p, ctx, indicatorId, q);
  const f = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '' : String(Math.round(v * 10000) / 10000));
  const iv = (i: EvaluationWire['did']['interval']) => (i ? `${f(i.low)} to ${f(i.high)} (${Math.round(i.level * 100)}%, ${i.count} placebos)` : '');
  const name = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [
    'measure,value',
    `indicator,${name(e.indicator.name)}`,
    `municipality,${name(e.treated.municipality)} (${e.treated.nisCode})`,
    `intervention,${e.intervention}`,
    `difference in differences,${f(e.did.effect)}`,
    `difference in differences placebo interval,${name(iv(e.did.interval))}`,
    `synthetic control effect (mean gap after),${f(e.synth.effect)}`,
    `synthetic control placebo interval,${name(iv(e.synth.interval))}`,
    `synthetic control rank (post/pre RMSPE),${e.synth.rank} of ${e.synth.of}`,
    `pre-period RMSPE,${f(e.synth.preRmspe)}`,
    ...e.synth.weights.filter((w) => w.weight >= 0.001).map((w) => `weight ${name(w.municipality)},${f(w.weight)}`),
    ...e.caveats.map((c) => `caveat,${c.code}`),
    '',
    'period,after_intervention,treated,synthetic,gap,comparison_mean,placebo_gap_low,placebo_gap_high,national,national_low,national_high,suppressed',
  ];
  e.periods.forEach((pe, t) => {
    const gaps = e.synth.placebos.filter((x) => !x.excluded).map((x) => x.gaps[t]!);
    const small = pe.smallCell;
    lines.push([pe.period, pe.post ? 'yes' : 'no', small ? '' : f(pe.treated), f(pe.synthetic), small ? '' : f(pe.gap), f(pe.comparisonMean), gaps.length ? f(Math.min(...gaps)) : '', gaps.length ? f(Math.max(...gaps)) : '', f(pe.national?.value), f(pe.national?.low), f(pe.national?.high), small ? 'under 10 cases' : ''].join(','));
  });
  await recordEvaluationExport(p, ctx, indicatorId, q, e, 'csv');
  return { filename: `evaluation-${e.indicator.code}-${e.treated.nisCode}.csv`, body: lines.join('\n') + '\n' };
}

/** The export of an evaluation on the record (CSV or PDF): aggregates only, its small cells counted as suppressed. */
export async function recordEvaluationExport(p: Platform, ctx: Ctx, indicatorId: string, q: EvaluateQuery, e: EvaluationWire, format: 'csv' | 'pdf') {
  const suppressed = e.periods.filter((pe) => pe.smallCell).length;
  await p.record(ctx, [{ action: 'evaluation.export', recordType: 'evaluation_indicator', recordId: indicatorId, details: { indicatorId, kind: 'evaluation', format, nisCode: q.nis, rows: e.periods.length, suppressed } }]);
}

/** An indicator's values per municipality for one period (the latest by default), and programme participation. */
export async function indicatorMap(p: Platform, ctx: Ctx, indicatorId: string, q: { period?: string | undefined }) {
  requireRight(ctx, 'read');
  const ind = await indicatorOr404(p, indicatorId);
  const periods = (await repo.periodsOf(p.db, indicatorId)).map((x) => parsePeriod(x)!).sort((a, b) => b.start.localeCompare(a.start));
  const chosen = q.period ? parsePeriod(q.period) : (periods[0] ?? null);
  if (q.period && !chosen) throw invalid(`period: "${q.period}" is not a period.`, 'period');
  const rows = chosen ? await repo.listValues(p.db, indicatorId, { periodStart: chosen.start }) : [];
  const programmes = await programmeParticipation(p, ctx);
  await p.record(ctx, [{ action: 'evaluation.map', recordType: 'evaluation_indicator', recordId: indicatorId, details: { indicatorId, period: chosen?.label ?? '', count: rows.length } }]);
  return {
    indicator: presentIndicator(ind),
    period: chosen?.label ?? null,
    periods: periods.map((x) => x.label),
    values: rows.filter((r) => r.period === chosen?.label).map((r) => ({ ...unit(r.nis_code), value: r.value, smallCell: ind.counts_cases && isSmallCell(r.numerator) })),
    programmes: programmes ? programmes.map((x) => ({ nisCode: x.nisCode, municipality: x.municipality, programmeTypes: x.programmeTypes })) : null,
  };
}

/** The municipalities (NIS code, names, population 1 January 2020). */
export function municipalities(ctx: Ctx) {
  requireRight(ctx, 'read');
  return allMunicipalities().map((m) => ({ nis: m.nis, name: municipalityName(m.nis) ?? m.nis, nameNl: m.nameNl, nameFr: m.nameFr, population: m.population }));
}

/** The shipped map of municipalities (the alerts module's TopoJSON copy, CC0). */
export function municipalitiesMap(ctx: Ctx) {
  requireRight(ctx, 'read');
  return geoFile();
}
