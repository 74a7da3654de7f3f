/**
 * Test databases. The backend is PGlite unless VIGIL_TEST_BACKEND=postgres (then DATABASE_URL names
 * the server). Templates are built once per run (global setup); each test file gets its own copy:
 * a copied PGlite folder, or a PostgreSQL database created from a template database.
 */
import { cpSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';

export type TestBackend = 'pglite' | 'postgres';
export const ROOT = resolve(import.meta.dirname, '../..');
// One folder per test run, so runs side by side (unit, browser) never remove each other's databases.
// Global setup runs in the vitest main process; test files run in its forked workers.
export const TEST_DIR = process.env.VIGIL_TEST_DIR ?? join(ROOT, 'tmp', 'test-data', `run-${process.env.VITEST_WORKER_ID ? process.ppid : process.pid}`);
export const TEMPLATES = ['empty', 'demo'] as const;
export type Template = (typeof TEMPLATES)[number];
export const DEMO_PASSWORD = 'vigil-demo';

export function testBackend(): TestBackend {
  return process.env.VIGIL_TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite';
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('VIGIL_TEST_BACKEND=postgres needs DATABASE_URL');
  return url;
}

/** The URL of another database on the same server. */
export function databaseUrl(name: string): string {
  const u = new URL(serverUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

export function templateDir(t: Template): string {
  return join(TEST_DIR, `template-${t}`);
}

export function templateDb(t: Template): string {
  return `vigil_tpl_${t}_${process.env.VITEST_WORKER_ID ? process.ppid : process.pid}`;
}

export async function adminQuery(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** A fresh database for one test file: returns the settings to open it and a cleanup. */
export async function freshDatabase(t: Template): Promise<{ dataDir: string; databaseUrl: string | undefined; drop(): Promise<void> }> {
  const id = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const dataDir = join(TEST_DIR, `run-${id}`);
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(join(templateDir(t), 'keys'))) cpSync(join(templateDir(t), 'keys'), join(dataDir, 'keys'), { recursive: true });
  if (testBackend() === 'pglite') {
    cpSync(join(templateDir(t), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
    return { dataDir, databaseUrl: undefined, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `vigil_t_${id}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateDb(t)}`);
  return {
    dataDir,
    databaseUrl: databaseUrl(name),
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    },
  };
}
