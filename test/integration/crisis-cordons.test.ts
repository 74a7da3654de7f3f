/**
 * Cordons of an incident (its map) over HTTP: drawn as a circle or a polygon, listed, lifted; a polygon
 * not closed or crossing itself refused naming the field and the reason; every change on the incident's
 * hash-chained log and the audit log; an organisation not taking part gets 404 exactly as for a
 * missing incident, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let officer: Client;
let outsider: Client; // Local Police North Zone: crisis rights, not taking part in the incident below
let id: string;
const MISSING = '00000000-0000-4000-8000-0000000000ff';
const ring = [[50.85, 4.35], [50.85, 4.36], [50.86, 4.36], [50.86, 4.35], [50.85, 4.35]];

beforeAll(async () => {
  s = await startTestServer();
  officer = await s.client('crisis.officer');
  outsider = await s.client('police.commander');
  const d = await officer.post('/api/crisis/incidents', { title: 'Cordon test at the station', type: 'explosion', lat: 50.855, lon: 4.355, municipality: 'Brussels', occurredAt: new Date(Date.now() - 60_000).toISOString(), exercise: true, participants: [] });
  expect(d.status, JSON.stringify(d.body)).toBe(201);
  id = d.body.id;
});
afterAll(async () => s?.close());

describe('crisis cordons', () => {
  it('draws, lists and lifts cordons, each change on the hash-chained log and the audit log', async () => {
    const c1 = await officer.post(`/api/crisis/incidents/${id}/cordons`, { kind: 'inner', label: 'Hot zone', circle: { lat: 50.855, lon: 4.355, radiusKm: 0.3 } });
    expect(c1.status, JSON.stringify(c1.body)).toBe(201);
    expect(c1.body).toMatchObject({ marking: 'EXERCISE' });
    const c2 = await officer.post(`/api/crisis/incidents/${id}/cordons`, { kind: 'traffic', label: 'Boulevard closed', polygon: ring });
    expect(c2.status, JSON.stringify(c2.body)).toBe(201);

    const list = await officer.get(`/api/crisis/incidents/${id}/cordons`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    const byId = new Map(list.body.items.map((c: any) => [c.id, c]));
    expect(byId.get(c1.body.id)).toMatchObject({ kind: 'inner', label: 'Hot zone', status: 'active', polygon: null, circle: { lat: 50.855, lon: 4.355, radiusKm: 0.3 }, liftedAt: null });
    expect(byId.get(c2.body.id)).toMatchObject({ kind: 'traffic', status: 'active', polygon: ring, circle: null });

    const lift = await officer.post(`/api/crisis/incidents/${id}/cordons/${c1.body.id}/lift`, { reason: 'Area searched and cleared' });
    expect(lift.status, JSON.stringify(lift.body)).toBe(200);
    const again = await officer.post(`/api/crisis/incidents/${id}/cordons/${c1.body.id}/lift`, {});
    expect(again.status).toBe(409);
    const after = (await officer.get(`/api/crisis/incidents/${id}/cordons`)).body.items;
    expect(after.find((c: any) => c.id === c1.body.id)).toMatchObject({ status: 'lifted', liftedBy: expect.any(String), liftedAt: expect.any(String) });

    const log = await officer.get(`/api/crisis/incidents/${id}/log`);
    expect(log.body.chain.ok).toBe(true);
    const entries = log.body.items.filter((e: any) => e.kind === 'cordon');
    expect(entries.map((e: any) => e.data.status)).toEqual(['active', 'active', 'lifted']);
    expect(entries[0]).toMatchObject({ text: expect.stringContaining('Hot zone'), data: { cordonId: c1.body.id, kind: 'inner' }, authorOrg: 'National Crisis Centre' });
    expect(entries[2]).toMatchObject({ reason: 'Area searched and cleared', data: { cordonId: c1.body.id } });

    const audit = await s.platform.db.selectFrom('audit_log').select('action').where('record_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['crisis.cordon_create', 'crisis.cordon_lift', 'crisis.cordon_read']));
    const events = await s.platform.db.selectFrom('crisis_events' as any).select('kind').where('incident_id', '=', id).execute();
    expect(events.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['cordon.created', 'cordon.lifted']));
  });

  it('refuses a polygon not closed or crossing itself, naming the field and the reason', async () => {
    const open = await officer.post(`/api/crisis/incidents/${id}/cordons`, { kind: 'outer', label: 'Open ring', polygon: ring.slice(0, 4) });
    expect(open.status).toBe(400);
    expect(open.body.error.field).toBe('polygon');
    expect(open.body.error.message).toMatch(/not closed/);
    const bowtie = [[50.85, 4.35], [50.86, 4.36], [50.85, 4.36], [50.86, 4.35], [50.85, 4.35]];
    const crossing = await officer.post(`/api/crisis/incidents/${id}/cordons`, { kind: 'outer', label: 'Bow tie', polygon: bowtie });
    expect(crossing.status).toBe(400);
    expect(crossing.body.error.field).toBe('polygon');
    expect(crossing.body.error.message).toMatch(/crosses itself/);
    const radius = await officer.post(`/api/crisis/incidents/${id}/cordons`, { kind: 'outer', label: 'No radius', circle: { lat: 50.85, lon: 4.35, radiusKm: 0 } });
    expect(radius.status).toBe(400);
    expect(radius.body.error.field).toBe('circle.radiusKm');
    const both = await officer.post(`/api/crisis/incidents/${id}/cordons`, { kind: 'outer', label: 'Both', polygon: ring, circle: { lat: 50.85, lon: 4.35, radiusKm: 1 } });
    expect(both.status).toBe(400);
    const n = (await officer.get(`/api/crisis/incidents/${id}/cordons`)).body.items.length;
    expect(n).toBe(2);
  });

  it('answers an organisation not taking part 404, as for a missing incident, and changes nothing', async () => {
    expect((await outsider.get(`/api/crisis/incidents/${id}`)).status).toBe(404);
    const cordon = (await officer.get(`/api/crisis/incidents/${id}/cordons`)).body.items[0].id;
    const before = (await officer.get(`/api/crisis/incidents/${id}/cordons`)).body.items;
    const body = { kind: 'outer', label: 'Sneaked cordon', circle: { lat: 50.85, lon: 4.35, radiusKm: 1 } };
    const calls: Array<[string, string, unknown]> = [
      ['GET', `/api/crisis/incidents/${id}/cordons`, undefined],
      ['POST', `/api/crisis/incidents/${id}/cordons`, body],
      ['POST', `/api/crisis/incidents/${id}/cordons/${cordon}/lift`, {}],
    ];
    for (const [method, path, b] of calls) {
      const r = await outsider.req(method, path, b);
      const missing = await outsider.req(method, path.replace(id, MISSING), b);
      expect([method, path, r.status]).toEqual([method, path, 404]);
      expect(r.body).toEqual(missing.body);
    }
    expect((await officer.get(`/api/crisis/incidents/${id}/cordons`)).body.items).toEqual(before);
  });
});
