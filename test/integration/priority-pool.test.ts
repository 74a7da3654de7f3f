/**
 * Connections handed out in order of urgency (priority-pool.ts), on a real database: with every
 * connection busy, a statement of urgent work (a screen at the desk) gets the next one before the
 * ordinary statements that were waiting longer; on a PostgreSQL server it may also take the reserve
 * that ordinary work never takes. The server's request pool is one: the screen route's sign-in lookup
 * and statements go through its urgent view, a batch list's do not (over HTTP).
 */
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DB } from '../../src/server/platform/db-types.ts';
import { PriorityPool } from '../../src/server/platform/priority-pool.ts';
import { serverUrl, testBackend } from '../helpers/backend.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const onServer = testBackend() === 'postgres';
let glite: PGlite | undefined;
const opened: Array<Kysely<DB>> = [];

/** A pool of `limit` connections (and `reserve` more for urgent work) on the test backend. */
async function poolOf(limit: number, reserve: number): Promise<{ db: Kysely<DB>; urgent: Kysely<DB>; pool: PriorityPool }> {
  let inner: pg.Pool;
  if (onServer) {
    inner = new pg.Pool({ connectionString: serverUrl(), max: limit + reserve });
  } else {
    glite ??= await PGlite.create();
    inner = new pg.Pool({ ...createPgConfig(glite), max: 1 } as pg.PoolConfig);
  }
  const pool = new PriorityPool(inner, limit, reserve);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const urgent = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool.urgent() }) });
  opened.push(urgent, db);
  return { db, urgent, pool };
}

/** Holds one connection until the returned function is called. */
async function hold(db: Kysely<DB>): Promise<() => Promise<void>> {
  let let_go!: () => void;
  const gate = new Promise<void>((r) => (let_go = r));
  let held!: () => void;
  const taken = new Promise<void>((r) => (held = r));
  const done = db.connection().execute(async (c) => {
    await sql`SELECT 1`.execute(c);
    held();
    await gate;
  });
  await taken;
  return async () => {
    let_go();
    await done;
  };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.destroy()));
});
afterAll(async () => {
  await glite?.close();
});

describe('connections in order of urgency', () => {
  it('gives the next free connection to urgent work before ordinary work that waited longer', async () => {
    const { db, urgent: udb, pool } = await poolOf(1, 0);
    const release = await hold(db);
    const order: string[] = [];
    const ordinary = sql`SELECT 'ordinary'`.execute(db).then(() => order.push('ordinary'));
    await new Promise((r) => setTimeout(r, 20));
    const urgent = sql`SELECT 'urgent'`.execute(udb).then(() => order.push('urgent'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    await release();
    await Promise.all([ordinary, urgent]);
    expect(order).toEqual(['urgent', 'ordinary']);
    expect(pool.waits()).toMatchObject({ urgent: 1, urgentWaited: 1, ordinaryWaited: 1 });
  });

  it('hands a place back when connecting fails, so the next one is not stuck', async () => {
    // A pool whose every connection fails: a refused connect must free its place (limit 1).
    const inner = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', max: 1, connectionTimeoutMillis: 2000 });
    const pool = new PriorityPool(inner, 1, 0);
    await expect(pool.connect()).rejects.toThrow();
    await expect(pool.connect()).rejects.toThrow();
    await pool.end();
  });

  it.skipIf(!onServer)('keeps a reserve that ordinary work never takes (PostgreSQL server)', async () => {
    const { db, urgent: udb, pool } = await poolOf(1, 1);
    const release = await hold(db);
    // The one ordinary place is taken: an ordinary statement waits, an urgent one takes the reserve at once.
    let ordinaryDone = false;
    const ordinary = sql`SELECT 1`.execute(db).then(() => (ordinaryDone = true));
    await sql`SELECT 2`.execute(udb);
    expect(ordinaryDone).toBe(false);
    expect(pool.waits()).toMatchObject({ urgent: 1, urgentWaited: 0 });
    // Still waiting once the reserve is free again: it is never given to ordinary work.
    await new Promise((r) => setTimeout(r, 30));
    expect(ordinaryDone).toBe(false);
    await release();
    await ordinary;
    expect(ordinaryDone).toBe(true);
  });
});

describe('the request pool of the server', () => {
  let s: TestServer | undefined;
  afterAll(() => s?.close());

  it('runs a screen\'s sign-in lookup and statements as urgent work, a batch list\'s as ordinary', async () => {
    s = await startTestServer({ template: 'demo' });
    const border = await s.client('border.officer');
    const before = s.platform.poolWaits();
    const r = await border.req('POST', '/api/screening/screen', { name: 'Nobody Atall', birthDate: '1970-01-01' });
    expect(r.status).toBe(201);
    const mid = s.platform.poolWaits();
    // The sign-in lookup, the reads before the statement and the statement: every one urgent. (Ordinary
    // statements may come meanwhile from background jobs, so they are not counted here.)
    expect(mid.urgent - before.urgent).toBeGreaterThanOrEqual(3);
    const q = await border.req('GET', '/api/screening/batches');
    expect(q.status).toBe(200);
    const after = s.platform.poolWaits();
    expect(after.urgent).toBe(mid.urgent);
    expect(after.ordinary - mid.ordinary).toBeGreaterThanOrEqual(2);
  });
});
