/**
 * Sortable, paged lists with totals (issue 17) on intelligence records: the reports list (full text or
 * browse) and the subjects list. Totals pass the same need-to-know filter as the rows: reports and
 * subjects that exist but are refused to the reader (organisation-only records of another service)
 * never change the reader's total, and never appear on any page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings, reportBody, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
let police: Client;
const WORD = 'quillbrook';
const open: string[] = [];
const refused: string[] = [];
let policeOrgId = '';

type Page = { results: Array<{ id: string; title: string; reportedOn: string; rank: number }>; total: number };

beforeAll(async () => {
  s = await startTestServer();
  intel = await s.client('analyst.intel');
  police = await s.client('analyst.police');
  policeOrgId = (await police.get('/api/auth/me')).body.organisation.id;
  const subject = (await intel.post('/api/subjects', subjectBody({ names: ['Ottilie Quillbrook'] }))).body.id;
  // Five reports every service may read, three only the Civil Intelligence Service may read.
  const titles = ['Delta', 'alpha', 'Echo', 'Charlie', 'bravo'];
  for (const [i, t] of titles.entries()) {
    const r = await intel.post('/api/reports', reportBody([subject], { title: `${t} ${WORD}`, reportedOn: `2026-0${i + 1}-1${i}`, sourceReliability: i % 2 ? 'A' : 'C' }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    open.push(r.body.id);
  }
  for (const t of ['Foxtrot', 'Golf', 'Hotel']) {
    const r = await intel.post('/api/reports', reportBody([subject], { title: `${t} ${WORD}`, markings: markings({ distribution: 'organisation' }) }));
    expect(r.status).toBe(201);
    refused.push(r.body.id);
  }
});
afterAll(async () => {
  await s?.close();
});

describe('reports list', () => {
  it('counts only the reports the reader may read (records that exist but are refused are not counted)', async () => {
    const mine = (await intel.get(`/api/reports?q=${WORD}`)).body as Page;
    expect(mine.total).toBe(8);
    const theirs = (await police.get(`/api/reports?q=${WORD}&limit=100`)).body as Page;
    expect(theirs.total).toBe(5);
    expect(theirs.results.map((r) => r.id).sort()).toEqual([...open].sort());
    // Browsing without text: a filter chip on the reports' grade, the same rule.
    const graded = (await police.get(`/api/reports?reliability=C&q=${WORD}`)).body as Page;
    expect(graded.total).toBe(3);
    const refusedOnly = (await police.get('/api/reports?q=Foxtrot')).body as Page;
    expect(refusedOnly).toEqual({ results: [], total: 0 });
  });

  it('browses without text: total of everything readable, unchanged by refused records', async () => {
    const before = ((await police.get('/api/reports?limit=1')).body as Page).total;
    const all = (await intel.get('/api/reports?limit=1')).body as Page;
    expect(before).toBeGreaterThan(0);
    const extra = await intel.post('/api/reports', reportBody([], { title: `India ${WORD}`, markings: markings({ distribution: 'organisation' }) }));
    expect(extra.status).toBe(201);
    expect(((await police.get('/api/reports?limit=1')).body as Page).total).toBe(before);
    expect(((await intel.get('/api/reports?limit=1')).body as Page).total).toBe(all.total + 1);
    refused.push(extra.body.id);
  });

  it('sorts by a whitelisted field in either direction and pages without overlap', async () => {
    const asc = (await police.get(`/api/reports?q=${WORD}&sort=title&dir=asc&limit=100`)).body as Page;
    expect(asc.results.map((r) => r.title.split(' ')[0])).toEqual(['alpha', 'bravo', 'Charlie', 'Delta', 'Echo']);
    const byDate = (await police.get(`/api/reports?q=${WORD}&sort=reportedOn&dir=desc&limit=100`)).body as Page;
    const dates = byDate.results.map((r) => r.reportedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const pages: string[] = [];
    for (let offset = 0; offset < 5; offset += 2) {
      const page = (await police.get(`/api/reports?q=${WORD}&sort=reportedOn&dir=asc&limit=2&offset=${offset}`)).body as Page;
      expect(page.total).toBe(5);
      pages.push(...page.results.map((r) => r.id));
    }
    expect(pages).toEqual([...byDate.results.map((r) => r.id)].reverse());
    for (const id of refused) expect(pages).not.toContain(id);
  });

  it('refuses a sort field outside the whitelist, naming it', async () => {
    const r = await police.get('/api/reports?sort=body');
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('sort');
    const d = await police.get('/api/reports?sort=title&dir=sideways');
    expect(d.status).toBe(400);
    expect(d.body.error.field).toBe('dir');
  });
});

describe('subjects list', () => {
  type Subjects = { results: Array<{ id: string; names: string[] }>; total: number | null; hits: unknown[] };

  it('counts a browse with the same need-to-know filter as its rows', async () => {
    const filter = 'category=HTF';
    const before = (await police.get(`/api/subjects?${filter}&limit=1`)).body as Subjects;
    const mineBefore = (await intel.get(`/api/subjects?${filter}&limit=1`)).body as Subjects;
    expect(typeof before.total).toBe('number');
    const hidden = await intel.post('/api/subjects', subjectBody({ names: ['Wendelin Quillbrook'], category: 'HTF' }, { distribution: 'organisation' }));
    expect(hidden.status).toBe(201);
    const after = (await police.get(`/api/subjects?${filter}&limit=100`)).body as Subjects;
    expect(after.total).toBe(before.total);
    expect(after.results.map((r) => r.id)).not.toContain(hidden.body.id);
    expect(((await intel.get(`/api/subjects?${filter}&limit=1`)).body as Subjects).total).toBe(mineBefore.total! + 1);
    const shown = await intel.post('/api/subjects', subjectBody({ names: ['Adalbert Quillbrook'], category: 'HTF' }));
    expect(((await police.get(`/api/subjects?${filter}&limit=1`)).body as Subjects).total).toBe(before.total! + 1);
    expect(shown.status).toBe(201);
  });

  it('sorts a browse by name and pages it; a name search has no total', async () => {
    const all = (await police.get(`/api/subjects?owner=${policeOrgId}&sort=name&dir=asc&limit=100`)).body as Subjects;
    // The database's collation orders accents and spaces; the first letters of Latin names agree with it.
    const names = all.results.map((r) => r.names[0]!.toLowerCase()[0]!).filter((c) => /[a-z]/.test(c));
    expect(names.length).toBeGreaterThan(2);
    expect(names).toEqual([...names].sort());
    expect(all.total).toBe(all.results.length);
    const first = (await police.get(`/api/subjects?owner=${policeOrgId}&sort=name&dir=asc&limit=2&offset=0`)).body as Subjects;
    const second = (await police.get(`/api/subjects?owner=${policeOrgId}&sort=name&dir=asc&limit=2&offset=2`)).body as Subjects;
    expect([...first.results, ...second.results].map((r) => r.id)).toEqual(all.results.slice(0, 4).map((r) => r.id));
    const desc = (await police.get(`/api/subjects?owner=${policeOrgId}&sort=name&dir=desc&limit=100`)).body as Subjects;
    expect(desc.results.map((r) => r.id)).toEqual([...all.results.map((r) => r.id)].reverse());
    expect(((await police.get('/api/subjects?q=Quillbrook')).body as Subjects).total).toBeNull();
    expect((await police.get('/api/subjects?sort=password')).status).toBe(400);
  });
});
