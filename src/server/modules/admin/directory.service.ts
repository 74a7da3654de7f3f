/**
 * What other modules may know of users and organisations, with typed results: the admin module's
 * tables (users, organisations, sharing groups) are read by other modules only through these functions,
 * never by their own SQL. None of them is an access decision: callers apply their own rule first.
 */
import type { Database } from '../../platform/db.ts';
import * as repo from './admin.repository.ts';

/** Display names of users by id ("who assessed, approved, wrote"); unknown ids are absent from the map. */
export async function userDisplayNames(db: Database, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await repo.userNames(db, list);
  return new Map(rows.map((u) => [u.id, u.display_name]));
}

/** The account a sign-in names (auth module): its password hash, whether it is disabled, its organisation. */
export interface SignInAccount {
  id: string;
  username: string;
  passwordHash: string;
  disabled: boolean;
  orgId: string;
  orgName: string;
}

export async function signInAccount(db: Database, username: string): Promise<SignInAccount | undefined> {
  const u = await repo.signInUser(db, username);
  return u && { id: u.id, username: u.username, passwordHash: u.password_hash, disabled: u.disabled, orgId: u.org_id, orgName: u.org_name };
}

/** A user's own interface language (the auth module's "me" settings). */
export async function setUserLocale(db: Database, userId: string, locale: string): Promise<void> {
  await repo.updateUser(db, userId, { locale });
}

/** The kind of a user's organisation (e.g. "oversight"), or undefined for no such user. */
export function organisationKindOfUser(db: Database, userId: string): Promise<string | undefined> {
  return repo.userOrganisationKind(db, userId);
}

/** The ids of an organisation's enabled users (at most `limit`): whom to notify. */
export async function activeUsersOfOrganisation(db: Database, orgId: string, limit = 500): Promise<string[]> {
  return (await repo.activeUserIdsOfOrganisation(db, orgId, limit)).map((u) => u.id);
}
