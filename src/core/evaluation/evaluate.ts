/**
 * One evaluation: a municipality, an intervention date, an indicator's series for it and for the
 * comparison municipalities. Both estimators, their in-space placebo intervals, and the caveats that
 * keep the result from overclaiming (few units, short pre-period, poor fit, small cells, indicative data).
 */
import { differenceInDifferences, syntheticControl, type DidResult } from './estimators.ts';
import { inSpacePlacebos, placeboInterval, rankAmong, type PlaceboInterval } from './placebo.ts';
import { isSmallCell } from './suppression.ts';

export interface PanelUnit {
  id: string;
  values: number[];
  /** Case counts behind each value (null when the value is not a count of cases). */
  counts: Array<number | null>;
}

export interface Panel {
  periods: string[];
  post: boolean[];
  treated: PanelUnit;
  donors: PanelUnit[];
}

export type CaveatCode =
  | 'not-causal'
  | 'few-units'
  | 'short-pre-period'
  | 'short-post-period'
  | 'poor-fit'
  | 'outside-range'
  | 'interval-level'
  | 'small-cells'
  | 'indicative-data'
  | 'dropped-donors'
  | 'donors-in-programme';

export interface Caveat {
  code: CaveatCode;
  params: Record<string, number | string>;
}

export interface EvaluationResult {
  did: DidResult & { placebos: Array<{ id: string; effect: number }>; interval: PlaceboInterval | null; rank: number; of: number };
  synth: {
    weights: Array<{ id: string; weight: number }>;
    synthetic: number[];
    gaps: number[];
    preRmspe: number;
    postRmspe: number;
    effect: number;
    placebos: Array<{ id: string; gaps: number[]; preRmspe: number; ratio: number; effect: number; excluded: boolean }>;
    interval: PlaceboInterval | null;
    /** Rank of the treated post/pre RMSPE ratio among all units (1 = largest). */
    rank: number;
    of: number;
    excluded: number;
  };
  /** Per period: whether the treated cell is small (flagged on screen, suppressed in exports). */
  smallCells: boolean[];
  caveats: Caveat[];
}

export const MIN_PRE_PERIODS = 2;
export const MIN_DONORS = 2;
/** Below these the result is shown with a caveat. */
export const FEW_UNITS = 10;
export const SHORT_PRE = 5;

/** Runs both estimators and their placebos on a balanced panel. Throws on a panel too small to run. */
export function evaluatePanel(panel: Panel, opts: { indicative?: boolean; droppedDonors?: number; donorsInProgramme?: number } = {}): EvaluationResult {
  const { post, treated, donors } = panel;
  const nPre = post.filter((p) => !p).length;
  const nPost = post.length - nPre;
  if (nPre < MIN_PRE_PERIODS) throw new Error(`at least ${MIN_PRE_PERIODS} periods before the intervention are needed`);
  if (nPost < 1) throw new Error('at least one period after the intervention is needed');
  if (donors.length < MIN_DONORS) throw new Error(`at least ${MIN_DONORS} comparison municipalities are needed`);

  const dv = donors.map((d) => d.values);
  const did = differenceInDifferences(treated.values, dv, post);
  const sc = syntheticControl(treated.values, dv, post);
  const placebos = inSpacePlacebos(donors, post, sc.preRmspe);

  const didEffects = placebos.did.map((p) => p.effect);
  const kept = placebos.synth.filter((p) => !p.excluded);
  const synthInterval = placeboInterval(kept.map((p) => p.effect));
  const didInterval = placeboInterval(didEffects);

  const caveats: Caveat[] = [{ code: 'not-causal', params: {} }];
  if (donors.length < FEW_UNITS) caveats.push({ code: 'few-units', params: { donors: donors.length } });
  if (nPre < SHORT_PRE) caveats.push({ code: 'short-pre-period', params: { periods: nPre } });
  if (nPost < 2) caveats.push({ code: 'short-post-period', params: { periods: nPost } });
  const preRmspes = placebos.synth.map((p) => p.preRmspe).sort((a, b) => a - b);
  const medianPre = preRmspes.length ? preRmspes[Math.floor(preRmspes.length / 2)]! : 0;
  if (medianPre > 0 && sc.preRmspe > 2 * medianPre) caveats.push({ code: 'poor-fit', params: { preRmspe: round(sc.preRmspe), medianPlacebo: round(medianPre) } });
  const outside = post.filter((p, t) => !p && (treated.values[t]! > Math.max(...dv.map((d) => d[t]!)) || treated.values[t]! < Math.min(...dv.map((d) => d[t]!)))).length;
  if (outside > 0) caveats.push({ code: 'outside-range', params: { periods: outside } });
  const level = Math.min(synthInterval?.level ?? 0, didInterval?.level ?? 0);
  if (level < 0.95) caveats.push({ code: 'interval-level', params: { level: Math.round(level * 100), placebos: donors.length } });
  const smallCells = treated.counts.map((c) => isSmallCell(c));
  const small = smallCells.filter(Boolean).length + donors.reduce((s, d) => s + d.counts.filter((c) => isSmallCell(c)).length, 0);
  if (small > 0) caveats.push({ code: 'small-cells', params: { cells: small } });
  if (opts.indicative) caveats.push({ code: 'indicative-data', params: {} });
  if (opts.droppedDonors) caveats.push({ code: 'dropped-donors', params: { count: opts.droppedDonors } });
  if (opts.donorsInProgramme) caveats.push({ code: 'donors-in-programme', params: { count: opts.donorsInProgramme } });

  return {
    did: { ...did, placebos: placebos.did, interval: didInterval, rank: rankAmong(Math.abs(did.effect), didEffects.map(Math.abs)), of: donors.length + 1 },
    synth: {
      weights: donors.map((d, j) => ({ id: d.id, weight: sc.weights[j]! })),
      synthetic: sc.synthetic,
      gaps: sc.gaps,
      preRmspe: sc.preRmspe,
      postRmspe: sc.postRmspe,
      effect: sc.effect,
      placebos: placebos.synth.map((p) => ({ id: p.id, gaps: p.gaps, preRmspe: p.preRmspe, ratio: p.ratio, effect: p.effect, excluded: p.excluded })),
      interval: synthInterval,
      rank: rankAmong(sc.ratio, placebos.synth.map((p) => p.ratio)),
      of: donors.length + 1,
      excluded: placebos.synth.length - kept.length,
    },
    smallCells,
    caveats,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
