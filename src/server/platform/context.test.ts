import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { ctxOf } from './context.ts';
import type { SessionActor } from './auth.ts';

describe('ctxOf', () => {
  it('marks a request urgent when its route is (a traveller screened at the desk), no other', async () => {
    const app = Fastify();
    app.decorateRequest('actor', null);
    app.addHook('onRequest', async (req) => {
      req.actor = { userId: 'u1', username: 'officer', orgId: 'o1', orgName: 'Border' } as unknown as SessionActor;
    });
    app.post('/urgent', { config: { admission: 'urgent' } }, async (req) => ({ urgent: ctxOf(req).urgent ?? false }));
    app.post('/ordinary', async (req) => ({ urgent: ctxOf(req).urgent ?? false }));
    app.get('/exempt', { config: { admission: 'exempt' } }, async (req) => ({ urgent: ctxOf(req).urgent ?? false }));
    expect((await app.inject({ method: 'POST', url: '/urgent' })).json()).toEqual({ urgent: true });
    expect((await app.inject({ method: 'POST', url: '/ordinary' })).json()).toEqual({ urgent: false });
    expect((await app.inject({ method: 'GET', url: '/exempt' })).json()).toEqual({ urgent: false });
    await app.close();
  });
});
