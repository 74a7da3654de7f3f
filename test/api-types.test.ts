/**
 * The web's API types (src/web/lib/api-schema.d.ts) are generated from the server's OpenAPI document:
 * this test regenerates them in memory and fails while the committed file is stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../src/server/platform/config.ts';
import { API_TYPES_COMMAND, API_TYPES_FILE, openApiDocument, renderApiTypes } from '../scripts/api-types.ts';
import { freshDatabase } from './helpers/backend.ts';

describe('generated API types', () => {
  let doc: OpenAPI3;
  let drop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const db = await freshDatabase('empty');
    drop = db.drop;
    doc = await openApiDocument({
      ...loadConfig({ LOG_LEVEL: 'silent', VIGIL_DATA_DIR: db.dataDir, VIGIL_REMINDER_MINUTES: '0' }),
      dataDir: db.dataDir,
      databaseUrl: db.databaseUrl,
      auditKeyFile: join(db.dataDir, 'keys', 'audit-ed25519.pem'),
      secretKeyFile: join(db.dataDir, 'keys', 'secrets.key'),
    });
  });
  afterAll(() => drop());

  it('src/web/lib/api-schema.d.ts matches the server routes', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    const fresh = await renderApiTypes(doc);
    // toBe on strings this long prints an unreadable diff: name the command instead.
    expect(committed === fresh, `src/web/lib/api-schema.d.ts is stale: run \`${API_TYPES_COMMAND}\` and commit the result`).toBe(true);
  });

  it('a route the committed file does not know makes the comparison fail', async () => {
    const changed: OpenAPI3 = {
      ...doc,
      paths: { ...doc.paths, '/api/not-a-route': { get: { responses: { 200: { description: 'x', content: { 'application/json': { schema: { type: 'string' } } } } } } } },
    };
    expect(await renderApiTypes(changed)).not.toBe(readFileSync(API_TYPES_FILE, 'utf8'));
  });
});
