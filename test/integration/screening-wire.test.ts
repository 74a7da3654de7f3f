/**
 * Every border-screening route answers its success status with the shape its response schema declares
 * (a field the schema does not know would be dropped, one of the wrong type fails the answer): one
 * walk through the whole module — lists, previews, national list, screening, batches, review,
 * suppressions, subject actions and referrals — checking the fields that only some answers carry. People are synthetic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/backend.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type Res, type TestServer, waitBatchDone } from '../helpers/server.ts';

let s: TestServer;
let border: Client;
let intel: Client;

/** The field paths of a JSON value (array items merged). */
function paths(v: unknown, at = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) paths(x, `${at}[]`, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, at ? `${at}.${k}` : k, out.add(at ? `${at}.${k}` : k));
  return out;
}

const seen: Record<string, Set<string>> = {};
function keep(route: string, r: Res, status: number): Res {
  expect(r.status, `${route}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(status);
  seen[route] = paths(r.body, '', seen[route] ?? new Set());
  return r;
}

const UN = (extra = '') =>
  `<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>QUIRINUS</FIRST_NAME><SECOND_NAME>WIRELISTED</SECOND_NAME><REFERENCE_NUMBER>XXi.901</REFERENCE_NUMBER><INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-02-03</DATE></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>${extra}</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>`;

beforeAll(async () => {
  s = await startTestServer();
  border = await s.client('border.officer');
  intel = await s.client('analyst.intel');
}, 60_000);
afterAll(async () => s?.close());

describe('screening answers carry their declared shape', () => {
  it('every route answers its success status', async () => {
    keep('GET lists', await border.get('/api/screening/lists'), 200);
    // A global list: a preview, read, confirmed; a second one discarded.
    const pv = keep('POST import (preview)', await border.post('/api/screening/lists/un-wire/import', { content: UN() }), 202);
    keep('GET preview', await border.get(`/api/screening/previews/${pv.body.id}`), 200);
    keep('POST confirm', await border.post(`/api/screening/previews/${pv.body.id}/confirm`, {}), 201);
    const pv2 = keep('POST import (preview)', await border.post('/api/screening/lists/un-wire/import', { content: UN('<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>OTTOKAR</FIRST_NAME><SECOND_NAME>WIREPREVIEW</SECOND_NAME><REFERENCE_NUMBER>XXi.902</REFERENCE_NUMBER></INDIVIDUAL>') }), 202);
    keep('GET preview', await border.get(`/api/screening/previews/${pv2.body.id}?change=added`), 200);
    keep('POST discard', await border.post(`/api/screening/previews/${pv2.body.id}/discard`, {}), 200);
    // A custom list, delisting, versions and entries.
    const csv = 'id,name,birthDate,nationality\nw1,Bartholomew Wirecustom,1966-06-06,FR\nw2,Cyprian Wiredelisted,1960-01-01,BE\n';
    const imp = keep('POST import (custom)', await border.post('/api/screening/lists/wire-custom/import', { content: csv, note: 'wire' }), 201);
    keep('POST delist', await border.post('/api/screening/lists/wire-custom/delist', { entryIds: ['wire-custom:w2'], reason: 'removed by the partner' }), 201);
    keep('GET versions', await border.get('/api/screening/lists/wire-custom/versions'), 200);
    keep('GET version', await border.get(`/api/screening/versions/${imp.body.id}`), 200);
    keep('GET entries', await border.get('/api/screening/entries?source=wire-custom'), 200);
    keep('GET entries', await border.get('/api/screening/entries?id=wire-custom:w2'), 200);

    // A national subject the officer may read, one it may not (answered "listed").
    const open = await intel.post('/api/subjects', subjectBody({ names: ['Evander Wirenational'], birthDate: '1975-03-04', nationalities: ['BE'] }));
    const hidden = await intel.post('/api/subjects', subjectBody({ names: ['Leopold Wirehidden'], birthDate: '1979-09-09', nationalities: ['BE'] }, { distribution: 'organisation', hitNoHit: false }));
    expect([open.status, hidden.status]).toEqual([201, 201]);
    keep('POST rebuild', await border.post('/api/screening/lists/national/rebuild', {}), 200);
    keep('GET versions', await intel.get('/api/screening/lists/national/versions'), 200);
    const nv = (await intel.get('/api/screening/lists/national/versions')).body.items[0];
    keep('GET version', await intel.get(`/api/screening/versions/${nv.id}`), 200);
    keep('GET entries', await intel.get(`/api/screening/entries?id=national:${open.body.id}`), 200);
    keep('PUT action', await intel.put(`/api/screening/national/${hidden.body.id}/action`, { action: 'discreet_check' }), 200);
    keep('GET action', await intel.get(`/api/screening/national/${hidden.body.id}/action`), 200);

    // Screening one traveller: hits on each kind of list, and no hit.
    keep('POST screen', await border.post('/api/screening/screen', { name: 'Bartholomew Wirecustom', birthDate: '1966-06-06', flight: 'SN1', port: 'BRU' }), 201);
    keep('POST screen', await border.post('/api/screening/screen', { name: 'Leopold Wirehidden', birthDate: '1979-09-09' }), 201);
    keep('POST screen', await border.post('/api/screening/screen', { name: 'Nobody Atallhere' }), 201);
    // A batch with an error line, its results, queue, hits and decisions.
    const lines = [
      { id: 'p1', name: 'Bartholomew Wirecustom', birthDate: '1966-06-06' },
      { id: 'p2', name: 'Evander Wirenational', birthDate: '1975-03-04' },
      { id: 'p3', name: 'Quirinus Wirelisted', birthDate: '1970-02-03' },
      { id: 'p4', name: 'Leopold Wirehidden', birthDate: '1979-09-09' },
      { id: 'p5', name: 'Bartholomew Wirecustom', birthDate: '1966-06-06' },
    ].map((l) => JSON.stringify(l));
    const b = keep('POST batches', await border.post('/api/screening/batches', { format: 'jsonl', content: [...lines, '{not json'].join('\n'), flight: 'SN2', date: '2026-03-01', port: 'BRU' }), 202);
    await waitBatchDone(border, b.body.id);
    // A passenger message (UN/EDIFACT PAXLST) as a batch (issue #15).
    const paxlst = readFileSync(join(ROOT, 'test/fixtures/passenger-messages/paxlst-sample.edi'), 'utf8');
    const mb = keep('POST batches/messages', await border.post('/api/screening/batches/messages', { content: paxlst }), 202);
    await waitBatchDone(border, mb.body.id);
    keep('GET batches', await border.get('/api/screening/batches'), 200);
    keep('GET batch', await border.get(`/api/screening/batches/${b.body.id}`), 200);
    keep('GET results', await border.get(`/api/screening/batches/${b.body.id}/results`), 200);
    const q = keep('GET hits', await border.get(`/api/screening/batches/${b.body.id}/hits?status=all`), 200);
    const hitOf = (id: string, src?: string) => q.body.items.find((h: { traveller: { id: string } | null; source: string }) => h.traveller?.id === id && (!src || h.source === src));
    for (const h of q.body.items) keep('GET hit', await border.get(`/api/screening/hits/${h.id}`), 200);
    keep('POST decision', await border.post(`/api/screening/hits/${hitOf('p1').id}/decision`, { decision: 'false_positive', reason: 'Passport compared at the desk' }), 200);
    keep('POST decision', await border.post(`/api/screening/hits/${hitOf('p5').id}/decision`, { decision: 'escalate', reason: 'Looks like the listed person' }), 200);
    keep('POST decision', await border.post(`/api/screening/hits/${hitOf('p2', 'national').id}/decision`, { decision: 'escalate', reason: 'Same person' }), 200);
    keep('POST decision', await border.post(`/api/screening/hits/${hitOf('p3').id}/decision`, { decision: 'true_match' }), 200);
    keep('GET hits', await border.get(`/api/screening/batches/${b.body.id}/hits?status=decided`), 200);
    const sup = keep('GET suppressions', await border.get('/api/screening/suppressions?active=all'), 200);
    keep('POST revoke', await border.post(`/api/screening/suppressions/${sup.body.items[0].id}/revoke`, { reason: 'the traveller was checked again' }), 200);
    keep('GET suppressions', await border.get('/api/screening/suppressions?active=all'), 200);
    keep('GET referrals', await border.get('/api/screening/referrals'), 200);
    keep('GET lists', await border.get('/api/screening/lists'), 200);
    expect(Object.keys(seen)).toHaveLength(25);
    // Fields only some answers carry (a response schema that forgot one would drop it silently).
    const has = (route: string, ...fields: string[]) => expect([...seen[route]!], route).toEqual(expect.arrayContaining(fields));
    has('GET lists', 'index.entries', 'index.loadedAt', 'items[].activeVersion.skipped');
    has('POST import (preview)', 'base.versionId', 'changes[].fields', 'expiresAt');
    has('POST confirm', 'previewId', 'duplicates');
    has('GET entries', 'items[].entry.names', 'history[].at', 'delisted');
    has('PUT action', 'subjectId', 'action');
    has('POST batches/messages', 'message.ref', 'message.departure', 'message.arrival', 'date');
    has('POST screen', 'traveller.name', 'screenedAgainst.text', 'outcome', 'hits[].explanation.summary', 'hits[].contact.organisation', 'hits[].action');
    has('GET results', 'items[].traveller.name', 'items[].maxScore', 'items[].error');
    has('GET hits', 'batch.date', 'items[].traveller.id', 'items[].subjectId', 'items[].decision.at');
    has('POST decision', 'history[].decision', 'reportId', 'referralId', 'suppressionId');
    has('GET suppressions', 'items[].revoked.reason', 'items[].traveller.name', 'items[].entryId');
    has('GET referrals', 'items[].from.organisation', 'items[].travel.flight', 'items[].explanation');
  });

  it('/api/openapi.json describes the answer of every screening route', async () => {
    const doc = (await (await fetch(`${s.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { properties?: object } }> }> }>> };
    const routes = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/screening/')).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ route: `${method} ${path}`, op })));
    // 23, 5 for lists kept current and re-screening (issue #15: fetch, fetches, a fetch, re-screenings, a re-screening)
    // and 1 for passenger messages (PAXLST, PNRGOV).
    expect(routes).toHaveLength(29);
    for (const { route, op } of routes) {
      const ok = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(ok.length, route).toBeGreaterThan(0);
      for (const [, r] of ok) expect(Object.keys(r.content?.['application/json']?.schema ?? {}).length, route).toBeGreaterThan(0);
    }
  });
});
