/** Routes of sign-in, the signed-in user and API tokens: zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import { SESSION_COOKIE } from '../../platform/http.ts';
import { okWire } from '../../platform/markings.presenter.ts';
import type { Platform } from '../../platform/platform.ts';
import { loginWire, meWire, tokenCreatedWire, tokenListWire } from './auth.presenter.ts';
import * as auth from './auth.service.ts';

export async function authRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const guard = auth.loginGuardOf(p);
  r.post(
    '/api/auth/login',
    { config: { public: true }, schema: { tags, summary: 'Sign in; sets the session cookie and returns the CSRF token', body: auth.loginInput, response: { 200: loginWire } } },
    async (req, reply) => {
      const s = await auth.login(p, guard, req.ip, req.body, req.id);
      reply.setCookie(SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'strict', secure: p.config.secureCookies, path: '/', expires: s.expiresAt });
      return { csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString() };
    },
  );
  r.post('/api/auth/logout', { schema: { tags, summary: 'Sign out', response: { 200: okWire } } }, async (req, reply) => {
    const out = await auth.logout(p, ctxOf(req), req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return out;
  });
  r.get('/api/auth/me', { schema: { tags, summary: 'The signed-in user', response: { 200: meWire } } }, async (req) => auth.presentMe(ctxOf(req)));
  r.put('/api/auth/me/locale', { schema: { tags, summary: 'Your interface language', body: auth.localeInput, response: { 200: okWire } } }, async (req) =>
    auth.setLocale(p, ctxOf(req), req.body.locale),
  );
  r.post('/api/tokens', { schema: { tags, summary: 'Create an API token (shown once)', body: auth.tokenInput.optional(), response: { 201: tokenCreatedWire } } }, async (req, reply) =>
    reply.status(201).send(await auth.createToken(p, ctxOf(req), req.body ?? auth.tokenInput.parse({}))),
  );
  r.get('/api/tokens', { schema: { tags, summary: 'Your API tokens', response: { 200: tokenListWire } } }, async (req) => auth.listTokens(p, ctxOf(req)));
  r.delete('/api/tokens/:id', { schema: { tags, summary: 'Revoke one of your API tokens', params: z.object({ id: uuid }), response: { 200: okWire } } }, async (req) =>
    auth.revokeToken(p, ctxOf(req), req.params.id),
  );
}
