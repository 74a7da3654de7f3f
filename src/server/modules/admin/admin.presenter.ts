/** The wire shapes of administration's answers (zod, the routes' response schemas) and the row → wire functions. */
import { z } from 'zod';
import type { UserRow } from './admin.repository.ts';

export const organisationWire = z.object({ id: z.string(), name: z.string(), kind: z.string(), country: z.string(), contact: z.string() });
export const organisationListWire = z.array(organisationWire);

const rolesWire = z.record(z.string(), z.array(z.string()));

export const userWire = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  clearance: z.string(),
  roles: rolesWire,
  locale: z.string(),
  disabled: z.boolean(),
});
export const userListWire = z.array(userWire);
/** A new user as created (never the password). */
export const userCreatedWire = userWire.omit({ disabled: true });

/** An edit: applied (200), or partly waiting for a second administrator (202, with the pending change). */
export const userEditedWire = z.object({ ok: z.literal(true), pendingChangeId: z.string().optional() });

const changeValuesWire = z.object({ clearance: z.string().optional(), roles: rolesWire.optional(), orgId: z.string().optional() });
export const userChangeListWire = z.array(
  z.object({
    id: z.string(),
    userId: z.string(),
    username: z.string(),
    orgId: z.string(),
    requestedBy: z.object({ id: z.string(), username: z.string() }),
    requestedAt: z.string(),
    old: changeValuesWire,
    new: changeValuesWire,
    /** The caller asked for it, or it concerns the caller: another administrator decides. */
    decidable: z.boolean(),
  }),
);

export const groupWire = z.object({ id: z.string(), name: z.string(), description: z.string(), orgIds: z.array(z.string()) });
export const groupListWire = z.array(groupWire);

export function presentUser(u: UserRow): z.infer<typeof userWire> {
  return { id: u.id, username: u.username, displayName: u.display_name, orgId: u.org_id, clearance: u.clearance, roles: u.roles, locale: u.locale, disabled: u.disabled };
}
