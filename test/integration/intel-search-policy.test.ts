/**
 * Name search under need-to-know (issue #11 b): the policy applies inside every tier, so records the
 * caller cannot see never change which visible results come back; a hit/no-hit answer says "exists,
 * contact X" and nothing more (no score, no name, no id), and attribute filters never apply to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { insertSubject } from '../../src/server/modules/intel/subjects.repository.ts';

let s: TestServer;
let intel: Client;
let police: Client;

beforeAll(async () => {
  s = await startTestServer();
  intel = await s.client('analyst.intel');
  police = await s.client('analyst.police');
});
afterAll(() => s?.close());

/** Stores organisation-only subjects of the police directly, with ids that sort before every random one. */
async function hiddenPoliceSubjects(n: number, name: (i: number) => string, hitNoHit = false): Promise<string[]> {
  const org = (await police.get('/api/auth/me')).body as { id: string; organisation: { id: string } };
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const input = subjectBody({ names: [name(i)], documents: [] }, { distribution: 'organisation', hitNoHit }) as never;
    await insertSubject(s.platform.db, id, input, org.organisation.id, org.id);
    ids.push(id);
  }
  return ids;
}

describe('name search applies the policy inside every tier', () => {
  it('hidden records of another agency never crowd out a visible one (one word, several words, typos)', async () => {
    const visible = await intel.post('/api/subjects', subjectBody({ names: ['Anselm Xandrovic'] }, { distribution: 'all' }));
    expect(visible.status).toBe(201);
    // 300 organisation-only subjects of the police with the same surname, stored first in id order:
    // each tier used to keep its first or closest names before the policy applied.
    await hiddenPoliceSubjects(300, (i) => `Anselm${i % 2 ? 'o' : ''} Xandrovic`);
    for (const q of ['Xandrovic', 'Anselm Xandrovic', 'Xandrowic', 'Anzelm Xandrovik']) {
      const r = await intel.get(`/api/subjects?q=${encodeURIComponent(q)}&limit=5`);
      expect(r.status).toBe(200);
      expect(r.body.results.map((x: { id: string }) => x.id), q).toContain(visible.body.id);
      expect(r.body.results, q).toHaveLength(1);
      expect(JSON.stringify(r.body), q).not.toContain('00000000-0000-4000-8000-');
    }
  });
});

describe('a hit/no-hit answer says "exists, contact X" and nothing more', () => {
  it('carries no score, no name and no id', async () => {
    const hidden = await police.post('/api/subjects', subjectBody({ names: ['Quirin Holzapfel-Verborgen'] }, { distribution: 'organisation', hitNoHit: true }));
    expect(hidden.status).toBe(201);
    const r = await intel.get(`/api/subjects?q=${encodeURIComponent('Quirin Holzapfel-Verborgen')}`);
    expect(r.body.results).toHaveLength(0);
    expect(r.body.hits).toHaveLength(1);
    expect(r.body.hits[0]).toEqual({ hit: true, contact: { organisationId: expect.any(String), organisation: 'Federal Judicial Police' } });
    const text = JSON.stringify(r.body);
    expect(text).not.toContain(hidden.body.id);
    expect(text).not.toMatch(/score|Holzapfel|Quirin/);
  });

  it('attribute filters never apply to hits: with a filter, no hit answers at all', async () => {
    await police.post('/api/subjects', subjectBody({ names: ['Ottokar Filterprobe'], category: 'FTF' }, { distribution: 'organisation', hitNoHit: true }));
    const plain = await intel.get(`/api/subjects?q=${encodeURIComponent('Ottokar Filterprobe')}`);
    expect(plain.body.hits).toHaveLength(1);
    // Were filters applied to hits, FTF would answer a hit and HTF none: the category would leak.
    for (const filter of ['category=FTF', 'category=HTF', 'threatLevel=2', 'reviewDue=true', 'reviewDue=false']) {
      const r = await intel.get(`/api/subjects?q=${encodeURIComponent('Ottokar Filterprobe')}&${filter}`);
      expect(r.status, filter).toBe(200);
      expect(r.body.hits, filter).toEqual([]);
      expect(r.body.results, filter).toEqual([]);
    }
  });

  it('the search is audited through the door: released ids and the ids answered hit/no-hit', async () => {
    const shown = await intel.post('/api/subjects', subjectBody({ names: ['Ludovica Doorpass'] }, { distribution: 'all' }));
    const hidden = await police.post('/api/subjects', subjectBody({ names: ['Ludovica Doorpass'] }, { distribution: 'organisation', hitNoHit: true }));
    await intel.get(`/api/subjects?q=${encodeURIComponent('Ludovica Doorpass')}`);
    const entry = await s.platform.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'subject.search')
      .where('actor_name', '=', 'analyst.intel')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const details = JSON.parse(entry.details) as { recordIds?: string[]; hitIds?: string[] };
    expect(details.recordIds).toEqual([shown.body.id]);
    expect(details.hitIds).toEqual([hidden.body.id]);
  });
});

describe('queues filter by the whole policy, clearance included', () => {
  it('the review queue of the owner organisation holds no record above the reader\'s clearance', async () => {
    const secret = await intel.post('/api/subjects', subjectBody({ names: ['Ulrike Geheimreview'] }, { distribution: 'organisation', classification: 'secret', reviewDate: '2030-01-01' }));
    const open = await intel.post('/api/subjects', subjectBody({ names: ['Ulrike Offenreview'] }, { distribution: 'organisation', classification: 'restricted', reviewDate: '2030-01-01' }));
    // Both due for review now.
    await s.platform.db.updateTable('subjects').set({ review_date: new Date().toISOString().slice(0, 10) }).where('id', 'in', [secret.body.id, open.body.id]).execute();
    const admin = await s.client('admin');
    const me = (await intel.get('/api/auth/me')).body as { organisation: { id: string } };
    const created = await admin.post('/api/users', { username: 'junior.civil', displayName: 'Junior analyst', orgId: me.organisation.id, clearance: 'restricted', roles: { intel: ['read'] }, password: 'junior-password-12345' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const junior = await s.client();
    expect((await junior.login('junior.civil', 'junior-password-12345')).status).toBe(200);
    const q = await junior.get('/api/review-queue');
    expect(q.status).toBe(200);
    const text = JSON.stringify(q.body);
    expect(text).toContain(open.body.id);
    expect(text).not.toContain(secret.body.id);
    expect(text).not.toContain('Geheimreview');
    // The senior analyst sees both, with the flags the policy gives.
    const full = (await intel.get('/api/review-queue')).body.items as Array<{ id: string; reviewDue: boolean; restricted: boolean }>;
    expect(full.find((i) => i.id === secret.body.id)).toMatchObject({ reviewDue: true, restricted: false });
  });
});
