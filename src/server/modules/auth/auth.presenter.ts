/** The wire shapes of the auth module's answers (zod, the routes' response schemas) and the value → wire functions. */
import { z } from 'zod';
import { CLASSIFICATIONS, MODULES, ORG_KINDS } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { iso, isoOrNull } from '../../platform/markings.presenter.ts';
import type { tokensOfUser } from './auth.repository.ts';

export const meWire = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.enum(ORG_KINDS) }),
  clearance: z.enum(CLASSIFICATIONS),
  /** Permissions per module (a token's scopes already applied). */
  roles: z.record(z.string(), z.array(z.string())),
  locale: z.string(),
});

/** A session's CSRF token (sent back in x-csrf-token) and its end; the session itself is the cookie. */
export const loginWire = z.object({ csrfToken: z.string(), expiresAt: z.string() });

const scopesWire = z.array(z.union([z.enum(MODULES), z.literal('*')]));

export const tokenWire = z.object({ id: z.string(), name: z.string(), scopes: z.array(z.string()), createdAt: z.string(), revokedAt: z.string().nullable() });
export const tokenListWire = z.array(tokenWire);
/** A new token: the secret is in this answer only. */
export const tokenCreatedWire = z.object({ id: z.string(), token: z.string(), name: z.string(), scopes: scopesWire });

/** The public view of the signed-in user. */
export function presentMe(ctx: Ctx): z.infer<typeof meWire> {
  const a = ctx.actor;
  return {
    id: a.userId,
    username: a.username,
    displayName: a.displayName,
    organisation: { id: a.orgId, name: a.orgName, kind: a.orgKind },
    clearance: a.clearance,
    roles: Object.fromEntries(Object.entries(a.roles).map(([m, ps]) => [m, [...(ps ?? [])]])),
    locale: a.locale,
  };
}

export function presentToken(r: Awaited<ReturnType<typeof tokensOfUser>>[number]): z.infer<typeof tokenWire> {
  return { id: r.id, name: r.name, scopes: r.scopes, createdAt: iso(r.created_at), revokedAt: isoOrNull(r.revoked_at) };
}
