import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './db.ts';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../migrations');
// Any fixed number: serialises migrations when several Vigil processes start against one server.
const MIGRATION_LOCK = 727_001;

/** The migration files in order: NNNN_module.sql. */
export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f))
    .sort();
}

/** SHA-256 (hex) of a migration's text; line endings are normalised so a CRLF checkout is not "changed". */
export function migrationChecksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/**
 * Applies every migration not yet applied, each in its own transaction, and returns their names.
 * Every applied migration's SHA-256 is kept in schema_migrations.checksum: a file changed after it was
 * applied stops the start with an error naming it; a database from before checksums gets them recorded
 * from the files on its first start. Safe to run from several processes at once (advisory lock).
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  await sql`ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text`.execute(db);
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      const done = new Map(
        (await sql<{ name: string; checksum: string | null }>`SELECT name, checksum FROM schema_migrations`.execute(conn)).rows.map((r) => [r.name, r.checksum]),
      );
      const files = migrationFiles(dir);
      // First check every applied file, so nothing new is applied over a changed history.
      for (const file of files) {
        if (!done.has(file)) continue;
        const sum = migrationChecksum(readFileSync(join(dir, file), 'utf8'));
        const recorded = done.get(file);
        if (recorded == null) {
          await sql`UPDATE schema_migrations SET checksum = ${sum} WHERE name = ${file} AND checksum IS NULL`.execute(conn);
        } else if (recorded !== sum) {
          throw new Error(
            `migration ${file} was changed after it was applied: its SHA-256 is now ${sum}, but ${recorded} was applied to this database. ` +
              `Restore the original file (${join(dir, file)}) and put the change in a new migration.`,
          );
        }
      }
      for (const file of files) {
        if (done.has(file)) continue;
        const text = readFileSync(join(dir, file), 'utf8');
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await sql`INSERT INTO schema_migrations (name, checksum) VALUES (${file}, ${migrationChecksum(text)})`.execute(tx);
        });
        applied.push(file);
      }
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return applied;
}
