/** Birth dates: parsing (ISO, list formats) and comparison with tolerance. */

/** A birth date of known precision; `toYear` makes it a range of years; `approx` widens it. */
export interface BirthDate {
  year: number;
  month?: number;
  day?: number;
  toYear?: number;
  approx?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function valid(y: number, m?: number, d?: number): boolean {
  if (!(y >= 1800 && y <= 2200)) return false;
  if (m !== undefined && !(m >= 1 && m <= 12)) return false;
  if (d !== undefined) {
    if (m === undefined) return false;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (!(d >= 1 && d <= days)) return false;
  }
  return true;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when malformed or impossible. */
export function parseIsoBirthDate(s: string): BirthDate | undefined {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$/.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (!valid(y, mo, d)) return undefined;
  const out: BirthDate = { year: y };
  if (mo) out.month = mo;
  if (d) out.day = d;
  return out;
}

/**
 * Parses the date forms of watch lists: ISO forms, `08 Sep 1966`, `Sep 1966`, `1966`, `circa 1966`,
 * `1966 to 1968`, `01 Jan 1960 to 31 Dec 1961`. Undefined when unrecognised.
 */
export function parseListDate(text: string): BirthDate | undefined {
  const s = text.trim().toLowerCase();
  const approx = /^(circa|approximately|approx\.?|about|ca\.?)\s+/.exec(s);
  const body = approx ? s.slice(approx[0].length) : s;
  const range = /^(.+?)\s+(?:to|-|–)\s+(.+)$/.exec(body);
  if (range) {
    const a = parseListDate(range[1]!);
    const b = parseListDate(range[2]!);
    if (a && b) return a.year === b.year && a.month === b.month && a.day === b.day ? a : { year: a.year, toYear: b.year };
  }
  const iso = parseIsoBirthDate(body);
  let out: BirthDate | undefined = iso;
  if (!out) {
    const m = /^(?:(\d{1,2})\s+)?([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(body);
    if (m) {
      const mo = MONTHS.indexOf(m[2]!) + 1;
      const d = m[1] ? Number(m[1]) : undefined;
      const y = Number(m[3]);
      if (mo > 0 && valid(y, mo, d)) out = d ? { year: y, month: mo, day: d } : { year: y, month: mo };
    }
  }
  if (!out) {
    const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(body);
    if (m && valid(Number(m[3]), Number(m[2]), Number(m[1]))) out = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  }
  if (out && approx) out.approx = true;
  return out;
}

/** Formats a birth date for explanations (`1966-09-08`, `1966`, `1966..1968`, `~1966`). */
export function formatBirthDate(d: BirthDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  let s = String(d.year);
  if (d.toYear !== undefined) s += '..' + d.toYear;
  else if (d.month) s += '-' + p(d.month) + (d.day ? '-' + p(d.day) : '');
  return d.approx ? '~' + s : s;
}

/** Outcome of comparing a traveller's birth date with one listed birth date. */
export type DateResult =
  | 'exact' | 'one-day-off' | 'one-month-off' | 'one-year-off' | 'swapped' | 'year-only' | 'in-range'
  | 'near' | 'conflict-weak' | 'conflict' | 'missing';

/**
 * Score effect of each outcome (added to the name score). A full date that agrees to the day is strong
 * evidence (two people of one name rarely share it), unless it is 1 January, which lists and documents
 * use for "year known only" (see dateEffect).
 */
export const DATE_EFFECT: Record<DateResult, number> = {
  exact: 0.12, 'one-day-off': 0.04, 'one-month-off': 0.04, 'one-year-off': 0.04, swapped: 0.05,
  'year-only': 0.04, 'in-range': 0.03, near: 0, 'conflict-weak': -0.12, conflict: -0.35, missing: 0,
};

/** The effect of a comparison (DATE_EFFECT), with an exact 1 January counted as a year match. */
export function dateEffect(result: DateResult, entry: BirthDate | undefined): number {
  if (result === 'exact' && entry?.month === 1 && entry.day === 1) return DATE_EFFECT['year-only'];
  return DATE_EFFECT[result];
}

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function yearGap(q: BirthDate, e: BirthDate): number {
  const lo = e.year - (e.approx ? 2 : 0);
  const hi = (e.toYear ?? e.year) + (e.approx ? 2 : 0);
  const qlo = q.year;
  const qhi = q.toYear ?? q.year;
  if (qhi < lo) return lo - qhi;
  if (qlo > hi) return qlo - hi;
  return 0;
}

/** Compares a traveller's birth date with one listed date. */
export function compareDate(q: BirthDate, e: BirthDate): DateResult {
  const fullQ = q.day !== undefined && q.toYear === undefined;
  const fullE = e.day !== undefined && e.toYear === undefined && !e.approx;
  if (fullQ && fullE) {
    if (q.year === e.year && q.month === e.month && q.day === e.day) return 'exact';
    if (q.year === e.year && q.month === e.day && q.day === e.month) return 'swapped';
    if (Math.abs(dayNumber(q.year, q.month!, q.day!) - dayNumber(e.year, e.month!, e.day!)) <= 1) return 'one-day-off';
    if (q.year === e.year && q.day === e.day && Math.abs(q.month! - e.month!) === 1) return 'one-month-off';
    if (q.month === e.month && q.day === e.day && Math.abs(q.year - e.year) === 1) return 'one-year-off';
    // a single mistyped digit of the year with the same day and month
    if (q.month === e.month && q.day === e.day && String(q.year).split('').filter((c, i) => c !== String(e.year)[i]).length === 1) return 'near';
    const gap = Math.abs(q.year - e.year);
    if (gap === 0) return 'year-only';
    if (gap === 1) return 'near';
    return gap <= 4 ? 'conflict-weak' : 'conflict';
  }
  const gap = yearGap(q, e);
  if (gap === 0) {
    if (e.toYear !== undefined || e.approx) return 'in-range';
    if (q.month && e.month && q.month !== e.month && q.day === undefined === (e.day === undefined)) return 'near';
    return 'year-only';
  }
  if (gap === 1) return 'near';
  return gap <= 4 ? 'conflict-weak' : 'conflict';
}

const RANK: DateResult[] = ['exact', 'swapped', 'one-day-off', 'one-month-off', 'one-year-off', 'year-only', 'in-range', 'near', 'conflict-weak', 'conflict'];

/** Best outcome over all listed dates; `missing` when either side has none. */
export function compareBirthDates(q: BirthDate | undefined, listed: readonly BirthDate[]): { result: DateResult; entry?: BirthDate } {
  if (!q || listed.length === 0) return { result: 'missing' };
  let best: { result: DateResult; entry?: BirthDate } = { result: 'conflict' };
  for (const e of listed) {
    const r = compareDate(q, e);
    const d = DATE_EFFECT[r] - DATE_EFFECT[best.result];
    if (!best.entry || d > 0 || (d === 0 && RANK.indexOf(r) < RANK.indexOf(best.result))) best = { result: r, entry: e };
  }
  return best;
}
