/**
 * Bad data never hides a traveller: the fields of a traveller as check-in desks and scanners wrote
 * them, read leniently where that is unambiguous (1969-7-16 is 1969-07-16, "Marokko" is MA) and
 * otherwise treated as unknown, each with a data-quality flag naming the field. The traveller is then
 * screened on everything else. Pure; the engine's scoring is unchanged (it gets clean fields).
 */
import { countryCodes, countryKey, toAlpha2 } from './countries.ts';
import { parseListDate } from './dates.ts';
import type { Traveller } from './types.ts';

/** A field read leniently ("read") or left out as unknown ("unknown"). */
export interface DataQualityFlag {
  field: 'name' | 'birthDate' | 'nationality' | 'documentNumber' | 'gender';
  /** read: the value was understood and rewritten; unknown: the field was ignored. */
  outcome: 'read' | 'unknown';
  /** What was wrong, in a few words (e.g. "unpadded", "day and month swapped", "impossible date"). */
  issue: string;
  /** The value as given (bounded). */
  given: string;
  /** The value screened with, when read. */
  read?: string;
}

const p2 = (n: number) => String(n).padStart(2, '0');

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** A two-digit year: not after this year's two digits is 20YY, otherwise 19YY (as the MRZ rule). */
function fullYear(yy: number, now: Date): number {
  return yy <= now.getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy;
}

/** Placeholder years and dates that mean "unknown" (1900-01-01, 0000, 9999, 1800). */
function placeholderYear(y: number): boolean {
  return y < 1880 || y === 1900 || y >= 9000;
}

export interface BirthDateReading {
  /** YYYY, YYYY-MM or YYYY-MM-DD to screen with; absent when unknown. */
  value?: string;
  flag?: Omit<DataQualityFlag, 'field' | 'given'>;
}

/**
 * Reads a birth date as written anywhere: ISO (padded or not), D.M.YYYY / D/M/YYYY, compact YYYYMMDD,
 * two-digit years, month names (16 Jul 1969), zero placeholders (00.00.1980 → 1980; 1980-07-00 → 1980-07),
 * day and month swapped where only one reading is possible (7/16/1969). Impossible dates (day 32,
 * month 13, 31 February), 1900-01-01 and future dates are unknown.
 */
export function readBirthDate(raw: string, now = new Date()): BirthDateReading {
  const s = raw.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, '');
  if (!s) return {};
  const unknown = (issue: string): BirthDateReading => ({ flag: { outcome: 'unknown', issue } });
  let y: number | undefined;
  let a: number | undefined; // month in year-first forms, day in day-first forms
  let b: number | undefined;
  let order: 'ymd' | 'dmy' = 'ymd';
  let twoDigit = false;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:[-./ ](\d{1,2})(?:[-./ ](\d{1,2}))?)?$/.exec(s))) {
    y = Number(m[1]);
    a = m[2] !== undefined ? Number(m[2]) : undefined;
    b = m[3] !== undefined ? Number(m[3]) : undefined;
  } else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    [y, a, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})$/.exec(s))) {
    order = 'dmy';
    twoDigit = m[3]!.length === 2;
    y = twoDigit ? fullYear(Number(m[3]), now) : Number(m[3]);
    [a, b] = [Number(m[1]), Number(m[2])];
  } else if ((m = /^(\d{2})(\d{2})(\d{2})$/.exec(s))) {
    twoDigit = true;
    [y, a, b] = [fullYear(Number(m[1]), now), Number(m[2]), Number(m[3])];
  } else {
    const named = /^(\d{1,2})[\s./-]*([a-z]{3,})\.?[\s./-]*(\d{2})$/i.exec(s);
    const text = named ? `${named[1]} ${named[2]} ${fullYear(Number(named[3]), now)}` : s.replace(/[./-]/g, ' ');
    const d = parseListDate(text);
    if (!d || d.toYear !== undefined || d.approx) return unknown('not a date');
    if (placeholderYear(d.year) || d.year > now.getUTCFullYear()) return unknown('placeholder or impossible year');
    const value = d.day ? `${d.year}-${p2(d.month!)}-${p2(d.day)}` : d.month ? `${d.year}-${p2(d.month)}` : String(d.year);
    return { value, flag: { outcome: 'read', issue: named ? 'two-digit year' : 'written with a month name', read: value } };
  }
  const issues: string[] = [];
  if (twoDigit) issues.push('two-digit year');
  if (y === 0 || placeholderYear(y)) return unknown('placeholder year');
  // Zeros stand for "not known": 00.00.1980 is 1980, 1980-07-00 is July 1980.
  let month = order === 'ymd' ? a : b;
  let day = order === 'ymd' ? b : a;
  if (month === 0) {
    month = undefined;
    day = undefined;
    issues.push('placeholder day and month');
  } else if (day === 0) {
    day = undefined;
    issues.push('placeholder day');
  }
  if (month !== undefined && day !== undefined && !validDay(y, month, day)) {
    // The other reading (month first, 7/16/1969) when it is the only possible one; a year-first date
    // with month 13 or day 32 is impossible, not swapped.
    if (order === 'dmy' && validDay(y, day, month) && month > 12) {
      [month, day] = [day, month];
      issues.push('day and month swapped');
    } else return unknown('impossible date');
  } else if (month !== undefined && !(month >= 1 && month <= 12)) return unknown('impossible month');
  if (y > now.getUTCFullYear() || (y === now.getUTCFullYear() && month !== undefined && month > now.getUTCMonth() + 1)) return unknown('date in the future');
  if (y === 1900 && month === 1 && day === 1) return unknown('placeholder date');
  const value = day !== undefined ? `${y}-${p2(month!)}-${p2(day)}` : month !== undefined ? `${y}-${p2(month)}` : String(y);
  const canonical = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) && s === value;
  if (canonical) return { value };
  if (!issues.length) issues.push(order === 'dmy' ? 'day-first date' : /^\d{8}$/.test(s) ? 'compact date' : 'unpadded or unusual separators');
  return { value, flag: { outcome: 'read', issue: issues.join(', '), read: value } };
}

/** Country names in English, Dutch, French and German → alpha-2; names two countries share are left out. */
let NAME_CODES: Map<string, string | null> | undefined;
function nameCodes(): Map<string, string | null> {
  if (NAME_CODES) return NAME_CODES;
  const map = new Map<string, string | null>();
  for (const lang of ['en', 'nl', 'fr', 'de']) {
    let dn: Intl.DisplayNames;
    try {
      dn = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      continue;
    }
    for (const code of countryCodes()) {
      let name: string | undefined;
      try {
        name = dn.of(code);
      } catch {
        name = undefined;
      }
      if (!name || name === code) continue;
      const k = countryKey(name);
      if (!k) continue;
      const had = map.get(k);
      map.set(k, had === undefined || had === code ? code : null);
    }
  }
  NAME_CODES = map;
  return map;
}

/** A nationality as a code (alpha-2/alpha-3) or a country name in en/nl/fr/de; undefined when unknown or ambiguous. */
export function readNationality(raw: string): { value?: string; flag?: Omit<DataQualityFlag, 'field' | 'given'> } {
  const s = raw.trim();
  if (!s) return {};
  if (/^[A-Za-z]{2}$/.test(s) && toAlpha2(s)) return s === s.toUpperCase() ? { value: s } : { value: s.toUpperCase(), flag: { outcome: 'read', issue: 'lower-case code', read: s.toUpperCase() } };
  const direct = toAlpha2(s);
  const byName = nameCodes().get(countryKey(s));
  if (direct && (byName === undefined || byName === direct)) return { value: direct, flag: { outcome: 'read', issue: /^[A-Za-z]{3}$/.test(s) ? 'alpha-3 code' : 'country name', read: direct } };
  if (byName) return { value: byName, flag: { outcome: 'read', issue: 'country name', read: byName } };
  return { flag: { outcome: 'unknown', issue: byName === null || (direct && byName) ? 'ambiguous country' : 'unknown country' } };
}

const MALE = new Set(['m', 'male', 'man', 'mann', 'männlich', 'maennlich', 'masculin', 'homme', 'h', 'mannelijk']);
const FEMALE = new Set(['f', 'female', 'woman', 'frau', 'weiblich', 'w', 'feminin', 'féminin', 'femme', 'vrouw', 'v', 'vrouwelijk']);
const UNSPECIFIED = new Set(['x', 'u', '<', 'unknown', 'unspecified', 'other', 'diverse', 'divers', 'onbekend', 'inconnu']);

/** Gender in en/nl/fr/de words or ICAO letters; X/U/unknown is no gender (no flag); anything else is flagged. */
export function readGender(raw: string): { value?: 'male' | 'female'; flag?: Omit<DataQualityFlag, 'field' | 'given'> } {
  const s = raw.trim().toLowerCase().replace(/\.$/, '');
  if (!s || UNSPECIFIED.has(s)) return {};
  if (s === 'male' || s === 'm') return { value: 'male' };
  if (s === 'female' || s === 'f') return { value: 'female' };
  if (MALE.has(s)) return { value: 'male', flag: { outcome: 'read', issue: 'gender word', read: 'male' } };
  if (FEMALE.has(s)) return { value: 'female', flag: { outcome: 'read', issue: 'gender word', read: 'female' } };
  return { flag: { outcome: 'unknown', issue: 'unknown gender' } };
}

/** A document number: letters and digits (spaces, dashes, `<` fillers dropped); placeholders and junk are unknown. */
export function readDocument(raw: string): { value?: string; flag?: Omit<DataQualityFlag, 'field' | 'given'> } {
  const s = raw.trim();
  if (!s) return {};
  const cleaned = s.toUpperCase().replace(/[\s\-./<]+/g, '');
  if (!/^[A-Z0-9]+$/.test(cleaned)) return { flag: { outcome: 'unknown', issue: 'characters that are not letters or digits' } };
  if (cleaned.length < 4 || cleaned.length > 20) return { flag: { outcome: 'unknown', issue: cleaned.length < 4 ? 'too short' : 'too long' } };
  if (/^(.)\1+$/.test(cleaned) || /^(UNKNOWN|NONE|NULL|NA|XXXX+|TBA|TBD)$/.test(cleaned)) return { flag: { outcome: 'unknown', issue: 'placeholder' } };
  return cleaned === s ? { value: s } : { value: cleaned, flag: { outcome: 'read', issue: 'separators removed', read: cleaned } };
}

/**
 * A traveller with every field read leniently, and the data-quality flags. The name is kept as given
 * (the engine reads any script); a single-word name (surname only) is flagged but screened.
 */
export function normalizeTraveller(t: Traveller, now = new Date()): Traveller & { quality?: DataQualityFlag[] } {
  const flags: DataQualityFlag[] = [];
  const out: Traveller & { quality?: DataQualityFlag[] } = { id: t.id, name: t.name };
  const given = (v: string) => v.slice(0, 60);
  const take = <V extends string>(field: DataQualityFlag['field'], raw: string | undefined, read: (s: string) => { value?: V; flag?: Omit<DataQualityFlag, 'field' | 'given'> }): V | undefined => {
    if (raw === undefined) return undefined;
    const r = read(raw);
    if (r.flag) flags.push({ field, given: given(raw), ...r.flag });
    return r.value;
  };
  const bd = take('birthDate', t.birthDate, (s) => readBirthDate(s, now));
  if (bd) out.birthDate = bd;
  const nat = take('nationality', t.nationality, readNationality);
  if (nat) out.nationality = nat;
  const doc = take('documentNumber', t.documentNumber, readDocument);
  if (doc) out.documentNumber = doc;
  const g = take('gender', t.gender, readGender);
  if (g) out.gender = g;
  if (t.name.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length === 1) flags.push({ field: 'name', outcome: 'read', issue: 'single name (surname only)', given: given(t.name) });
  if (flags.length) out.quality = flags;
  return out;
}
