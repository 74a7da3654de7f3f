/**
 * Every SQL statement of the admin module's own tables: organisations, users, user_changes,
 * sharing_groups and sharing_group_members (typed in admin.tables.ts). Other modules read them only
 * through directory.service.ts.
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db.ts';
import type { UserChangeValues } from './admin.tables.ts';

// ── organisations ────────────────────────────────────────────────────────────────────────────────

export function listOrganisations(d: Database) {
  return d.selectFrom('organisations').select(['id', 'name', 'kind', 'country', 'contact']).orderBy('name').execute();
}

export async function organisationNameTaken(d: Database, name: string): Promise<boolean> {
  return !!(await d.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst());
}

export function organisationNamesOf(d: Database, ids: readonly string[]) {
  return d.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
}

export function findOrganisation(d: Database, id: string) {
  return d.selectFrom('organisations').select(['id', 'name', 'kind', 'country', 'contact']).where('id', '=', id).executeTakeFirst();
}

export function organisationsOfCountry(d: Database, country: string, limit: number) {
  return d.selectFrom('organisations').select(['id', 'name', 'country', 'kind', 'contact']).where('country', '=', country).where('kind', '<>', 'oversight').orderBy('name').limit(limit).execute();
}

export function userOrganisationId(d: Database, userId: string) {
  return d.selectFrom('users').select(['id', 'org_id']).where('id', '=', userId).executeTakeFirst();
}

export async function organisationExists(d: Database, id: string): Promise<boolean> {
  return !!(await d.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst());
}

export async function insertOrganisation(d: Database, o: { id: string; name: string; kind: string; country: string; contact: string }): Promise<void> {
  await d.insertInto('organisations').values(o).execute();
}

/** Returns whether the organisation exists (and was changed). */
export async function updateOrganisation(d: Database, id: string, set: Partial<{ name: string; kind: string; country: string; contact: string }>): Promise<boolean> {
  const res = await d.updateTable('organisations').set(set).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

// ── users ────────────────────────────────────────────────────────────────────────────────────────

const USER_COLUMNS = ['id', 'username', 'display_name', 'org_id', 'clearance', 'roles', 'locale', 'disabled'] as const;

/** A user as administration reads it (never the password hash). */
export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  org_id: string;
  clearance: string;
  roles: Record<string, string[]>;
  locale: string;
  disabled: boolean;
}

export function listUsers(d: Database, orgId?: string): Promise<UserRow[]> {
  let q = d.selectFrom('users').select(USER_COLUMNS).orderBy('username');
  if (orgId !== undefined) q = q.where('org_id', '=', orgId);
  return q.execute();
}

export function findUser(d: Database, id: string): Promise<UserRow | undefined> {
  return d.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function usernameTaken(d: Database, username: string): Promise<boolean> {
  return !!(await d.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst());
}

export async function insertUser(
  d: Database,
  u: { id: string; username: string; displayName: string; orgId: string; clearance: string; roles: Record<string, string[] | undefined>; passwordHash: string; locale: string },
): Promise<void> {
  await d
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      org_id: u.orgId,
      clearance: u.clearance,
      roles: JSON.stringify(u.roles),
      password_hash: u.passwordHash,
      locale: u.locale,
    })
    .execute();
}

/** The columns a user edit may set directly or through an approved change. */
export interface UserSet {
  display_name?: string;
  locale?: string;
  disabled?: boolean;
  password_hash?: string;
  clearance?: string;
  roles?: Record<string, string[]>;
  org_id?: string;
}

/** Returns whether the user exists (and was changed). */
export async function updateUser(d: Database, id: string, set: UserSet): Promise<boolean> {
  const { roles, ...rest } = set;
  const res = await d
    .updateTable('users')
    .set({ ...rest, ...(roles !== undefined ? { roles: JSON.stringify(roles) } : {}) })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Display names of users by id (absent ids are left out). */
export function userNames(d: Database, ids: readonly string[]) {
  return d.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...ids]).execute();
}

/** Enabled users holding any right on a module (roles has the module's key), by name. */
export function usersWithModuleRole(d: Database, module: string, limit: number) {
  return d.selectFrom('users').select(['id', 'display_name', 'org_id']).where('disabled', '=', false).where(sql<boolean>`jsonb_exists(roles, ${module})`, '=', true).orderBy('display_name').limit(limit).execute();
}

/** The user a sign-in names, with the password hash and organisation (auth module, through directory.service.ts). */
export function signInUser(d: Database, username: string) {
  return d
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.org_id')
    .select(['users.id', 'users.username', 'users.password_hash', 'users.disabled', 'organisations.id as org_id', 'organisations.name as org_name'])
    .where('users.username', '=', username)
    .executeTakeFirst();
}

/** The kind of the organisation a user belongs to, or undefined for no such user. */
export async function userOrganisationKind(d: Database, userId: string): Promise<string | undefined> {
  const r = await d
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.org_id')
    .select(['organisations.kind'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  return r?.kind;
}

/** The enabled users of one organisation (at most `limit`). */
export function activeUserIdsOfOrganisation(d: Database, orgId: string, limit: number) {
  return d.selectFrom('users').select('id').where('org_id', '=', orgId).where('disabled', '=', false).limit(limit).execute();
}

export function activeUserIdsOfOrganisations(d: Database, orgIds: readonly string[]) {
  return d.selectFrom('users').select('id').where('org_id', 'in', orgIds).where('disabled', '=', false).execute();
}

/** Enabled users whose roles name `module` (of one organisation, or of all), at most `limit`. */
export function activeUsersWithModule(d: Database, module: string, orgId: string | undefined, limit: number) {
  let q = d.selectFrom('users').select(['id', 'org_id', 'roles']).where('disabled', '=', false).where(sql<boolean>`roles ? ${module}`);
  if (orgId !== undefined) q = q.where('org_id', '=', orgId);
  return q.orderBy('id').limit(limit).execute();
}

// ── user_changes ─────────────────────────────────────────────────────────────────────────────────

export async function hasPendingChange(d: Database, userId: string): Promise<boolean> {
  return !!(await d.selectFrom('user_changes').select('id').where('user_id', '=', userId).where('status', '=', 'pending').executeTakeFirst());
}

export async function insertChange(d: Database, c: { id: string; userId: string; requestedBy: string; old: UserChangeValues; new: UserChangeValues }): Promise<void> {
  await d
    .insertInto('user_changes')
    .values({ id: c.id, user_id: c.userId, requested_by: c.requestedBy, old_values: JSON.stringify(c.old), new_values: JSON.stringify(c.new) })
    .execute();
}

/** Pending changes with the usernames of the user and the requester, oldest first; `orgId` keeps one organisation's. */
export function listPendingChanges(d: Database, orgId?: string) {
  let q = d
    .selectFrom('user_changes as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .innerJoin('users as r', 'r.id', 'c.requested_by')
    .select(['c.id', 'c.user_id', 'u.username', 'u.org_id', 'c.requested_by', 'r.username as requested_by_name', 'c.requested_at', 'c.old_values', 'c.new_values'])
    .where('c.status', '=', 'pending')
    .orderBy('c.requested_at');
  if (orgId !== undefined) q = q.where('u.org_id', '=', orgId);
  return q.execute();
}

/** Locks a pending change for its decision. */
export function lockPendingChange(tx: Database, id: string) {
  return tx.selectFrom('user_changes').selectAll().where('id', '=', id).where('status', '=', 'pending').forUpdate().executeTakeFirst();
}

export async function closeChange(tx: Database, id: string, status: 'approved' | 'rejected', decidedBy: string): Promise<void> {
  await tx.updateTable('user_changes').set({ status, decided_by: decidedBy, decided_at: new Date() }).where('id', '=', id).execute();
}

// ── sharing groups ───────────────────────────────────────────────────────────────────────────────

export function listGroups(d: Database) {
  return d.selectFrom('sharing_groups').select(['id', 'name', 'description']).orderBy('name').execute();
}

export function listGroupMembers(d: Database) {
  return d.selectFrom('sharing_group_members').select(['group_id', 'org_id']).execute();
}

export async function groupNameTaken(d: Database, name: string): Promise<boolean> {
  return !!(await d.selectFrom('sharing_groups').select('id').where('name', '=', name).executeTakeFirst());
}

export async function groupExists(d: Database, id: string): Promise<boolean> {
  return !!(await d.selectFrom('sharing_groups').select('id').where('id', '=', id).executeTakeFirst());
}

export async function insertGroup(tx: Database, g: { id: string; name: string; description: string }): Promise<void> {
  await tx.insertInto('sharing_groups').values(g).execute();
}

/** Sets a group's members (the old ones go). */
export async function replaceGroupMembers(tx: Database, groupId: string, orgIds: readonly string[], opts: { fresh?: boolean } = {}): Promise<void> {
  if (!opts.fresh) await tx.deleteFrom('sharing_group_members').where('group_id', '=', groupId).execute();
  if (orgIds.length > 0) await tx.insertInto('sharing_group_members').values(orgIds.map((org_id) => ({ group_id: groupId, org_id }))).execute();
}
