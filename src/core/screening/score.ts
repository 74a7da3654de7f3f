/**
 * Scoring a traveller against one entry: best name (aliases, original script) plus birth date,
 * nationality, document and gender evidence, with an explanation of every part.
 */
import { prepareName, type PreparedName } from '../names/tokens.ts';
import { toAlpha2 } from './countries.ts';
import { compareBirthDates, dateEffect, formatBirthDate, parseIsoBirthDate, type BirthDate } from './dates.ts';
import { compareDocuments, DOCUMENT_EFFECT } from './documents.ts';
import { matchNames, nameScore as scoreNames, uniformWeight, type NameMatch, type TokenWeight } from './name-match.ts';
import type { Explanation, Hit, PartResult, Traveller, WatchlistEntry } from './types.ts';

/**
 * Default alert threshold. Chosen on the labelled benchmark (bench/screening): listed persons behind one
 * or two realistic changes alert (recall 0.984) while about 0.15% of innocent travellers do (0.07% of
 * plain ones, 1.8% of those who carry a listed name with a birth date far off); 0.84 is the setting for
 * at most 0.1% of alerts (the 0.1% point was 0.811–0.836 on ten labelled sets). See docs/SCREENING.md.
 */
export const DEFAULT_THRESHOLD = 0.8;

/** Weak aliases (low quality, nicknames) are worth this fraction of a full alias. */
const WEAK_ALIAS = 0.92;

/** A traveller prepared for screening. */
export interface PreparedQuery {
  traveller: Traveller;
  name: PreparedName;
  birthDate?: BirthDate;
  nationality?: string;
  gender?: 'male' | 'female';
}

/** An entry prepared for scoring. */
export interface PreparedEntry {
  entry: WatchlistEntry;
  names: Array<{ name: PreparedName; weak: boolean }>;
}

/** Error thrown for a traveller record that cannot be screened. */
export class InvalidTravellerError extends Error {}

/** Normalises gender values (M/F, male/female, any case) or undefined. */
export function normalizeGender(g: string | undefined): 'male' | 'female' | undefined {
  if (!g) return undefined;
  const s = g.trim().toLowerCase();
  if (s === 'm' || s === 'male' || s === 'man') return 'male';
  if (s === 'f' || s === 'female' || s === 'woman') return 'female';
  return undefined;
}

/** Prepares a traveller; throws InvalidTravellerError on a malformed birth date or empty name. */
export function prepareQuery(t: Traveller): PreparedQuery {
  const name = prepareName(t.name);
  if (name.tokens.length === 0) throw new InvalidTravellerError('name has no letters');
  const q: PreparedQuery = { traveller: t, name };
  if (t.birthDate) {
    const d = parseIsoBirthDate(t.birthDate);
    if (!d) throw new InvalidTravellerError(`birthDate "${t.birthDate}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    q.birthDate = d;
  }
  const nat = toAlpha2(t.nationality);
  if (nat) q.nationality = nat;
  const g = normalizeGender(t.gender);
  if (g) q.gender = g;
  return q;
}

/** Prepares an entry's names (primary, aliases, weak aliases). */
export function prepareEntry(entry: WatchlistEntry): PreparedEntry {
  const names: PreparedEntry['names'] = [];
  const seen = new Set<string>();
  const add = (raw: string, weak: boolean) => {
    const name = prepareName(raw);
    const k = name.tokens.map((t) => t.t).join(' ');
    if (!k || seen.has(k)) return;
    seen.add(k);
    names.push({ name, weak });
  };
  for (const n of entry.names) add(n, false);
  for (const n of entry.weakNames ?? []) add(n, true);
  return { entry, names };
}

/** Scores a prepared traveller against a prepared entry. `nameIdx` limits the names compared. */
export function scoreEntry(q: PreparedQuery, pe: PreparedEntry, weight: TokenWeight = uniformWeight, nameIdx?: Iterable<number>): Hit {
  return scoreEntryAbove(q, pe, weight, nameIdx, -Infinity)!;
}

/**
 * Like scoreEntry, but returns undefined without building the explanation when the score is below
 * `threshold` (the screening hot path).
 */
export function scoreEntryAbove(q: PreparedQuery, pe: PreparedEntry, weight: TokenWeight, nameIdx: Iterable<number> | undefined, threshold: number): Hit | undefined {
  const e = pe.entry;
  const dob = compareBirthDates(q.birthDate, e.birthDates);
  const dobEffect = dateEffect(dob.result, dob.entry);
  const natResult = q.nationality && e.nationalities.length ? (e.nationalities.includes(q.nationality) ? 'match' : 'different') : undefined;
  const natEffect = natResult === 'match' ? 0.03 : natResult === 'different' ? -0.05 : 0;
  const docCmp = compareDocuments(q.traveller.documentNumber, e.documents);
  const genderResult = q.gender && e.gender ? (q.gender === e.gender ? 'match' : 'conflict') : undefined;
  const genderEffect = genderResult === 'match' ? 0.01 : genderResult === 'conflict' ? -0.12 : 0;
  const evidence = dobEffect + natEffect + genderEffect;
  const docEffect = DOCUMENT_EFFECT[docCmp.result];
  // a full name match is worth at most 1: when the other evidence keeps even that below the threshold
  // (a birth date years apart), the names need not be compared
  if (round(Math.min(1, 1 + evidence + docEffect)) < threshold) return undefined;

  let bestName = pe.names[0]!;
  let bestScore = -1;
  const indices = nameIdx ?? pe.names.keys();
  for (const i of indices) {
    const n = pe.names[i]!;
    const m = scoreNames(q.name, n.name, weight);
    const s = n.weak ? m * WEAK_ALIAS : m;
    if (s > bestScore) {
      bestScore = s;
      bestName = n;
    }
  }

  const nameScore = Math.max(0, bestScore);
  // evidence beyond the name only counts in full when the name is plausible
  const extra = evidence > 0 && nameScore < 0.6 ? evidence * 0.5 : evidence;
  const score = Math.max(0, Math.min(1, nameScore + extra + docEffect));
  if (round(score) < threshold) return undefined;

  const birthDate: PartResult = { result: dob.result, effect: dobEffect };
  if (q.birthDate) birthDate.query = formatBirthDate(q.birthDate);
  if (dob.entry) birthDate.entry = formatBirthDate(dob.entry);
  else if (e.birthDates.length) birthDate.entry = e.birthDates.map(formatBirthDate).join(', ');
  const nationality: PartResult = { result: natResult ?? 'missing', effect: natEffect };
  if (q.traveller.nationality && !q.nationality) nationality.result = 'unrecognised';
  if (q.nationality) nationality.query = q.nationality;
  if (e.nationalities.length) nationality.entry = e.nationalities.join(', ');
  const document: PartResult = { result: docCmp.result, effect: DOCUMENT_EFFECT[docCmp.result] };
  if (q.traveller.documentNumber) document.query = q.traveller.documentNumber;
  if (docCmp.entry) document.entry = docCmp.entry;
  const gender: PartResult = { result: genderResult ?? 'missing', effect: genderEffect };
  if (q.gender) gender.query = q.gender;
  if (e.gender) gender.entry = e.gender;

  // the alignment is built only for a hit
  const m: NameMatch = bestScore >= 0 ? matchNames(q.name, bestName.name, weight) : { score: 0, tokens: [], unmatchedQuery: [], unmatchedEntry: [] };
  const explanation: Explanation = {
    summary: summarize(nameScore, m, birthDate, nationality, document, gender),
    name: { score: round(nameScore), matchedName: bestName.name.raw, tokens: m.tokens, unmatchedQuery: m.unmatchedQuery, unmatchedEntry: m.unmatchedEntry },
    birthDate,
    nationality,
    document,
    gender,
  };
  if (bestName.weak) explanation.name.weakAlias = true;
  return { entryId: e.id, score: round(score), explanation };
}

function summarize(nameScore: number, m: NameMatch, ...parts: PartResult[]): string {
  const toks = m.tokens.map((t) => (t.how === 'exact' ? t.entry : `${t.query}→${t.entry} (${t.how})`)).join(', ');
  const labels = ['birth date', 'nationality', 'document', 'gender'];
  const rest = parts.map((p, i) => (p.result === 'missing' ? '' : `${labels[i]} ${p.result}`)).filter(Boolean).join('; ');
  return `name ${round(nameScore)} [${toks}]` + (rest ? `; ${rest}` : '');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Compares two traveller-like records (the pairs command): b is treated as a one-entry list. */
export function comparePair(a: Traveller, b: Traveller): Hit {
  const q = prepareQuery(a);
  const bb = prepareQuery(b);
  const entry: WatchlistEntry = {
    id: b.id,
    names: [b.name],
    birthDates: bb.birthDate ? [bb.birthDate] : [],
    nationalities: bb.nationality ? [bb.nationality] : [],
    documents: b.documentNumber ? [{ number: b.documentNumber }] : [],
  };
  if (bb.gender) entry.gender = bb.gender;
  return scoreEntry(q, prepareEntry(entry));
}
