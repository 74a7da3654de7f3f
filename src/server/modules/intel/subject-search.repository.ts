/**
 * Name search over subjects (intel's own tables subjects, subject_names, subject_name_words): one
 * statement of tiers, described in docs/ARCHITECTURE.md.
 */
import { sql, type RawBuilder } from 'kysely';
import { latinKey, nameKeys } from '../../../core/names/latin.ts';
import { PREPARED, TRGM_SIMILARITY, TRGM_WORD_SIMILARITY, type Database } from '../../platform/db.ts';
import { executeShaped, shapeOf } from '../../platform/shaped-sql.ts';
import { SUBJECT_COLUMNS as COLUMNS, type SubjectRow } from './subjects.repository.ts';

/** Candidates one search tier keeps at most, and names a fuzzy tier reads at most (bounds on the cost of very common names). */
export const SEARCH_CANDIDATES_MAX = 2_000;
export const SEARCH_NAMES_READ = 5_000;

export interface SearchFilters {
  q?: string | undefined;
  /** The query's key groups (core/screening/search-keys.ts querySearchKeys): the tier of the screening engine's name keys. */
  keyGroups?: string[][] | undefined;
  category?: string | undefined;
  threatLevel?: number | undefined;
  /** The subject's current level as the caller may know it (SQL over `s.id`), for the threat-level filter. */
  levelSql?: RawBuilder<number | null> | undefined;
  /** The level each result may show, read in the same statement (no second query per search). */
  levelSelect?: RawBuilder<number | null> | undefined;
  ownerOrgId?: string | undefined;
  reviewDue?: boolean | undefined;
  /** Browsing only (a name search is best match first): a whitelisted sort field and its direction. */
  sort?: 'updatedAt' | 'name' | 'category' | 'reviewDate' | 'createdAt' | undefined;
  dir?: 'asc' | 'desc' | undefined;
  limit: number;
  offset: number;
}

/** The browse order of each sort field (a whitelist: nothing from the request reaches SQL as a name); ties by id. */
function browseOrder(f: SearchFilters): RawBuilder<unknown> {
  const dir = f.dir === 'asc' ? sql`ASC` : f.dir === 'desc' ? sql`DESC` : f.sort === 'name' || f.sort === 'category' || f.sort === 'reviewDate' ? sql`ASC` : sql`DESC`;
  const key = {
    updatedAt: sql`s.updated_at`,
    createdAt: sql`s.created_at`,
    name: sql`lower(s.names[1])`,
    category: sql`s.category`,
    reviewDate: sql`s.review_date`,
  }[f.sort ?? 'updatedAt'];
  // Nullable fields put empty values last; timestamps keep the order the (updated_at, id) index can walk.
  const nulls = f.sort === 'category' || f.sort === 'reviewDate' ? sql` NULLS LAST` : sql``;
  return sql`${key} ${dir}${nulls}, s.id ${dir}`;
}

/** The subject columns a search answers (built once: they are the same in every search). */
const COLS = sql.join(COLUMNS.map((c) => sql.ref(`s.${c}`)));

/**
 * The shape of a search's conditions (platform/shaped-sql.ts): the policy twin's, and which filters
 * apply; undefined when a part has no named shape (the statement is then compiled as usual).
 */
function whereShape(f: SearchFilters, visible: RawBuilder<boolean>): string | undefined {
  const v = shapeOf(visible);
  const level = !f.threatLevel ? '-' : f.levelSql ? shapeOf(f.levelSql) : 'false';
  const select = f.levelSelect ? shapeOf(f.levelSelect) : 'null';
  if (v === undefined || level === undefined || select === undefined) return undefined;
  return `${v}|${f.category ? 'c' : ''}${f.ownerOrgId ? 'o' : ''}${f.reviewDue ? 'r' : ''}|${level}|${select}`;
}

/** The conditions of a search or browse: the policy's twin and the filters. */
function filterWhere(f: SearchFilters, visible: RawBuilder<boolean>, today: string): RawBuilder<unknown> {
  const conds: RawBuilder<unknown>[] = [sql`${visible}`];
  if (f.category) conds.push(sql`s.category = ${f.category}`);
  if (f.threatLevel) conds.push(f.levelSql ? sql`${f.levelSql} = ${f.threatLevel}` : sql`FALSE`);
  if (f.ownerOrgId) conds.push(sql`s.owner_org_id = ${f.ownerOrgId}::uuid`);
  if (f.reviewDue) conds.push(sql`s.review_date <= ${today}::date`);
  return sql.join(conds, sql` AND `);
}

/** How many subjects a browse (no name query) holds: `readable` is the policy's twin for full reads only. */
export async function countSubjects(db: Database, f: SearchFilters, readable: RawBuilder<boolean>, today: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM subjects s WHERE ${filterWhere(f, readable, today)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export interface SearchRow extends SubjectRow {
  /** Trigram closeness of the tiers 1–4; null for a name found only by its screening keys (scored by the caller). */
  score: number | null;
  matched_name: string | null;
  visible_level: number | null;
}

/**
 * One statement, in tiers: each tier runs only when the ones before it found nothing, and each reads a
 * bounded number of names, so a common surname costs no more than a rare one.
 *  1. names holding every query word exactly, in any order (GIN on the words; for one word, a B-tree
 *     of words that stops at the first names needed);
 *  2. names holding the coarse consonant key of every query word (vowels, romanisation swaps);
 *  3. names holding at least one query word exactly and close to the whole query (a typo elsewhere);
 *  4. trigram similarity of the whole name (typos in every word; the costly one, hence last).
 * Closeness is trigram similarity (word similarity for a one-word query). Tiers 2 and 3 test it on the
 * names they read, never through the trigram index (which would read every name sharing a trigram).
 * Each tier keeps its closest names, at most 4 × (limit + offset) and at least 100; the one-word exact
 * tier keeps the first 2 × (limit + offset), at least 50 (they all score 1). The access policy and the
 * filters apply inside every tier (each reads only names of subjects the caller may see and that pass the
 * filters), so a record the caller cannot see never changes which visible results come back; matches
 * are then deduplicated per subject, best first. The policy is not applied a second time to the
 * deduplicated matches: every tier applied it in the same snapshot, and a second pass scanned the whole
 * subjects table on each search. The kept matches then read their subjects one by one by key (the
 * lateral subquery keeps the planner from hashing the whole table for a handful of rows).
 * Beside the tiers, always: names holding, for every significant query token, one of its screening keys
 * (search_keys, migration 0031: every script's romanisation, Arabic and Persian readings), at most `cap`;
 * when it finds any, the typo tiers 3 and 4 do not run. A name search answers the candidates (at most
 * 2 × cap, closest first, without offset): the caller scores them with the screening name score and pages.
 */
export async function searchSubjects(db: Database, f: SearchFilters, visible: RawBuilder<boolean>, today: string): Promise<SearchRow[]> {
  const where = filterWhere(f, visible, today);
  const shape = whereShape(f, visible);
  const level = f.levelSelect ?? sql<null>`NULL::int`;
  const key = f.q ? latinKey(f.q) : '';
  if (key) {
    const words = [...new Set(key.split(' '))].slice(0, 12);
    const single = words.length === 1;
    const score = single ? sql<number>`word_similarity(${key}, n.latin)` : sql<number>`similarity(n.latin, ${key})`;
    const min = single ? TRGM_WORD_SIMILARITY : TRGM_SIMILARITY;
    const wanted = f.limit + f.offset;
    const cap = Math.min(SEARCH_CANDIDATES_MAX, Math.max(100, 4 * wanted));
    const none = (before: string[]) => before.map((t) => sql`NOT EXISTS (SELECT 1 FROM ${sql.table(t)}) AND `);
    // Reads at most SEARCH_NAMES_READ names matching `match` and keeps the `cap` closest.
    // Every tier reads only names of subjects the caller may see and that pass the filters (the policy
    // and the filters apply inside each tier), so a hidden record never takes a visible one's place.
    const bounded = (match: RawBuilder<boolean>, before: string[]) => sql`
        SELECT * FROM (
          SELECT n.subject_id, n.position, ${score} AS score FROM (
            SELECT n.subject_id, n.position, n.latin FROM subject_names n JOIN subjects s ON s.id = n.subject_id
            WHERE ${sql.join([...none(before), match], sql``)} AND ${where} LIMIT ${SEARCH_NAMES_READ}
          ) n
        ) n WHERE n.score >= ${min} ORDER BY n.score DESC LIMIT ${cap}`;
    const allWords = sql<boolean>`string_to_array(n.latin, ' ') @> ${words}::text[]`;
    // One word: every name holding it scores 1 (word similarity), so the B-tree of words stops at the first ones.
    const t1 = single
      ? sql`SELECT w.subject_id, w.position, 1::real AS score FROM subject_name_words w JOIN subjects s ON s.id = w.subject_id
            WHERE w.word = ${key} AND ${where} ORDER BY w.word, w.subject_id LIMIT ${Math.max(50, 2 * wanted)}`
      : bounded(allWords, []);
    const t2 = bounded(sql`n.keys @> ${nameKeys(key)}::text[]`, ['t1']);
    const groups = f.keyGroups ?? [];
    const tk = groups.length
      ? sql`SELECT n.subject_id, n.position, NULL::real AS score FROM subject_names n JOIN subjects s ON s.id = n.subject_id
            WHERE ${sql.join(groups.map((g) => sql`n.search_keys && ${g}::text[]`), sql` AND `)} AND ${where} LIMIT ${cap}`
      : sql`SELECT n.subject_id, n.position, NULL::real AS score FROM subject_names n WHERE FALSE`;
    const t3 = single ? sql`SELECT * FROM t1 WHERE FALSE` : bounded(sql`string_to_array(n.latin, ' ') && ${words}::text[]`, ['t1', 't2', 'tk']);
    const close = single ? sql<boolean>`${key} <% n.latin` : sql<boolean>`n.latin % ${key}`;
    const t4 = sql`
        SELECT n.subject_id, n.position, ${score} AS score FROM subject_names n JOIN subjects s ON s.id = n.subject_id
        WHERE ${sql.join([...none(['t1', 't2', 't3', 'tk']), close], sql``)} AND ${where} ORDER BY score DESC LIMIT ${cap}`;
    const tiers = `${single ? 'one' : 'many'}:${groups.length}`;
    return executeShaped(db, shape && `subject-search:${tiers}|${shape}`, sql<SearchRow>`${PREPARED}WITH tk AS (${tk}), t1 AS (${t1}), t2 AS (${t2}), t3 AS (${t3}), t4 AS (${t4}),
      m AS (
        SELECT DISTINCT ON (subject_id) subject_id, position, score
        FROM (SELECT * FROM t1 UNION ALL SELECT * FROM t2 UNION ALL SELECT * FROM t3 UNION ALL SELECT * FROM t4 UNION ALL SELECT * FROM tk) c
        ORDER BY subject_id, score DESC NULLS LAST
      ),
      top AS (SELECT * FROM m ORDER BY score DESC NULLS LAST, subject_id LIMIT ${2 * cap})
      SELECT ${COLS}, s.names[top.position + 1] AS matched_name, top.score, ${level} AS visible_level
      FROM top CROSS JOIN LATERAL (SELECT * FROM subjects s WHERE s.id = top.subject_id OFFSET 0) s
      ORDER BY top.score DESC NULLS LAST, top.subject_id`);
  }
  return executeShaped(db, shape && `subject-browse:${f.sort ?? ''}:${f.dir ?? ''}|${shape}`, sql<SearchRow>`
    SELECT ${COLS}, NULL::real AS score, NULL::text AS matched_name, ${level} AS visible_level FROM subjects s
    WHERE ${where}
    ORDER BY ${browseOrder(f)}
    LIMIT ${f.limit} OFFSET ${f.offset}`);
}

/** Names whose search keys were made by older key rules (keys_version below `version`), at most `limit`. */
export async function namesWithOldKeys(db: Database, version: number, limit: number): Promise<Array<{ subject_id: string; position: number; name: string }>> {
  return db.selectFrom('subject_names').select(['subject_id', 'position', 'name']).where('keys_version', '<', version).limit(limit).execute();
}

/** Stores recomputed search keys of names (one transaction; a name changed meanwhile keeps its newer keys). */
export async function setNameSearchKeys(db: Database, rows: Array<{ subject_id: string; position: number; name: string; keys: string[] }>, version: number): Promise<number> {
  return db.transaction().execute(async (tx) => {
    let n = 0;
    for (const r of rows) {
      const res = await tx.updateTable('subject_names').set({ search_keys: r.keys, keys_version: version })
        .where('subject_id', '=', r.subject_id).where('position', '=', r.position).where('name', '=', r.name).where('keys_version', '<', version)
        .executeTakeFirst();
      n += Number(res.numUpdatedRows);
    }
    return n;
  });
}
