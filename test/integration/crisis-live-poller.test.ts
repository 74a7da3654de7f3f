/**
 * The live poller of crisis events (stream.service.ts). It survives a failed database read: the batch
 * it was sending goes out at the next poll, so no open stream misses an event (before, the cursor had
 * already moved past it and the event reached the screens only after a reconnect). On a server it reads
 * on a connection of its own: with every pooled connection busy (a backlog of writes waiting on an
 * incident's lock), events still go out within a poll (before, they waited behind the backlog).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSideConnection, type Database } from '../../src/server/platform/db.ts';
import { testBackend } from '../helpers/backend.ts';
import { appendIncidentEvent } from '../../src/server/modules/crisis/incident.writer.ts';
import { hubOf } from '../../src/server/modules/crisis/stream.service.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { openSse } from './crisis-sse.ts';

let s: TestServer;
let officer: Client;
let police: Client;
beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_CRISIS_POLL_MS: '50' } });
  officer = await s.client('crisis.officer');
  police = await s.client('police.commander');
});

async function declare(title: string): Promise<string> {
  const orgs = await s.platform.db.selectFrom('organisations').select(['id', 'name']).execute();
  const local = orgs.find((o) => o.name === 'Local Police North Zone')!.id;
  const r = await officer.post('/api/crisis/incidents', { title, type: 'terror-attack', description: '', lat: 50.85, lon: 4.35, municipality: 'Brussels', occurredAt: new Date(Date.now() - 60_000).toISOString(), exercise: true, participants: [local] });
  expect(r.status).toBe(201);
  return r.body.id;
}
afterAll(async () => s?.close());

it('delivers, at the next poll, an event whose first dispatch failed', async () => {
  const id = await declare('Poller recovery drill');
  const live = await openSse(`${s.url}/api/crisis/incidents/${id}/stream`, { cookie: police.cookie });
  expect(live.status).toBe(200);

  // The poller's next read of an incident fails once, as when the database is gone for a moment. (The
  // poller reads through its own connection on a server; the test wraps whatever it reads through.)
  const hub = hubOf(s.platform) as unknown as { db: Database };
  const real = hub.db;
  let failed = 0;
  const failing = new Proxy(real, {
    get(target, key) {
      if (key === 'selectFrom') {
        return (table: string) => {
          if (failed === 0 && table === 'crisis_incidents') {
            failed++;
            throw new Error('database unavailable for a moment (test)');
          }
          return target.selectFrom(table as never);
        };
      }
      const v = Reflect.get(target, key, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as Database;
  Object.defineProperty(hub, 'db', { get: () => failing, configurable: true });
  try {
    const eventId = await s.platform.db.transaction().execute((tx) => appendIncidentEvent(tx, id, 'test.note', { summary: 'written while the poller fails once' }));
    const [e] = await live.waitFor(1, 5_000);
    expect(failed).toBe(1);
    expect(Number(e!.id)).toBe(eventId);
    expect(JSON.parse(e!.data)).toMatchObject({ kind: 'test.note', payload: { summary: 'written while the poller fails once' } });
  } finally {
    delete (hub as { db?: Database }).db;
    live.close();
  }
});

it.skipIf(testBackend() !== 'postgres')('delivers within a poll while every pooled connection is busy (PostgreSQL)', async () => {
  const id = await declare('Pool backlog drill');
  const live = await openSse(`${s.url}/api/crisis/incidents/${id}/stream`, { cookie: police.cookie });
  expect(live.status).toBe(200);
  // Ten statements hold the request pool's ten connections for three seconds.
  const busy = Array.from({ length: 10 }, () => sql`SELECT pg_sleep(3)`.execute(s.platform.db));
  await new Promise((r) => setTimeout(r, 200));
  const other = openSideConnection(s.platform.config.databaseUrl!);
  try {
    const t0 = Date.now();
    const eventId = await other.transaction().execute((tx) => appendIncidentEvent(tx, id, 'test.note', { summary: 'written by another process' }));
    const [e] = await live.waitFor(1, 5_000);
    expect(Number(e!.id)).toBe(eventId);
    expect(Date.now() - t0).toBeLessThan(2_000);
  } finally {
    await Promise.all(busy);
    await other.destroy();
    live.close();
  }
});
