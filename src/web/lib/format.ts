/**
 * Dates and small formatting helpers. Every date shown to people goes through Intl in the interface
 * language (one numeric format per locale: en 04/12/2026, nl 4-12-2026, fr 04/12/2026, de 04.12.2026);
 * ISO (YYYY-MM-DD) stays what inputs send to the server.
 */

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A date `months` months (and `days` days) from today, YYYY-MM-DD. */
export function isoFromToday(months: number, days = 0): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Intl locale for an interface language (English dates in day-month-year order, as in the EU). */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** A moment (timestamp) in the interface language: numeric date as formatDay, then hours and minutes. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(intlLocale(locale), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** A moment as the local value of a date-time field, YYYY-MM-DDTHH:mm in the browser's time zone. */
export function localDateTimeValue(d: Date): string {
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A calendar date (YYYY-MM-DD or a timestamp) in the locale's numeric format, without time; partial dates (YYYY, YYYY-MM) stay as given. */
export function formatDay(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  if (iso.length < 10) return iso;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(intlLocale(locale), { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
}

/** Month name and year (chart axes, calendars), e.g. "März 2027". */
export function formatMonth(isoMonth: string, locale: string): string {
  const d = new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoMonth;
  return d.toLocaleDateString(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A chart period: "YYYY-MM" as a short month and year in the language ("mrt 2014"); a year or other period as given. */
export function formatPeriod(period: string, locale: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return period;
  return new Date(`${period}-01T00:00:00Z`).toLocaleDateString(intlLocale(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A span of months ("YYYY-MM"), e.g. "January 2027 – March 2027"; one month when both ends are equal. */
export function formatMonthRange(from: string, to: string, locale: string): string {
  return from.slice(0, 7) === to.slice(0, 7) ? formatMonth(from, locale) : `${formatMonth(from, locale)} – ${formatMonth(to, locale)}`;
}

/** The twelve short month names of a locale (for charts whose library would otherwise print English names). */
export function monthNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  const f = new Intl.DateTimeFormat(intlLocale(locale), { month: width, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2000, m, 1))));
}

/** The interface language when none is passed: the page's lang attribute (applyLocale keeps it current). */
function pageLocale(): string {
  return typeof document !== 'undefined' && document.documentElement.lang ? document.documentElement.lang : 'en';
}

/** A calendar date in the interface language (as formatDay; the locale defaults to the page's language). */
export function formatDate(iso: string | null | undefined, locale: string = pageLocale()): string {
  return formatDay(iso, locale);
}

/** A span of two calendar dates, e.g. "01/03/2027 – 31/03/2027"; an open end shows "…". */
export function formatDayRange(from: string | null | undefined, to: string | null | undefined, locale: string): string {
  return `${formatDay(from, locale)} – ${to ? formatDay(to, locale) : '…'}`;
}

/**
 * A number in the interface language's grouping (1 234 / 1.234 / 1,234) with at most `digits` decimals.
 * Every number the web app shows goes through this or formatFixed (never toLocaleString() without the
 * app's language, which would print the browser's locale).
 */
export function formatNumber(n: number | null | undefined, locale: string = pageLocale(), digits = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return n.toLocaleString(intlLocale(locale), { maximumFractionDigits: digits });
}

/** A number with exactly `digits` decimals in the interface language (0.85 / 0,85): scores, thresholds. */
export function formatFixed(n: number | null | undefined, digits: number, locale: string = pageLocale()): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return n.toLocaleString(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A size in bytes, "1,9 MB" in the interface language. */
export function formatBytes(n: number, locale: string = pageLocale()): string {
  if (n < 1024) return `${formatNumber(n, locale)} B`;
  if (n < 1024 * 1024) return `${formatNumber(n / 1024, locale)} kB`;
  return `${formatFixed(n / 1024 / 1024, 1, locale)} MB`;
}

/**
 * A date typed by a person, read back to YYYY-MM-DD: the interface languages all write day, month, year
 * (04/12/2026, 4-12-2026, 04.12.2026), and ISO is accepted too. Null when it is not a real date.
 */
export function parseDay(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A time of day typed by a person (24 hours): "14:30", "9.05", "14h30", "1430" → "14:30"; null when not a time of day. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Days from today to an ISO date (negative when past). */
export function daysUntil(iso: string): number {
  return Math.round((Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${todayIso()}T00:00:00Z`)) / 86_400_000);
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** OCAM level colours: 1 green, 2 yellow, 3 orange, 4 red. */
export const LEVEL_COLOR: Record<number, string> = { 1: 'green', 2: 'yellow', 3: 'orange', 4: 'red' };
export const LEVEL_HEX: Record<number, string> = { 1: '#2f9e44', 2: '#f2c300', 3: '#f76707', 4: '#e03131' };
