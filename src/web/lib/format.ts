/** Dates and small formatting helpers (ISO dates: unambiguous in every language). */

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

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(intlLocale(locale), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
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

/** The twelve short month names of a locale (for charts whose library would otherwise print English names). */
export function monthNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  const f = new Intl.DateTimeFormat(intlLocale(locale), { month: width, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2000, m, 1))));
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.slice(0, 10);
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
