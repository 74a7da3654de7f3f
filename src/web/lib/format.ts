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

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale === 'en' ? 'en-GB' : locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
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
