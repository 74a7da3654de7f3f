import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from './ics.ts';

const now = new Date('2026-03-04T05:06:07.890Z');
const octets = (s: string) => Buffer.byteLength(s, 'utf8');
/** Unfolds as a calendar program does (RFC 5545 3.1): CRLF followed by one space is removed. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('ICS (RFC 5545)', () => {
  it('writes a calendar with one VEVENT per deadline, CRLF line ends, UID, DTSTAMP and an all-day DTSTART', () => {
    const ics = buildIcs({ name: 'Legal deadlines', now, events: [{ uid: 'a-opinion-2026-03-10@vigil', day: '2026-03-10', summary: 'AUT-2026-0001: opinion', description: 'art. 18/10 §3' }, { uid: 'b@vigil', day: '2026-12-31', summary: 'EAW-2026-0002: eaw-decision' }] });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Every line ends with CRLF, none with a lone LF or CR.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:a-opinion-2026-03-10@vigil');
    expect(lines).toContain('DTSTAMP:20260304T050607Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260310');
    expect(lines).toContain('DTEND;VALUE=DATE:20260311');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('SUMMARY:AUT-2026-0001: opinion');
    // Each VEVENT carries the required properties (UID, DTSTAMP) once.
    const events = unfold(ics).split('BEGIN:VEVENT').slice(1);
    for (const e of events) {
      expect(e.match(/\r\nUID:/g)).toHaveLength(1);
      expect(e.match(/\r\nDTSTAMP:/g)).toHaveLength(1);
      expect(e.match(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/g)).toHaveLength(1);
    }
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const ics = buildIcs({ name: 'x', now, events: [{ uid: 'u', day: '2026-01-01', summary: 'MLA-2026-0001: mla-recognition, late; see\\notes', description: 'line one\r\nline two' }] });
    expect(unfold(ics)).toContain('SUMMARY:MLA-2026-0001: mla-recognition\\, late\\; see\\\\notes\r\n');
    expect(unfold(ics)).toContain('DESCRIPTION:line one\\nline two\r\n');
  });

  it('folds lines longer than 75 octets, never inside a UTF-8 character', () => {
    const long = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n').slice(0, -1);
    expect(parts.length).toBe(3);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(`${long}\r\n`);
    // Multi-octet characters (2, 3 and 4 octets) are kept whole.
    const wide = `DESCRIPTION:${'é€😀'.repeat(40)}`;
    const wparts = foldLine(wide).split('\r\n').slice(0, -1);
    for (const p of wparts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toContain('\uFFFD');
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    expect(unfold(foldLine(wide))).toBe(`${wide}\r\n`);
    // A line of exactly 75 octets is not folded.
    expect(foldLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(foldLine('x'.repeat(76)).split('\r\n')).toHaveLength(3);
    // Every line of a whole calendar holds at most 75 octets.
    const ics = buildIcs({ name: 'Délais légaux, échéances', now, events: [{ uid: 'u'.repeat(120), day: '2026-01-01', summary: 'é'.repeat(80), description: 'art. 18/10 §3 '.repeat(10) }] });
    for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('refuses a malformed day', () => {
    expect(() => buildIcs({ name: 'x', now, events: [{ uid: 'u', day: '2026-1-1', summary: 's' }] })).toThrow(/not a day/);
  });
});
