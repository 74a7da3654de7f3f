/**
 * Periods of indicator values: a year (2014), a half-year (2014-H1), a quarter (2014-Q2) or a month
 * (2014-05). One indicator has one periodicity; periods sort by their first day.
 */

export const PERIODICITIES = ['year', 'half', 'quarter', 'month'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export interface Period {
  /** The normalised label (2014, 2014-H1, 2014-Q2, 2014-05). */
  label: string;
  periodicity: Periodicity;
  /** First day, ISO (YYYY-MM-DD). */
  start: string;
  /** First day after the period, ISO. */
  end: string;
}

const MONTHS: Record<Periodicity, number> = { year: 12, half: 6, quarter: 3, month: 1 };

function iso(year: number, month0: number): string {
  const y = year + Math.floor(month0 / 12);
  const m = (month0 % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

/** Parses a period label; null when it is not one of the four forms (years 1900–2199). */
export function parsePeriod(text: string): Period | null {
  const s = text.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(s);
  let year: number;
  let periodicity: Periodicity;
  let index: number;
  if (m) {
    year = Number(m[1]);
    periodicity = 'year';
    index = 0;
  } else if ((m = /^(\d{4})-H([12])$/.exec(s))) {
    year = Number(m[1]);
    periodicity = 'half';
    index = Number(m[2]) - 1;
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) {
    year = Number(m[1]);
    periodicity = 'quarter';
    index = Number(m[2]) - 1;
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    year = Number(m[1]);
    periodicity = 'month';
    index = Number(m[2]) - 1;
    if (index < 0 || index > 11) return null;
  } else return null;
  if (year < 1900 || year > 2199) return null;
  const months = MONTHS[periodicity];
  const label = periodicity === 'year' ? String(year) : periodicity === 'half' ? `${year}-H${index + 1}` : periodicity === 'quarter' ? `${year}-Q${index + 1}` : `${year}-${String(index + 1).padStart(2, '0')}`;
  return { label, periodicity, start: iso(year, index * months), end: iso(year, (index + 1) * months) };
}

/** An example label of a periodicity (for messages). */
export function periodExample(p: Periodicity): string {
  return { year: '2014', half: '2014-H1', quarter: '2014-Q2', month: '2014-05' }[p];
}

/**
 * Whether a period counts as after the intervention: it ends after the intervention date. The period
 * that contains the intervention counts as after (its outcome is already partly treated; keeping it
 * out of the pre-period keeps the fit clean, at the cost of diluting the first post value).
 */
export function isPost(p: Pick<Period, 'end'>, interventionDate: string): boolean {
  return p.end > interventionDate;
}
