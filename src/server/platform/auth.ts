import { createHash, randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Actor } from '../../core/access/policy.ts';
import { MODULES, type Classification, type Module, type OrgKind, type Permission } from '../../core/vocab.ts';
import { sql } from 'kysely';
import { PREPARED, type Database } from './db.ts';

/** The signed-in user, as services see them: the policy's Actor plus names for display and audit. */
export interface SessionActor extends Actor {
  username: string;
  displayName: string;
  orgName: string;
  locale: string;
  via: 'session' | 'token';
}

const SESSION_HOURS = 12;
// argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes).
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argonHash(password, { ...ARGON, algorithm: 2 });
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no stored hash (unknown user) it still runs a full
 * argon2 verification, so the answer takes as long as for a known user.
 */
export async function checkPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argonVerify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argonVerify(stored, password).catch(() => false);
}

/** SHA-256 of a secret token, as stored. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session; returns the cookie token (stored hashed) and the CSRF token. */
export async function createSession(db: Database, userId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await db.insertInto('sessions').values({ id_hash: tokenHash(token), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt }).execute();
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', tokenHash(token)).execute();
}

/** Creates an API token; the clear token is returned once and only its hash is kept. */
export async function createApiToken(
  db: Database,
  userId: string,
  name: string,
  scopes: string[],
): Promise<{ id: string; token: string }> {
  const id = crypto.randomUUID();
  const token = `vgl_${randomBytes(32).toString('base64url')}`;
  await db.insertInto('api_tokens').values({ id, user_id: userId, name, token_hash: tokenHash(token), scopes, last_used_at: null, revoked_at: null }).execute();
  return { id, token };
}

interface ActorRow {
  id: string;
  username: string;
  display_name: string;
  clearance: string;
  roles: Record<string, string[]>;
  locale: string;
  org_id: string;
  org_name: string;
  org_kind: string;
  group_ids: string[];
  grant_ids: string[];
  csrf_token: string | null;
  scopes: string[] | null;
}

// One statement loads the user, organisation, sharing groups and live oversight grants.
const ACTOR_COLUMNS = sql`u.id, u.username, u.display_name, u.clearance, u.roles, u.locale,
  o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
  ARRAY(SELECT m.group_id FROM sharing_group_members m WHERE m.org_id = o.id) AS group_ids,
  ARRAY(SELECT g.record_id FROM oversight_grants g WHERE g.user_id = u.id AND g.expires_at > now()) AS grant_ids`;

function toActor(r: ActorRow, via: SessionActor['via'], scopes?: string[]): SessionActor {
  return {
    userId: r.id,
    username: r.username,
    displayName: r.display_name,
    orgId: r.org_id,
    orgName: r.org_name,
    orgKind: r.org_kind as OrgKind,
    clearance: r.clearance as Classification,
    roles: scopeRoles(r.roles as Partial<Record<Module, Permission[]>>, scopes),
    groupIds: r.group_ids,
    grantedRecordIds: new Set(r.grant_ids),
    locale: r.locale,
    via,
  };
}

/** Resolves a session cookie token to the acting user and the session's CSRF token (one statement). */
export async function actorFromSession(db: Database, token: string): Promise<{ actor: SessionActor; csrfToken: string } | null> {
  // Every request runs it: prepared once per connection (db.ts PREPARED), not planned each time.
  const { rows } = await sql<ActorRow>`${PREPARED}SELECT ${ACTOR_COLUMNS}, s.csrf_token, NULL::text[] AS scopes
    FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.org_id
    WHERE s.id_hash = ${tokenHash(token)} AND s.expires_at > now() AND NOT u.disabled`.execute(db);
  const r = rows[0];
  return r ? { actor: toActor(r, 'session'), csrfToken: r.csrf_token ?? '' } : null;
}

/** Resolves a bearer API token to the acting user, narrowed to the token's scopes (one statement). */
export async function actorFromApiToken(db: Database, token: string): Promise<SessionActor | null> {
  const { rows } = await sql<ActorRow>`${PREPARED}SELECT ${ACTOR_COLUMNS}, NULL::text AS csrf_token, t.scopes
    FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.org_id
    WHERE t.token_hash = ${tokenHash(token)} AND t.revoked_at IS NULL AND NOT u.disabled`.execute(db);
  const r = rows[0];
  return r ? toActor(r, 'token', r.scopes ?? []) : null;
}

/** Loads a user as an actor by id (CLI and background jobs). */
export async function actorById(db: Database, userId: string): Promise<SessionActor | null> {
  const { rows } = await sql<ActorRow>`SELECT ${ACTOR_COLUMNS}, NULL::text AS csrf_token, NULL::text[] AS scopes
    FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = ${userId} AND NOT u.disabled`.execute(db);
  const r = rows[0];
  return r ? toActor(r, 'session') : null;
}

/** Loads the enabled users of some organisations as actors, in one statement (at most `limit`). */
export async function actorsOfOrganisations(db: Database, orgIds: readonly string[], limit = 2000): Promise<SessionActor[]> {
  if (orgIds.length === 0) return [];
  const { rows } = await sql<ActorRow>`SELECT ${ACTOR_COLUMNS}, NULL::text AS csrf_token, NULL::text[] AS scopes
    FROM users u JOIN organisations o ON o.id = u.org_id
    WHERE u.org_id = ANY(${[...orgIds]}::uuid[]) AND NOT u.disabled LIMIT ${limit}`.execute(db);
  return rows.map((r) => toActor(r, 'session'));
}

/** Narrows a user's roles to a token's scopes ("*" keeps all; otherwise module names). */
export function scopeRoles(
  roles: Partial<Record<Module, readonly Permission[]>>,
  scopes: readonly string[] | undefined,
): Partial<Record<Module, readonly Permission[]>> {
  if (!scopes || scopes.includes('*')) return roles;
  const out: Partial<Record<Module, readonly Permission[]>> = {};
  for (const m of MODULES) if (scopes.includes(m) && roles[m]) out[m] = roles[m];
  return out;
}
