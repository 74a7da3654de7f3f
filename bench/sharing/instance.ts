/**
 * One Vigil instance for the sharing benchmark, in its own process (so memory is measured per side),
 * over its own PGlite folder. Driven by the parent over IPC: seed, change, register a partner, count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createApiToken, hashPassword } from '../../src/server/platform/auth.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { loadKeyring, seal } from '../../src/server/platform/secrets.ts';
import { startServer } from '../../src/server/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-sharing-'));
const config = { ...loadConfig({ ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('VIGIL_SHARING_'))), PORT: '0', LOG_LEVEL: 'silent', VIGIL_DATA_DIR: dir, VIGIL_OUTBOUND_ALLOW: '127.0.0.1' }), auditKeyFile: join(dir, 'keys', 'audit.pem') };
const server = await startServer(config, { quiet: true });
const db = server.platform.db;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
};
setInterval(sample, 100).unref();

const ORG = '0c6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';
const PARTNER_ORG = '1c6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';
const USER = '2c6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';
const PARTNER_USER = '3c6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';

async function setup(): Promise<void> {
  const hash = await hashPassword('bench-password-long');
  await db.insertInto('organisations').values([
    { id: ORG, name: 'Bench Service', kind: 'intelligence' },
    { id: PARTNER_ORG, name: 'Bench Partner', kind: 'foreign-partner' },
  ]).execute();
  await db.insertInto('users').values([
    { id: USER, username: 'bench.analyst', display_name: 'Bench analyst', org_id: ORG, clearance: 'secret', roles: JSON.stringify({ intel: ['read', 'write'], sharing: ['read', 'write', 'admin'] }), password_hash: hash },
    { id: PARTNER_USER, username: 'bench.partner', display_name: 'Bench partner', org_id: PARTNER_ORG, clearance: 'secret', roles: JSON.stringify({ sharing: ['read'] }), password_hash: hash },
  ]).execute();
  await server.platform.orgs.refresh();
}

type Msg = { id: number; cmd: string; args?: Record<string, unknown> };
const handlers: Record<string, (args: Record<string, unknown>) => Promise<unknown>> = {
  async setup() {
    await setup();
    return { url: server.url };
  },
  /** Intel subjects, written straight to the table (bench setup, not the path under test). */
  async seed({ n }) {
    await sql`INSERT INTO subjects (id, kind, names, birth_date, nationalities, category, documents, notes, owner_org_id, classification, tlp, distribution,
        handling_code, legal_basis, purpose, created_by, updated_by)
      SELECT gen_random_uuid(), 'person', ARRAY['Bench Person ' || i, 'B. Person ' || i], '1990-01-01', ARRAY['BE'], 'PVE',
        CASE WHEN i % 10 = 0 THEN jsonb_build_array(jsonb_build_object('type', 'passport', 'number', 'BP' || lpad(i::text, 8, '0'))) ELSE '[]'::jsonb END,
        'Synthetic record ' || i, ${ORG}::uuid, 'restricted', 'amber', 'all', 'H0', 'Bench Act, art. 1', 'benchmark', ${USER}::uuid, ${USER}::uuid
      FROM generate_series(1, ${Number(n)}) AS i`.execute(db);
    return {};
  },
  async project() {
    const t = performance.now();
    const n = await server.app.sharing!.outbox.catchUp();
    return { ms: performance.now() - t, n };
  },
  async token() {
    return { token: (await createApiToken(db, PARTNER_USER, 'bench', ['*'])).token };
  },
  async change({ n }) {
    await sql`UPDATE subjects SET notes = notes || ' (changed)', version = version + 1, updated_at = clock_timestamp()
      WHERE id IN (SELECT id FROM subjects ORDER BY id LIMIT ${Number(n)})`.execute(db);
    return { at: Date.now() };
  },
  async partner({ apiRoot, token }) {
    const id = crypto.randomUUID();
    await sql`INSERT INTO sharing_partners (id, name, api_root, token, receiving_org_id, created_by)
      VALUES (${id}::uuid, 'A', ${String(apiRoot)}, ${seal(loadKeyring(config), 'sharing_partners.token', String(token))}, ${ORG}::uuid, ${USER}::uuid)`.execute(db);
    await server.app.sharing!.federation.restart(id);
    return { id };
  },
  async count() {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sharing_objects WHERE origin = 'partner'`.execute(db);
    return { n: rows[0]!.n };
  },
  async memory() {
    sample();
    const r = { peakRss, peakHeap, rss: process.memoryUsage().rss };
    peakRss = 0;
    peakHeap = 0;
    return r;
  },
  async stop() {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    setTimeout(() => process.exit(0), 50);
    return {};
  },
};

process.on('message', (m: Msg) => {
  const h = handlers[m.cmd];
  if (!h) return process.send!({ id: m.id, error: `unknown command ${m.cmd}` });
  h(m.args ?? {}).then(
    (result) => process.send!({ id: m.id, result }),
    (e: Error) => process.send!({ id: m.id, error: e.stack ?? String(e) }),
  );
});
process.send!({ ready: true });
