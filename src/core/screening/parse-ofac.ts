/**
 * OFAC legacy CSV (sdn.csv + alt.csv, or cons_prim.csv + cons_alt.csv) → entries `ofac:<ent_num>`.
 * Birth dates, nationalities, documents, gender and nicknames are parsed out of the remarks text.
 */
import { toAlpha2 } from './countries.ts';
import { csvRecords } from './csv-line.ts';
import { parseListDate, type BirthDate } from './dates.ts';
import type { LineSource, ParseIssue, ParseResult } from './source.ts';
import type { EntryDocument, WatchlistEntry } from './types.ts';

const EMPTY = '-0-';
const val = (s: string | undefined) => (s === undefined || s.trim() === EMPTY ? '' : s.trim());

/** "LAST, First" → "First LAST" (names without a comma are kept). */
export function ofacName(name: string): string {
  const i = name.indexOf(', ');
  return i > 0 ? `${name.slice(i + 2).trim()} ${name.slice(0, i).trim()}` : name.trim();
}

/** Facts found in an OFAC remarks field. */
export interface OfacRemarks {
  birthDates: BirthDate[];
  nationalities: string[];
  documents: EntryDocument[];
  gender?: 'male' | 'female';
  nicknames: string[];
  birthPlaces: string[];
}

const DOC_RE = /^(Passport|National ID No\.|Cedula No\.|Identification Number|NIT #|C\.U\.R\.P\.|Residency Number|Personal ID Card|Tax ID No\.|D\.N\.I\.|SSN|Driver's License No\.|Numero de Identidad|National Foreign ID Number|Diplomatic Passport|Travel Document Number|Birth Certificate Number|Kenyan ID No\.|Electoral Registry No\.)\s+([A-Za-z0-9][A-Za-z0-9 .\-/]*?)(?:\s+\(([^)]+)\))?(?:\s+(?:issued|expires|valid)\b.*)?$/i;

/** Parses the remarks text (`DOB 08 Sep 1966; POB …; nationality Belarus; Passport …`). */
export function parseOfacRemarks(remarks: string): OfacRemarks {
  const out: OfacRemarks = { birthDates: [], nationalities: [], documents: [], nicknames: [], birthPlaces: [] };
  for (const m of remarks.matchAll(/a\.k\.a\.\s+'([^']+)'/g)) out.nicknames.push(m[1]!);
  for (let seg of remarks.split(';')) {
    seg = seg.trim().replace(/\.$/, '').replace(/^alt\.\s+/i, '');
    let m: RegExpExecArray | null;
    if ((m = /^DOB\s+(.+)$/i.exec(seg))) {
      const d = parseListDate(m[1]!);
      if (d) out.birthDates.push(d);
    } else if ((m = /^POB\s+(.+)$/i.exec(seg))) out.birthPlaces.push(m[1]!);
    else if ((m = /^(?:nationality|citizen)\s+(.+)$/i.exec(seg))) {
      const c = toAlpha2(m[1]!);
      if (c && !out.nationalities.includes(c)) out.nationalities.push(c);
    } else if ((m = /^Gender\s+(Male|Female)/i.exec(seg))) out.gender = m[1]!.toLowerCase() as 'male' | 'female';
    else if ((m = DOC_RE.exec(seg))) {
      const doc: EntryDocument = { type: m[1]!, number: m[2]!.trim() };
      const c = m[3] ? toAlpha2(m[3]) : undefined;
      if (c) doc.country = c;
      out.documents.push(doc);
    }
  }
  return out;
}

/**
 * Parses OFAC legacy CSV. `alt` (alt.csv) adds aliases. Individuals only unless `includeEntities`.
 * Issues carry `file` line numbers of sdn.csv, or of alt.csv prefixed in the message.
 */
export async function parseOfacCsv(sdn: LineSource, alt?: LineSource, opts: { includeEntities?: boolean } = {}): Promise<ParseResult<WatchlistEntry>> {
  const issues: ParseIssue[] = [];
  const byId = new Map<string, WatchlistEntry>();
  for await (const r of csvRecords(sdn)) {
    if (r.error !== undefined) {
      issues.push({ line: r.line, message: r.error });
      continue;
    }
    const f = r.fields;
    if (f.length === 1 && f[0]!.charCodeAt(0) === 0x1a) continue; // DOS end-of-file marker
    if (f.length < 12) {
      issues.push({ line: r.line, message: `expected 12 fields, found ${f.length}` });
      continue;
    }
    const ent = val(f[0]);
    if (!/^\d+$/.test(ent)) {
      issues.push({ line: r.line, message: `ent_num "${f[0]}" is not a number` });
      continue;
    }
    const name = val(f[1]);
    if (!name) {
      issues.push({ line: r.line, message: `entry ${ent} has no name` });
      continue;
    }
    const type = val(f[2]).toLowerCase();
    const individual = type === 'individual';
    if (!individual && !opts.includeEntities) continue;
    const rem = parseOfacRemarks(val(f[11]));
    const entry: WatchlistEntry = {
      id: 'ofac:' + ent,
      names: [ofacName(name)],
      birthDates: rem.birthDates,
      nationalities: rem.nationalities,
      documents: rem.documents,
      kind: individual ? 'individual' : 'entity',
      source: 'ofac',
    };
    if (rem.nicknames.length) entry.weakNames = rem.nicknames;
    if (rem.gender) entry.gender = rem.gender;
    byId.set(ent, entry);
  }
  if (alt) {
    for await (const r of csvRecords(alt)) {
      if (r.error !== undefined) {
        issues.push({ line: r.line, message: `alt.csv: ${r.error}` });
        continue;
      }
      const f = r.fields;
      if (f.length === 1 && f[0]!.charCodeAt(0) === 0x1a) continue;
      if (f.length < 4 || !/^\d+$/.test(val(f[0]))) {
        issues.push({ line: r.line, message: `alt.csv: expected ent_num,alt_num,alt_type,alt_name,remarks` });
        continue;
      }
      const e = byId.get(val(f[0]));
      const n = val(f[3]);
      if (!e || !n) continue;
      const type = val(f[2]).toLowerCase();
      if (type === 'nka' || type === 'aka' || type === 'fka') e.names.push(ofacName(n));
      else (e.weakNames ??= []).push(ofacName(n));
    }
  }
  return { entries: [...byId.values()], issues };
}
