/** Builds the test database templates once per run: an empty migrated database and one with the demo dataset. */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { ensureDemoData } from '../../src/server/demo/demo-data.ts';
import { adminQuery, databaseUrl, DEMO_PASSWORD, TEMPLATES, TEST_DIR, templateDb, templateDir, testBackend } from './backend.ts';

export default async function setup(): Promise<() => Promise<void>> {
  rmSync(TEST_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DIR, { recursive: true });
  for (const t of TEMPLATES) {
    const dir = templateDir(t);
    let url: string | undefined;
    if (testBackend() === 'postgres') {
      await adminQuery(`DROP DATABASE IF EXISTS ${templateDb(t)} WITH (FORCE)`);
      await adminQuery(`CREATE DATABASE ${templateDb(t)}`);
      url = databaseUrl(templateDb(t));
    }
    const config = { ...loadConfig({}), dataDir: dir, databaseUrl: url, auditKeyFile: join(dir, 'keys', 'audit-ed25519.pem'), secretKeyFile: join(dir, 'keys', 'secrets.key') };
    const p = await openPlatform(config);
    // Secrets stay in clear in the template: each test server encrypts them with its own key at start.
    if (t === 'demo') await ensureDemoData(p, DEMO_PASSWORD, undefined, { sealSecrets: false });
    await p.close();
  }
  return async () => {
    if (testBackend() === 'postgres') {
      for (const t of TEMPLATES) await adminQuery(`DROP DATABASE IF EXISTS ${templateDb(t)} WITH (FORCE)`).catch(() => undefined);
    }
    rmSync(TEST_DIR, { recursive: true, force: true });
  };
}
