/** Applied migrations carry checksums: an edited applied migration stops the start, naming the file. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/platform/config.ts';
import { migrationChecksum, MIGRATIONS_DIR } from '../../src/server/platform/migrate.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { freshDatabase } from '../helpers/backend.ts';

let db: Awaited<ReturnType<typeof freshDatabase>>;
let dir: string;
const config = () => ({
  ...loadConfig({ LOG_LEVEL: 'silent', VIGIL_MIGRATIONS_DIR: dir }),
  dataDir: db.dataDir,
  databaseUrl: db.databaseUrl,
  auditKeyFile: join(db.dataDir, 'keys', 'audit-ed25519.pem'),
});

beforeAll(async () => {
  db = await freshDatabase('empty');
  dir = mkdtempSync(join(tmpdir(), 'vigil-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.drop();
});

describe('migration checksums', () => {
  it('records the checksums of a database from before checksums on its first start', async () => {
    let p = await openPlatform(config());
    await sql`UPDATE schema_migrations SET checksum = NULL`.execute(p.db);
    await p.close();
    p = await openPlatform(config());
    try {
      const rows = (await sql<{ name: string; checksum: string | null }>`SELECT name, checksum FROM schema_migrations WHERE name = '0003_threat.sql'`.execute(p.db)).rows;
      expect(rows).toHaveLength(1);
      expect(rows[0]!.checksum).toBe(migrationChecksum(readFileSync(join(dir, '0003_threat.sql'), 'utf8')));
    } finally {
      await p.close();
    }
  });

  it('applies a new migration and records its checksum', async () => {
    writeFileSync(join(dir, '9990_test_extra.sql'), 'CREATE TABLE test_extra (id int PRIMARY KEY);\n');
    const p = await openPlatform(config());
    try {
      const row = (await sql<{ checksum: string }>`SELECT checksum FROM schema_migrations WHERE name = '9990_test_extra.sql'`.execute(p.db)).rows[0];
      expect(row?.checksum).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await p.close();
    }
  });

  it('refuses to start when an applied migration was edited, naming the file', async () => {
    appendFileSync(join(dir, '0003_threat.sql'), '\n-- an edit after the fact\n');
    writeFileSync(join(dir, '9991_never_applied.sql'), 'CREATE TABLE test_never (id int);\n');
    await expect(openPlatform(config())).rejects.toThrow(/^migration 0003_threat\.sql was changed after it was applied: /);
    // Nothing after it was applied over the changed history.
    const p = await openPlatform({ ...config(), migrationsDir: MIGRATIONS_DIR }).catch((e: Error) => e);
    expect(p).not.toBeInstanceOf(Error);
    if (!(p instanceof Error)) {
      try {
        const rows = (await sql<{ name: string }>`SELECT name FROM schema_migrations WHERE name = '9991_never_applied.sql'`.execute(p.db)).rows;
        expect(rows).toEqual([]);
      } finally {
        await p.close();
      }
    }
  });
});
