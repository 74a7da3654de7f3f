/**
 * Threat assessments linked to an incident through the threat module's read door: a participant who
 * may read an assessment links it; another participant without threat rights sees no trace of it on
 * the incident and is answered as for a missing assessment; links and reads are on the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { organisationIds, userClient } from './content-fixtures.ts';

let s: TestServer;
let officer: Client; // National Crisis Centre: crisis rights, no threat rights
let assessor: Client; // Threat Analysis Unit: crisis write and threat read
let incident: string;
let assessment: string;
const MISSING = '00000000-0000-4000-8000-0000000000ff';

beforeAll(async () => {
  s = await startTestServer();
  const orgs = await organisationIds(s);
  officer = await s.client('crisis.officer');
  assessor = await userClient(s, 'crisis.threat.liaison', orgs['Threat Analysis Unit'], { crisis: ['read', 'write'], threat: ['read'] });
  const declared = await officer.post('/api/crisis/incidents', { title: 'Threat call at the courthouse', type: 'terror-attack', lat: 50.84, lon: 4.35, municipality: 'Brussels', occurredAt: new Date(Date.now() - 60_000).toISOString(), exercise: true, participants: [orgs['Threat Analysis Unit']] });
  expect(declared.status, JSON.stringify(declared.body)).toBe(201);
  incident = declared.body.id;
  const levels = (await assessor.get('/api/threat-levels')).body.items;
  expect(levels.length).toBeGreaterThan(0);
  assessment = levels[0].id;
});
afterAll(async () => s?.close());

describe('crisis: threat-assessment links', () => {
  it('links an assessment the caller may read; a reader without threat rights sees nothing of it', async () => {
    const bad = await assessor.post(`/api/crisis/incidents/${incident}/assessment-links`, { assessmentId: MISSING, reason: 'national level raised' });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'assessmentId']);
    // The officer may not read threat assessments: an existing one is answered exactly as a missing one.
    const refused = await officer.post(`/api/crisis/incidents/${incident}/assessment-links`, { assessmentId: assessment, reason: 'national level raised' });
    const missing = await officer.post(`/api/crisis/incidents/${incident}/assessment-links`, { assessmentId: MISSING, reason: 'national level raised' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(missing.body);

    const linked = await assessor.post(`/api/crisis/incidents/${incident}/assessment-links`, { assessmentId: assessment, reason: 'national level raised' });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toMatchObject({ exercise: true, marking: 'EXERCISE' });
    const again = await assessor.post(`/api/crisis/incidents/${incident}/assessment-links`, { assessmentId: assessment, reason: 'national level raised' });
    expect([again.status, again.body.error.field]).toEqual([400, 'assessmentId']);

    const seen = (await assessor.get(`/api/crisis/incidents/${incident}`)).body;
    expect(seen.assessments).toEqual([expect.objectContaining({ assessmentId: assessment, reason: 'national level raised', linkedByOrg: 'Threat Analysis Unit' })]);
    expect(seen.assessments[0].level).toBeGreaterThanOrEqual(1);
    expect((await officer.get(`/api/crisis/incidents/${incident}`)).body.assessments).toEqual([]);
    const timeline = (await officer.get(`/api/crisis/incidents/${incident}/timeline`)).body.items;
    expect(timeline.find((e: any) => e.kind === 'assessment.linked')?.payload).toMatchObject({ assessmentId: assessment, byOrg: 'Threat Analysis Unit' });

    // On the record: the link with its ids, and the release through the threat module's door.
    const audit = (await sql<{ action: string; record_ids: string[] }>`SELECT action, record_ids FROM audit_log WHERE action IN ('crisis.link_assessment', 'threat.read') AND ${assessment}::text = ANY(record_ids::text[]) ORDER BY seq`.execute(s.platform.db)).rows;
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['crisis.link_assessment', 'threat.read']));
  });

  it('removes a link only for who may read the assessment', async () => {
    const refused = await officer.del(`/api/crisis/incidents/${incident}/assessment-links/${assessment}`);
    const missing = await officer.del(`/api/crisis/incidents/${incident}/assessment-links/${MISSING}`);
    expect(refused.status).toBe(404);
    expect(refused.body).toEqual(missing.body);
    expect((await assessor.get(`/api/crisis/incidents/${incident}`)).body.assessments).toHaveLength(1);
    const removed = await assessor.del(`/api/crisis/incidents/${incident}/assessment-links/${assessment}`);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect((await assessor.get(`/api/crisis/incidents/${incident}`)).body.assessments).toEqual([]);
    expect((await assessor.del(`/api/crisis/incidents/${incident}/assessment-links/${assessment}`)).status).toBe(404);
  });
});
