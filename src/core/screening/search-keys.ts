/**
 * Name search keys from the screening engine's name knowledge, for a store that searches names (the
 * intel subject search): the same prepared tokens (romanisation of every script, Arabic and Persian
 * readings, Abd- compounds, articles), the same blocking keys and the same name score as screening, so
 * a subject recorded in Arabic, Persian, Cyrillic, Hebrew or Greek script is found from its Latin
 * spellings and the other way round.
 *
 * Stored keys are the selective kinds of blocking.ts (`w` spelling, `s` skeleton, `g` variant group,
 * `k` coarse key; no one-typo deletions, which a search would drown in) of every token of every reading,
 * plus the keys of particle compounds (bin Laden ~ Binladen). A name matches a query when, for every
 * significant query token, it holds at least one of that token's keys.
 */
import { readableName } from '../names/readable.ts';
import { prepareName, type NameToken, type PreparedName } from '../names/tokens.ts';
import { compoundKeys, tokenKeys } from './blocking.ts';
import { nameScore } from './name-match.ts';

/** Bumped when the keys change: stored keys of an older version are recomputed (see the intel store). */
export const SEARCH_KEYS_VERSION = 1;

const SEARCH_KINDS = new Set(['w', 's', 'g', 'k']);
/** Keys per query token kept at most (bounds the SQL of a query). */
const GROUP_MAX = 16;

function selective(keys: readonly string[]): string[] {
  return keys.filter((k) => SEARCH_KINDS.has(k[0]!));
}

/**
 * The readings of a name: the screening engine's (with its Persian reading), and for a name in another
 * script also its readable romanisation (readable.ts: common name words with their vowels, Greek
 * letter pairs), which meets Latin spellings the letter tables miss (Σταύρος ~ Stavros).
 */
interface Readings {
  main: PreparedName;
  /** The readable romanisation prepared, when the name has one. */
  readable: PreparedName | null;
  all: NameToken[][];
}

function readings(name: string): Readings {
  const p = prepareName(name);
  const all = p.alt ? [p.tokens, p.alt.tokens] : [p.tokens];
  const r = readableName(name);
  const readable = r ? prepareName(r) : null;
  if (readable) all.push(readable.tokens);
  return { main: p, readable, all };
}

/** The search keys of one stored name (sorted, distinct). */
export function nameSearchKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const toks of readings(name).all) {
    for (const t of toks) for (const k of selective(tokenKeys(t))) keys.add(k);
    for (const k of selective(compoundKeys(toks))) keys.add(k);
  }
  return [...keys].sort();
}

/**
 * The key groups of a query: one group per significant token (particles and initials carry none), each
 * holding the keys of that token under every reading of the query. Empty when the query has no
 * significant token (nothing to search by key).
 */
export function querySearchKeys(query: string): string[][] {
  return keyGroups(readings(query));
}

function keyGroups({ main, all }: Readings): string[][] {
  const groups: string[][] = [];
  main.tokens.forEach((t, i) => {
    const keys = new Set(selective(tokenKeys(t)));
    if (keys.size === 0) return;
    // the same token under the other readings (when they split the name alike)
    for (const toks of all.slice(1)) {
      const other = toks.length === main.tokens.length ? toks[i] : undefined;
      if (other) for (const k of selective(tokenKeys(other))) keys.add(k);
    }
    groups.push([...keys].slice(0, GROUP_MAX));
  });
  return groups.slice(0, 12);
}

/** The screening name score of a stored name for a query (0..1; order-free, across scripts). */
export function searchNameScore(query: string, name: string): number {
  return searchNameScorer(query)(name);
}

/** searchNameScore for one query and many names: the query is prepared once, not once per name. */
export function searchNameScorer(query: string): (name: string) => number {
  return scorer(readings(query));
}

function scorer({ main: pq, readable }: Readings): (name: string) => number {
  const prq = readable ?? pq;
  return (name) => {
    const pn = prepareName(name);
    const score = nameScore(pq, pn);
    const rn = readableName(name);
    if (!readable && !rn) return score;
    return Math.max(score, nameScore(prq, rn ? prepareName(rn) : pn));
  };
}

/** A name search's query prepared once: its key groups (querySearchKeys) and its scorer (searchNameScorer). */
export function prepareSearchQuery(query: string): { keyGroups: string[][]; score: (name: string) => number } {
  const r = readings(query);
  return { keyGroups: keyGroups(r), score: scorer(r) };
}
