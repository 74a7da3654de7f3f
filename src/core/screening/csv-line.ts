/** A small RFC 4180 record reader over lines that keeps line numbers (quoted fields may span lines). */
import { linesOf, type LineSource } from './source.ts';

/** One CSV record with the line it starts on, or an error for that line. */
export type CsvRecord = { line: number; fields: string[]; error?: undefined } | { line: number; fields?: undefined; error: string };

/** Reads CSV records from lines; an unterminated quote is reported at the record's first line. */
export async function* csvRecords(src: LineSource, maxLinesPerRecord = 50): AsyncGenerator<CsvRecord> {
  let lineNo = 0;
  let pending = '';
  let start = 0;
  let span = 0;
  for await (const line of linesOf(src)) {
    lineNo++;
    if (!pending) {
      start = lineNo;
      span = 0;
      if (line.trim() === '') continue;
    }
    const text = pending ? pending + '\n' + line : line;
    span++;
    const r = splitCsv(text);
    if (r === 'open') {
      if (span >= maxLinesPerRecord) {
        yield { line: start, error: 'unterminated quoted field' };
        pending = '';
      } else pending = text;
      continue;
    }
    pending = '';
    if (typeof r === 'string') yield { line: start, error: r };
    else yield { line: start, fields: r };
  }
  if (pending) yield { line: start, error: 'unterminated quoted field at end of file' };
}

/** Splits one CSV record; 'open' when a quote is still open; an error message when malformed. */
export function splitCsv(s: string): string[] | 'open' | string {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  for (;;) {
    while (i < n && s[i] === ' ') i++;
    if (s[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) return 'open';
        v += s.slice(i, q);
        if (s[q + 1] === '"') {
          v += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      while (i < n && s[i] === ' ') i++;
      out.push(v);
      if (i >= n) return out;
      if (s[i] !== ',') return `unexpected character after quoted field at column ${i + 1}`;
      i++;
    } else {
      const c = s.indexOf(',', i);
      const raw = c < 0 ? s.slice(i) : s.slice(i, c);
      if (raw.includes('"')) return `stray quote in unquoted field at column ${i + 1}`;
      out.push(raw.trim());
      if (c < 0) return out;
      i = c + 1;
    }
  }
}
