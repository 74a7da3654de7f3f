/**
 * Fuzzing of every endpoint of the OpenAPI document (and the TAXII routes): property-based junk bodies,
 * path and query parameters and headers, signed in and not; and a systematic pass sending malformed
 * values per parameter and body field (NUL, lone surrogates, very long strings, wrong types, huge
 * numbers, deep nesting, non-UUID ids, empty bodies) as an administrator, an intelligence analyst and
 * anonymously. The server must never answer 5xx, every error must have the documented shape, and the
 * server must still answer afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let analyst: Client;
let admin: Client;
let routes: Array<{ method: string; path: string }>;
let doc: OpenApi;

beforeAll(async () => {
  s = await startTestServer();
  analyst = await s.client('analyst.intel');
  admin = await s.client('admin');
  doc = (await (await fetch(`${s.url}/api/openapi.json`)).json()) as OpenApi;
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
          // Signing out would end the session the next test relies on: it is fuzzed signed out.
          if (signedIn && !SESSION_ENDING.has(`${route.method} ${route.path}`)) {
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

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
interface Operation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

/** The TAXII 2.1 routes, fuzzed whether or not the OpenAPI document lists them. */
const TAXII_ROUTES: Array<{ method: string; path: string; params: string[]; query: string[] }> = [
  { method: 'GET', path: '/taxii2/', params: [], query: [] },
  { method: 'GET', path: '/taxii2/vigil/', params: [], query: [] },
  { method: 'GET', path: '/taxii2/vigil/collections/', params: [], query: [] },
  { method: 'GET', path: '/taxii2/vigil/collections/{cid}/', params: ['cid'], query: [] },
  { method: 'GET', path: '/taxii2/vigil/collections/{cid}/objects/', params: ['cid'], query: ['limit', 'next', 'added_after', 'match[id]', 'match[type]', 'match[version]', 'match[spec_version]'] },
  { method: 'GET', path: '/taxii2/vigil/collections/{cid}/manifest/', params: ['cid'], query: ['limit', 'added_after', 'match[id]'] },
  { method: 'GET', path: '/taxii2/vigil/collections/{cid}/objects/{oid}/', params: ['cid', 'oid'], query: ['match[version]'] },
  { method: 'GET', path: '/taxii2/vigil/collections/{cid}/objects/{oid}/versions/', params: ['cid', 'oid'], query: ['added_after'] },
  { method: 'POST', path: '/taxii2/vigil/collections/{cid}/objects/', params: ['cid'], query: [] },
  { method: 'GET', path: '/taxii2/vigil/status/{sid}/', params: ['sid'], query: [] },
];
const TAXII_MEDIA = 'application/taxii+json;version=2.1';
const ALL_COLLECTION = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
/** Routes that end the caller's session: fuzzed anonymously only (the signed-in callers must stay signed in). */
const SESSION_ENDING = new Set(['POST /api/auth/logout']);

const LONG = 'ä'.repeat(100_000);
const nested = (depth: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
/** Malformed values of a body field (raw JSON text, so NUL and lone surrogates go out as JSON escapes). */
const BAD_FIELD_VALUES = ['"a\\u0000b"', '"x\\ud800y"', JSON.stringify(LONG), '18446744073709551616', '-1e308', 'true', '[["x"]]', JSON.stringify({ '\u0000': 1 }), '"not-a-uuid"'];
/** Malformed path and query values, already percent-encoded (%ED%A0%80 is a surrogate's bytes, not UTF-8). */
const BAD_PARAM_VALUES = ['a%00b', '%ED%A0%80', 'x'.repeat(3000), 'not-a-uuid', '-1', '99999999999999999999999', '00000000-0000-0000-0000-000000000000'];
/** Malformed whole bodies (raw text). */
const BAD_BODIES = ['', 'null', '[]', '"\\u0000"', '{"\\u0000":"x"}', '{"a":"\\ud800"}', JSON.stringify(nested(100)), '{"objects":[' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) + ']}', '{', '1e999'];

interface Case {
  method: string;
  path: string;
  query?: string;
  body?: string;
  taxii?: boolean;
}

/** The cases of one operation: each parameter and body field malformed in turn, then whole bodies. */
function casesOf(method: string, template: string, params: string[], query: string[], body: Schema | undefined, taxii = false): Case[] {
  const fill = (p: string) => (p === 'cid' ? ALL_COLLECTION : crypto.randomUUID());
  const pathWith = (bad?: { name: string; value: string }) => template.replace(/\{(\w+)\}/g, (_m, n: string) => (bad && n === bad.name ? bad.value : fill(n)));
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(method);
  const out: Case[] = [];
  for (const name of params) for (const value of BAD_PARAM_VALUES) out.push({ method, path: pathWith({ name, value }), taxii, ...(hasBody ? { body: '{}' } : {}) });
  for (const name of query) for (const value of BAD_PARAM_VALUES) out.push({ method, path: pathWith(), query: `${encodeURIComponent(name)}=${value}`, taxii });
  if (params.length + query.length === 0) out.push({ method, path: pathWith(), query: `q=%00&limit=1e308`, taxii });
  if (hasBody) {
    const fields = Object.keys(propertiesOf(body));
    for (const f of fields) for (const v of BAD_FIELD_VALUES) out.push({ method, path: pathWith(), body: `{${JSON.stringify(f)}:${v}}`, taxii });
    for (const b of BAD_BODIES) out.push({ method, path: pathWith(), body: b, taxii });
  }
  return out;
}

function propertiesOf(schema: Schema | undefined): Record<string, Schema> {
  if (!schema) return {};
  const parts = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return Object.assign({}, ...parts.map((p) => p.properties ?? {}));
}

/** Every case of the OpenAPI document and the TAXII routes. */
function allCases(): Case[] {
  const out: Case[] = [];
  const seen = new Set<string>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
      seen.add(`${method} ${path}`);
      const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const body = op.requestBody?.content?.['application/json']?.schema;
      out.push(...casesOf(method, path, params, query, body, path.startsWith('/taxii2')));
    }
  }
  for (const t of TAXII_ROUTES) if (!seen.has(`${t.method} ${t.path}`)) out.push(...casesOf(t.method, t.path, t.params, t.query, undefined, true));
  return out;
}

async function send(c: Case, as: Client | undefined): Promise<{ status: number; text: string }> {
  const h: Record<string, string> = { 'content-type': c.taxii && c.method === 'POST' ? TAXII_MEDIA : 'application/json' };
  if (c.taxii) h.accept = TAXII_MEDIA;
  if (as) {
    h.cookie = as.cookie;
    h['x-csrf-token'] = as.csrf;
  }
  const res = await fetch(`${s.url}${c.path}${c.query ? `?${c.query}` : ''}`, { method: c.method, headers: h, body: c.body });
  return { status: res.status, text: await res.text() };
}

describe('malformed values per parameter and body field, as admin, intelligence analyst and anonymous', () => {
  it('never answers 5xx, and the server still answers afterwards', { timeout: 120_000 }, async () => {
    const cases = allCases();
    // Each case is sent as one of the three callers in turn, so every operation meets all three.
    const callers: Array<[string, Client | undefined]> = [['admin', admin], ['analyst.intel', analyst], ['anonymous', undefined]];
    const failures: string[] = [];
    let sent = 0;
    const queue = cases.map((c, i) => ({ c, who: callers[i % callers.length]! }));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { c, who } = next;
        const [name, client] = SESSION_ENDING.has(`${c.method} ${c.path}`) ? callers[2]! : who;
        const r = await send(c, client);
        sent++;
        if (r.status >= 500) failures.push(`${name} ${c.method} ${c.path}${c.query ? `?${c.query.slice(0, 80)}` : ''} body=${(c.body ?? '').slice(0, 80)} -> ${r.status} ${r.text.slice(0, 200)}`);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    console.log(`fuzz: ${sent} malformed requests`);
    expect(cases.some((c) => c.path.startsWith('/taxii2'))).toBe(true);
    // Still up, and the sessions still work.
    expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
    expect((await analyst.get('/api/subjects?q=Testperson')).status).toBe(200);
  });
});
