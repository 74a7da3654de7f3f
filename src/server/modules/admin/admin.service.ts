import { z } from 'zod';
import { CLASSIFICATIONS, MODULES, ORG_KINDS, PERMISSIONS } from '../../../core/vocab.ts';
import { hashPassword } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { adminScope, checkGrant, flatRoles, managedUser, requireGlobalAdmin } from './admin.scope.ts';
import { requestChange } from './user-changes.service.ts';
import { endSessionsOfUser } from '../auth/auth.service.ts';
import * as repo from './admin.repository.ts';
import { presentUser } from './admin.presenter.ts';

export const orgInput = z.object({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(ORG_KINDS),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').default('BE'),
  contact: z.string().trim().max(300).default(''),
});

export const rolesInput = z.partialRecord(z.enum(MODULES), z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length));

export const userInput = z.object({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,60}$/, 'use 3–60 lowercase letters, digits, dots, dashes or underscores'),
  displayName: z.string().trim().min(1).max(200),
  orgId: z.string().uuid(),
  clearance: z.enum(CLASSIFICATIONS),
  roles: rolesInput.default({}),
  password: z.string().min(12, 'use at least 12 characters').max(200),
  locale: z.enum(['en', 'nl', 'fr', 'de']).default('en'),
});

/** Only the fields sent (no defaults: a patch that leaves out roles or locale keeps them). */
export const userPatch = z.object({
  displayName: userInput.shape.displayName.optional(),
  orgId: userInput.shape.orgId.optional(),
  clearance: userInput.shape.clearance.optional(),
  roles: rolesInput.optional(),
  locale: z.enum(['en', 'nl', 'fr', 'de']).optional(),
  password: z.string().min(12, 'use at least 12 characters').max(200).optional(),
  disabled: z.boolean().optional(),
});

export const groupInput = z.object({
  name: z.string().trim().min(2).max(200),
  description: z.string().max(2000).default(''),
  orgIds: z.array(z.string().uuid()).max(500).default([]),
});

/** Organisations (names and kinds are visible to every signed-in user: they pick recipients). */
export async function listOrganisations(p: Platform, ctx: Ctx) {
  void ctx; // every signed-in user may list organisations
  return repo.listOrganisations(p.db);
}

export async function createOrganisation(p: Platform, ctx: Ctx, input: z.infer<typeof orgInput>) {
  requireGlobalAdmin(ctx);
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    if (await repo.organisationNameTaken(tx, input.name)) throw new AppError('CONFLICT', 'An organisation with this name exists.', 'name');
    await repo.insertOrganisation(tx, { id, ...input });
    await p.record(ctx, [{ action: 'organisation.create', recordType: 'organisation', recordId: id }], tx);
  });
  await p.orgs.refresh();
  return { id, ...input };
}

export async function updateOrganisation(p: Platform, ctx: Ctx, id: string, input: Partial<z.infer<typeof orgInput>>): Promise<{ ok: true }> {
  requireGlobalAdmin(ctx);
  await p.db.transaction().execute(async (tx) => {
    if (!(await repo.updateOrganisation(tx, id, input))) throw notFound('organisation');
    await p.record(ctx, [{ action: 'organisation.update', recordType: 'organisation', recordId: id, details: { fields: Object.keys(input) } }], tx);
  });
  await p.orgs.refresh();
  return { ok: true };
}


/** Users: all of them for a global administrator, those of their own organisation for an organisation administrator. */
export async function listUsers(p: Platform, ctx: Ctx) {
  const scope = adminScope(ctx);
  return (await repo.listUsers(p.db, scope.global ? undefined : scope.actor.orgId)).map(presentUser);
}

/**
 * Creates a user: one administrator's act, on the record with its values (never the password). An
 * organisation administrator creates users of their own organisation with no more rights than their own.
 */
export async function createUser(p: Platform, ctx: Ctx, input: z.infer<typeof userInput>) {
  const scope = adminScope(ctx);
  checkGrant(scope, input);
  return insertUser(p, input, (tx, id) =>
    p.record(ctx, [{ action: 'user.create', recordType: 'user', recordId: id, details: { orgId: input.orgId, clearance: input.clearance, roles: flatRoles(input.roles) } }], tx),
  );
}

/** Inserts a user with an argon2id hash; `onInsert` puts it on the record in the same transaction. */
export async function insertUser(
  p: Platform,
  input: z.infer<typeof userInput>,
  onInsert: (tx: Platform['db'], id: string) => Promise<void>,
) {
  const id = crypto.randomUUID();
  const password_hash = await hashPassword(input.password);
  await p.db.transaction().execute(async (tx) => {
    if (await repo.usernameTaken(tx, input.username)) throw new AppError('CONFLICT', 'This username is taken.', 'username');
    if (!(await repo.organisationExists(tx, input.orgId))) throw new AppError('INVALID_INPUT', 'No such organisation.', 'orgId');
    await repo.insertUser(tx, { id, username: input.username, displayName: input.displayName, orgId: input.orgId, clearance: input.clearance, roles: input.roles, passwordHash: password_hash, locale: input.locale });
    await onInsert(tx, id);
  });
  const { password: _omit, ...rest } = input;
  return { id, ...rest };
}

/**
 * Edits a user. Name, language, password and disabling apply at once; a change of clearance, roles or
 * organisation is stored as pending and applies only when a second administrator approves it
 * (user-changes.service.ts). Returns the pending change's id when there is one.
 */
export async function updateUser(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof userPatch>): Promise<{ pendingChangeId: string | null }> {
  const scope = adminScope(ctx);
  const user = await managedUser(p, scope, id);
  checkGrant(scope, input);
  const set: repo.UserSet = {};
  if (input.displayName !== undefined) set.display_name = input.displayName;
  if (input.locale !== undefined) set.locale = input.locale;
  if (input.disabled !== undefined) set.disabled = input.disabled;
  if (input.password !== undefined) set.password_hash = await hashPassword(input.password);
  const asked = { clearance: input.clearance, roles: input.roles, orgId: input.orgId };
  if (Object.keys(set).length === 0 && Object.values(asked).every((v) => v === undefined)) throw new AppError('INVALID_INPUT', 'Nothing to change.');
  if (input.orgId !== undefined && input.orgId !== user.org_id) {
    if (!(await repo.organisationExists(p.db, input.orgId))) throw new AppError('INVALID_INPUT', 'No such organisation.', 'orgId');
  }
  let pendingChangeId: string | null = null;
  await p.db.transaction().execute(async (tx) => {
    if (Object.keys(set).length > 0) {
      if (!(await repo.updateUser(tx, id, set))) throw notFound('user');
      if (input.disabled || input.password) await endSessionsOfUser(tx, id);
      const fields = ['displayName', 'locale', 'disabled'].filter((k) => (input as Record<string, unknown>)[k] !== undefined);
      await p.record(ctx, [{ action: 'user.update', recordType: 'user', recordId: id, details: { fields } }], tx);
    }
    pendingChangeId = await requestChange(p, ctx, tx, user, asked);
  });
  return { pendingChangeId };
}

export async function listGroups(p: Platform, ctx: Ctx) {
  void ctx; // group names are visible to every signed-in user: they pick recipients
  const [groups, members] = await Promise.all([
    repo.listGroups(p.db),
    repo.listGroupMembers(p.db),
  ]);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    orgIds: members.filter((m) => m.group_id === g.id).map((m) => m.org_id),
  }));
}

export async function createGroup(p: Platform, ctx: Ctx, input: z.infer<typeof groupInput>) {
  requireGlobalAdmin(ctx);
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    if (await repo.groupNameTaken(tx, input.name)) throw new AppError('CONFLICT', 'A sharing group with this name exists.', 'name');
    await repo.insertGroup(tx, { id, name: input.name, description: input.description });
    await repo.replaceGroupMembers(tx, id, input.orgIds, { fresh: true });
    await p.record(ctx, [{ action: 'group.create', recordType: 'sharing_group', recordId: id, details: { orgIds: input.orgIds } }], tx);
  });
  return { id, ...input };
}

export async function setGroupMembers(p: Platform, ctx: Ctx, id: string, orgIds: string[]): Promise<{ ok: true }> {
  requireGlobalAdmin(ctx);
  await p.db.transaction().execute(async (tx) => {
    if (!(await repo.groupExists(tx, id))) throw notFound('sharing group');
    await repo.replaceGroupMembers(tx, id, orgIds);
    await p.record(ctx, [{ action: 'group.members', recordType: 'sharing_group', recordId: id, details: { orgIds } }], tx);
  });
  return { ok: true };
}
