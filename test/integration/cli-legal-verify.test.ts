/**
 * `vigil legal verify` run as a user would (issue #16): on the demo's signed authorisations and
 * cooperation requests it reports them intact; with another public key (--public-key) it refuses them
 * as signed by an untrusted key; a step altered in the database is named with its authorisation or
 * cooperation request and the command exits 1.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/platform/db.ts';
import { runVigil, withCliDb } from '../helpers/cli.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

// Each case runs the command (a Node process opening the database) once or twice: slow on a busy machine.
const SLOW = 240_000;
let s: TestServer;
let env: NodeJS.ProcessEnv;

const vigil = (...args: string[]) => runVigil(env, ['legal', 'verify', ...args], { timeout: 120_000 });

const withDb = <T>(fn: (db: Database) => Promise<T>) => withCliDb(s.platform, fn);

beforeAll(async () => {
  s = await startTestServer();
  env = { ...process.env, VIGIL_DATA_DIR: s.platform.config.dataDir, DATABASE_URL: s.platform.config.databaseUrl ?? '', VIGIL_AUDIT_KEY_FILE: s.platform.config.auditKeyFile, LOG_LEVEL: 'silent' };
  await s.app.close();
  if (s.platform.backend === 'pglite') await s.platform.close();
}, 180_000);
afterAll(async () => {
  await s?.close().catch(() => undefined);
});

describe('vigil legal verify', () => {
  it('reports the signed demo authorisations intact', async () => {
    const r = await vigil();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Authorisations intact: [1-9]\d* authorisations, [1-9]\d* steps \([1-9]\d* signed by the trusted key/);
    expect(r.stdout).toMatch(/\nCooperation requests intact: [1-9]\d* requests, [1-9]\d* steps \([1-9]\d* signed by the trusted key/);
  }, SLOW);

  it('trusts only the key given with --public-key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-legal-key-'));
    const other = join(dir, 'other.pem');
    writeFileSync(other, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    const r = await vigil('--public-key', other);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/authorisation .* BROKEN at step \d+: untrusted-key/);
    expect(r.stderr).toMatch(/cooperation request .* BROKEN at step \d+: untrusted-key/);
  }, SLOW);

  it('names the authorisation whose step was altered, and exits 1', async () => {
    const target = await withDb(async (db) => {
      const row = (await sql<{ authorisation_id: string; seq: number }>`SELECT authorisation_id, seq FROM legal_transitions ORDER BY authorisation_id, seq LIMIT 1`.execute(db)).rows[0]!;
      await db.transaction().execute(async (tx) => {
        await sql`ALTER TABLE legal_transitions DISABLE TRIGGER USER`.execute(tx);
        await sql`UPDATE legal_transitions SET reason = reason || ' (altered)' WHERE authorisation_id = ${row.authorisation_id} AND seq = ${row.seq}`.execute(tx);
        await sql`ALTER TABLE legal_transitions ENABLE TRIGGER USER`.execute(tx);
      });
      return row;
    });
    const r = await vigil();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`(${target.authorisation_id}) BROKEN at step ${target.seq}`);
  }, SLOW);

  it('names the cooperation request and the step that was altered, and exits 1', async () => {
    const target = await withDb(async (db) => {
      const row = (await sql<{ request_id: string; seq: number; reference: string }>`SELECT e.request_id, e.seq, c.reference FROM legal_cooperation_events e JOIN legal_cooperation c ON c.id = e.request_id WHERE e.seq = 2 ORDER BY e.request_id LIMIT 1`.execute(db)).rows[0]!;
      await db.transaction().execute(async (tx) => {
        await sql`ALTER TABLE legal_cooperation_events DISABLE TRIGGER USER`.execute(tx);
        await sql`UPDATE legal_cooperation_events SET on_date = on_date - 1 WHERE request_id = ${row.request_id} AND seq = ${row.seq}`.execute(tx);
        await sql`ALTER TABLE legal_cooperation_events ENABLE TRIGGER USER`.execute(tx);
      });
      return row;
    });
    const r = await vigil();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cooperation request ${target.reference} (${target.request_id}) BROKEN at step ${target.seq}: bad-hash`);
  }, SLOW);
});

