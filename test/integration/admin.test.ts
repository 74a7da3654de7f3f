import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let admin: Client;
let analyst: Client;
const count = async (table: 'organisations' | 'users' | 'sharing_groups') =>
  Number((await s.platform.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.client('admin');
  analyst = await s.client('analyst.intel');
});
afterAll(() => s?.close());

describe('administration', () => {
  it('manages organisations; others may list but not change them', async () => {
    const before = await count('organisations');
    expect((await analyst.post('/api/organisations', { name: 'Rogue Agency', kind: 'police' })).status).toBe(403);
    expect(await count('organisations')).toBe(before);
    const o = await admin.post('/api/organisations', { name: 'Harbour Police', kind: 'police', contact: 'desk@harbour.example' });
    expect(o.status).toBe(201);
    expect((await admin.post('/api/organisations', { name: 'Harbour Police', kind: 'police' })).status).toBe(409);
    expect((await admin.post('/api/organisations', { name: 'X Unit', kind: 'spies' })).body.error.field).toBe('kind');
    expect((await analyst.patch(`/api/organisations/${o.body.id}`, { name: 'Renamed' })).status).toBe(403);
    expect((await admin.patch(`/api/organisations/${o.body.id}`, { contact: 'new@harbour.example' })).status).toBe(200);
    expect((await analyst.get('/api/organisations')).body.map((x: { name: string }) => x.name)).toContain('Harbour Police');
  });

  it('manages users with argon2id hashes; the new user signs in; disabling ends their sessions', async () => {
    const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>;
    const police = orgs.find((o) => o.name === 'Federal Judicial Police')!;
    const before = await count('users');
    expect((await analyst.post('/api/users', { username: 'new.user', displayName: 'New', orgId: police.id, clearance: 'restricted', password: 'long-enough-password' })).status).toBe(403);
    expect((await analyst.get('/api/users')).status).toBe(403);
    expect(await count('users')).toBe(before);
    const weak = await admin.post('/api/users', { username: 'new.user', displayName: 'New', orgId: police.id, clearance: 'restricted', password: 'short' });
    expect(weak.body.error.field).toBe('password');
    const u = await admin.post('/api/users', { username: 'new.user', displayName: 'New User', orgId: police.id, clearance: 'restricted', roles: { intel: ['read'] }, password: 'long-enough-password' });
    expect(u.status).toBe(201);
    const row = await s.platform.db.selectFrom('users').select('password_hash').where('id', '=', u.body.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const c = await s.client();
    expect((await c.login('new.user', 'long-enough-password')).status).toBe(200);
    expect((await analyst.patch(`/api/users/${u.body.id}`, { disabled: true })).status).toBe(403);
    expect((await admin.patch(`/api/users/${u.body.id}`, { disabled: true })).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    // A patch changes only what it sends: disabling left the roles and the language as they were.
    const after = await s.platform.db.selectFrom('users').select(['roles', 'locale']).where('id', '=', u.body.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ roles: { intel: ['read'] }, locale: 'en' });
  });

  it('manages sharing groups', async () => {
    const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string }>;
    const before = await count('sharing_groups');
    expect((await analyst.post('/api/groups', { name: 'Shadow group', orgIds: [] })).status).toBe(403);
    expect(await count('sharing_groups')).toBe(before);
    const g = await admin.post('/api/groups', { name: 'Harbour cell', orgIds: [orgs[0]!.id] });
    expect(g.status).toBe(201);
    expect((await analyst.put(`/api/groups/${g.body.id}/members`, { orgIds: [] })).status).toBe(403);
    expect((await admin.put(`/api/groups/${g.body.id}/members`, { orgIds: [orgs[0]!.id, orgs[1]!.id] })).status).toBe(200);
    const list = (await analyst.get('/api/groups')).body as Array<{ id: string; orgIds: string[] }>;
    expect(list.find((x) => x.id === g.body.id)!.orgIds).toHaveLength(2);
  });
});
