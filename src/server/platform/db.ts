import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql, type LogEvent, type PostgresPool } from 'kysely';
import pg from 'pg';
import type { DB } from './db-types.ts';
import { PriorityPool, type PoolWaits } from './priority-pool.ts';

export type Database = Kysely<DB>;

/** An open database: Kysely over a pg Pool, backed by PGlite (embedded) or a PostgreSQL server. */
export interface DatabaseHandle {
  db: Database;
  /** Name search's own connections on a server (the same as `db` on PGlite); see SEARCH_SETTINGS. */
  search: Database;
  /** The request pool as urgent work uses it (a screen at the desk): its statements get a connection first (priority-pool.ts). */
  urgent: Database;
  backend: 'pglite' | 'postgres';
  /** How often the request pool's statements waited for a connection, urgent and ordinary (priority-pool.ts). */
  poolWaits(): PoolWaits;
  close(): Promise<void>;
}

// Dates stay ISO strings (YYYY-MM-DD) rather than JavaScript Dates shifted by the time zone.
pg.types.setTypeParser(1082, (v: string) => v);
// bigint counts fit in a JavaScript number for every table Vigil keeps.
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * Put first in a hot statement whose planning costs more than its execution (name search): on a
 * PostgreSQL server it is prepared once per connection, named by a hash of its text, so the server
 * can reuse its plan. Only for statements whose text comes from code, never from input.
 */
export const PREPARED = sql.raw('/* prepared */ ');
const PREPARED_MARK = '/* prepared */ ';

type QueryFn = (text: unknown, values?: unknown, cb?: unknown) => unknown;
function preparing(client: pg.PoolClient): void {
  const query = client.query.bind(client) as QueryFn;
  (client as unknown as { query: QueryFn }).query = (text, values, cb) =>
    typeof text === 'string' && text.startsWith(PREPARED_MARK)
      ? query({ name: `vigil_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text, values }, cb)
      : query(text, values, cb);
}

/**
 * Trigram thresholds of name search (pg_trgm): whole-name similarity, and word similarity for one-word
 * queries; loose enough for transliteration variants and typos. Results are ranked, and hit-no-hit
 * answers use a stricter cut in the service.
 */
export const TRGM_SIMILARITY = 0.35;
export const TRGM_WORD_SIMILARITY = 0.5;
const TRGM_SETTINGS = `SET pg_trgm.similarity_threshold = ${TRGM_SIMILARITY}; SET pg_trgm.word_similarity_threshold = ${TRGM_WORD_SIMILARITY}`;
// Interactive requests run each statement on one worker: with many concurrent users, parallel workers
// only add start-up cost (the server is sized in connections, not in workers per query).
const SERVER_SETTINGS = `${TRGM_SETTINGS}; SET max_parallel_workers_per_gather = 0`;
// Name search runs on connections of its own that reuse one plan per statement shape: its tiers are
// planned in about twice the time they run in, and PostgreSQL's own choice keeps re-planning them (its
// estimate of the shared plan is cautious). Only subject search (by name, or by filters alone) runs
// there; its results are the same under either plan (tested on 1,200 queries of bench/search), only
// the cost differs.
const SEARCH_SETTINGS = `${SERVER_SETTINGS}; SET plan_cache_mode = force_generic_plan`;
const SEARCH_POOL_SIZE = 4;
// Connections of the request pool on a server that only urgent work (a screen at the desk) may take.
const URGENT_RESERVE = 2;

/**
 * Opens the database: the PostgreSQL server at `databaseUrl` if given, else PGlite in `dataDir/pglite`.
 */
export async function openDatabase(opts: {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** Prints every failed statement with its parameters (config.sqlLog, VIGIL_SQL_LOG=1). */
  sqlLog?: boolean;
  /** Called for every statement (benchmarks count statements per request). */
  onQuery?: (sql: string, error?: unknown, ms?: number) => void;
}): Promise<DatabaseHandle> {
  const log = opts.onQuery
    ? (e: LogEvent) => opts.onQuery!(e.query.sql, e.level === 'error' ? e.error : undefined, e.queryDurationMillis)
    : opts.sqlLog
      ? (e: LogEvent) => {
          if (e.level === 'error') console.error('SQL failed:', e.query.sql, JSON.stringify(e.query.parameters), e.error);
        }
      : undefined;
  const kysely = (pool: PostgresPool) => new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
  if (opts.databaseUrl) {
    const url = opts.databaseUrl;
    const open = (max: number, reserve: number, settings: string) => {
      const inner = new pg.Pool({ connectionString: url, max: max + reserve });
      inner.on('connect', (client) => {
        preparing(client);
        client.query(settings).catch(() => undefined);
      });
      inner.on('error', () => {
        // An idle client lost its connection; the pool replaces it on next use.
      });
      const pool = new PriorityPool(inner, max, reserve);
      return { pool, db: kysely(pool) };
    };
    const { pool, db } = open(opts.poolSize ?? 10, URGENT_RESERVE, SERVER_SETTINGS);
    const search = open(SEARCH_POOL_SIZE, 0, SEARCH_SETTINGS).db;
    return {
      db,
      search,
      urgent: kysely(pool.urgent()),
      backend: 'postgres',
      poolWaits: () => pool.waits(),
      async close() {
        await Promise.all([db.destroy(), search.destroy()]);
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dir = join(opts.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir, { extensions: { pg_trgm } });
  await pglite.exec(TRGM_SETTINGS).catch(() => undefined);
  // One connection: urgent work still takes it before ordinary work waiting.
  const pool = new PriorityPool(new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig), 1, 0);
  const db = kysely(pool);
  return {
    db,
    search: db,
    urgent: kysely(pool.urgent()),
    backend: 'pglite',
    poolWaits: () => pool.waits(),
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

/**
 * One connection of its own to a PostgreSQL server, outside the request pool, for a background reader
 * that must not queue behind requests (the crisis live poller: delivery must not wait for the writes it
 * reports). The caller closes it with `destroy()`.
 */
export function openSideConnection(databaseUrl: string): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => {
    // The connection was lost; the pool opens another on next use.
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * A typed view of the database that includes a module's own tables (declared in the module's
 * <pillar>.tables.ts, created by its migration): `const db = withTables<CrisisTables>(p.db)`.
 */
export function withTables<T>(db: Database): Kysely<DB & T> {
  return db as unknown as Kysely<DB & T>;
}
