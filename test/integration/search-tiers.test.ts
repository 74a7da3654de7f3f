/**
 * Name search tiers (intel/subject-search.repository.ts searchSubjects): exact words in any order, coarse keys, one exact
 * word with a typo elsewhere, trigram fallback; the words table follows every change of a name; a very
 * common surname answers a full page; the policy still applies after the tiers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { subjectBody } from '../helpers/fixtures.ts';

let s: TestServer;
let intel: Client;
let police: Client;

beforeAll(async () => {
  s = await startTestServer();
  [intel, police] = (await Promise.all(['analyst.intel', 'analyst.police'].map((u) => s.client(u)))) as [Client, Client];
});
afterAll(() => s?.close());

const ids = (r: { body: { results: Array<{ id: string }> } }) => r.body.results.map((x) => x.id);
const search = (c: Client, q: string, extra = '') => c.get(`/api/subjects?q=${encodeURIComponent(q)}${extra}`);

describe('name search tiers', () => {
  it('finds a name through each tier and ranks the closest first', async () => {
    const target = await intel.post('/api/subjects', subjectBody({ names: ['Amarantha Quillfeather Vossberg'] }));
    const other = await intel.post('/api/subjects', subjectBody({ names: ['Amarantha Oltenbrook'] }));
    expect(target.status).toBe(201);
    const cases: Array<[string, string, { body: { id: string; names: string[] } }]> = [
      ['Vossberg Amarantha', 'exact words, other order', target],
      ['Amarantha Vosberg', 'coarse keys: doubled letter dropped', target],
      ['Amarantha Oltemnbrook', 'one exact word, a consonant typo elsewhere', other],
      ['Amaranta Oltembrok', 'typos in every word', other],
      ['vossberg', 'one word', target],
    ];
    for (const [q, why, want] of cases) {
      const r = await search(intel, q);
      expect(r.status, why).toBe(200);
      expect(ids(r)[0], `${why}: ${q}`).toBe(want.body.id);
      expect(r.body.results[0].matchedName, why).toBe(want.body.names[0]);
    }
    // A query word alone finds every name holding it; the one-word tier gives them all score 1.
    const given = await search(intel, 'Amarantha');
    expect(ids(given)).toEqual(expect.arrayContaining([target.body.id, other.body.id]));
  });

  it('keeps the words of names current on update and delete', async () => {
    const c = await intel.post('/api/subjects', subjectBody({ names: ['Peregrin Wexlerhaus'] }));
    expect(ids(await search(intel, 'Wexlerhaus'))).toContain(c.body.id);
    const u = await intel.put(`/api/subjects/${c.body.id}`, { ...subjectBody({ names: ['Peregrin Ostrowmark'] }), version: 1 });
    expect(u.status).toBe(200);
    expect(ids(await search(intel, 'Ostrowmark'))).toContain(c.body.id);
    const words = await s.platform.db.selectFrom('subject_name_words').select('word').where('subject_id', '=', c.body.id).execute();
    expect(words.map((w) => w.word).sort()).toEqual(['ostrowmark', 'peregrin']);
    const d = await intel.req('DELETE', `/api/subjects/${c.body.id}`, { reason: 'test of the words table' });
    expect(d.status).toBe(200);
    expect(await s.platform.db.selectFrom('subject_name_words').select('word').where('subject_id', '=', c.body.id).execute()).toEqual([]);
  });

  it('answers a full page for a very common surname, and pages through it without repeats', async () => {
    for (let i = 0; i < 70; i++) {
      const r = await intel.post('/api/subjects', subjectBody({ names: [`Given${String.fromCharCode(97 + (i % 26))}${i} Commonveld`] }));
      expect(r.status).toBe(201);
    }
    const first = await search(intel, 'Commonveld', '&limit=25');
    const second = await search(intel, 'Commonveld', '&limit=25&offset=25');
    expect(first.body.results).toHaveLength(25);
    expect(second.body.results).toHaveLength(25);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(50);
    for (const r of first.body.results) expect(r.matchedName).toContain('Commonveld');
  });

  it('applies the policy after the tiers: an organisation-only name is neither listed nor hinted', async () => {
    const own = await intel.post('/api/subjects', subjectBody({ names: ['Isidora Geheimbach'] }, { distribution: 'organisation' }));
    expect(ids(await search(intel, 'Geheimbach'))).toContain(own.body.id);
    const r = await search(police, 'Geheimbach');
    expect(r.status).toBe(200);
    expect(r.body.results).toHaveLength(0);
    expect(r.body.hits).toHaveLength(0);
  });
});
