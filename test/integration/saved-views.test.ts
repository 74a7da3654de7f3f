/**
 * Saved table views per user (/api/me/views): a user saves, lists, replaces and deletes their own views;
 * another user never reads, replaces or deletes them (a refused delete looks like a missing view and
 * changes nothing); nobody signed in gets 401; bad input is refused naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { DENIED_VIEWS } from './denied/views.ts';

let s: TestServer;
let intel: Client;
let police: Client;
let anon: Client;
let viewId = '';

async function rows(): Promise<string> {
  return JSON.stringify((await sql`SELECT id, user_id, screen, name, query, updated_at FROM saved_views ORDER BY id`.execute(s.platform.db)).rows);
}

beforeAll(async () => {
  s = await startTestServer();
  intel = await s.client('analyst.intel');
  police = await s.client('analyst.police');
  anon = await s.client();
  const r = await intel.post('/api/me/views', { screen: 'reports', name: 'Newest graded A', query: '?sort=reportedOn&dir=desc&size=50&page=3&grade=A1' });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  viewId = r.body.id;
});
afterAll(async () => {
  await s?.close();
});

describe('saved views', () => {
  it('keeps a view in one canonical form, without the page', async () => {
    const r = await intel.get('/api/me/views?screen=reports');
    expect(r.status).toBe(200);
    expect(r.body.views).toEqual([expect.objectContaining({ id: viewId, screen: 'reports', name: 'Newest graded A', query: 'sort=reportedOn&dir=desc&size=50&grade=A1' })]);
    expect((await intel.get('/api/me/views?screen=subjects')).body.views).toEqual([]);
  });

  it('replaces a view saved again under the same name, and deletes it', async () => {
    const again = await intel.post('/api/me/views', { screen: 'reports', name: 'Newest graded A', query: 'sort=title&dir=asc' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(viewId);
    const other = await intel.post('/api/me/views', { screen: 'subjects', name: 'Terrorism', query: 'category=T' });
    expect(other.status).toBe(201);
    const all = (await intel.get('/api/me/views')).body.views as Array<{ name: string; query: string }>;
    expect(all.map((v) => [v.name, v.query])).toEqual([['Newest graded A', 'sort=title&dir=asc'], ['Terrorism', 'category=T']]);
    expect((await intel.del(`/api/me/views/${other.body.id}`)).status).toBe(200);
    expect((await intel.del(`/api/me/views/${other.body.id}`)).status).toBe(404);
  });

  it('refuses bad input naming the field', async () => {
    const bad = await intel.post('/api/me/views', { screen: 'reports', name: 'Odd', query: 'sort=title&<script>=1' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('query');
    const noName = await intel.post('/api/me/views', { screen: 'reports', name: '  ', query: '' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.field).toBe('name');
    const screen = await intel.post('/api/me/views', { screen: 'passwords', name: 'x', query: '' });
    expect(screen.status).toBe(400);
    expect(screen.body.error.field).toBe('screen');
  });
});

describe('another user never reads or changes your views', () => {
  it('lists none of them', async () => {
    const r = await police.get('/api/me/views');
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).not.toContain(viewId);
    expect(JSON.stringify(r.body)).not.toContain('Newest graded A');
  });

  it('cannot delete one (404, as for a missing view) and changes nothing', async () => {
    const before = await rows();
    const r = await police.del(`/api/me/views/${viewId}`);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
    expect(await rows()).toBe(before);
  });

  it('saving under the same name makes their own view, never replaces yours', async () => {
    const before = (await sql<{ query: string }>`SELECT query FROM saved_views WHERE id = ${viewId}`.execute(s.platform.db)).rows[0]!.query;
    const r = await police.post('/api/me/views', { screen: 'reports', name: 'Newest graded A', query: 'sort=title&dir=desc' });
    expect(r.status).toBe(201);
    expect(r.body.id).not.toBe(viewId);
    expect((await sql<{ query: string }>`SELECT query FROM saved_views WHERE id = ${viewId}`.execute(s.platform.db)).rows[0]!.query).toBe(before);
    expect((await intel.get('/api/me/views?screen=reports')).body.views.map((v: { id: string }) => v.id)).toEqual([viewId]);
  });

  it('refuses every route to nobody signed in', async () => {
    const before = await rows();
    const calls: Record<string, () => Promise<{ status: number }>> = {
      'GET /api/me/views': () => anon.get('/api/me/views'),
      'POST /api/me/views': () => anon.post('/api/me/views', { screen: 'reports', name: 'x', query: '' }),
      'DELETE /api/me/views/:id': () => anon.del(`/api/me/views/${viewId}`),
    };
    for (const route of DENIED_VIEWS) expect((await calls[route]!()).status, route).toBe(401);
    expect(await rows()).toBe(before);
  });
});
