/**
 * The admin module's tables (organisations, users, user_changes, sharing groups) as Kysely types.
 * Nothing else: the SQL is in admin.repository.ts; other modules read these through the admin service.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: string;
  country: Generated<string>;
  contact: Generated<string>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  org_id: string;
  clearance: string;
  roles: Json<Record<string, string[]>>;
  password_hash: string;
  locale: Generated<string>;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

/** A pending, approved or rejected change of a user's clearance, roles or organisation (migration 0009). */
export interface UserChangesTable {
  id: string;
  user_id: string;
  requested_by: string;
  requested_at: Timestamp;
  old_values: Json<UserChangeValues>;
  new_values: Json<UserChangeValues>;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  decided_by: string | null;
  decided_at: Date | null;
}

export interface UserChangeValues {
  clearance?: string;
  roles?: Record<string, string[]>;
  orgId?: string;
}

export interface SharingGroupsTable {
  id: string;
  name: string;
  description: Generated<string>;
  created_at: Timestamp;
}

export interface SharingGroupMembersTable {
  group_id: string;
  org_id: string;
}

export interface AdminTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_changes: UserChangesTable;
  sharing_groups: SharingGroupsTable;
  sharing_group_members: SharingGroupMembersTable;
}

/** The tables the admin module owns (its VigilModule.tables). */
export const ADMIN_TABLES = [
  'organisations',
  'users',
  'sharing_groups',
  'sharing_group_members',
  'user_changes',
] as const satisfies ReadonlyArray<keyof AdminTables>;
