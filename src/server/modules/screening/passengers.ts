/**
 * Passenger lists → travellers, one record at a time (pure; streams over lines): JSON Lines, CSV with
 * a header, or passport MRZ lines (ICAO 9303 TD3: two lines of 44; TD1: three of 30; TD2: two of 36).
 * A record that cannot be parsed yields an error with its line number and whatever id it had.
 */
import { createHash } from 'node:crypto';
import { parse as parseMrz } from 'mrz';
import { latinKey } from '../../../core/names/latin.ts';
import { csvRecords } from '../../../core/screening/csv-line.ts';
import { normalizeDocumentNumber } from '../../../core/screening/documents.ts';
import { InvalidTravellerError, prepareQuery, toAlpha2, travellerSchema, type Traveller } from '../../../core/screening/engine.ts';
import { normalizeTraveller } from '../../../core/screening/quality.ts';
import { linesOf, type LineSource } from '../../../core/screening/source.ts';

export const PASSENGER_FORMATS = ['jsonl', 'csv', 'mrz'] as const;
export type PassengerFormat = (typeof PASSENGER_FORMATS)[number];
/** Every format a batch upload takes: the passenger lists above and the passenger messages (UN/EDIFACT PAXLST, PNRGOV). */
export const BATCH_FORMATS = [...PASSENGER_FORMATS, 'paxlst', 'pnrgov'] as const;

/** One record of a passenger list: a traveller ready to screen, or the reason it is not. */
export interface PassengerRecord {
  line: number;
  travellerId: string | null;
  traveller?: Traveller;
  error?: string;
  /** Non-fatal problems (an MRZ check digit that fails). */
  warnings?: string[];
  /** Kept with the traveller, not screened on (a passenger message's document fields, role, itinerary). */
  context?: Record<string, unknown>;
}

/** Whether the engine can screen the traveller; the engine's reason otherwise. */
function check(t: Traveller): string | undefined {
  try {
    prepareQuery(t);
    return undefined;
  } catch (e) {
    if (e instanceof InvalidTravellerError) return e.message;
    throw e;
  }
}

function zodReason(err: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return err.issues.map((i) => `${i.path.map(String).join('.') || 'line'}: ${i.message}`).join('; ');
}

/** A traveller object (JSON line, CSV row, passenger message) → a record to screen, or the reason it cannot be. */
export function fromObject(line: number, v: unknown, fallbackId: string | null): PassengerRecord {
  const r = travellerSchema.safeParse(v);
  const rawId = v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : undefined;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : fallbackId;
  if (!r.success) return { line, travellerId: id, error: zodReason(r.error) };
  // Malformed fields are read leniently or left out (flagged), never a reason to drop the traveller.
  const t = normalizeTraveller(r.data);
  const why = check(t);
  return why ? { line, travellerId: t.id, error: why } : { line, travellerId: t.id, traveller: t };
}

async function* jsonl(src: LineSource): AsyncGenerator<PassengerRecord> {
  let line = 0;
  for await (const text of linesOf(src)) {
    line++;
    if (!text.trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      const m = /"id"\s*:\s*"?([^",}]*)"?/.exec(text);
      yield { line, travellerId: m ? m[1]!.trim() : null, error: `invalid JSON: ${(e as Error).message}` };
      continue;
    }
    yield fromObject(line, v, null);
  }
}

const CSV_COLUMNS: Record<string, string[]> = {
  id: ['id', 'passengerid', 'paxid', 'reference', 'ref'],
  name: ['name', 'fullname'],
  givenName: ['givenname', 'givennames', 'firstname', 'forename', 'forenames'],
  familyName: ['familyname', 'lastname', 'surname'],
  birthDate: ['birthdate', 'dob', 'dateofbirth'],
  nationality: ['nationality', 'citizenship'],
  documentNumber: ['documentnumber', 'document', 'passport', 'passportnumber', 'docnumber'],
  gender: ['gender', 'sex'],
};

async function* csv(src: LineSource): AsyncGenerator<PassengerRecord> {
  let header: Record<string, number> | undefined;
  let width = 0;
  for await (const r of csvRecords(src)) {
    if (!header) {
      if (r.error !== undefined) {
        yield { line: r.line, travellerId: null, error: `header: ${r.error}` };
        return;
      }
      const cols = r.fields.map((h) => h.trim().toLowerCase().replace(/[^a-z]/g, ''));
      header = {};
      for (const [k, names] of Object.entries(CSV_COLUMNS)) header[k] = cols.findIndex((c) => names.includes(c));
      width = cols.length;
      if (header['id']! < 0 || (header['name']! < 0 && header['familyName']! < 0)) {
        yield { line: r.line, travellerId: null, error: 'the header needs an id column and name (or givenName and familyName) columns' };
        return;
      }
      continue;
    }
    if (r.error !== undefined) {
      yield { line: r.line, travellerId: null, error: r.error };
      continue;
    }
    const h = header;
    const get = (k: string) => (h[k]! >= 0 ? r.fields[h[k]!] : undefined);
    if (r.fields.length !== width) {
      yield { line: r.line, travellerId: get('id')?.trim() || null, error: `expected ${width} fields, found ${r.fields.length}` };
      continue;
    }
    const o: Record<string, string | undefined> = {};
    for (const k of Object.keys(CSV_COLUMNS)) o[k] = get(k)?.trim() || undefined;
    yield fromObject(r.line, o, o['id'] ?? null);
  }
}

/** YYMMDD → YYYY-MM-DD; a year not after this year's two digits is 20YY, otherwise 19YY. */
export function mrzDate(yymmdd: string, now = new Date()): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const yy = Number(yymmdd.slice(0, 2));
  const century = yy <= now.getUTCFullYear() % 100 ? 2000 : 1900;
  return `${century + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

const MRZ_SHAPES: Record<number, { lines: number; format: string }> = { 44: { lines: 2, format: 'TD3' }, 30: { lines: 3, format: 'TD1' }, 36: { lines: 2, format: 'TD2' } };

function fromMrz(start: number, lines: string[]): PassengerRecord {
  let r: ReturnType<typeof parseMrz>;
  try {
    r = parseMrz(lines, { autocorrect: true });
  } catch (e) {
    return { line: start, travellerId: null, error: `MRZ: ${(e as Error).message}` };
  }
  const f = r.fields;
  const doc = f.documentNumber ?? undefined;
  const id = doc ? `${doc}` : `line-${start}`;
  const name = [f.firstName, f.lastName].filter(Boolean).join(' ').trim();
  if (!name) return { line: start, travellerId: id, error: 'MRZ: no name' };
  const warnings = r.details.filter((d) => !d.valid && d.field !== 'issuingState' && d.field !== 'nationality').map((d) => `${d.field}: ${d.error ?? 'invalid'}`);
  const raw: Traveller = { id, name };
  const birth = f.birthDate ? (mrzDate(f.birthDate) ?? f.birthDate) : undefined;
  if (birth) raw.birthDate = birth;
  const nat = f.nationality ? (toAlpha2(f.nationality) ?? f.nationality) : undefined;
  if (nat) raw.nationality = nat;
  if (doc) raw.documentNumber = doc;
  if (f.sex === 'male' || f.sex === 'female') raw.gender = f.sex;
  const t = normalizeTraveller(raw);
  const why = check(t);
  if (why) return { line: start, travellerId: id, error: why };
  return warnings.length ? { line: start, travellerId: id, traveller: t, warnings } : { line: start, travellerId: id, traveller: t };
}

async function* mrz(src: LineSource): AsyncGenerator<PassengerRecord> {
  let line = 0;
  let buf: string[] = [];
  let start = 0;
  let want = 0;
  for await (const raw of linesOf(src)) {
    line++;
    const text = raw.replace(/\s+/g, '').toUpperCase();
    if (buf.length && (text === '' || text.length !== buf[0]!.length)) {
      yield { line: start, travellerId: null, error: `MRZ: incomplete ${MRZ_SHAPES[buf[0]!.length]!.format} (${buf.length} of ${want} lines)` };
      buf = [];
    }
    if (text === '') continue;
    if (!buf.length) {
      const shape = MRZ_SHAPES[text.length];
      if (!shape) {
        yield { line, travellerId: null, error: `MRZ: a line of ${text.length} characters (expected 44 for TD3, 30 for TD1, 36 for TD2)` };
        continue;
      }
      start = line;
      want = shape.lines;
    }
    buf.push(text);
    if (buf.length === want) {
      yield fromMrz(start, buf);
      buf = [];
    }
  }
  if (buf.length) yield { line: start, travellerId: null, error: `MRZ: incomplete ${MRZ_SHAPES[buf[0]!.length]!.format} at end of input` };
}

/** Lines without NUL characters (never meaningful; the database refuses them). */
async function* clean(src: LineSource): AsyncGenerator<string> {
  for await (const l of linesOf(src)) yield l.includes('\u0000') ? l.replace(/\u0000/g, '') : l;
}

/** Reads a passenger list record by record. */
export function passengerRecords(src: LineSource, format: PassengerFormat): AsyncGenerator<PassengerRecord> {
  const lines = clean(src);
  return format === 'jsonl' ? jsonl(lines) : format === 'csv' ? csv(lines) : mrz(lines);
}

/**
 * The identity a remembered false positive is bound to: the name's Latin key, birth date, document
 * number and nationality (a hash; name order and case do not count; another passport or birth date alerts again).
 */
export function identityKey(t: Traveller): string {
  const name = latinKey(t.name).toLowerCase().split(' ').filter(Boolean).sort().join(' ');
  const parts = [name, t.birthDate ?? '', t.documentNumber ? normalizeDocumentNumber(t.documentNumber) : '', toAlpha2(t.nationality) ?? ''];
  return createHash('sha256').update(parts.join('|')).digest('hex');
}
