/**
 * Property-based fuzzing of every endpoint of the OpenAPI document: malformed bodies, path and query
 * parameters and headers, signed in and not. The server must never answer 5xx, and every error must
 * have the documented shape.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let analyst: Client;
let routes: Array<{ method: string; path: string }>;

beforeAll(async () => {
  s = await startTestServer();
  analyst = await s.client('analyst.intel');
  const doc = (await (await fetch(`${s.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })));
});
afterAll(() => s?.close());

const junkString = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '%00', '../../etc/passwd', "' OR 1=1 --", '<script>x</script>', 'null', '-1', '1e309', 'NaN', '\u202e', '😀'.repeat(50), 'a'.repeat(5000)),
  fc.uuid(),
);
const junkJson = fc.oneof(fc.jsonValue(), fc.constant('{"unterminated": '), fc.constant('[]'), fc.constant('null'), fc.string());
const junkQuery = fc.dictionary(fc.constantFrom('q', 'limit', 'offset', 'category', 'threatLevel', 'owner', 'reviewDue', 'targetKind', 'targetKey', 'recordId', 'from', 'to', 'format', 'before', 'unread'), junkString, { maxKeys: 4 });
const junkHeaders = fc.record(
  {
    'content-type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', ''),
    'x-csrf-token': junkString.map((v) => v.replace(/[^\x20-\x7e]/g, '')),
    'x-vigil-purpose': junkString.map((v) => v.replace(/[^\x20-\x7e]/g, '')),
    accept: fc.constantFrom('*/*', 'text/html', 'application/xml', 'application/json'),
  },
  { requiredKeys: [] },
);

describe('fuzzing every endpoint', () => {
  it('never answers 5xx and always answers errors as {"error":{code,message}}', async () => {
    expect(routes.length).toBeGreaterThan(30);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.boolean(),
        junkString,
        junkQuery,
        junkJson,
        junkHeaders,
        async (route, signedIn, param, query, body, headers) => {
          const path = route.path.replace(/\{\w+\}|:\w+/g, encodeURIComponent(param).slice(0, 200) || 'x');
          const qs = new URLSearchParams(query).toString();
          const h: Record<string, string> = { ...headers };
          if (signedIn) {
            h.cookie = analyst.cookie;
            if (!('x-csrf-token' in headers)) h['x-csrf-token'] = analyst.csrf;
          }
          const hasBody = !['GET', 'HEAD'].includes(route.method);
          const res = await fetch(`${s.url}${path}${qs ? `?${qs}` : ''}`, {
            method: route.method,
            headers: h,
            body: hasBody ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
          });
          const text = await res.text();
          if (res.status >= 500) throw new Error(`${route.method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
          if (res.status >= 400) {
            const parsed = JSON.parse(text) as { error?: { code: string; message: string }; title?: string; http_status?: string };
            // TAXII 2.1 mandates its own error message (title, http_status); everything else uses Vigil's.
            const ok = route.path.startsWith('/taxii2')
              ? typeof parsed.title === 'string' || typeof parsed.error?.code === 'string'
              : typeof parsed.error?.code === 'string' && typeof parsed.error?.message === 'string';
            if (!ok) throw new Error(`bad error shape: ${text.slice(0, 200)}`);
          }
        },
      ),
      { numRuns: 600, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
    );
  });
});
