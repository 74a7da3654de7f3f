/**
 * A subject change whose transaction commits after a later change reaches the national list all the
 * same (issue #15: no false clear): the sync reads the change feed from the start of any transaction
 * open at the last sync, not only from the feed's head. Needs a second connection holding a transaction
 * open, so a PostgreSQL server.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

const onServer = testBackend() === 'postgres';
if (!onServer) console.log('SKIPPED screening-national-late-commit: needs a PostgreSQL server (VIGIL_TEST_BACKEND=postgres DATABASE_URL=postgres://…); the embedded database has one connection');

let s: TestServer;
let intel: Client;
let border: Client;
beforeAll(async () => {
  if (!onServer) return;
  s = await startTestServer({ env: { VIGIL_SCREENING_SYNC_MS: '100' } });
  intel = await s.client('analyst.intel');
  border = await s.client('border.officer');
});
afterAll(() => s?.close());

const markings = { classification: 'restricted', tlp: 'amber', distribution: 'all', legalBasis: 'test', purpose: 'test', reviewDate: '2030-01-01' };

/** Screens until a hit on `name` comes back (at most `ms`); returns whether one did. */
async function listedWithin(name: string, birthDate: string, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const r = await border.post('/api/screening/screen', { name, birthDate });
    expect(r.status).toBe(201);
    if (r.body.hits.length > 0) return true;
    await new Promise((res) => setTimeout(res, 100));
  }
  return false;
}

describe.skipIf(!onServer)('national list: a change committed late (skipped without VIGIL_TEST_BACKEND=postgres and DATABASE_URL)', () => {
  it('is screened against although a later change moved the feed head first', async () => {
    const held = new pg.Client({ connectionString: s.platform.config.databaseUrl! });
    await held.connect();
    try {
      // A subject renamed in a transaction that stays open: its updated_at is from before the next change.
      await held.query('BEGIN');
      const { rows } = await held.query<{ id: string; birth: string }>(
        `UPDATE subjects SET names = ARRAY['Zebulon Latecommit'], updated_at = now(), version = version + 1
         WHERE id = (SELECT id FROM subjects WHERE kind = 'person' AND follow_up <> 'closed' AND birth_date IS NOT NULL ORDER BY id LIMIT 1)
         RETURNING id, birth_date AS birth`,
      );
      const birth = rows[0]!.birth;
      await new Promise((res) => setTimeout(res, 50));
      // A later change commits first and reaches screening: the feed head is now past the held change.
      const later = await intel.post('/api/subjects', { kind: 'person', names: ['Quirinus Earlycommit'], birthDate: '1977-07-07', nationalities: ['BE'], category: 'PVE', markings });
      expect(later.status).toBe(201);
      expect(await listedWithin('Quirinus Earlycommit', '1977-07-07', 15_000)).toBe(true);
      await new Promise((res) => setTimeout(res, 500));
      expect(await listedWithin('Zebulon Latecommit', birth, 300)).toBe(false);
      // Now the held change commits, with its older time: the head does not move, the list still changes.
      await held.query('COMMIT');
      expect(await listedWithin('Zebulon Latecommit', birth, 15_000)).toBe(true);
    } finally {
      await held.end();
    }
  });
});
