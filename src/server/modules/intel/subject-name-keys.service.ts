/**
 * Search keys of subject names (migration 0031): names stored before the keys existed, or under older
 * key rules, get them recomputed in batches at start-up. Resumable and idempotent: each batch reads
 * only names whose keys_version is behind SEARCH_KEYS_VERSION, so a restart carries on where it stopped.
 */
import { nameSearchKeys, SEARCH_KEYS_VERSION } from '../../../core/screening/search-keys.ts';
import type { Platform } from '../../platform/platform.ts';
import * as search from './subject-search.repository.ts';

/** Recomputes the search keys of every name behind the current version; answers how many it updated. */
export async function backfillSearchKeys(p: Platform, batch = 500, stopped: () => boolean = () => false): Promise<number> {
  let done = 0;
  while (!stopped()) {
    const rows = await search.namesWithOldKeys(p.db, SEARCH_KEYS_VERSION, batch);
    if (rows.length === 0) return done;
    const n = await search.setNameSearchKeys(p.db, rows.map((r) => ({ ...r, keys: nameSearchKeys(r.name) })), SEARCH_KEYS_VERSION);
    done += n;
    // a short batch was the last; a batch that changed nothing (names rewritten meanwhile) ends the run too
    if (rows.length < batch || n === 0) return done;
  }
  return done;
}

/** A name found only by its screening keys is a result from this screening name score up (keeps loose keys from flooding). */
export const KEY_MATCH_MIN = 0.45;

/**
 * Orders name-search candidates (subject-search.repository.ts) by the better of their trigram closeness
 * and the screening engine's name score of the name that matched (`score`: prepareSearchQuery), best first (ties by id, as the SQL
 * orders them), drops names found only by a key whose score is loose, and answers the page asked for.
 */
export function rankNameMatches<T extends { id: string; score: number | null; matched_name: string | null }>(rows: T[], score: (name: string) => number, limit: number, offset: number): T[] {
  const scored: T[] = [];
  for (const r of rows) {
    const screen = r.matched_name ? score(r.matched_name) : 0;
    if (r.score === null && screen < KEY_MATCH_MIN) continue;
    scored.push({ ...r, score: Math.max(r.score === null ? 0 : Number(r.score), screen) });
  }
  scored.sort((a, b) => b.score! - a.score! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(offset, offset + limit);
}
