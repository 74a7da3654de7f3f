import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/server/platform/audit.ts';
import { trustedAuditKeys } from '../../src/server/platform/audit-keys.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { putBackSql } from '../helpers/audit.ts';
import { ROOT } from '../helpers/backend.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

const run = promisify(execFile);
let s: TestServer;
let intel: Client;
let overseer: Client;
let subjectId: string;

beforeAll(async () => {
  s = await startTestServer();
  [intel, overseer] = await Promise.all([s.client('analyst.intel'), s.client('oversight')]);
  subjectId = (await intel.post('/api/subjects', subjectBody({ names: ['Kalman Naplozott'] }))).body.id;
  await intel.get(`/api/subjects/${subjectId}`);
});
afterAll(() => s?.close());

/** Runs SQL on the audit table with its append-only triggers off, as an intruder with database access would. */
async function tamper(db: Database, statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(tx);
    await statement.execute(tx);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(tx);
  });
}

describe('audit log', () => {
  it('puts reads and changes on the record, without content', async () => {
    const r = await overseer.get(`/api/audit?recordId=${subjectId}`);
    expect(r.status).toBe(200);
    const actions = r.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['subject.create', 'subject.read']));
    for (const e of r.body) expect(e).toMatchObject({ actor: 'analyst.intel', at: expect.any(String) });
    expect(JSON.stringify(r.body)).not.toContain('Kalman');
  });

  it('lists searches that returned the record', async () => {
    await intel.get('/api/subjects?q=Kalman%20Naplozott');
    const r = await overseer.get(`/api/audit?recordId=${subjectId}`);
    expect(r.body.map((e: { action: string }) => e.action)).toContain('subject.search');
  });

  it('is closed to analysts and to a plain administrator; open to oversight', async () => {
    const admin = await s.client('admin');
    for (const c of [intel, admin]) {
      for (const path of [`/api/audit?recordId=${subjectId}`, '/api/audit/stats', `/api/audit/export?recordId=${subjectId}`, '/api/audit/verify', `/api/audit/summary?recordId=${subjectId}`]) {
        const r = await c.get(path);
        expect(r.status, path).toBe(403);
        expect(JSON.stringify(r.body)).not.toContain(subjectId);
      }
      const l = await c.post('/api/oversight/lookup', { name: 'Kalman Naplozott' });
      expect(l.status).toBe(403);
      expect(JSON.stringify(l.body)).not.toContain(subjectId);
    }
    expect((await overseer.get(`/api/audit?recordId=${subjectId}`)).status).toBe(200);
  });

  it('exports CSV and JSON, and gives statistics per organisation', async () => {
    const csv = await overseer.get(`/api/audit/export?format=csv&recordId=${subjectId}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.body).split('\n')[0]).toBe('seq,at,actor,organisation,action,recordType,recordId,purpose,requestId,hash,recordIds');
    const json = await overseer.get(`/api/audit/export?format=json&recordId=${subjectId}`);
    expect(Array.isArray(json.body)).toBe(true);
    const st = await overseer.get('/api/audit/stats');
    expect(st.body.items.some((i: { organisation: string; action: string }) => i.organisation === 'Civil Intelligence Service' && i.action === 'subject.read')).toBe(true);
  });

  it('lets oversight read operational content only through a logged grant', async () => {
    expect((await overseer.get(`/api/subjects/${subjectId}`)).status).toBe(404);
    const admin = await s.client('admin');
    const me = (await overseer.get('/api/auth/me')).body;
    expect((await intel.post('/api/oversight/grants', { userId: me.id, recordId: subjectId, reason: 'complaint 2026/17 investigation' })).status).toBe(403);
    const g = await admin.post('/api/oversight/grants', { userId: me.id, recordId: subjectId, reason: 'complaint 2026/17 investigation' });
    expect(g.status).toBe(201);
    const fresh = await s.client('oversight');
    expect((await fresh.get(`/api/subjects/${subjectId}`)).status).toBe(200);
    const log = await fresh.get(`/api/audit?recordId=${subjectId}`);
    expect(log.body.filter((e: { action: string; actor: string }) => e.action === 'subject.read' && e.actor === 'oversight')).toHaveLength(1);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`.execute(s.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(s.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(s.platform.db)).rejects.toThrow(/append-only/);
  });

  it('verifies the chain and names the first broken entry after edit, deletion, insertion or reordering', async () => {
    const db = s.platform.db;
    // Both verifiers (SQL-side and Node-side) must give the same verdict every time.
    const verifyBoth = async () => {
      const trust = trustedAuditKeys(s.platform.config);
      const fast = await verifyAuditLog(db, { trust });
      const thorough = await verifyAuditLog(db, { mode: 'thorough', trust });
      expect({ ok: fast.ok, at: fast.ok ? 0 : fast.firstBrokenSeq }).toEqual({ ok: thorough.ok, at: thorough.ok ? 0 : thorough.firstBrokenSeq });
      return fast;
    };
    expect((await verifyBoth()).ok).toBe(true);
    expect((await overseer.get('/api/audit/verify')).body.ok).toBe(true);
    const head = Number((await sql<{ m: number }>`SELECT max(seq) AS m FROM audit_log`.execute(db)).rows[0]!.m);

    // edit
    await tamper(db, sql`UPDATE audit_log SET actor_name = 'someone.else' WHERE seq = 5`);
    let v = await verifyBoth();
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 5 });
    await tamper(db, sql`UPDATE audit_log SET actor_name = 'system' WHERE seq = 5`);
    expect((await verifyBoth()).ok).toBe(true);

    // deletion in the middle
    const row = (await sql<Record<string, unknown>>`SELECT * FROM audit_log WHERE seq = 7`.execute(db)).rows[0]!;
    await tamper(db, sql`DELETE FROM audit_log WHERE seq = 7`);
    v = await verifyBoth();
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 8 });
    await tamper(db, putBackSql(row));
    expect((await verifyBoth()).ok).toBe(true);

    // reordering: swap the contents of two entries
    await tamper(db, sql`UPDATE audit_log SET seq = -1 WHERE seq = 9`);
    await tamper(db, sql`UPDATE audit_log SET seq = 9 WHERE seq = 10`);
    await tamper(db, sql`UPDATE audit_log SET seq = 10 WHERE seq = -1`);
    v = await verifyBoth();
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 9 });
    await tamper(db, sql`UPDATE audit_log SET seq = -1 WHERE seq = 9`);
    await tamper(db, sql`UPDATE audit_log SET seq = 9 WHERE seq = 10`);
    await tamper(db, sql`UPDATE audit_log SET seq = 10 WHERE seq = -1`);
    expect((await verifyBoth()).ok).toBe(true);

    // insertion of a forged entry at the end, and a cut tail behind a signed checkpoint
    await tamper(db, sql`INSERT INTO audit_log (seq, at, actor_name, org_name, action, details, prev_hash, hash) VALUES (${head + 1000}, now(), 'x', 'x', 'forged', '{}', 'x', 'x')`);
    v = await verifyBoth();
    expect(v.ok).toBe(false);
    await tamper(db, sql`DELETE FROM audit_log WHERE seq = ${head + 1000}`);
    // The chain's last entry at this moment (the server's own reads during the test append too).
    const last = Number((await sql<{ m: number }>`SELECT max(seq) AS m FROM audit_log`.execute(db)).rows[0]!.m);
    await tamper(db, sql`DELETE FROM audit_log WHERE seq = ${last}`);
    v = await verifyBoth();
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: last });
  });

  it('`vigil audit verify` exits 0 on an intact log and 1 on a broken one', async () => {
    const t = await startTestServer();
    await (await t.client('analyst.intel')).get('/api/subjects?limit=1');
    const env = {
      ...process.env,
      VIGIL_DATA_DIR: t.platform.config.dataDir,
      DATABASE_URL: t.platform.config.databaseUrl ?? '',
      VIGIL_AUDIT_KEY_FILE: t.platform.config.auditKeyFile,
    };
    const cli = join(ROOT, 'bin', 'vigil.js');
    const db = t.platform.db;
    const dropServer = async () => {
      // PGlite is single-process: let go of it before the CLI opens the folder.
      await t.app.close();
      if (t.platform.backend === 'pglite') await t.platform.close();
    };
    await dropServer();
    const ok = await run(process.execPath, [cli, 'audit', 'verify'], { env, cwd: ROOT });
    expect(ok.stdout).toMatch(/intact/);
    const { openDatabase } = await import('../../src/server/platform/db.ts');
    const h = t.platform.backend === 'pglite' ? await openDatabase({ dataDir: t.platform.config.dataDir }) : { db, close: async () => undefined };
    await tamper(h.db, sql`UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 3`);
    await h.close();
    const bad = await run(process.execPath, [cli, 'audit', 'verify'], { env, cwd: ROOT }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/entry 3/);
    if (t.platform.backend === 'postgres') await t.platform.close();
    await t.close().catch(() => undefined);
  });
});
