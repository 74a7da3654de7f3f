/**
 * Inference by in-space placebos (permutation), instead of bare p-values: each comparison municipality
 * in turn is treated as if it had had the programme, with the others (never the real treated one) as
 * its comparison. If the programme did nothing, the treated municipality's estimate is one draw among
 * the J + 1 and its rank is uniform. So:
 *
 * - the placebo interval of J placebo effects, dropping k from each end, holds a no-effect estimate
 *   with probability 1 − 2(k + 1)/(J + 1); k is chosen to reach 95% where J allows, otherwise k = 0
 *   (the full range) and the lower level is reported (J = 19 gives 90%);
 * - the rank says how extreme the treated estimate is among all J + 1 (1 = most extreme).
 */
import { differenceInDifferences, syntheticControl, type SynthResult } from './estimators.ts';

export interface PlaceboInterval {
  low: number;
  high: number;
  /** The probability that a no-effect estimate falls inside (see above). */
  level: number;
  /** Placebo estimates it is built from. */
  count: number;
}

/** The interval of placebo estimates aiming at `target` coverage (null with fewer than 2 placebos). */
export function placeboInterval(effects: number[], target = 0.95): PlaceboInterval | null {
  const J = effects.length;
  if (J < 2) return null;
  const sorted = [...effects].sort((a, b) => a - b);
  const k = Math.max(0, Math.floor(((1 - target) / 2) * (J + 1)) - 1);
  return { low: sorted[k]!, high: sorted[J - 1 - k]!, level: 1 - (2 * (k + 1)) / (J + 1), count: J };
}

/** Rank of `value` among itself and `others` by size (1 = largest); ties count against the treated. */
export function rankAmong(value: number, others: number[]): number {
  return 1 + others.filter((o) => o >= value).length;
}

export interface UnitSeries {
  id: string;
  values: number[];
}

export interface SynthPlacebo extends SynthResult {
  id: string;
  /** Left out of the interval: its pre-period fit is much worse than the treated one's. */
  excluded: boolean;
}

/** Every comparison unit as a placebo treated unit, against the other comparison units. */
export function inSpacePlacebos(donors: UnitSeries[], post: boolean[], treatedPreRmspe: number, maxPreRatio = 5): { did: Array<{ id: string; effect: number }>; synth: SynthPlacebo[] } {
  const did: Array<{ id: string; effect: number }> = [];
  const synth: SynthPlacebo[] = [];
  if (donors.length < 2) return { did, synth };
  donors.forEach((d, j) => {
    const others = donors.filter((_, i) => i !== j).map((o) => o.values);
    did.push({ id: d.id, effect: differenceInDifferences(d.values, others, post).effect });
    const s = syntheticControl(d.values, others, post);
    // As Abadie, Diamond and Hainmueller (2010): a placebo fitted far worse than the treated unit says
    // little about its post-period gap; it stays on the chart but out of the interval.
    const excluded = treatedPreRmspe > 0 && s.preRmspe > maxPreRatio * treatedPreRmspe;
    synth.push({ ...s, id: d.id, excluded });
  });
  return { did, synth };
}
