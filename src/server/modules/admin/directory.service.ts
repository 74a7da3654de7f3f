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

/** Enabled users holding a right on a module (at most `limit`), by name: whom a module's forms offer to pick. */
export async function usersOfModule(db: Database, module: string, limit = 1000): Promise<Array<{ id: string; displayName: string; orgId: string }>> {
  return (await repo.usersWithModuleRole(db, module, limit)).map((u) => ({ id: u.id, displayName: u.display_name, orgId: u.org_id }));
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

/** The ids of every enabled user of these organisations (one statement): whom a cross-owner event concerns. */
export async function activeUsersOfOrganisations(db: Database, orgIds: readonly string[]): Promise<string[]> {
  if (orgIds.length === 0) return [];
  return (await repo.activeUserIdsOfOrganisations(db, orgIds)).map((u) => u.id);
}

/** Whether an organisation exists (a form naming one checks it). */
export function organisationExists(db: Database, id: string): Promise<boolean> {
  return repo.organisationExists(db, id);
}

/** Every organisation with its kind and the sharing groups it belongs to, by name (who-will-see previews). */
export async function organisationsWithGroups(db: Database): Promise<Array<{ id: string; name: string; kind: string; groupIds: string[] }>> {
  const [orgs, members] = await Promise.all([repo.listOrganisations(db), repo.listGroupMembers(db)]);
  const groupsOf = new Map<string, string[]>();
  for (const m of members) groupsOf.set(m.org_id, [...(groupsOf.get(m.org_id) ?? []), m.group_id]);
  return orgs.map((o) => ({ id: o.id, name: o.name, kind: o.kind, groupIds: groupsOf.get(o.id) ?? [] }));
}

/** Names of the given sharing groups, by name; unknown ids are left out. */
export async function sharingGroupNames(db: Database, ids: Iterable<string>): Promise<Array<{ id: string; name: string }>> {
  const wanted = new Set(ids);
  if (wanted.size === 0) return [];
  return (await repo.listGroups(db)).filter((g) => wanted.has(g.id)).map((g) => ({ id: g.id, name: g.name }));
}

/** An organisation's public particulars (name, kind, country, contact address), or undefined. */
export function organisationById(db: Database, id: string): Promise<{ id: string; name: string; kind: string; country: string; contact: string } | undefined> {
  return repo.findOrganisation(db, id);
}

/** The competent authorities of a member state: its organisations other than oversight bodies (at most 200), by name. */
export function authoritiesOfCountry(db: Database, country: string): Promise<Array<{ id: string; name: string; country: string; kind: string; contact: string }>> {
  return repo.organisationsOfCountry(db, country, 200);
}

/** The organisation a user belongs to, or undefined for no such user. */
export async function organisationIdOfUser(db: Database, userId: string): Promise<string | undefined> {
  return (await repo.userOrganisationId(db, userId))?.org_id;
}

/** Names of organisations by id; unknown ids are absent from the map. */
export async function organisationNames(db: Database, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  return new Map((await repo.organisationNamesOf(db, list)).map((o) => [o.id, o.name]));
}

/** Which of these organisations exist, in one statement (a form naming several checks them). */
export async function existingOrganisationIds(db: Database, ids: Iterable<string>): Promise<Set<string>> {
  const list = [...new Set(ids)].filter((id) => id !== '');
  if (list.length === 0) return new Set();
  return new Set((await repo.organisationNamesOf(db, list)).map((o) => o.id));
}

/**
 * Enabled users holding any right on `module` (of one organisation, or of every organisation), at most
 * `limit`, with their rights on that module: whom a module's reminder may concern. The caller picks by right.
 */
export async function activeUsersWithModule(db: Database, module: string, opts: { orgId?: string; limit?: number } = {}): Promise<Array<{ id: string; orgId: string; rights: string[] }>> {
  const rows = await repo.activeUsersWithModule(db, module, opts.orgId, opts.limit ?? 2000);
  return rows.map((r) => {
    const roles = (typeof r.roles === 'string' ? JSON.parse(r.roles) : r.roles) as Record<string, string[] | undefined>;
    return { id: r.id, orgId: r.org_id, rights: roles[module] ?? [] };
  });
}
