/**
 * The held-objects list of the sharing module as a table (issue 17): sorted, paged, counted with the
 * same need-to-know filter as its rows (objects that exist but are refused are never counted), and each
 * relationship naming its two ends only where the reader may read them ("restricted" otherwise, without
 * name or id); the names released are on the list's one audit event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { markings, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
let police: Client;
let a = '';
let b = '';
let hidden = '';
let link = '';
let hiddenLink = '';

type End = { restricted: boolean; id: string | null; type: string | null; label: string | null };
type Obj = { id: string; stixId: string; type: string; object: Record<string, unknown>; ends: { source: End; target: End } | null };
type Page = { results: Obj[]; total: number };

const catchUp = () => s.app.sharing!.outbox.catchUp();

beforeAll(async () => {
  s = await startTestServer();
  intel = await s.client('analyst.intel');
  police = await s.client('analyst.police');
  a = (await intel.post('/api/subjects', subjectBody({ names: ['Ermengild Tablewright'] }))).body.id;
  b = (await intel.post('/api/subjects', subjectBody({ names: ['Brunhold Tablewright'] }))).body.id;
  hidden = (await intel.post('/api/subjects', subjectBody({ names: ['Cunigund Tablewright'] }, { distribution: 'organisation' }))).body.id;
  link = (await intel.post('/api/links', { fromSubjectId: a, toSubjectId: b, type: 'family', markings: markings() })).body.id;
  hiddenLink = (await intel.post('/api/links', { fromSubjectId: a, toSubjectId: hidden, type: 'associate', markings: markings() })).body.id;
  expect(link && hiddenLink).toBeTruthy();
  await catchUp();
});
afterAll(async () => {
  await s?.close();
});

async function all(c: Client, query: string): Promise<Page> {
  const r = await c.get(`/api/sharing/objects?${query}&limit=200`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as Page;
}

describe('relationships name their ends', () => {
  it('names both ends the reader may read, and records them as released', async () => {
    const page = await all(police, 'type=relationship&origin=local');
    const rel = page.results.find((o) => o.id === link)!;
    expect(rel.ends).toEqual({
      source: { restricted: false, id: a, type: 'identity', label: 'Ermengild Tablewright' },
      target: { restricted: false, id: b, type: 'identity', label: 'Brunhold Tablewright' },
    });
    const { rows } = await sql<{ ids: string[] }>`SELECT record_ids AS ids FROM audit_log WHERE action = 'sharing.list' AND actor_name = 'analyst.police' ORDER BY seq DESC LIMIT 1`.execute(s.platform.db);
    expect(rows[0]!.ids).toEqual(expect.arrayContaining([link, a, b]));
    expect(rows[0]!.ids).not.toContain(hidden);
  });

  it('never lets out a hidden end: its relationship is withheld, its name and id appear nowhere', async () => {
    const page = await all(police, 'type=relationship');
    expect(page.results.map((o) => o.id)).not.toContain(hiddenLink);
    const text = JSON.stringify(page);
    expect(text).not.toContain(hidden);
    expect(text).not.toContain('Cunigund');
    // The owner reads it, with both ends named.
    const mine = (await all(intel, 'type=relationship')).results.find((o) => o.id === hiddenLink)!;
    expect(mine.ends!.target).toEqual({ restricted: false, id: hidden, type: 'identity', label: 'Cunigund Tablewright' });
  });

  it('shows an end not held here as restricted, without name or id', async () => {
    const far = `identity--${crypto.randomUUID()}`;
    const rel = { type: 'relationship', spec_version: '2.1', id: `relationship--${crypto.randomUUID()}`, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', relationship_type: 'related-to', source_ref: `identity--${a}`, target_ref: far };
    const r = await intel.post('/api/sharing/stix/import', { type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: [rel] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const got = (await all(intel, 'type=relationship&origin=import')).results.find((o) => o.stixId === rel.id)!;
    expect(got.ends).toEqual({ source: { restricted: false, id: a, type: 'identity', label: 'Ermengild Tablewright' }, target: { restricted: true, id: null, type: null, label: null } });
  });
});

describe('sorting, paging and totals', () => {
  it('counts only what the reader may read: a refused object that exists changes nobody else’s total', async () => {
    const before = (await all(police, 'type=identity&origin=local')).total;
    const mineBefore = (await all(intel, 'type=identity&origin=local')).total;
    await intel.post('/api/subjects', subjectBody({ names: ['Dietlinde Tablewright'] }, { distribution: 'organisation' }));
    await catchUp();
    const after = await all(police, 'type=identity&origin=local');
    expect(after.total).toBe(before);
    expect(after.results.length).toBe(Math.min(200, before));
    expect((await all(intel, 'type=identity&origin=local')).total).toBe(mineBefore + 1);
    await intel.post('/api/subjects', subjectBody({ names: ['Amalrich Tablewright'] }));
    await catchUp();
    expect((await all(police, 'type=identity&origin=local')).total).toBe(before + 1);
  });

  it('sorts by name in both directions and pages without overlap', async () => {
    const asc = await all(police, 'type=identity&sort=name&dir=asc');
    // The database's collation orders accents and spaces; the first letters of Latin names agree with it.
    const names = asc.results.map((o) => String(o.object.name ?? '').toLowerCase()[0] ?? '').filter((c) => /[a-z]/.test(c));
    expect(names.length).toBeGreaterThan(2);
    expect(names).toEqual([...names].sort());
    const pages: string[] = [];
    for (let offset = 0; offset < 6; offset += 3) {
      const r = (await police.get(`/api/sharing/objects?type=identity&sort=name&dir=asc&limit=3&offset=${offset}`)).body as Page;
      expect(r.total).toBe(asc.total);
      pages.push(...r.results.map((o) => o.stixId));
    }
    expect(pages).toEqual(asc.results.slice(0, 6).map((o) => o.stixId));
    const desc = await all(police, 'type=identity&sort=name&dir=desc');
    expect(desc.results.map((o) => o.stixId)).toEqual([...asc.results.map((o) => o.stixId)].reverse());
    const bad = await police.get('/api/sharing/objects?sort=object');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('sort');
  });
});
