/**
 * UN Security Council Consolidated List (XML) → entries `un:<REFERENCE_NUMBER>`. Streams over lines:
 * each INDIVIDUAL (and, optionally, ENTITY) element is validated and parsed on its own, so a
 * malformed element is reported with its line number.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toAlpha2 } from './countries.ts';
import { parseListDate, type BirthDate } from './dates.ts';
import { linesOf, type LineSource, type ParseIssue, type ParseResult } from './source.ts';
import type { EntryDocument, WatchlistEntry } from './types.ts';

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (name) => ARRAYS.has(name) });
const OPEN = /<(INDIVIDUAL|ENTITY)>/;
const ARRAYS = new Set(['INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_DATE_OF_BIRTH', 'INDIVIDUAL_DOCUMENT', 'VALUE']);

type Node = Record<string, unknown>;

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return '';
  return String(v).trim();
}

function values(v: unknown): string[] {
  if (!v || typeof v !== 'object') return [];
  const vals = (v as Node)['VALUE'];
  return Array.isArray(vals) ? vals.map(text).filter(Boolean) : [];
}

/** Parses the UN consolidated XML. Individuals only unless `includeEntities`. */
export async function parseUnXml(src: LineSource, opts: { includeEntities?: boolean } = {}): Promise<ParseResult<WatchlistEntry>> {
  const entries: WatchlistEntry[] = [];
  const issues: ParseIssue[] = [];
  let lineNo = 0;
  let block: string[] | undefined;
  let tag = '';
  let start = 0;
  let sawRoot = false;
  for await (const line of linesOf(src)) {
    lineNo++;
    if (!sawRoot && line.includes('<CONSOLIDATED_LIST')) sawRoot = true;
    // A line may hold several elements (a list exported on one line): each is taken in turn.
    let rest = line;
    while (rest) {
      if (!block) {
        const m = OPEN.exec(rest);
        if (!m) break;
        block = [];
        tag = m[1]!;
        start = lineNo;
        rest = rest.slice(m.index);
      }
      const close = `</${tag}>`;
      const at = rest.indexOf(close);
      // The next element's opening tag (past this block's own, when the block starts on this line).
      const from = block.length === 0 ? 1 : 0;
      const found = rest.slice(from).search(OPEN);
      const next = found < 0 ? -1 : found + from;
      if (at >= 0 && (next < 0 || at < next)) {
        block.push(rest.slice(0, at + close.length));
        finish(block, tag, start, entries, issues, opts);
        block = undefined;
        rest = rest.slice(at + close.length);
      } else if (next >= 0) {
        issues.push({ line: start, message: `<${tag}> is not closed before line ${lineNo}` });
        block = undefined;
        rest = rest.slice(next);
      } else {
        block.push(rest);
        break;
      }
    }
  }
  if (block) issues.push({ line: start, message: `<${tag}> is not closed at end of file` });
  if (!sawRoot && lineNo > 0) issues.push({ line: 1, message: 'not a UN consolidated list (no <CONSOLIDATED_LIST>)' });
  return { entries, issues };
}

function finish(block: string[], tag: string, start: number, entries: WatchlistEntry[], issues: ParseIssue[], opts: { includeEntities?: boolean }): void {
  let xml = block.join('\n');
  xml = xml.slice(0, xml.indexOf(`</${tag}>`) + tag.length + 3);
  const v = XMLValidator.validate(xml);
  if (v !== true) {
    issues.push({ line: start + v.err.line - 1, message: `malformed <${tag}>: ${v.err.msg}` });
    return;
  }
  if (tag === 'ENTITY' && !opts.includeEntities) return;
  const node = (parser.parse(xml) as Node)[tag] as Node;
  const ref = text(node['REFERENCE_NUMBER']);
  if (!ref) {
    issues.push({ line: start, message: `<${tag}> without REFERENCE_NUMBER` });
    return;
  }
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(node[k])).filter(Boolean).join(' ');
  if (!primary) {
    issues.push({ line: start, message: `${ref}: no name` });
    return;
  }
  const names = [primary];
  const weakNames: string[] = [];
  const original = text(node['NAME_ORIGINAL_SCRIPT']);
  if (original) names.push(original);
  for (const a of (node[`${tag}_ALIAS`] as Node[] | undefined) ?? []) {
    const weak = text(a['QUALITY']).toLowerCase() === 'low';
    for (const n of aliasNames(text(a['ALIAS_NAME']))) (weak ? weakNames : names).push(n);
  }
  const birthDates: BirthDate[] = [];
  for (const d of (node['INDIVIDUAL_DATE_OF_BIRTH'] as Node[] | undefined) ?? []) {
    const type = text(d['TYPE_OF_DATE']).toUpperCase();
    const approx = type.startsWith('APPROX');
    let bd: BirthDate | undefined;
    if (text(d['DATE'])) bd = parseListDate(text(d['DATE']));
    else if (text(d['YEAR'])) bd = parseListDate(text(d['YEAR']));
    else if (text(d['FROM_YEAR']) && text(d['TO_YEAR'])) bd = { year: Number(text(d['FROM_YEAR'])), toYear: Number(text(d['TO_YEAR'])) };
    if (bd && Number.isFinite(bd.year)) birthDates.push(approx ? { ...bd, approx: true } : bd);
  }
  const nationalities = [...new Set(values(node['NATIONALITY']).map(toAlpha2).filter((c): c is string => !!c))];
  const documents: EntryDocument[] = [];
  for (const d of (node['INDIVIDUAL_DOCUMENT'] as Node[] | undefined) ?? []) {
    const number = text(d['NUMBER']);
    if (!number) continue;
    const doc: EntryDocument = { number };
    const type = text(d['TYPE_OF_DOCUMENT']);
    if (type) doc.type = type;
    const c = toAlpha2(text(d['ISSUING_COUNTRY']));
    if (c) doc.country = c;
    documents.push(doc);
  }
  const entry: WatchlistEntry = { id: 'un:' + ref, names, birthDates, nationalities, documents, kind: tag === 'ENTITY' ? 'entity' : 'individual', source: 'un' };
  if (weakNames.length) entry.weakNames = weakNames;
  const g = text(node['GENDER']).toLowerCase();
  if (g === 'male' || g === 'female') entry.gender = g;
  entries.push(entry);
  return;
}

/**
 * The names in one UN alias field: several are given apart by ";" (Azim Adhajani; Azim Agha-Jani), a
 * name in its original script in brackets (Jin Tiesan (金铁三)), and remarks follow some names in
 * brackets or after "born" (… (birth name), … , born 1 Jan. 1953 (Oman passport …)); remarks dropped.
 */
export function aliasNames(field: string): string[] {
  const out: string[] = [];
  for (const part of field.split(';')) {
    let name = part;
    const scripts: string[] = [];
    name = name.replace(/\(([^()]*)\)/g, (_, inner: string) => {
      if (/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(inner)) scripts.push(inner.trim());
      return ' ';
    });
    name = name.replace(/\([^)]*$/, ' ').replace(/,?\s+(?:born\b|b\.\s|dob\b).*$/i, '').replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(name)) out.push(name);
    for (const s of scripts) if (/\p{L}/u.test(s)) out.push(s);
  }
  return out;
}

