/**
 * The module shape at run time (docs/MODULES.md): every route belongs to a module and declares its
 * response schema (so /api/openapi.json is complete and the web's types can be generated from it);
 * every event subscriber names a known event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/**
 * Modules whose routes predate the shape and still lack response schemas (issue #12's renovation);
 * the list only shrinks — a module leaves it when all its routes declare one.
 */
const PENDING = new Set<string>([]);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ template: 'empty' });
});
afterAll(async () => {
  await s?.close();
});

describe('routes follow the module shape', () => {
  it('every route of a shaped module declares its response schema', () => {
    expect(s.routes.length).toBeGreaterThan(50);
    const missing = s.routes.filter((r) => !PENDING.has(r.module) && !r.hasResponseSchema).map((r) => `${r.module}: ${r.method} ${r.url}`);
    expect(missing, 'routes without a response schema').toEqual([]);
  });

  it('a module leaves the pending list once all its routes have response schemas', () => {
    const done = [...PENDING].filter((m) => s.routes.some((r) => r.module === m) && s.routes.filter((r) => r.module === m).every((r) => r.hasResponseSchema));
    expect(done, 'remove these from PENDING').toEqual([]);
  });

  it('/api/openapi.json lists the content routes, the hash upload with its binary body', async () => {
    const doc = (await (await s.client()).get('/api/openapi.json')).body;
    for (const path of ['/api/content/hash', '/api/content/lookup', '/api/content/banks/{id}/import', '/api/content/orders/{id}/issue', '/api/portal/orders/{id}', '/api/content/transparency']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(doc.paths['/api/content/hash'].post.requestBody.content).toHaveProperty(['application/octet-stream']);
  });

  it('every module registers at least one route', () => {
    const modules = new Set(s.routes.map((r) => r.module));
    for (const m of PENDING) expect(modules.has(m), m).toBe(true);
  });
});
