/**
 * A programme's own theory of change over HTTP (issue #14, item 5): the programme type's theory
 * offered as a proposal until the programme has its own, saved versions kept in the history, unknown
 * indicators named, edits by the organisation that runs the programme only, each save audited.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { auditOf, preventionFixtures, type PreventionFixtures } from './prevention-fixtures.ts';

let s: TestServer;
let fx: PreventionFixtures;
let official: Client, east: Client, analyst: Client, evaluator: Client;
let indicatorIds: string[];
const MISSING = '00000000-0000-4000-8000-000000000000';
const url = (id: string, rest = '') => `/api/prevention/programmes/${id}/theory${rest}`;
const versions = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM prevention_programme_theories`.execute(s.platform.db)).rows[0]!.n;

beforeAll(async () => {
  s = await startTestServer();
  fx = await preventionFixtures(s);
  [official, east, analyst, evaluator] = (await Promise.all(['prevention.official', 'prevention.east', 'analyst.intel', 'evaluation.analyst'].map((u) => s.client(u)))) as [Client, Client, Client, Client];
  indicatorIds = ((await official.get('/api/evaluation/indicators')).body as Array<{ id: string }>).map((i) => i.id);
});
afterAll(async () => s?.close());

describe('a programme’s theory of change', () => {
  it('offers the programme type’s theory as a proposal until the programme has its own', async () => {
    const none = await official.get(url(fx.programmeId));
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ source: 'none', proposal: false, version: 0, programmeType: 'reintegration', activities: [], canEdit: true });
    const typed = await evaluator.put('/api/evaluation/theories/reintegration', { activities: ['Mentoring'], outputs: ['Mentoring plans agreed'], outcomes: ['Stable work or school'], indicatorIds: [indicatorIds[0]] });
    expect(typed.status).toBe(200);
    const proposal = await official.get(url(fx.programmeId));
    expect(proposal.body).toMatchObject({ source: 'type', proposal: true, version: 0, activities: ['Mentoring'], outcomes: ['Stable work or school'], basedOnType: 'reintegration', updatedBy: null });
    expect(proposal.body.indicators).toEqual([expect.objectContaining({ id: indicatorIds[0], name: expect.any(String) })]);
    // Another organisation reads it, but may not change it.
    expect((await east.get(url(fx.programmeId))).body).toMatchObject({ source: 'type', canEdit: false });
  });

  it('saves versions, keeps the earlier text in the history and audits each save', async () => {
    const first = await official.put(url(fx.programmeId), { version: 0, activities: ['Mentoring', 'Family sessions'], outputs: ['Plans agreed'], outcomes: ['Stable work or school'], indicatorIds: [indicatorIds[0]], rationale: 'Work and family hold people.', startedFromType: true });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ source: 'programme', proposal: false, version: 1, activities: ['Mentoring', 'Family sessions'], basedOnType: 'reintegration', rationale: 'Work and family hold people.', updatedBy: expect.any(String) });
    const second = await official.put(url(fx.programmeId), { version: 1, activities: ['Family sessions', 'Mentoring'], outputs: ['Plans agreed'], outcomes: ['Stable work or school', 'Fewer referrals back'], indicatorIds: [indicatorIds[1], indicatorIds[0]], rationale: 'Family first.' });
    expect(second.body).toMatchObject({ version: 2, activities: ['Family sessions', 'Mentoring'], indicatorIds: [indicatorIds[1], indicatorIds[0]], basedOnType: 'reintegration' });
    // A save from a stale read is refused, naming the version.
    const stale = await official.put(url(fx.programmeId), { version: 1, activities: ['Lost'], outputs: [], outcomes: [], indicatorIds: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('version');
    const h = await official.get(url(fx.programmeId, '/history'));
    expect(h.status).toBe(200);
    expect(h.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(h.body.versions[1]).toMatchObject({ activities: ['Mentoring', 'Family sessions'], rationale: 'Work and family hold people.', indicatorIds: [indicatorIds[0]] });
    const audit = (await auditOf(s, fx.programmeId)).filter((a) => a.action === 'prevention.programme-theory');
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ version: 1, previousVersion: 0, activities: 2, indicators: 1, basedOnType: 'reintegration' }),
      expect.objectContaining({ version: 2, previousVersion: 1, outcomes: 2, indicators: 2 }),
    ]);
    expect(JSON.stringify(audit)).not.toContain('Family first');
  });

  it('names an unknown indicator and changes nothing', async () => {
    const before = await versions();
    const r = await official.put(url(fx.programmeId), { version: 2, activities: ['Mentoring'], outputs: [], outcomes: ['x'], indicatorIds: [indicatorIds[0], MISSING] });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('indicatorIds.1');
    expect(await versions()).toBe(before);
  });

  it('refuses a programme the caller may not read exactly like a missing one, and edits by another organisation', async () => {
    const before = await versions();
    const body = { version: 2, activities: ['Nope'], outputs: [], outcomes: [], indicatorIds: [] };
    for (const [method, path, b] of [['GET', url(fx.programmeId)], ['PUT', url(fx.programmeId), body], ['GET', url(fx.programmeId, '/history')]] as const) {
      const r = await analyst.req(method, path, b);
      expect(r.status).toBeGreaterThanOrEqual(403);
      const missing = await analyst.req(method, path.replace(fx.programmeId, MISSING), b);
      expect({ status: missing.status, body: missing.body }).toEqual({ status: r.status, body: r.body });
    }
    // A prevention reader of another organisation: a missing programme is 404, this one is not theirs to change.
    expect((await east.put(url(MISSING), body)).status).toBe(404);
    const refused = await east.put(url(fx.programmeId), body);
    expect(refused.status).toBe(403);
    expect(await versions()).toBe(before);
    expect((await official.get(url(fx.programmeId))).body.version).toBe(2);
  });
});
