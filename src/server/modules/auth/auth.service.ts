import { z } from 'zod';
import { MODULES } from '../../../core/vocab.ts';
import { checkPassword, createApiToken, createSession, endSession } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { LoginThrottle, SignInAuditAggregator } from '../../platform/throttle.ts';
import { setUserLocale, signInAccount } from '../admin/directory.service.ts';
import { presentToken } from './auth.presenter.ts';
import * as repo from './auth.repository.ts';

export const loginInput = z.object({
  username: z.string().trim().min(1, 'enter your username').max(100),
  password: z.string().min(1, 'enter your password').max(500),
});

export const tokenInput = z.object({
  name: z.string().trim().min(1).max(100).default('API token'),
  scopes: z.array(z.union([z.enum(MODULES), z.literal('*')])).min(1).default(['*']),
});

const BAD_LOGIN = 'Wrong username or password.';

export { presentMe } from './auth.presenter.ts';

/** The audit identity of a sign-in attempt: the user when the username exists, else the name tried. */
type LoginActor = { userId: string | null; username: string; orgId: string | null; orgName: string };

/** The throttle and the aggregated audit of failed and throttled sign-ins (one per server). */
export interface LoginGuard {
  throttle: LoginThrottle;
  audit: SignInAuditAggregator<LoginActor>;
}

/** Builds the guard; failed and throttled sign-ins go on the record in aggregate (see SignInAuditAggregator). */
export function loginGuard(p: Platform): LoginGuard {
  const throttle = new LoginThrottle(p.config.loginAttempts);
  const audit = new SignInAuditAggregator<LoginActor>(async (entries) => {
    for (const e of entries) {
      await p.audit.append(e.actor, [
        {
          action: e.kind === 'failed' ? 'auth.login_failed' : 'auth.login_throttled',
          details: { client: e.client, count: e.count, phase: e.phase, since: e.since.toISOString(), until: e.until.toISOString() },
        },
      ]);
    }
  }, throttle.windowMs);
  return { throttle, audit };
}

const guards = new WeakMap<Platform, LoginGuard>();

/** The server's one guard (the routes throttle with it; the module's start() flushes its audit). */
export function loginGuardOf(p: Platform): LoginGuard {
  let g = guards.get(p);
  if (!g) guards.set(p, (g = loginGuard(p)));
  return g;
}

/**
 * Closing entries of sign-in failure windows are written as the windows end (checked each minute), and
 * the rest when the server stops.
 */
export function startSignInAudit(p: Platform, log: (e: unknown, what: string) => void): () => Promise<void> {
  const guard = loginGuardOf(p);
  const timer = setInterval(() => void guard.audit.flush().catch((e: unknown) => log(e, 'sign-in audit')), 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await guard.audit.flush(Infinity).catch((e: unknown) => log(e, 'sign-in audit'));
  };
}

/**
 * Checks credentials; the same answer and about the same time for an unknown user and a wrong
 * password. The attempt is reserved in the throttle before the password is verified (a success refunds
 * it), so parallel guesses get no more verifications than the limit. Successful sign-ins are on the
 * record one by one; failed and throttled ones in aggregate per client (and username) and window.
 */
export async function login(p: Platform, guard: LoginGuard, ip: string, input: z.infer<typeof loginInput>, requestId: string) {
  const tried: LoginActor = { userId: null, username: input.username.slice(0, 100), orgId: null, orgName: '' };
  const attempt = guard.throttle.reserve(ip, input.username);
  if (!attempt) {
    await guard.audit.note('throttled', ip, input.username, tried);
    throw new AppError('RATE_LIMITED', 'Too many failed attempts; wait 15 minutes and try again.');
  }
  const user = await signInAccount(p.db, input.username);
  const ok = await checkPassword(user && !user.disabled ? user.passwordHash : undefined, input.password);
  const actor: LoginActor = user ? { userId: user.id, username: user.username, orgId: user.orgId, orgName: user.orgName } : tried;
  if (!ok || !user) {
    await guard.audit.note('failed', ip, input.username, actor);
    throw new AppError('UNAUTHENTICATED', BAD_LOGIN);
  }
  attempt.refund();
  await p.audit.append(actor, [{ action: 'auth.login', requestId }]);
  return createSession(p.db, user.id);
}

export async function logout(p: Platform, ctx: Ctx, sessionToken: string | null): Promise<{ ok: true }> {
  if (sessionToken) await endSession(p.db, sessionToken);
  await p.record(ctx, [{ action: 'auth.logout' }]);
  return { ok: true };
}

/** For the admin module: ends every session of a user (disabled, or a new password), inside its transaction. */
export async function endSessionsOfUser(tx: Database, userId: string): Promise<void> {
  await repo.deleteSessionsOfUser(tx, userId);
}

/** Creates an API token for the calling user; the token is shown once. */
export async function createToken(p: Platform, ctx: Ctx, input: z.infer<typeof tokenInput>) {
  if (ctx.actor.via === 'token') throw new AppError('FORBIDDEN', 'An API token cannot create tokens; sign in to do so.');
  const { id, token } = await createApiToken(p.db, ctx.actor.userId, input.name, input.scopes);
  await p.record(ctx, [{ action: 'token.create', recordType: 'api_token', recordId: id, details: { scopes: input.scopes } }]);
  return { id, token, name: input.name, scopes: input.scopes };
}

/** The caller's API tokens, newest first. */
export async function listTokens(p: Platform, ctx: Ctx) {
  return (await repo.tokensOfUser(p.db, ctx.actor.userId)).map(presentToken);
}

/** Revokes one of the caller's tokens at once. */
export async function revokeToken(p: Platform, ctx: Ctx, id: string): Promise<{ ok: true }> {
  if (!(await repo.revokeToken(p.db, ctx.actor.userId, id))) throw notFound('token');
  await p.record(ctx, [{ action: 'token.revoke', recordType: 'api_token', recordId: id }]);
  return { ok: true };
}

export const localeInput = z.object({ locale: z.enum(['en', 'nl', 'fr', 'de']) });

/** The caller's own interface language. */
export async function setLocale(p: Platform, ctx: Ctx, locale: string): Promise<{ ok: true }> {
  await setUserLocale(p.db, ctx.actor.userId, locale);
  return { ok: true };
}
