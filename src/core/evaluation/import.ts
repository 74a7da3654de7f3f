/**
 * Reading a CSV file of indicator values: header `nis_code,period,numerator,denominator,value,note`
 * (columns in any order; `nis` for nis_code). Every problem names its line and column; the caller
 * writes all rows or none.
 *
 * - nis_code: a known 5-digit NIS code; period: the indicator's periodicity (2014, 2014-H1, 2014-Q2, 2014-05);
 * - numerator: a count of cases (whole number ≥ 0) when the indicator counts cases;
 * - denominator: > 0; left blank, the municipality's population is used when the indicator has a
 *   denominator (the population on 1 January 2020, from the shipped municipality list);
 * - value: computed as numerator / denominator × factor when a numerator is given (a value given as
 *   well must agree within 0.5%); otherwise required.
 */
import { parse } from 'csv-parse/sync';
import { parsePeriod, periodExample, type Periodicity } from './periods.ts';

export interface ImportIndicator {
  periodicity: Periodicity;
  factor: number;
  countsCases: boolean;
  hasDenominator: boolean;
}

export interface ImportRow {
  line: number;
  nisCode: string;
  period: string;
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  /** Whether the denominator came from the municipality list. */
  populationUsed: boolean;
  value: number;
  note: string;
}

export interface ImportProblem {
  line: number;
  column: string;
  message: string;
}

export const MAX_IMPORT_ROWS = 20_000;
const COLUMNS = ['nis_code', 'period', 'numerator', 'denominator', 'value', 'note'] as const;

export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

/** Plain words for the CSV syntax errors csv-parse reports (its own messages name its line count). */
const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted field has text after its closing quote',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field has text after its closing quote',
};

/**
 * Splits CSV text into records (csv-parse: RFC 4180 quotes, CRLF, LF or CR, a BOM skipped, blank
 * lines left out, fields trimmed) with the line each starts on. A record csv-parse cannot read becomes
 * an error on the line it starts on, and the records after it are not read (the file is refused).
 * Lines are counted here from where the record before ended (csv-parse's `bytes`): its own count,
 * `lines`, runs one ahead after a CRLF inside a quoted field.
 */
export function csvRecords(text: string): CsvRecord[] {
  const bytes = new TextEncoder().encode(text);
  const out: CsvRecord[] = [];
  let end = 0; // the byte after the last record read
  let at = 0; // counted up to here, on line `line`
  let line = 1;
  let stopped = false;
  const startLine = (): number => {
    let p = end === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : end;
    while (p < bytes.length && (bytes[p] === 0x20 || bytes[p] === 0x09 || bytes[p] === 0x0a || bytes[p] === 0x0d)) p++;
    for (; at < p; at++) if (bytes[at] === 0x0a || (bytes[at] === 0x0d && bytes[at + 1] !== 0x0a)) line++;
    return line;
  };
  parse(text, {
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (record: string[], info) => {
      if (stopped) return null;
      const fields = record.map((f) => f.trim());
      if (!(fields.length === 1 && fields[0] === '')) out.push({ line: startLine(), fields });
      end = Math.max(end, (info as typeof info & { bytes: number }).bytes);
      return null;
    },
    on_skip: (err) => {
      if (stopped) return undefined;
      out.push({ line: startLine(), error: CSV_ERRORS[err?.code ?? ''] ?? 'the line is not valid CSV' });
      stopped = true;
      return undefined;
    },
  });
  return out;
}

function num(text: string): number | null | 'bad' {
  if (text === '') return null;
  const t = text.replace(/\s/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return 'bad';
  return Number(t);
}

/** Parses and checks the file. `population(nis)` is undefined for an unknown NIS code. */
export function readValuesCsv(text: string, ind: ImportIndicator, population: (nis: string) => number | undefined): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const records = csvRecords(text);
  const head = records[0];
  if (!head || 'error' in head) return { rows, problems: [{ line: head?.line ?? 1, column: 'header', message: `The first line must name the columns: ${COLUMNS.join(',')}.` }] };
  const index = new Map<string, number>();
  head.fields.forEach((h, k) => {
    const name = h.toLowerCase().replace(/[\s-]/g, '_');
    index.set(name === 'nis' ? 'nis_code' : name, k);
  });
  for (const h of index.keys()) if (!(COLUMNS as readonly string[]).includes(h)) problems.push({ line: head.line, column: h, message: `Unknown column "${h}"; the columns are ${COLUMNS.join(', ')}.` });
  for (const need of ['nis_code', 'period'] as const) if (!index.has(need)) problems.push({ line: head.line, column: need, message: `The column ${need} is missing.` });
  if (!index.has('value') && !index.has('numerator')) problems.push({ line: head.line, column: 'value', message: 'Give a value column, or a numerator column (the value is then computed).' });
  if (ind.countsCases && !index.has('numerator')) problems.push({ line: head.line, column: 'numerator', message: 'This indicator counts cases: the numerator column is needed (small cells are suppressed from it).' });
  if (problems.length) return { rows, problems };
  if (records.length - 1 > MAX_IMPORT_ROWS) return { rows, problems: [{ line: records[MAX_IMPORT_ROWS + 1]!.line, column: 'file', message: `At most ${MAX_IMPORT_ROWS} rows per file; split the file.` }] };
  const seen = new Map<string, number>();
  for (const rec of records.slice(1)) {
    const line = rec.line;
    if ('error' in rec) {
      problems.push({ line, column: 'line', message: rec.error });
      continue;
    }
    const get = (c: (typeof COLUMNS)[number]) => {
      const k = index.get(c);
      return k === undefined ? '' : (rec.fields[k] ?? '');
    };
    const before = problems.length;
    const bad = (column: string, message: string) => problems.push({ line, column, message });
    const nis = get('nis_code');
    const pop = population(nis);
    if (!/^\d{5}$/.test(nis)) bad('nis_code', `"${nis}" is not a NIS code (5 digits, e.g. 23088).`);
    else if (pop === undefined) bad('nis_code', `${nis} is not a Belgian municipality (2019 codes).`);
    const period = parsePeriod(get('period'));
    if (!period) bad('period', `"${get('period')}" is not a period; write e.g. ${periodExample(ind.periodicity)}.`);
    else if (period.periodicity !== ind.periodicity) bad('period', `${period.label} is not a ${ind.periodicity} period; this indicator is counted per ${ind.periodicity} (e.g. ${periodExample(ind.periodicity)}).`);
    const numerator = num(get('numerator'));
    const denominatorGiven = num(get('denominator'));
    const valueGiven = num(get('value'));
    if (numerator === 'bad' || (typeof numerator === 'number' && numerator < 0)) bad('numerator', `"${get('numerator')}" is not a number ≥ 0.`);
    else if (ind.countsCases && numerator === null) bad('numerator', 'The number of cases is missing.');
    else if (ind.countsCases && typeof numerator === 'number' && !Number.isInteger(numerator)) bad('numerator', `${numerator} is not a whole number of cases.`);
    if (denominatorGiven === 'bad' || (typeof denominatorGiven === 'number' && denominatorGiven <= 0)) bad('denominator', `"${get('denominator')}" is not a number > 0.`);
    if (valueGiven === 'bad') bad('value', `"${get('value')}" is not a number.`);
    if (problems.length > before) continue;
    let denominator = denominatorGiven as number | null;
    let populationUsed = false;
    if (numerator !== null && denominator === null && ind.hasDenominator) {
      denominator = pop!;
      populationUsed = true;
    }
    let value: number;
    if (numerator !== null) {
      value = ((numerator as number) / (denominator ?? 1)) * ind.factor;
      if (valueGiven !== null && Math.abs((valueGiven as number) - value) > 0.005 * Math.max(Math.abs(value), 1e-9)) {
        bad('value', `${valueGiven} does not match numerator / denominator × ${ind.factor} = ${Math.round(value * 1000) / 1000}; leave value blank or correct it.`);
        continue;
      }
    } else if (valueGiven === null) {
      bad('value', 'Give a value or a numerator.');
      continue;
    } else value = valueGiven as number;
    const key = `${nis}|${period!.label}`;
    if (seen.has(key)) {
      bad('period', `${nis} ${period!.label} is already on line ${seen.get(key)}.`);
      continue;
    }
    seen.set(key, line);
    rows.push({ line, nisCode: nis, period: period!.label, periodStart: period!.start, numerator: numerator as number | null, denominator, populationUsed, value, note: get('note').slice(0, 500) });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, column: 'file', message: 'The file holds no values under its header.' });
  return { rows, problems };
}
