/**
 * SQL of the auth module's own tables (sessions, api_tokens; typed in auth.tables.ts) that its
 * services run. Creating and resolving sessions and tokens is the platform's (platform/auth.ts: every
 * request needs it before any module runs).
 */
import type { Database } from '../../platform/db.ts';

/** A user's API tokens, newest first (never their hashes). */
export function tokensOfUser(d: Database, userId: string) {
  return d
    .selectFrom('api_tokens')
    .select(['id', 'name', 'scopes', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Revokes one of a user's live tokens; returns whether there was one. */
export async function revokeToken(d: Database, userId: string, id: string): Promise<boolean> {
  const res = await d.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Ends every session of a user. */
export async function deleteSessionsOfUser(tx: Database, userId: string): Promise<void> {
  await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
