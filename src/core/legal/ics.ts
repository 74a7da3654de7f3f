/**
 * An iCalendar (RFC 5545) file of legal deadlines, for calendar programs others use. Pure: the caller
 * decides which deadlines the reader may see and what the summary says (reference numbers and kinds of
 * deadline only — never personal data, since a calendar leaves Vigil).
 *
 * RFC 5545: lines end with CRLF (3.1); a line longer than 75 octets is folded, the continuation
 * starting with one space, never inside a UTF-8 character (3.1); TEXT values escape backslash,
 * semicolon, comma and newline (3.3.11); DTSTAMP is a UTC date-time (3.8.7.2); an all-day event has a
 * DATE start and the next day as its end (3.6.1).
 */

export interface IcsEvent {
  /** Globally unique and stable across exports, so a calendar updates the event instead of adding another. */
  uid: string;
  /** YYYY-MM-DD: the day of the deadline (an all-day event). */
  day: string;
  summary: string;
  description?: string;
  categories?: readonly string[];
}

/** A TEXT value with backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** The UTF-8 length of one code point. */
const octetsOf = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** One content line folded at 75 octets (UTF-8), continuation lines starting with a space, each ending CRLF. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = octetsOf(ch);
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.map((l) => `${l}\r\n`).join('');
}

const compactDay = (day: string) => day.replace(/-/g, '');
const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
/** A UTC date-time in the basic form: 20260101T120000Z. */
export const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The calendar: one VEVENT per deadline. */
export function buildIcs(opts: { name: string; events: readonly IcsEvent[]; now: Date; prodId?: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${opts.prodId ?? '-//Vigil//Legal deadlines//EN'}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(opts.name)}`];
  const stamp = utcStamp(opts.now);
  for (const e of opts.events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.day)) throw new Error(`not a day: ${e.day}`);
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compactDay(e.day)}`, `DTEND;VALUE=DATE:${compactDay(nextDay(e.day))}`, `SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
