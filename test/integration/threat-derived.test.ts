/**
 * Derived values under need-to-know (issue #11 e): a subject's current threat level, the threat-level
 * filter, follower notifications and "previous level" come only from assessments the reader may read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

/** The registry's threat-analysis basis (migration 0036): an assessment's basis comes from the registry. */
const OCAM = 'Threat analysis by the Coordination Unit for Threat Analysis (art. 8, Law of 10 July 2006 on threat analysis)';
let s: TestServer;
let intel: Client;
let police: Client;
let threat: Client;
let subjectId: string;

async function policeNotifications(): Promise<Array<{ recordId: string; payload: { from: number | null; to: number } }>> {
  const r = await police.get('/api/notifications');
  const items = (r.body.items ?? r.body) as Array<{ recordId: string; payload: { from: number | null; to: number } }>;
  return items.filter((n) => n.recordId === subjectId);
}

beforeAll(async () => {
  s = await startTestServer();
  [intel, police, threat] = (await Promise.all(['analyst.intel', 'analyst.police', 'analyst.threat'].map((u) => s.client(u)))) as [Client, Client, Client];
  subjectId = (await intel.post('/api/subjects', subjectBody({ names: ['Severin Derivat'], category: 'HTF' }, { distribution: 'all' }))).body.id;
  expect((await police.put(`/api/subjects/${subjectId}/follow`)).status).toBe(200);
  // A level everyone who reads the subject may know.
  const shared = await threat.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subjectId, level: 2, justification: 'Shared assessment of the subject.' });
  expect(shared.status, JSON.stringify(shared.body)).toBe(201);
});
afterAll(() => s?.close());

describe('an assessment the reader may not read changes nothing the reader sees', () => {
  it('the shared level reaches the follower with its notification', async () => {
    expect((await police.get(`/api/subjects/${subjectId}`)).body.threatLevel).toBe(2);
    expect((await policeNotifications()).map((n) => n.payload)).toEqual([{ from: null, to: 2 }]);
  });

  it('an organisation-only assessment of another agency: same level, same search, no notification for the police', async () => {
    const hidden = await threat.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subjectId, level: 4, justification: 'Organisation-only assessment.', markings: markings({ distribution: 'organisation', legalBasis: OCAM }) });
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(201);
    expect(hidden.body.previousLevel).toBe(2);
    // The assessor's organisation sees the new level; the police still the one they may know.
    expect((await threat.get(`/api/subjects/${subjectId}`)).body.threatLevel).toBe(4);
    expect((await police.get(`/api/subjects/${subjectId}`)).body.threatLevel).toBe(2);
    const search = await police.get('/api/subjects?q=Severin%20Derivat');
    expect(search.body.results[0].threatLevel).toBe(2);
    // The level filter cannot be used to learn the hidden level.
    expect((await police.get('/api/subjects?q=Severin%20Derivat&threatLevel=4')).body.results).toEqual([]);
    expect((await police.get('/api/subjects?q=Severin%20Derivat&threatLevel=2')).body.results.map((r: { id: string }) => r.id)).toEqual([subjectId]);
    expect((await threat.get('/api/subjects?q=Severin%20Derivat&threatLevel=4')).body.results.map((r: { id: string }) => r.id)).toEqual([subjectId]);
    // No notification of a level the police may not read; the level kept with the subject for partners stays 2.
    expect((await policeNotifications()).map((n) => n.payload)).toEqual([{ from: null, to: 2 }]);
    const kept = await s.platform.db.selectFrom('subjects').select('threat_level').where('id', '=', subjectId).executeTakeFirstOrThrow();
    expect(kept.threat_level).toBe(2);
    // The graph shows the level the reader may know.
    const graph = await police.get(`/api/subjects/${subjectId}/graph`);
    expect(JSON.stringify(graph.body)).not.toContain('"threatLevel":4');
  });

  it('"previous level" of a later shared assessment is the one each follower could know', async () => {
    const again = await threat.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subjectId, level: 3, justification: 'Shared re-evaluation.' });
    expect(again.status).toBe(201);
    // The police knew 2 (not the hidden 4): their notification says 2 → 3.
    expect((await policeNotifications()).map((n) => n.payload)).toContainEqual({ from: 2, to: 3 });
    expect(JSON.stringify(await policeNotifications())).not.toContain('"from":4');
    expect((await police.get(`/api/subjects/${subjectId}`)).body.threatLevel).toBe(3);
  });
});

describe('notifications pass the read door', () => {
  it('a notification about a subject the reader may no longer read drops out of the list and the unread count', async () => {
    const before = await police.get('/api/notifications');
    expect((await policeNotifications()).length).toBeGreaterThan(0);
    const current = (await intel.get(`/api/subjects/${subjectId}`)).body;
    const narrowed = await intel.put(`/api/subjects/${subjectId}`, { ...subjectBody({ names: ['Severin Derivat'], category: 'HTF' }, { distribution: 'organisation' }), version: current.version });
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200);
    const after = await police.get('/api/notifications');
    expect(JSON.stringify(after.body)).not.toContain(subjectId);
    expect(after.body.unread).toBeLessThan(before.body.unread);
  });
});

describe('current levels of places and sectors', () => {
  it('a later organisation-only assessment of a sector neither hides the level others may know nor shows its own', async () => {
    const sector = `rail-${Date.now()}`;
    expect((await threat.post('/api/threat-assessments', { targetKind: 'sector', targetKey: sector, level: 2, justification: 'Shared sector level.' })).status).toBe(201);
    expect((await threat.post('/api/threat-assessments', { targetKind: 'sector', targetKey: sector, level: 4, justification: 'Organisation-only sector level.', markings: markings({ distribution: 'organisation', legalBasis: OCAM }) })).status).toBe(201);
    const seen = (await police.get('/api/threat-levels')).body.items as Array<{ targetKey: string; level: number }>;
    expect(seen.filter((i) => i.targetKey === sector).map((i) => i.level)).toEqual([2]);
    const own = (await threat.get('/api/threat-levels')).body.items as Array<{ targetKey: string; level: number }>;
    expect(own.filter((i) => i.targetKey === sector).map((i) => i.level)).toEqual([4]);
  });
});
