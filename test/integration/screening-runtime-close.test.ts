/**
 * The screening index's first background update can fail after the index was already loaded (an
 * import reloaded it, then a re-screen asked for it to be current, and the command ended and closed the
 * database while the update ran). Such a failure is nobody's unhandled rejection: it ended the `vigil
 * watchlist import` process with a crash after its work was done. Reproduced without a race: the update
 * fails because a table it reads is away for the moment.
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runtimeOf } from '../../src/server/modules/screening/screening.runtime.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { freshDatabase } from '../helpers/backend.ts';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('the screening index when its update fails in the background', () => {
  it('a failed first update after a reload rejects nobody, and the next one succeeds', async () => {
    const db = await freshDatabase('demo');
    cleanups.push(() => db.drop());
    const p = await openPlatform({
      ...loadConfig({ LOG_LEVEL: 'silent' }),
      dataDir: db.dataDir,
      databaseUrl: db.databaseUrl,
      auditKeyFile: join(db.dataDir, 'keys', 'audit-ed25519.pem'),
      secretKeyFile: join(db.dataDir, 'keys', 'secrets.key'),
    });
    cleanups.push(() => p.close());
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const rt = runtimeOf(p);
    try {
      await rt.reload(); // as an import does
      await sql`ALTER TABLE subjects RENAME TO subjects_away`.execute(p.db);
      await rt.ensureCurrent(); // as a re-screen does: the first update starts in the background, and fails
      await rt.stopSync(); // waits for it
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await sql`ALTER TABLE subjects_away RENAME TO subjects`.execute(p.db).catch(() => undefined);
    }
    expect(unhandled.map(String)).toEqual([]);
    // Nothing is stuck: the next update runs.
    await expect(rt.sync()).resolves.toBeUndefined();
  });
});
