/** Custom watch lists: Vigil JSON Lines and CSV with a header row. */
import { toAlpha2 } from './countries.ts';
import { csvRecords } from './csv-line.ts';
import { parseListDate, type BirthDate } from './dates.ts';
import { linesOf, type LineSource, type ParseIssue, type ParseResult } from './source.ts';
import { listLineSchema, type EntryDocument, type WatchlistEntry } from './types.ts';

function build(
  id: string, names: string[], weakNames: string[], dates: string[], nats: string[], docs: EntryDocument[], gender: string | undefined,
  line: number, issues: ParseIssue[],
): WatchlistEntry | undefined {
  const birthDates: BirthDate[] = [];
  for (const d of dates) {
    const bd = parseListDate(d);
    if (!bd) {
      issues.push({ line, message: `${id}: birth date "${d}" not understood` });
      return undefined;
    }
    birthDates.push(bd);
  }
  const nationalities: string[] = [];
  for (const n of nats) {
    const c = toAlpha2(n);
    if (!c) {
      issues.push({ line, message: `${id}: nationality "${n}" not understood` });
      return undefined;
    }
    if (!nationalities.includes(c)) nationalities.push(c);
  }
  const e: WatchlistEntry = { id, names, birthDates, nationalities, documents: docs, kind: 'individual' };
  if (weakNames.length) e.weakNames = weakNames;
  const g = gender?.trim().toLowerCase();
  if (g === 'male' || g === 'm') e.gender = 'male';
  else if (g === 'female' || g === 'f') e.gender = 'female';
  return e;
}

/** Parses a Vigil JSON Lines list: `{"id","names":[…],"birthDates":[…],"nationalities":[…],"documents":[…],"gender"}`. */
export async function parseJsonlList(src: LineSource): Promise<ParseResult<WatchlistEntry>> {
  const entries: WatchlistEntry[] = [];
  const issues: ParseIssue[] = [];
  let line = 0;
  for await (const text of linesOf(src)) {
    line++;
    if (!text.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      issues.push({ line, message: `invalid JSON: ${(err as Error).message}` });
      continue;
    }
    const r = listLineSchema.safeParse(json);
    if (!r.success) {
      issues.push({ line, message: r.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') });
      continue;
    }
    const v = r.data;
    const docs: EntryDocument[] = (v.documents ?? []).map((d) => {
      if (typeof d === 'string') return { number: d };
      const doc: EntryDocument = { number: d.number };
      if (d.type) doc.type = d.type;
      const c = toAlpha2(d.country);
      if (c) doc.country = c;
      return doc;
    });
    const e = build(v.id, v.names, v.weakNames ?? [], v.birthDates ?? [], v.nationalities ?? [], docs, v.gender ?? undefined, line, issues);
    if (e) {
      if (v.kind) e.kind = v.kind;
      entries.push(e);
    }
  }
  return { entries, issues };
}

const split = (s: string | undefined) => (s ?? '').split(/[;|]/).map((x) => x.trim()).filter(Boolean);

/**
 * Parses a CSV list with a header row. Columns (case-insensitive): id, name or names, aliases,
 * birthDate(s)/dob, nationality/nationalities, document(s)/documentNumber/passport, gender.
 * Several values in one cell are separated by `;` or `|`.
 */
export async function parseCsvList(src: LineSource): Promise<ParseResult<WatchlistEntry>> {
  const entries: WatchlistEntry[] = [];
  const issues: ParseIssue[] = [];
  let header: string[] | undefined;
  const col = (names: string[]) => (header ? header.findIndex((h) => names.includes(h)) : -1);
  let idx: Record<string, number> = {};
  for await (const r of csvRecords(src)) {
    if (r.error !== undefined) {
      issues.push({ line: r.line, message: r.error });
      continue;
    }
    if (!header) {
      header = r.fields.map((h) => h.trim().toLowerCase().replace(/[^a-z]/g, ''));
      idx = {
        id: col(['id']), name: col(['name', 'names', 'fullname']), aliases: col(['aliases', 'alias', 'aka']),
        dob: col(['birthdate', 'birthdates', 'dob', 'dateofbirth']), nat: col(['nationality', 'nationalities', 'citizenship']),
        doc: col(['document', 'documents', 'documentnumber', 'passport', 'passportnumber']), gender: col(['gender', 'sex']),
      };
      if (idx['id']! < 0 || idx['name']! < 0) {
        issues.push({ line: r.line, message: 'header must have id and name columns' });
        return { entries, issues };
      }
      continue;
    }
    const f = r.fields;
    if (f.length !== header.length) {
      issues.push({ line: r.line, message: `expected ${header.length} fields, found ${f.length}` });
      continue;
    }
    const get = (k: string) => (idx[k]! >= 0 ? f[idx[k]!] : undefined);
    const id = get('id')?.trim();
    const names = [...split(get('name')), ...split(get('aliases'))];
    if (!id || names.length === 0) {
      issues.push({ line: r.line, message: 'id and name are required' });
      continue;
    }
    const e = build(id, names, [], split(get('dob')), split(get('nat')), split(get('doc')).map((number) => ({ number })), get('gender'), r.line, issues);
    if (e) entries.push(e);
  }
  return { entries, issues };
}
