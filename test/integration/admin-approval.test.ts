/**
 * Administrators are scoped to their organisation unless global; a change of a user's clearance, roles
 * or organisation waits for a second administrator's approval, and the audit shows old and new values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let admin: Client;
let admin2: Client;
let policeAdmin: Client;
const org: Record<string, string> = {};
const ids: Record<string, string> = {};
const PW = 'a-long-enough-password';

const userRow = (id: string) =>
  s.platform.db.selectFrom('users').select(['display_name', 'clearance', 'roles', 'org_id']).where('id', '=', id).executeTakeFirstOrThrow();
const pendingOf = (userId: string) => s.platform.db.selectFrom('user_changes').selectAll().where('user_id', '=', userId).where('status', '=', 'pending').execute();
const auditOf = async (action: string, recordId: string) =>
  (await s.platform.db.selectFrom('audit_log').select(['actor_name', 'details']).where('action', '=', action).where('record_id', '=', recordId).orderBy('seq').execute()).map((r) => ({
    by: r.actor_name,
    ...JSON.parse(r.details),
  }));

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.client('admin');
  const byName = new Map(((await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>).map((o) => [o.name, o.id]));
  org.police = byName.get('Federal Judicial Police')!;
  org.civil = byName.get('Civil Intelligence Service')!;
  for (const u of (await admin.get('/api/users')).body as Array<{ id: string; username: string }>) ids[u.username] = u.id;
  const a2 = await admin.post('/api/users', { username: 'admin.two', displayName: 'Second Administrator', orgId: ids.admin ? (await userRow(ids.admin)).org_id : '', clearance: 'secret', roles: { admin: ['admin'] }, password: PW });
  expect(a2.status).toBe(201);
  ids['admin.two'] = a2.body.id;
  const pa = await admin.post('/api/users', { username: 'police.admin', displayName: 'Police Administrator', orgId: org.police, clearance: 'secret', roles: { admin: ['write'], intel: ['read', 'write'] }, password: PW });
  expect(pa.status).toBe(201);
  ids['police.admin'] = pa.body.id;
  admin2 = await s.client();
  expect((await admin2.login('admin.two', PW)).status).toBe(200);
  policeAdmin = await s.client();
  expect((await policeAdmin.login('police.admin', PW)).status).toBe(200);
});
afterAll(() => s?.close());

describe('creating a user', () => {
  it('is one administrator’s act, on the record with its values and no password', async () => {
    const [e] = await auditOf('user.create', ids['police.admin']!);
    expect(e).toMatchObject({ by: 'admin', orgId: org.police, clearance: 'secret', roles: ['admin:write', 'intel:read', 'intel:write'] });
    expect(JSON.stringify(e)).not.toContain(PW);
  });
});

describe('organisation administrators', () => {
  it('list and create users of their own organisation only, with no rights above their own', async () => {
    const list = (await policeAdmin.get('/api/users')).body as Array<{ username: string; orgId: string }>;
    expect(list.map((u) => u.username)).toContain('analyst.police');
    expect(list.every((u) => u.orgId === org.police)).toBe(true);
    const base = { displayName: 'Probe User', orgId: org.police, clearance: 'restricted', roles: { intel: ['read'] }, password: PW };
    const other = await policeAdmin.post('/api/users', { ...base, username: 'probe.civil', orgId: org.civil });
    expect([other.status, other.body.error.field]).toEqual([403, 'orgId']);
    const high = await policeAdmin.post('/api/users', { ...base, username: 'probe.high', clearance: 'top_secret' });
    expect([high.status, high.body.error.field]).toEqual([403, 'clearance']);
    const roles = await policeAdmin.post('/api/users', { ...base, username: 'probe.roles', roles: { threat: ['approve'] } });
    expect([roles.status, roles.body.error.field]).toEqual([403, 'roles']);
    const global = await policeAdmin.post('/api/users', { ...base, username: 'probe.global', roles: { admin: ['admin'] } });
    expect([global.status, global.body.error.field]).toEqual([403, 'roles']);
    expect(await s.platform.db.selectFrom('users').select('id').where('username', 'like', 'probe.%').execute()).toEqual([]);
    const ok = await policeAdmin.post('/api/users', { ...base, username: 'police.clerk' });
    expect(ok.status).toBe(201);
    ids['police.clerk'] = ok.body.id;
    // Organisations and sharing groups are a global administrator's.
    expect((await policeAdmin.post('/api/organisations', { name: 'Harbour Unit', kind: 'police' })).status).toBe(403);
  });

  it('cannot touch a user of another organisation: 404, nothing changed, nothing named', async () => {
    const target = ids['analyst.intel']!;
    const before = await userRow(target);
    for (const body of [{ displayName: 'Renamed' }, { clearance: 'restricted' }, { roles: {} }, { disabled: true }, { password: PW }]) {
      const r = await policeAdmin.patch(`/api/users/${target}`, body);
      expect(r.status).toBe(404);
      expect(JSON.stringify(r.body)).not.toContain('analyst.intel');
    }
    expect(await userRow(target)).toEqual(before);
    expect(await pendingOf(target)).toEqual([]);
    // …nor decide a change that concerns one.
    const asked = await admin.patch(`/api/users/${target}`, { clearance: 'confidential' });
    expect(asked.status).toBe(202);
    expect((await policeAdmin.get('/api/user-changes')).body.map((c: { id: string }) => c.id)).not.toContain(asked.body.pendingChangeId);
    const d = await policeAdmin.post(`/api/user-changes/${asked.body.pendingChangeId}`, { decision: 'approve' });
    expect(d.status).toBe(404);
    expect(JSON.stringify(d.body)).not.toContain('analyst.intel');
    expect((await userRow(target)).clearance).toBe('secret');
    expect(await pendingOf(target)).toHaveLength(1);
    expect((await admin2.post(`/api/user-changes/${asked.body.pendingChangeId}`, { decision: 'reject' })).status).toBe(200);
  });

  it('ask for rights changes in their organisation, which another administrator decides', async () => {
    const clerk = ids['police.clerk']!;
    const r = await policeAdmin.patch(`/api/users/${clerk}`, { clearance: 'confidential' });
    expect(r.status).toBe(202);
    expect((await policeAdmin.post(`/api/user-changes/${r.body.pendingChangeId}`, { decision: 'approve' })).status).toBe(403);
    expect((await userRow(clerk)).clearance).toBe('restricted');
    expect((await admin.post(`/api/user-changes/${r.body.pendingChangeId}`, { decision: 'approve' })).status).toBe(200);
    expect((await userRow(clerk)).clearance).toBe('confidential');
  });
});

describe('a second administrator’s approval', () => {
  it('stores a clearance change as pending; the requester cannot approve it; another administrator applies it', async () => {
    const target = ids['analyst.police']!;
    const r = await admin.patch(`/api/users/${target}`, { clearance: 'confidential', displayName: 'Police Analyst (renamed)' });
    expect(r.status).toBe(202);
    const row = await userRow(target);
    expect(row.clearance).toBe('secret'); // not yet
    expect(row.display_name).toBe('Police Analyst (renamed)'); // the name applies at once
    const list = (await admin.get('/api/user-changes')).body as Array<{ id: string; decidable: boolean; old: unknown; new: unknown; requestedBy: { username: string } }>;
    const c = list.find((x) => x.id === r.body.pendingChangeId)!;
    expect(c).toMatchObject({ decidable: false, old: { clearance: 'secret' }, new: { clearance: 'confidential' }, requestedBy: { username: 'admin' } });
    const self = await admin.post(`/api/user-changes/${c.id}`, { decision: 'approve' });
    expect(self.status).toBe(403);
    expect((await userRow(target)).clearance).toBe('secret');
    expect((await (await s.client('analyst.intel')).post(`/api/user-changes/${c.id}`, { decision: 'approve' })).status).toBe(403);
    expect((await admin2.post(`/api/user-changes/${c.id}`, { decision: 'approve' })).status).toBe(200);
    expect((await userRow(target)).clearance).toBe('confidential');
    expect((await admin2.post(`/api/user-changes/${c.id}`, { decision: 'approve' })).status).toBe(404); // decided
    const [req] = await auditOf('user.change_request', target);
    const [ok] = await auditOf('user.change_approve', target);
    expect(req).toMatchObject({ by: 'admin', changeId: c.id, oldClearance: 'secret', newClearance: 'confidential', requestedBy: ids.admin });
    expect(ok).toMatchObject({ by: 'admin.two', changeId: c.id, oldClearance: 'secret', newClearance: 'confidential', requestedBy: ids.admin });
  });

  it('rejects a roles change: nothing applies; one pending change per user; the audit shows old and new roles', async () => {
    const target = ids['analyst.threat']!;
    const before = await userRow(target);
    const r = await admin2.patch(`/api/users/${target}`, { roles: { intel: ['read'] } });
    expect(r.status).toBe(202);
    expect((await admin.patch(`/api/users/${target}`, { clearance: 'restricted' })).status).toBe(409);
    expect((await admin.post(`/api/user-changes/${r.body.pendingChangeId}`, { decision: 'reject' })).status).toBe(200);
    expect(await userRow(target)).toEqual(before);
    expect(await pendingOf(target)).toEqual([]);
    const [rej] = await auditOf('user.change_reject', target);
    expect(rej).toMatchObject({ by: 'admin', oldRoles: ['intel:read', 'threat:approve', 'threat:read', 'threat:write'], newRoles: ['intel:read'], requestedBy: ids['admin.two'] });
  });

  it('a change of an administrator’s own account is decided by another one', async () => {
    const r = await admin.patch(`/api/users/${ids['admin.two']}`, { clearance: 'top_secret' });
    expect(r.status).toBe(202);
    expect((await admin2.post(`/api/user-changes/${r.body.pendingChangeId}`, { decision: 'approve' })).status).toBe(403);
    expect((await userRow(ids['admin.two']!)).clearance).toBe('secret');
  });
});
