import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import { SESSION_COOKIE } from '../../platform/http.ts';
import type { Platform } from '../../platform/platform.ts';
import * as auth from './auth.service.ts';

export async function authRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const guard = auth.loginGuard(p);
  // Closing entries of sign-in failure windows are written as the windows end, and the rest at shutdown.
  const timer = setInterval(() => void guard.audit.flush().catch((e: unknown) => app.log.error(e)), 60_000);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await guard.audit.flush(Infinity).catch((e: unknown) => app.log.error(e));
  });
  r.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Sign in; sets the session cookie and returns the CSRF token', body: auth.loginInput },
    },
    async (req, reply) => {
      const s = await auth.login(p, guard, req.ip, req.body, req.id);
      reply.setCookie(SESSION_COOKIE, s.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: p.config.secureCookies,
        path: '/',
        expires: s.expiresAt,
      });
      return { csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString() };
    },
  );
  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out' } }, async (req, reply) => {
    await auth.logout(p, ctxOf(req), req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user' } }, async (req) => auth.presentMe(ctxOf(req)));
  r.put('/api/auth/me/locale', { schema: { tags: ['auth'], body: auth.localeInput } }, async (req) => {
    await auth.setLocale(p, ctxOf(req), req.body.locale);
    return { ok: true };
  });
  r.post('/api/tokens', { schema: { tags: ['auth'], summary: 'Create an API token (shown once)', body: auth.tokenInput.optional() } }, async (req, reply) => {
    const t = await auth.createToken(p, ctxOf(req), req.body ?? auth.tokenInput.parse({}));
    return reply.status(201).send(t);
  });
  r.get('/api/tokens', { schema: { tags: ['auth'], summary: 'Your API tokens' } }, async (req) => auth.listTokens(p, ctxOf(req)));
  r.delete('/api/tokens/:id', { schema: { tags: ['auth'], params: z.object({ id: uuid }) } }, async (req) => {
    await auth.revokeToken(p, ctxOf(req), req.params.id);
    return { ok: true };
  });
}
