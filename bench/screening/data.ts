/**
 * Labelled data for the screening benchmark: positives made from listed individuals with realistic,
 * tagged changes, and synthetic negatives (faker, many locales and scripts) with hard cases.
 * The changes are written independently of the engine's rules (no use of its variant table).
 */
import { readFileSync } from 'node:fs';
import { allFakers, type Faker } from '@faker-js/faker';
import { parseOfacCsv, parseUnXml, type WatchlistEntry } from '../../src/core/screening/engine.ts';
import type { BirthDate } from '../../src/core/screening/dates.ts';
import { SHARED_DATA } from '../../test/helpers/reference-data.ts';

const W = SHARED_DATA + 'watchlists/';

/** UN consolidated + OFAC SDN (2021) + OFAC consolidated (2025) individuals. */
export async function loadLists(): Promise<WatchlistEntry[]> {
  const un = await parseUnXml(readFileSync(W + 'un-sc-consolidated/UN_consolidated.xml', 'utf8'));
  const sdn = await parseOfacCsv(readFileSync(W + 'ofac-sdn-2021/sdn.csv', 'utf8'), readFileSync(W + 'ofac-sdn-2021/alt.csv', 'utf8'));
  const cons = await parseOfacCsv(readFileSync(W + 'ofac-consolidated-2025/cons_prim.csv', 'utf8'), readFileSync(W + 'ofac-consolidated-2025/cons_alt.csv', 'utf8'));
  const seen = new Set<string>();
  return [...un.entries, ...sdn.entries, ...cons.entries].filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** A labelled query. */
export interface Query {
  traveller: { id: string; name: string; birthDate?: string; nationality?: string; documentNumber?: string; gender?: string };
  /** the listed entry it is (positives) */
  target?: string;
  change: string;
  /** a name to hide from the index while this query runs (alias removed, original script) */
  hide?: string;
}

export class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s * 1664525 + 1013904223) >>> 0;
    return this.s / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
function iso(y: number, m?: number, d?: number): string {
  return m ? (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`) : String(y);
}
function fullDob(e: WatchlistEntry): BirthDate | undefined {
  return e.birthDates.find((d) => d.day !== undefined && d.toYear === undefined && !d.approx);
}

// Romanisation changes, independent of the engine's tables: each maps a spelling to another in use.
const TRANSLIT: Array<[RegExp, string]> = [
  [/ou/g, 'u'], [/u/g, 'ou'], [/oo/g, 'u'], [/ee/g, 'i'], [/y/g, 'i'], [/i(?=[aeou])/g, 'y'], [/kh/g, 'h'],
  [/q/g, 'k'], [/k/g, 'q'], [/dh/g, 'z'], [/th/g, 't'], [/j/g, 'dj'], [/sh/g, 'ch'], [/ch/g, 'tch'], [/ah\b/g, 'a'],
  [/a\b/g, 'ah'], [/mm/g, 'm'], [/m(?=[aeiou])/g, 'mm'], [/ss/g, 's'], [/e/g, 'a'], [/a(?=[^aeiou]+\b)/g, 'e'],
  [/o/g, 'u'], [/u/g, 'o'], [/w/g, 'v'], [/v/g, 'w'], [/ph/g, 'f'], [/ie/g, 'iy'], [/iy/g, 'ii'], [/ei/g, 'ey'],
  [/z/g, 's'], [/x/g, 'ks'], [/c(?=[aou])/g, 'k'],
];

function translit(name: string, r: Rng): string {
  const toks = name.split(/\s+/);
  let changed = 0;
  for (let tries = 0; tries < 12 && changed < 2; tries++) {
    const i = r.int(toks.length);
    const t = toks[i]!.toLowerCase();
    const [re, rep] = r.pick(TRANSLIT);
    const u = t.replace(re, rep);
    if (u !== t && u.length >= 2) {
      toks[i] = u;
      changed++;
    }
  }
  return toks.join(' ');
}

const KEYBOARD = 'abcdefghijklmnopqrstuvwxyz';
const OCR: Array<[string, string]> = [['o', '0'], ['i', '1'], ['l', '1'], ['s', '5'], ['m', 'rn'], ['b', '8'], ['e', 'c']];

function typo(name: string, r: Rng, ocr: boolean): string {
  const toks = name.split(/\s+/);
  const longIdx = toks.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!longIdx.length) return name + 'x';
  const i = r.pick(longIdx);
  const t = toks[i]!;
  if (ocr) {
    const opts = OCR.filter(([a]) => t.toLowerCase().includes(a));
    if (opts.length) {
      const [a, b] = r.pick(opts);
      const p = t.toLowerCase().indexOf(a);
      toks[i] = t.slice(0, p) + b + t.slice(p + a.length);
      return toks.join(' ');
    }
  }
  const p = 1 + r.int(t.length - 1);
  const kind = r.int(4);
  if (kind === 0) toks[i] = t.slice(0, p) + r.pick([...KEYBOARD]) + t.slice(p + 1);
  else if (kind === 1) toks[i] = t.slice(0, p) + t.slice(p + 1);
  else if (kind === 2) toks[i] = t.slice(0, p) + r.pick([...KEYBOARD]) + t.slice(p);
  else toks[i] = t.slice(0, p - 1) + (t[p] ?? '') + t[p - 1] + t.slice(p + 1);
  return toks.join(' ');
}

const PARTICLE = /^(al|el|bin|ibn|abu|bint|van|de|der|del|da|di|von|ben|ould)$/i;
function dropMiddle(name: string): string | undefined {
  const toks = name.split(/\s+/).filter((t) => !PARTICLE.test(t));
  if (toks.length < 3) return undefined;
  return `${toks[0]} ${toks.at(-1)}`;
}

function reorder(name: string, r: Rng): string {
  const toks = name.split(/\s+/);
  if (toks.length < 2) return name;
  const last = toks.at(-1)!;
  return r.chance(0.5) ? `${last.toUpperCase()}, ${toks.slice(0, -1).join(' ')}` : [last, ...toks.slice(0, -1)].join(' ');
}

const ACCENT: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'ş' };
function diacritics(name: string): string {
  const stripped = name.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (stripped !== name) return stripped;
  let n = 0;
  return name.replace(/[aeioucns]/g, (c) => (n++ % 3 === 1 ? ACCENT[c]! : c));
}

function shiftDob(d: BirthDate, kind: string, r: Rng): string {
  const y = d.year, m = d.month!, day = d.day!;
  if (kind === 'dob-day') {
    const t = new Date(Date.UTC(y, m - 1, day + (r.chance(0.5) ? 1 : -1)));
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  if (kind === 'dob-month') return iso(y, m === 12 ? 11 : m + 1, Math.min(day, 28));
  if (kind === 'dob-year') return iso(y + (r.chance(0.5) ? 1 : -1), m, m === 2 && day === 29 ? 28 : day);
  if (kind === 'dob-swapped') return day <= 12 && day !== m ? iso(y, day, m) : iso(y, m, day);
  return String(y);
}

function respace(doc: string, r: Rng): string {
  const s = doc.replace(/[^A-Za-z0-9]/g, '');
  const p = 1 + r.int(Math.max(1, s.length - 2));
  return r.chance(0.5) ? `${s.slice(0, p)} ${s.slice(p)}` : `${s.slice(0, p)}-${s.slice(p)}`.toLowerCase();
}

/** All change types, in report order. */
export const CHANGES = [
  'translit', 'order', 'missing-middle', 'typo', 'ocr', 'diacritics', 'script', 'dob-day', 'dob-month', 'dob-year',
  'dob-swapped', 'dob-year-only', 'no-nationality', 'doc-respaced', 'two-changes', 'alias-removed',
];

/** Positive queries: `perType` per change type from distinct listed individuals. */
export function makePositives(entries: WatchlistEntry[], perType: number, seed = 7): Query[] {
  const r = new Rng(seed);
  const people = entries.filter((e) => e.kind !== 'entity');
  const out: Query[] = [];
  for (const change of CHANGES) {
    let made = 0;
    for (let tries = 0; made < perType && tries < perType * 40; tries++) {
      const e = r.pick(people);
      const primary = e.names[0]!;
      const dob = fullDob(e) ?? e.birthDates[0];
      const t: Query['traveller'] = { id: `p${out.length}`, name: primary };
      if (dob) t.birthDate = dob.day ? iso(dob.year, dob.month, dob.day) : String(dob.year);
      if (e.nationalities[0]) t.nationality = r.chance(0.5) ? e.nationalities[0] : e.nationalities[0].toLowerCase();
      if (e.gender) t.gender = e.gender;
      let hide: string | undefined;
      const full = fullDob(e);
      switch (change) {
        case 'translit': t.name = translit(primary, r); break;
        case 'order': t.name = reorder(primary, r); break;
        case 'missing-middle': { const n = dropMiddle(primary); if (!n) continue; t.name = n; break; }
        case 'typo': t.name = typo(primary, r, false); break;
        case 'ocr': t.name = typo(primary.toUpperCase(), r, true).toUpperCase(); break;
        case 'diacritics': t.name = diacritics(primary); break;
        case 'script': {
          const orig = e.names.find((n) => /[^\p{Script=Latin}\p{Script=Common}]/u.test(n));
          if (!orig) continue;
          t.name = orig;
          hide = orig;
          break;
        }
        case 'dob-day': case 'dob-month': case 'dob-year': case 'dob-swapped': case 'dob-year-only':
          if (!full || (change === 'dob-swapped' && !(full.day! <= 12 && full.day !== full.month))) continue;
          t.birthDate = shiftDob(full, change, r);
          break;
        case 'no-nationality': if (!t.nationality) continue; delete t.nationality; break;
        case 'doc-respaced': if (!e.documents.length) continue; t.documentNumber = respace(e.documents[0]!.number, r); break;
        case 'two-changes': {
          const a = r.int(4);
          const b = (a + 1 + r.int(3)) % 4;
          for (const k of [a, b]) {
            if (k === 0) t.name = translit(t.name, r);
            else if (k === 1) t.name = typo(t.name, r, false);
            else if (k === 2) t.name = reorder(dropMiddle(t.name) ?? t.name, r);
            else if (full) t.birthDate = shiftDob(full, r.pick(['dob-day', 'dob-month', 'dob-year']), r);
            else t.name = translit(t.name, r);
          }
          break;
        }
        case 'alias-removed': {
          const aliases = e.names.slice(1).filter((n) => !/[^\p{Script=Latin}\p{Script=Common}]/u.test(n));
          if (!aliases.length) continue;
          t.name = r.pick(aliases);
          hide = t.name;
          break;
        }
      }
      out.push({ traveller: t, target: e.id, change, ...(hide ? { hide } : {}) });
      made++;
    }
  }
  return out;
}

/** Locales of the synthetic travellers (many scripts). */
export const LOCALES = ['en', 'en_GB', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'tr', 'ru', 'uk', 'el', 'ar', 'fa', 'he', 'ur', 'az', 'id_ID', 'vi', 'zh_CN', 'ja', 'ko', 'ka_GE', 'hy', 'fr_SN', 'en_NG', 'en_IN'];
const NATS = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'BR', 'NL', 'PL', 'TR', 'RU', 'UA', 'GR', 'EG', 'IR', 'IL', 'PK', 'AZ', 'ID', 'VN', 'CN', 'JP', 'KR', 'GE', 'AM', 'SN', 'NG', 'IN'];

function fakers(): Faker[] {
  return LOCALES.map((l) => (allFakers as Record<string, Faker>)[l]!).filter(Boolean);
}

function randomDob(r: Rng): string {
  return iso(1935 + r.int(70), 1 + r.int(12), 1 + r.int(28));
}

/** Negative queries: synthetic travellers, about 8% hard cases built from listed names. */
export function makeNegatives(entries: WatchlistEntry[], n: number, seed = 11): Query[] {
  const r = new Rng(seed);
  const fs = fakers();
  fs.forEach((f, i) => f.seed(seed * 100 + i));
  const people = entries.filter((e) => e.kind !== 'entity');
  const withDob = people.filter((e) => fullDob(e));
  const out: Query[] = [];
  for (let i = 0; i < n; i++) {
    const li = r.int(fs.length);
    const f = fs[li]!;
    const t: Query['traveller'] = { id: `n${i}`, name: '', birthDate: randomDob(r), nationality: NATS[li]! };
    let change = 'synthetic';
    const roll = r.next();
    if (roll < 0.04) {
      // same family name as a listed person, another given name
      const e = r.pick(people);
      const toks = e.names[0]!.split(/\s+/);
      t.name = `${fs[0]!.person.firstName()} ${toks.at(-1)}`;
      change = 'hard-same-family';
    } else if (roll < 0.08) {
      // a listed person's exact name, born at least 8 years apart
      const e = r.pick(withDob);
      const d = fullDob(e)!;
      t.name = e.names[0]!;
      t.birthDate = iso(d.year + (r.chance(0.5) ? 1 : -1) * (8 + r.int(20)), 1 + r.int(12), 1 + r.int(28));
      change = 'hard-same-name-far-dob';
    } else {
      const sex = r.chance(0.5) ? 'male' : 'female';
      t.name = r.chance(0.25) ? `${f.person.firstName(sex)} ${f.person.middleName(sex)} ${f.person.lastName(sex)}` : `${f.person.firstName(sex)} ${f.person.lastName(sex)}`;
      t.gender = sex;
    }
    out.push({ traveller: t, change });
  }
  return out;
}

/** Synthetic filler entries (to reach a large index). */
export function makeFiller(n: number, seed = 23): WatchlistEntry[] {
  const r = new Rng(seed);
  const fs = fakers();
  fs.forEach((f, i) => f.seed(seed * 1000 + i));
  const out: WatchlistEntry[] = [];
  for (let i = 0; i < n; i++) {
    const f = fs[r.int(fs.length)]!;
    const name = r.chance(0.3) ? `${f.person.firstName()} ${f.person.middleName()} ${f.person.lastName()}` : `${f.person.firstName()} ${f.person.lastName()}`;
    const d = randomDob(r);
    out.push({ id: `fill:${i}`, names: [name], birthDates: [{ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) }], nationalities: [], documents: [] });
  }
  return out;
}
