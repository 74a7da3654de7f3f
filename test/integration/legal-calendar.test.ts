/**
 * The legal deadlines as a calendar others can use (issue #16): GET /api/legal/deadlines.ics is an
 * iCalendar file of the deadlines the reader may read — the same records as the calendar screen,
 * through the read door and audited as an export — whose events name only reference numbers and kinds
 * of deadline. A service's export holds none of another service's records, although they exist.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let committee: Client, military: Client, civil: Client, none: Client;
let militaryRef: string;

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const events = (ics: string) => unfold(ics).split('BEGIN:VEVENT').slice(1).map((e) => Object.fromEntries(e.split('\r\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)])));

beforeAll(async () => {
  s = await startTestServer();
  [committee, military, civil, none] = (await Promise.all(['committee.member', 'head.military', 'head.civil', 'analyst.intel'].map((u) => s.client(u)))) as [Client, Client, Client, Client];
  // The military service's own running method: a deadline of its own (the end of the period).
  const target = (await sql<{ id: string }>`SELECT s.id FROM subjects s JOIN users u ON u.username = 'head.military' WHERE s.owner_org_id = u.org_id ORDER BY s.id LIMIT 1`.execute(s.platform.db)).rows[0]!.id;
  const basisId = (await military.get('/api/legal/registry?kind=basis&method=location-data')).body[0].id;
  const a = await military.post('/api/legal/authorisations', {
    method: 'location-data', basisId, targets: [target], durationDays: 20,
    facts: 'Contacts with a recruiter abroad, confirmed twice.', subsidiarity: 'Open sources do not show the movements.', proportionality: 'Twenty days, one person, location only.',
  });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  expect((await military.post(`/api/legal/authorisations/${a.body.id}/transitions`, { action: 'approve', reason: 'Decided: the facts justify the method.' })).status).toBe(200);
  militaryRef = a.body.reference;
});
afterAll(() => s?.close());

describe('legal: deadlines as an iCalendar file', () => {
  it('exports the deadlines the reader may read, one VEVENT each, without personal data', async () => {
    const r = await committee.get('/api/legal/deadlines.ics?days=366');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="vigil-legal-deadlines-\d{4}-\d{2}-\d{2}\.ics"/);
    const ics = r.body as string;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const json = (await committee.get('/api/legal/deadlines?days=366')).body as Array<{ id: string; reference: string; key: string; due: string }>;
    const ev = events(ics);
    expect(ev).toHaveLength(json.length);
    expect(json.length).toBeGreaterThan(2);
    for (const d of json) {
      const e = ev.find((x) => x.UID === `${d.id}.${d.key}.${d.due}@vigil-legal`);
      expect(e, `${d.reference} ${d.key}`).toBeDefined();
      expect(e!['DTSTART;VALUE=DATE']).toBe(d.due.replace(/-/g, ''));
      expect(e!.SUMMARY!.startsWith(`${d.reference}: `)).toBe(true);
      expect(e!.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    }
    expect(ev.map((e) => e.SUMMARY).join('\n')).toContain(militaryRef);
    // Nothing of the records' content: no counterpart, parties or subject names.
    const coops = (await committee.get('/api/legal/cooperation')).body as Array<{ counterpart: string; parties: string }>;
    for (const c of coops) {
      expect(unfold(ics)).not.toContain(c.counterpart.replace(/,/g, '\\,'));
      expect(unfold(ics)).not.toContain(c.parties.slice(0, 20));
    }
    const names = (await sql<{ name: string }>`SELECT name FROM subject_names ORDER BY subject_id LIMIT 500`.execute(s.platform.db)).rows;
    for (const n of names) expect(unfold(ics)).not.toContain(n.name);
  });

  it("leaves out the deadlines of another service's records, which exist, and audits the ids it released", async () => {
    const civilJson = (await civil.get('/api/legal/deadlines?days=366')).body as Array<{ id: string; reference: string }>;
    expect(civilJson.length).toBeGreaterThan(0);
    const r = await military.get('/api/legal/deadlines.ics?days=366');
    expect(r.status).toBe(200);
    const ics = unfold(r.body as string);
    expect(ics).toContain(militaryRef);
    for (const c of civilJson) {
      expect(ics).not.toContain(c.reference);
      expect(ics).not.toContain(c.id);
    }
    const audit = (await sql<{ ids: string[]; details: unknown }>`SELECT record_ids AS ids, details FROM audit_log WHERE action = 'legal.deadlines-export' AND actor_name = 'head.military' ORDER BY seq DESC LIMIT 2`.execute(s.platform.db)).rows;
    const released = audit.flatMap((a) => a.ids);
    expect(released.length).toBeGreaterThan(0);
    for (const c of civilJson) expect(released).not.toContain(c.id);
    const details = audit.map((a) => (typeof a.details === 'string' ? JSON.parse(a.details) : a.details) as { format: string; days: number });
    expect(details[0]).toMatchObject({ format: 'ics', days: 366 });
  });

  it('is refused to a user without legal rights, and the query is checked', async () => {
    const r = await none.get('/api/legal/deadlines.ics');
    expect(r.status).toBe(403);
    expect((await committee.get('/api/legal/deadlines.ics?days=9999')).status).toBe(400);
  });
});
