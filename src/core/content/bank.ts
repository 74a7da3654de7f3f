/**
 * Hash banks as CSV (a header row with a `hash` column; an optional `quality` column; every other
 * column is kept as a label) and query lists (one hash per line).
 */
import { parse } from 'csv-parse/sync';
import { isHashHex } from './hash256.ts';

/** One bank entry: its hash (lower-case hex), quality (100 when the CSV has none) and labels. */
export interface BankEntry {
  hash: string;
  quality: number;
  line: number;
  labels: Record<string, string>;
}

/** A problem in a bank file, with the 1-based line it is on. */
export interface BankError {
  line: number;
  message: string;
}

/** Parsed bank: entries when valid; otherwise errors (a bank with any error must not be matched). */
export type BankParse = { ok: true; entries: BankEntry[] } | { ok: false; errors: BankError[] };

class MissingHashColumn extends Error {
  constructor() {
    super('the header has no "hash" column');
  }
}

/** Parses a bank CSV; every malformed hash or quality is reported with its line number. */
export function parseBankCsv(text: string): BankParse {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, errors: [{ line: 1, message: 'empty bank: a header with a "hash" column is required' }] };
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      columns: (header: string[]) => {
        if (!header.includes('hash')) throw new MissingHashColumn();
        return header;
      },
      info: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (e) {
    if (e instanceof MissingHashColumn) return { ok: false, errors: [{ line: 1, message: e.message }] };
    const err = e as Error & { lines?: number };
    return { ok: false, errors: [{ line: err.lines ?? 0, message: `invalid CSV: ${err.message}` }] };
  }
  const entries: BankEntry[] = [];
  const errors: BankError[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const { hash = '', quality: q, ...labels } = record;
    if (!isHashHex(hash)) {
      errors.push({ line, message: `malformed hash ${JSON.stringify(hash.slice(0, 80))} (expected 64 hex characters)` });
      continue;
    }
    let quality = 100;
    if (q !== undefined && q !== '') {
      quality = Number(q);
      if (!Number.isInteger(quality) || quality < 0 || quality > 100) {
        errors.push({ line, message: `malformed quality ${JSON.stringify(q)} (expected an integer 0..100)` });
        continue;
      }
    }
    entries.push({ hash: hash.toLowerCase(), quality, line, labels });
  }
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}

/** One line of a query list: a valid hash, or an error for that line. Blank lines are skipped. */
export type QueryLine = { line: number; query: string; hash: string } | { line: number; query: string; error: string };

/** Splits a query list into lines, validating each hash. */
export function parseQueryList(text: string): QueryLine[] {
  const out: QueryLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const query = raw.trim();
    if (query === '') return;
    if (isHashHex(query)) out.push({ line: i + 1, query, hash: query.toLowerCase() });
    else out.push({ line: i + 1, query, error: 'malformed hash (expected 64 hex characters)' });
  });
  return out;
}
