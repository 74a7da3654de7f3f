/**
 * Generates the web's API types (src/web/lib/api-schema.d.ts) from the server's OpenAPI document, the
 * one /api/openapi.json serves, built from the routes' zod schemas. The server is built over an
 * embedded database in a temporary folder and never listens (the modules' jobs start on ready and stop
 * on close, over that throwaway database).
 *
 *   npm run api:types            writes the file
 *   npm run api:types -- --check exits 1 when the committed file is stale
 *
 * test/api-types.test.ts regenerates it in memory and fails when the committed file differs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/server/server.ts';
import { loadConfig, type Config } from '../src/server/platform/config.ts';
import { openPlatform } from '../src/server/platform/platform.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const API_TYPES_FILE = join(ROOT, 'src', 'web', 'lib', 'api-schema.d.ts');
export const API_TYPES_COMMAND = 'npm run api:types';

const HEADER = `/**
 * GENERATED FILE: do not edit. The types of Vigil's HTTP API, made by openapi-typescript from the
 * server's OpenAPI document (/api/openapi.json, built from the routes' zod schemas).
 * Regenerate after changing a route's schema: ${API_TYPES_COMMAND}
 * (test/api-types.test.ts fails while this file is stale).
 */
`;

/**
 * The server's OpenAPI document, from a server built over the database `config` names (opened and
 * migrated here, closed before returning). Nothing listens.
 */
export async function openApiDocument(config: Config): Promise<OpenAPI3> {
  const platform = await openPlatform(config);
  try {
    const app = await buildApp(platform);
    try {
      await app.ready();
      return JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await platform.close();
  }
}

/** The TypeScript text of the API types for an OpenAPI document, with the generated-file header. */
export async function renderApiTypes(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(doc, { alphabetize: true, exportType: true });
  return HEADER + '\n' + astToString(ast);
}

/** The API types as they would be generated now, over a throwaway embedded database. */
export async function generateApiTypes(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-api-types-'));
  try {
    const config: Config = {
      ...loadConfig({ LOG_LEVEL: 'silent', VIGIL_DATA_DIR: dir, VIGIL_REMINDER_MINUTES: '0' }),
      databaseUrl: undefined,
    };
    return await renderApiTypes(await openApiDocument(config));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const text = await generateApiTypes();
  if (process.argv.includes('--check')) {
    const current = readFileSync(API_TYPES_FILE, 'utf8');
    if (current !== text) {
      console.error(`src/web/lib/api-schema.d.ts is stale: run \`${API_TYPES_COMMAND}\``);
      process.exit(1);
    }
    console.log('src/web/lib/api-schema.d.ts is up to date');
  } else {
    writeFileSync(API_TYPES_FILE, text);
    console.log(`wrote src/web/lib/api-schema.d.ts (${text.length} characters)`);
  }
}
