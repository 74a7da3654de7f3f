/** Opens a scratch database for a benchmark: PGlite in tmp/bench/NAME, or a fresh database on the server. */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/server/platform/config.ts';

export interface BenchDb {
  backend: 'pglite' | 'postgres';
  config: Config;
  drop(): Promise<void>;
}

async function admin(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** A server database when DATABASE_URL answers, else null. */
export async function serverAvailable(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return false;
  try {
    await admin(url, 'SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * `reuse` (development only, BENCH_REUSE=1) works on a database of its own (NAME_kept) that it never
 * drops, so a large data set is built once while a query is being tuned.
 */
export async function benchDatabase(name: string, backend: 'pglite' | 'postgres', reuse = false): Promise<BenchDb> {
  const dir = join(process.cwd(), 'tmp', 'bench', reuse ? `${name}-kept` : name);
  // Admission settings pass through from the environment, so a bench can compare them (README: VIGIL_ACTIVE_REQUESTS).
  const admission = Object.fromEntries(['VIGIL_ACTIVE_REQUESTS', 'VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING', 'VIGIL_QUEUED_REQUESTS'].filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
  const base = { ...loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...admission }), dataDir: dir, auditKeyFile: join(dir, 'keys', 'audit.pem'), loginAttempts: 100_000 };
  if (reuse) {
    mkdirSync(dir, { recursive: true });
    if (backend === 'pglite') return { backend, config: { ...base, databaseUrl: undefined }, drop: async () => undefined };
    const url = new URL(process.env.DATABASE_URL!);
    const db = `vigil_bench_${name}_kept`;
    await admin(url.toString(), `CREATE DATABASE ${db}`).catch(() => undefined);
    url.pathname = `/${db}`;
    return { backend, config: { ...base, databaseUrl: url.toString() }, drop: async () => undefined };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (backend === 'pglite') {
    return { backend, config: { ...base, databaseUrl: undefined }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = new URL(process.env.DATABASE_URL!);
  const db = `vigil_bench_${name}`;
  await admin(url.toString(), `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin(url.toString(), `CREATE DATABASE ${db}`);
  const mine = new URL(url);
  mine.pathname = `/${db}`;
  return {
    backend,
    config: { ...base, databaseUrl: mine.toString() },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
      await admin(url.toString(), `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
    },
  };
}
