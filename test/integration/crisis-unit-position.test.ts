/**
 * A unit's position on the incident map over HTTP: set when the unit is requested, changed later (alone
 * or with the status), taken off the map, checked (both coordinates or neither, inside Belgium, not for
 * a released unit); each change a live event and one audit entry without the coordinates. An
 * organisation not taking part in the incident, and a user without crisis rights, cannot place a unit
 * of a real incident: 404 exactly as for a missing one, and nothing changes.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let officer: Client; // National Crisis Centre: declared the demo exercise below
let outsider: Client; // Local Police North Zone: crisis rights, not in the restricted demo incident
let noRights: Client; // no crisis right at all
let id: string;
let medical: string;
const MISSING = '00000000-0000-4000-8000-0000000000ff';

const units = async () => (await officer.get(`/api/crisis/incidents/${id}/units`)).body.items as Array<{ id: string; name: string; status: string; lat: number | null; lon: number | null }>;
const snapshot = async () => JSON.stringify((await sql<{ j: unknown }>`SELECT json_build_object('units', (SELECT coalesce(json_agg(u ORDER BY u.id), '[]') FROM crisis_units u), 'events', (SELECT count(*) FROM crisis_events)) AS j`.execute(s.platform.db)).rows[0]!.j);

beforeAll(async () => {
  s = await startTestServer();
  officer = await s.client('crisis.officer');
  outsider = await s.client('police.commander');
  noRights = await s.client('analyst.intel');
  id = (await officer.get('/api/crisis/incidents')).body.items.find((i: any) => i.title.startsWith('Exercise Quiet Harbour')).id;
  medical = (await s.platform.db.selectFrom('organisations').select('id').where('name', '=', 'Medical Emergency Service Riverside').executeTakeFirstOrThrow()).id;
});
afterAll(async () => s?.close());

describe('crisis unit position', () => {
  it('sets the position when a unit is requested, and checks it', async () => {
    const r = await officer.post(`/api/crisis/incidents/${id}/units`, { name: 'Ambulance 12', kind: 'ambulance', discipline: 'D2', orgId: medical, lat: 50.8466, lon: 4.3528 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((await units()).find((u) => u.id === r.body.id)).toMatchObject({ name: 'Ambulance 12', lat: 50.8466, lon: 4.3528 });
    const none = await officer.post(`/api/crisis/incidents/${id}/units`, { name: 'Ambulance 13', kind: 'ambulance', discipline: 'D2', orgId: medical });
    expect(none.status).toBe(201);
    expect((await units()).find((u) => u.id === none.body.id)).toMatchObject({ lat: null, lon: null });

    const before = await snapshot();
    const half = await officer.post(`/api/crisis/incidents/${id}/units`, { name: 'Ambulance 14', kind: 'ambulance', discipline: 'D2', orgId: medical, lat: 50.85 });
    expect(half.status).toBe(400);
    expect(half.body.error.field).toBe('lon');
    const abroad = await officer.post(`/api/crisis/incidents/${id}/units`, { name: 'Ambulance 14', kind: 'ambulance', discipline: 'D2', orgId: medical, lat: 48.85, lon: 2.35 });
    expect(abroad.status).toBe(400);
    expect(abroad.body.error.field).toBe('lat');
    expect(abroad.body.error.message).toMatch(/Belgium/);
    expect(await snapshot()).toBe(before);
  });

  it('moves a unit on the map, alone or with its status, and takes it off the map', async () => {
    const unitId = (await officer.post(`/api/crisis/incidents/${id}/units`, { name: 'Patrol 21', kind: 'police patrol', discipline: 'D3', orgId: medical })).body.id;
    const path = `/api/crisis/incidents/${id}/units/${unitId}/status`;
    const placed = await officer.post(path, { lat: 50.8501, lon: 4.3602 });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    expect(placed.body).toMatchObject({ id: unitId, eventId: expect.any(Number), marking: 'EXERCISE' });
    expect((await units()).find((u) => u.id === unitId)).toMatchObject({ status: 'requested', lat: 50.8501, lon: 4.3602 });

    const both = await officer.post(path, { status: 'dispatched', lat: 50.851, lon: 4.361 });
    expect(both.status, JSON.stringify(both.body)).toBe(200);
    expect((await units()).find((u) => u.id === unitId)).toMatchObject({ status: 'dispatched', lat: 50.851, lon: 4.361 });
    // the status alone leaves the position as it was
    expect((await officer.post(path, { status: 'on-site' })).status).toBe(200);
    expect((await units()).find((u) => u.id === unitId)).toMatchObject({ status: 'on-site', lat: 50.851, lon: 4.361 });

    const events = await s.platform.db.selectFrom('crisis_events' as any).select(['kind', 'payload']).where('incident_id', '=', id).where(sql`payload->>'unitId'`, '=', unitId).orderBy('id').execute();
    expect(events.map((e: any) => e.kind)).toEqual(['unit.requested', 'unit.placed', 'unit.updated', 'unit.placed', 'unit.updated']);
    expect(events[1]).toMatchObject({ payload: { name: 'Patrol 21', lat: 50.8501, lon: 4.3602, byOrg: 'National Crisis Centre' } });
    const timeline = (await officer.get(`/api/crisis/incidents/${id}/timeline`)).body.items.filter((e: any) => e.payload.unitId === unitId);
    expect(timeline.map((e: any) => e.kind)).toContain('unit.placed');

    // one audit entry per change, the same action as a status change, never the coordinates
    const audit = await s.platform.db.selectFrom('audit_log').select(['action', 'details']).where('record_id', '=', id).where(sql<boolean>`record_ids @> ARRAY[${unitId}]::text[]`).where('action', '=', 'crisis.unit_update').orderBy('seq').execute();
    const details = audit.map((a) => { const d = (typeof a.details === 'string' ? JSON.parse(a.details) : a.details) as Record<string, unknown>; return Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'recordIds')); });
    expect(details).toEqual([{}, { from: 'requested', to: 'dispatched' }, { from: 'dispatched', to: 'on-site' }]);
    expect(JSON.stringify(audit)).not.toContain('50.85');

    const half = await officer.post(path, { lat: 50.86 });
    expect(half.status).toBe(400);
    expect(half.body.error.field).toBe('lon');
    const nothing = await officer.post(path, {});
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.field).toBe('status');
    const abroad = await officer.post(path, { lat: 50.86, lon: 7.1 });
    expect(abroad.status).toBe(400);
    expect(abroad.body.error.field).toBe('lon');

    const off = await officer.post(path, { lat: null, lon: null });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect((await units()).find((u) => u.id === unitId)).toMatchObject({ lat: null, lon: null });

    expect((await officer.post(path, { status: 'released' })).status).toBe(200);
    const released = await officer.post(path, { lat: 50.85, lon: 4.36 });
    expect(released.status).toBe(400);
    expect(released.body.error.message).toMatch(/released/);
  });

  it('refuses to place a unit of an incident the caller may not change, exactly as for a missing incident, and changes nothing', async () => {
    const unitId = (await officer.post(`/api/crisis/incidents/${id}/units`, { name: 'Fire engine 3', kind: 'fire engine', discipline: 'D1', orgId: medical, lat: 50.85, lon: 4.35 })).body.id;
    const before = await snapshot();
    const calls: Array<[string, unknown]> = [
      [`/api/crisis/incidents/${id}/units/${unitId}/status`, { lat: 50.9, lon: 4.4 }],
      [`/api/crisis/incidents/${id}/units`, { name: 'Sneaked unit', kind: 'car', discipline: 'D3', orgId: medical, lat: 50.9, lon: 4.4 }],
    ];
    for (const [who, c] of [['not in the incident', outsider], ['no crisis rights', noRights]] as const) {
      for (const [path, body] of calls) {
        const r = await c.post(path, body);
        const missing = await c.post(path.replace(id, MISSING), body);
        expect([who, path, r.status]).toEqual([who, path, 404]);
        expect(r.body).toEqual(missing.body);
      }
    }
    expect(await snapshot()).toBe(before);
    expect((await units()).find((u) => u.id === unitId)).toMatchObject({ lat: 50.85, lon: 4.35 });
  });
});
