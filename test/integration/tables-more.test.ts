/**
 * Tables on the remaining list screens (issue 17): a batch's screening hits, the oversight audit log and
 * the content orders. Each sorts by a whitelisted field only (400 naming `sort` or `dir` otherwise), pages
 * without overlap, keeps its old query working, and counts its total with the same need-to-know filter
 * as its rows: records that exist but are refused are never counted.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeOf } from '../../src/server/modules/screening/screening.runtime.ts';
import { markings, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, waitBatchDone, type Client, type TestServer } from '../helpers/server.ts';
import { organisationIds, userClient } from './content-fixtures.ts';

let s: TestServer;
let intel: Client;
let border: Client;
let police: Client;
let oversight: Client;
let admin: Client;

beforeAll(async () => {
  s = await startTestServer();
  [intel, border, police, oversight, admin] = (await Promise.all(['analyst.intel', 'border.officer', 'analyst.police', 'oversight', 'admin'].map((u) => s.client(u)))) as [Client, Client, Client, Client, Client];
});
afterAll(async () => {
  await s?.close();
});

/** Pages through a list `size` rows at a time and answers the ids in order. */
async function paged(c: Client, path: string, size: number, pages: number, key: string, id: (r: any) => string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < pages; i++) {
    const r = await c.get(`${path}&limit=${size}&offset=${i * size}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    out.push(...(r.body[key] as any[]).map(id));
  }
  return out;
}

describe('screening hits', () => {
  const names = ['Theodric Tablehit', 'Walburga Tablehit', 'Gerlach Tablehit', 'Irmtraud Tablehit', 'Hadubrand Tablehit'];
  const subjects: string[] = [];
  let batchId = '';
  const queue = (query: string) => border.get(`/api/screening/batches/${batchId}/hits?status=all&${query}`);

  beforeAll(async () => {
    for (const [i, name] of names.entries()) {
      const r = await intel.post('/api/subjects', subjectBody({ names: [name], birthDate: `197${i}-03-0${i + 1}`, nationalities: ['BE'] }));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      subjects.push(r.body.id);
    }
    await runtimeOf(s.platform).sync();
    const content = names.map((n, i) => JSON.stringify({ id: `t${i}`, name: n, birthDate: `197${i}-03-0${i + 1}` })).join('\n');
    const b = await border.post('/api/screening/batches', { format: 'jsonl', content, flight: 'SN417' });
    expect(b.status, JSON.stringify(b.body)).toBe(202);
    batchId = b.body.id;
    await waitBatchDone(border, batchId);
  });

  it('keeps the old query (best score first) and adds the total of what the viewer may see', async () => {
    const r = await border.get(`/api/screening/batches/${batchId}/hits`);
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(r.body.items.length);
    expect(r.body.total).toBeGreaterThanOrEqual(names.length);
    const scores = (r.body.items as Array<{ score: number }>).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('sorts by the traveller order both ways and pages without overlap', async () => {
    const asc = await queue('sort=seq&dir=asc&limit=200');
    const seqs = (asc.body.items as Array<{ seq: number }>).map((h) => h.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const desc = await queue('sort=seq&dir=desc&limit=200');
    expect((desc.body.items as Array<{ seq: number }>).map((h) => h.seq)).toEqual([...seqs].reverse());
    const ids = await paged(border, `/api/screening/batches/${batchId}/hits?status=all&sort=seq&dir=asc`, 2, 3, 'items', (h) => h.id);
    expect(ids).toEqual((asc.body.items as Array<{ id: string }>).slice(0, 6).map((h) => h.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a sort outside the whitelist, naming the field', async () => {
    for (const [q, field] of [['sort=entry_id', 'sort'], ['sort=score&dir=up', 'dir']] as const) {
      const r = await queue(q);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
  });

  it('never counts a hit the viewer may not see: an entry marked deleted leaves rows and total alike', async () => {
    const before = await queue('limit=200');
    const gone = subjects[1]!;
    const hitsOfGone = (before.body.items as Array<{ subjectId?: string }>).filter((h) => h.subjectId === gone).length;
    expect(hitsOfGone).toBeGreaterThan(0);
    // The policy refuses every read of a deleted record: its entry on the active national list says so.
    // (Entries are stored as spans of versions, migration 0041: the open span is the active version's.)
    await sql`UPDATE watchlist_entry_spans SET access = jsonb_set(access, '{deleted}', 'true'::jsonb)
      WHERE entry_id = ${`national:${gone}`} AND source_id = 'national' AND valid_to IS NULL`.execute(s.platform.db);
    const after = await queue('limit=200');
    expect(after.body.total).toBe(after.body.items.length);
    expect(after.body.total).toBe(before.body.total - hitsOfGone);
    expect(JSON.stringify(after.body)).not.toContain(gone);
    // The first page alone still counts the whole (visible) queue.
    expect((await queue('limit=1')).body.total).toBe(after.body.total);
  });

  it('a subject deleted since stays counted as the withdrawn row it is shown as, without its data', async () => {
    const before = await queue('limit=200');
    const gone = subjects[0]!;
    const del = await intel.req('DELETE', `/api/subjects/${gone}`, { reason: 'entered in error (table test)' });
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    await runtimeOf(s.platform).sync();
    const after = await queue('limit=200');
    expect(after.body.total).toBe(after.body.items.length);
    expect(after.body.total).toBe(before.body.total);
    expect(JSON.stringify(after.body)).not.toContain(gone);
    expect((after.body.items as Array<{ view: string }>).some((h) => h.view === 'withdrawn')).toBe(true);
  });

  it('another organisation gets the queue of a batch that exists exactly as a missing one', async () => {
    const r = await police.get(`/api/screening/batches/${batchId}/hits?status=all`);
    const missing = await police.get(`/api/screening/batches/${crypto.randomUUID()}/hits?status=all`);
    expect(r.status).toBe(404);
    expect(r.body).toEqual(missing.body);
  });
});

describe('audit log', () => {
  it('sorts, pages and counts; the old /api/audit still answers its list', async () => {
    await intel.get('/api/subjects?limit=1');
    const all = await oversight.get('/api/audit/entries?actor=analyst.intel&limit=500');
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body.capped).toBe(false);
    expect(all.body.total).toBeGreaterThan(3);
    expect(all.body.results.length).toBe(Math.min(500, all.body.total));
    const old = await oversight.get('/api/audit?actor=analyst.intel&limit=1000');
    expect(Array.isArray(old.body)).toBe(true);
    expect(old.body.length).toBe(all.body.total);
    const seqs = (all.body.results as Array<{ seq: number }>).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const asc = await oversight.get('/api/audit/entries?actor=analyst.intel&sort=seq&dir=asc&limit=500');
    expect((asc.body.results as Array<{ seq: number }>).map((e) => e.seq)).toEqual([...seqs].reverse());
    const pages = await paged(oversight, '/api/audit/entries?actor=analyst.intel&sort=seq&dir=asc', 2, 2, 'results', (e) => String(e.seq));
    expect(pages).toEqual(asc.body.results.slice(0, 4).map((e: { seq: number }) => String(e.seq)));
    // By action: each action's entries together, whatever the collation.
    const byAction = (await oversight.get('/api/audit/entries?actor=analyst.intel&sort=action&dir=asc&limit=500')).body.results as Array<{ action: string }>;
    const runs = byAction.map((e) => e.action).filter((a, i, arr) => i === 0 || arr[i - 1] !== a);
    expect(new Set(runs).size).toBe(runs.length);
    for (const [q, field] of [['sort=details', 'sort'], ['dir=sideways', 'dir']] as const) {
      const r = await oversight.get(`/api/audit/entries?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
  });

  it('gives no rows and no count to those who may not read the log, though its entries exist', async () => {
    for (const c of [admin, intel]) {
      const r = await c.get('/api/audit/entries?actor=analyst.intel');
      expect(r.status).toBe(403);
      expect(r.body.total).toBeUndefined();
      expect(r.body.results).toBeUndefined();
    }
  });
});

describe('content orders', () => {
  let officer: Client;
  let civil: Client;
  let providerId = '';
  const orders = (c: Client, q = '') => c.get(`/api/content/orders?limit=200${q}`);

  async function order(distribution: string, url: string): Promise<string> {
    const c = await officer.post('/api/content/cases', {
      url,
      providerId,
      offence: 'incitement',
      assessment: 'Calls for attacks on a named public event; incitement under art. 3(1).',
      signals: [],
      markings: markings({ classification: 'unclassified', distribution }),
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const o = await officer.post(`/api/content/cases/${c.body.id}/orders`, { kind: 'referral', reasons: 'Referral for voluntary review under the provider’s terms (table test).' });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    return o.body.id as string;
  }

  beforeAll(async () => {
    officer = await s.client('content.officer');
    const orgs = await organisationIds(s);
    civil = await userClient(s, 'tables.civil', orgs['Civil Intelligence Service'], { content: ['read'] });
    providerId = ((await officer.get('/api/content/providers')).body.items as Array<{ id: string }>)[0]!.id;
    await order('all', 'https://video.example/watch?v=table-1');
    await order('all', 'https://video.example/watch?v=table-2');
  });

  it('counts only the orders each reader may read: an order that exists but is refused changes nobody else’s total', async () => {
    const theirs = (await orders(civil)).body;
    const mine = (await orders(officer)).body;
    expect(theirs.total).toBe(theirs.items.length);
    expect(mine.total).toBe(mine.items.length);
    const hidden = await order('organisation', 'https://video.example/watch?v=table-hidden');
    const after = (await orders(civil)).body;
    expect(after.total).toBe(theirs.total);
    expect(JSON.stringify(after)).not.toContain(hidden);
    expect((await orders(officer)).body.total).toBe(mine.total + 1);
    const shown = await order('all', 'https://video.example/watch?v=table-3');
    const later = (await orders(civil)).body;
    expect(later.total).toBe(theirs.total + 1);
    expect(later.items.map((o: { id: string }) => o.id)).toContain(shown);
    // A state chip narrows rows and total alike.
    const drafts = (await orders(officer, '&state=draft')).body;
    expect(drafts.total).toBe(drafts.items.length);
    expect(drafts.items.every((o: { state: string }) => o.state === 'draft')).toBe(true);
  });

  it('sorts by URL both ways, pages without overlap, and refuses a sort outside the whitelist', async () => {
    const asc = (await orders(officer, '&sort=url&dir=asc')).body;
    const desc = (await orders(officer, '&sort=url&dir=desc')).body;
    const ids = asc.items.map((o: { id: string }) => o.id);
    expect(ids.length).toBeGreaterThan(3);
    const urls = asc.items.map((o: { url: string }) => o.url.toLowerCase());
    // Our URLs share a prefix and differ in ASCII letters and digits: every collation agrees on them.
    const ours = urls.filter((u: string) => u.startsWith('https://video.example/watch?v=table-'));
    expect(ours).toEqual([...ours].sort());
    expect(desc.items.filter((o: { url: string }) => o.url.startsWith('https://video.example/watch?v=table-')).map((o: { url: string }) => o.url.toLowerCase())).toEqual([...ours].reverse());
    const pages = await paged(officer, '/api/content/orders?sort=url&dir=asc', 2, 2, 'items', (o) => o.id);
    expect(pages).toEqual(ids.slice(0, 4));
    expect((await officer.get('/api/content/orders?sort=url&dir=asc&limit=2')).body.total).toBe(asc.total);
    for (const [q, field] of [['sort=reasons', 'sort'], ['sort=url&dir=down', 'dir']] as const) {
      const r = await officer.get(`/api/content/orders?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
  });
});
