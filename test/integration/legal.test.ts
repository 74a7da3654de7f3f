/**
 * The legal pillar over HTTP: registry versions, the authorisation state machine with signed history,
 * urgency and renewal, judicial cooperation deadlines, oversight statistics reproduced from the audit
 * log, and reminders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { computeStatistics, type TransitionFact } from '../../src/core/legal/statistics.ts';
import { sendReminders } from '../../src/server/modules/legal/deadlines.service.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { subjectBody } from '../helpers/fixtures.ts';

let s: TestServer;
let analyst: Client, head: Client, military: Client, commission: Client, committee: Client, registrar: Client, intel: Client;
let subjectId: string;
let basisInterception: string;
let offence: string;

beforeAll(async () => {
  s = await startTestServer();
  [analyst, head, military, commission, committee, registrar, intel] = (await Promise.all(['legal.analyst', 'head.civil', 'head.military', 'commission.member', 'committee.member', 'legal.registrar', 'analyst.intel'].map((u) => s.client(u)))) as [Client, Client, Client, Client, Client, Client, Client];
  subjectId = (await intel.post('/api/subjects', subjectBody({ names: ['Ilario Vestergaard'] }, { distribution: 'organisation' }))).body.id;
  basisInterception = (await analyst.get('/api/legal/registry?kind=basis&method=interception')).body[0].id;
  offence = (await analyst.get('/api/legal/registry?kind=offence&q=140sexies')).body[0].id;
});
afterAll(() => s?.close());

const request = (over: Record<string, unknown> = {}) => ({
  method: 'interception', tier: 'exceptional', basisId: basisInterception, offenceIds: [offence], targets: [subjectId],
  facts: 'Announced departure to a conflict zone; contacts with a recruiter on closed channels.',
  subsidiarity: 'Observation and open sources gave no access to the closed channels.',
  proportionality: 'A planned departure to join a terrorist group; interception limited to two numbers.',
  durationDays: 60, ...over,
});
const step = (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) => c.post(`/api/legal/authorisations/${id}/transitions`, { action, reason: 'Reasons given for this step in full.', ...extra });

describe('legal registry', () => {
  it('ships the terrorist offences and the bases of every method', async () => {
    const offences = (await analyst.get('/api/legal/registry?kind=offence')).body;
    expect(offences.map((o: { article: string }) => o.article)).toEqual(expect.arrayContaining(['art. 137', 'art. 140', 'art. 140bis', 'art. 140ter', 'art. 140quater', 'art. 140sexies', 'art. 141']));
    const methods = (await analyst.get('/api/legal/methods')).body;
    const bases = (await analyst.get('/api/legal/registry?kind=basis&scope=method')).body;
    expect(bases).toHaveLength(methods.length);
    expect((await analyst.get('/api/legal/registry?kind=offence&validOn=2010-01-01')).body.map((o: { article: string }) => o.article)).not.toContain('art. 140sexies');
  });

  it('amends by a new version with a successor link; never edits in place', async () => {
    const created = await registrar.post('/api/legal/registry', { kind: 'basis', code: 'test-basis', scope: 'processing', title: 'A test basis for processing', article: 'art. 1', textReference: 'Test law of 1 January 2020', validFrom: '2020-01-01' });
    expect(created.status).toBe(201);
    expect((await analyst.post('/api/legal/registry', { kind: 'offence', code: 'x', title: 'xxx', article: '1', textReference: 'xxx', validFrom: '2020-01-01' })).status).toBe(403);
    const bad = await registrar.post(`/api/legal/registry/${created.body.id}/amend`, { title: 'New', article: 'art. 1', textReference: 'Test law', validFrom: '2019-01-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('validFrom');
    const amended = await registrar.post(`/api/legal/registry/${created.body.id}/amend`, { title: 'A test basis, amended', article: 'art. 1bis', textReference: 'Test law as amended', validFrom: '2025-01-01' });
    expect(amended.status).toBe(201);
    expect(amended.body.version).toBe(2);
    expect(amended.body.versions.map((v: { version: number; validTo: string | null; successorId: string | null }) => [v.version, v.validTo, v.successorId])).toEqual([[1, '2024-12-31', amended.body.id], [2, null, null]]);
    expect((await registrar.post(`/api/legal/registry/${created.body.id}/amend`, { title: 'Again', article: 'a', textReference: 'Test law', validFrom: '2026-01-01' })).status).toBe(409);
    await expect(sql`UPDATE legal_registry SET title = 'edited' WHERE id = ${created.body.id}`.execute(s.platform.db)).rejects.toThrow(/not edited/);
    const review = await registrar.get(`/api/legal/registry/${created.body.id}/review`);
    expect(review.status).toBe(200);
    expect(review.body.records).toEqual([]);
    expect(review.body.coverage).toMatch(/free text/);
    const expired = await registrar.post(`/api/legal/registry/${amended.body.id}/expire`, { validTo: '2026-06-30' });
    expect(expired.body.validTo).toBe('2026-06-30');
  });

  it('deadline rules carry their legal reference and can be changed by the registrar', async () => {
    const rules = (await analyst.get('/api/legal/deadline-rules')).body;
    expect(rules.find((r: { key: string }) => r.key === 'eaw-decision')).toMatchObject({ days: 60, reference: expect.stringContaining('2002/584/JHA') });
    expect((await analyst.put('/api/legal/deadline-rules/report', { days: 10, reference: 'x law', indicative: true })).status).toBe(403);
    const changed = await registrar.put('/api/legal/deadline-rules/report', { days: 21, reference: 'Internal rule, art. 18/10 §5', indicative: true });
    expect(changed.body.find((r: { key: string }) => r.key === 'report').days).toBe(21);
  });
});

describe('special-method authorisations', () => {
  it('refuses bad input naming the field', async () => {
    const noReason = await analyst.post('/api/legal/authorisations', request({ subsidiarity: '' }));
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('subsidiarity');
    const tooLong = await analyst.post('/api/legal/authorisations', request({ durationDays: 61 }));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.field).toBe('durationDays');
    expect(tooLong.body.error.message).toMatch(/At most 60 days/);
    expect((await analyst.post('/api/legal/authorisations', request({ tier: 'specific' }))).body.error.field).toBe('tier');
    const unreadable = await military.post('/api/legal/authorisations', request());
    expect(unreadable.body.error.field).toBe('targets.0');
  });

  it('runs draft → decision → opinion → active → ended → destroyed, signed and append-only', async () => {
    const draft = await analyst.post('/api/legal/authorisations', request());
    expect(draft.status).toBe(201);
    const id = draft.body.id;
    expect(draft.body).toMatchObject({ state: 'draft', tier: 'exceptional', actions: [] });
    expect(draft.body.targets).toEqual([{ id: subjectId, name: 'Ilario Vestergaard' }]);
    // Skipping the decision is refused, naming the state and the allowed steps.
    const skip = await step(commission, id, 'opinion-favourable');
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toMatch(/draft.*approve, refuse, urgent-start/);
    expect((await step(analyst, id, 'approve')).status).toBe(403);
    expect((await military.get(`/api/legal/authorisations/${id}`)).status).toBe(404);
    const decided = await step(head, id, 'approve');
    expect(decided.body.state).toBe('awaiting-opinion');
    expect(decided.body.deadlines[0].key).toBe('opinion');
    // The oversight bodies see it; the committee does not give the opinion; names stay hidden from them.
    const seen = await committee.get(`/api/legal/authorisations/${id}`);
    expect(seen.body.targets).toEqual([{ id: subjectId, name: null }]);
    expect(seen.body.actions).toEqual(['end']);
    expect((await step(committee, id, 'opinion-favourable')).status).toBe(403);
    expect((await commission.post(`/api/legal/authorisations/${id}/transitions`, { action: 'opinion-favourable' })).body.error.field).toBe('reason');
    const active = await step(commission, id, 'opinion-favourable');
    expect(active.body).toMatchObject({ state: 'active', activeSince: expect.any(String) });
    expect(active.body.until).toBeTruthy();
    const ended = await step(committee, id, 'end');
    expect(ended.body.state).toBe('ended');
    expect(ended.body.deadlines.map((d: { key: string }) => d.key)).toEqual(['destruction']);
    expect((await head.post(`/api/legal/authorisations/${id}/transitions`, { action: 'destroy' })).body.error.field).toBe('destruction');
    const destroyed = await head.post(`/api/legal/authorisations/${id}/transitions`, { action: 'destroy', destruction: { what: 'All recordings and transcripts', how: 'Secure deletion, logged', destroyedOn: new Date().toISOString().slice(0, 10) } });
    expect(destroyed.body.state).toBe('destroyed');
    expect(destroyed.body.destruction).toMatchObject({ what: 'All recordings and transcripts', how: 'Secure deletion, logged' });
    expect(destroyed.body.history.map((t: { action: string }) => t.action)).toEqual(['create', 'approve', 'opinion-favourable', 'end', 'destroy']);
    expect(destroyed.body.chainIntact).toBe(true);
    expect(destroyed.body.history[1].prevHash).toBe(destroyed.body.history[0].hash);
    await expect(sql`UPDATE legal_transitions SET reason = 'changed' WHERE authorisation_id = ${id}`.execute(s.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM legal_transitions WHERE authorisation_id = ${id}`.execute(s.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE legal_authorisations SET facts = 'edited' WHERE id = ${id}`.execute(s.platform.db)).rejects.toThrow(/supersede/);
    // The reads are on the record with the authorisation's id.
    const reads = await sql<{ actor_name: string }>`SELECT actor_name FROM audit_log WHERE action = 'legal.authorisation-read' AND record_id = ${id}`.execute(s.platform.db);
    expect(reads.rows.map((r) => r.actor_name)).toEqual(['committee.member']);
  });

  it('urgency starts at once and forces the review; renewal of an exceptional method needs the opinion', async () => {
    const id = (await analyst.post('/api/legal/authorisations', request({ durationDays: 30 }))).body.id;
    const urgent = await step(head, id, 'urgent-start');
    expect(urgent.body.state).toBe('urgent');
    expect(urgent.body.deadlines.map((d: { key: string }) => d.key)).toContain('urgent-review');
    const active = await step(commission, id, 'opinion-favourable');
    const until = active.body.until;
    expect((await step(head, id, 'renew', { durationDays: 90 })).body.error.field).toBe('durationDays');
    expect((await step(head, id, 'renew', { durationDays: 30 })).body.state).toBe('renewal-requested');
    const renewed = await step(commission, id, 'opinion-favourable');
    expect(renewed.body.state).toBe('active');
    expect(Date.parse(renewed.body.until) - Date.parse(until)).toBe(30 * 86_400_000);
    expect((await step(committee, id, 'suspend')).body.state).toBe('suspended');
    expect((await step(head, id, 'expire')).status).toBe(409);
    expect((await step(committee, id, 'lift')).body.state).toBe('active');
    expect((await step(head, id, 'expire')).body.error.message).toMatch(/not over yet/);
  });

  it('the board and the calendar show what the reader may read', async () => {
    const own = (await analyst.get('/api/legal/authorisations')).body;
    const all = (await committee.get('/api/legal/authorisations')).body;
    const mil = (await military.get('/api/legal/authorisations')).body;
    expect(own.every((a: { orgName: string }) => a.orgName === 'Civil Intelligence Service')).toBe(true);
    expect(mil.every((a: { orgName: string }) => a.orgName === 'Military Intelligence Service')).toBe(true);
    expect(all.length).toBe(own.length + mil.length);
    const cal = (await committee.get('/api/legal/deadlines?days=120')).body;
    expect(cal.length).toBeGreaterThan(0);
    expect(cal.map((d: { due: string }) => d.due)).toEqual([...cal.map((d: { due: string }) => d.due)].sort());
  });
});

describe('judicial cooperation', () => {
  it('an incoming EAW: decision 10 days after consent, extendable by 30; surrender only after the decision', async () => {
    const c = await analyst.post('/api/legal/cooperation', { kind: 'eaw', direction: 'incoming', otherCountry: 'FR', counterpart: 'Parquet national antiterroriste', basisId: basisInterception, offenceIds: [offence], subjectIds: [subjectId], receivedOn: '2026-01-05' });
    expect(c.status).toBe(201);
    const id = c.body.id;
    expect((await analyst.post(`/api/legal/cooperation/${id}/events`, { event: 'surrender', onDate: '2026-01-06' })).status).toBe(409);
    await analyst.post(`/api/legal/cooperation/${id}/events`, { event: 'arrest', onDate: '2026-01-10' });
    let r = (await analyst.get(`/api/legal/cooperation/${id}`)).body;
    expect(r.deadlines).toEqual([expect.objectContaining({ key: 'eaw-decision', due: '2026-03-11' })]);
    await analyst.post(`/api/legal/cooperation/${id}/events`, { event: 'consent', onDate: '2026-01-12' });
    r = (await analyst.post(`/api/legal/cooperation/${id}/events`, { event: 'extension', onDate: '2026-01-20' })).body;
    expect(r.deadlines[0].due).toBe('2026-02-21');
    expect((await analyst.post(`/api/legal/cooperation/${id}/events`, { event: 'extension', onDate: '2026-01-21' })).status).toBe(409);
    r = (await head.post(`/api/legal/cooperation/${id}/events`, { event: 'final-decision', onDate: '2026-02-01' })).body;
    expect(r.deadlines).toEqual([expect.objectContaining({ key: 'eaw-surrender', due: '2026-02-11' })]);
    expect(r.events.map((e: { event: string }) => e.event)).toEqual(['arrest', 'consent', 'extension', 'final-decision']);
    expect((await military.get(`/api/legal/cooperation/${id}`)).status).toBe(404);
    expect((await committee.get(`/api/legal/cooperation/${id}`)).body.subjects).toEqual([{ id: subjectId, name: null }]);
    expect((await committee.post(`/api/legal/cooperation/${id}/events`, { event: 'surrender', onDate: '2026-02-03' })).status).toBe(403);
  });
});

describe('oversight statistics', () => {
  it('counts per service × method × month and recomputes the same figures from the audit log', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const st = await committee.get(`/api/legal/statistics?from=${month}&to=${month}`);
    expect(st.status).toBe(200);
    const row = st.body.rows.find((r: { method: string; orgName: string }) => r.method === 'interception' && r.orgName === 'Civil Intelligence Service');
    expect(row.started).toBeGreaterThanOrEqual(2);
    expect(row.destroyed).toBeGreaterThanOrEqual(1);
    // From the audit log alone: every signed transition is there with what the statistics need.
    const entries = await sql<{ record_id: string; details: string }>`SELECT record_id, details FROM audit_log WHERE action = 'legal.authorisation-transition'`.execute(s.platform.db);
    const facts: TransitionFact[] = entries.rows.map((e) => {
      const d = JSON.parse(e.details);
      return { authorisationId: e.record_id, orgId: d.orgId, method: d.method, to: d.to, action: d.action, at: d.at, targets: d.targets, offenceIds: d.offenceIds };
    });
    const fromLog = computeStatistics(facts.filter((f) => f.at.slice(0, 7) === month)).rows;
    expect(fromLog.map(({ orgId, method, month: m, started, refused, suspended, ended, destroyed, persons }) => ({ orgId, method, m, started, refused, suspended, ended, destroyed, persons })))
      .toEqual(st.body.rows.map(({ orgId, method, month: m, started, refused, suspended, ended, destroyed, persons }: Record<string, unknown>) => ({ orgId, method, m, started, refused, suspended, ended, destroyed, persons })));
    // One figure by hand: methods begun this month by the civil service with interception.
    const civil = st.body.rows.find((r: { orgName: string }) => r.orgName === 'Civil Intelligence Service').orgId;
    const byHand = new Set(facts.filter((f) => f.orgId === civil && f.method === 'interception' && f.at.slice(0, 7) === month && ['approve', 'urgent-start'].includes(f.action)).map((f) => f.authorisationId)).size;
    expect(row.started).toBe(byHand);
  });

  it('CSV for publication suppresses cells below 5; only the oversight bodies read statistics', async () => {
    const csv = await commission.get('/api/legal/statistics.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(String(csv.body)).toMatch(/^month,service,method,started/);
    expect(String(csv.body)).toContain('<5');
    expect(String((await commission.get('/api/legal/statistics.csv?publication=false')).body)).not.toContain('<5');
    expect((await head.get('/api/legal/statistics')).status).toBe(403);
  });
});

describe('reminders', () => {
  it('notify those who must act before a deadline, once', async () => {
    const id = (await analyst.post('/api/legal/authorisations', request())).body.id;
    await step(head, id, 'approve');
    const soon = new Date(Date.now() + 3 * 86_400_000);
    expect(await sendReminders(s.platform, soon)).toBeGreaterThan(0);
    expect(await sendReminders(s.platform, soon)).toBe(0);
    const n = (await commission.get('/api/notifications')).body.items;
    expect(n.some((x: { kind: string; recordId: string }) => x.kind === 'legal.deadline' && x.recordId === id)).toBe(true);
  });
});
