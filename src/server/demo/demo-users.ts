/** Demo accounts of the pillars added since the first dataset (each pillar's demo file creates its own). */
import type { Database } from '../platform/db.ts';
import type { AuditEvent } from '../platform/audit.ts';

export interface DemoAccount {
  username: string;
  description: string;
}

/** Inserts a demo user (password: the demo password) and puts its creation on the record. */
export async function insertDemoUser(
  tx: Database,
  u: { id: string; username: string; displayName: string; orgId: string; clearance: string; roles: Record<string, string[]> },
  passwordHash: string,
  events: AuditEvent[],
): Promise<void> {
  await tx
    .insertInto('users')
    .values({ id: u.id, username: u.username, display_name: `${u.displayName} (${u.username})`, org_id: u.orgId, clearance: u.clearance, roles: JSON.stringify(u.roles), password_hash: passwordHash })
    .execute();
  events.push({ action: 'user.create', recordType: 'user', recordId: u.id });
}

/** What a pillar's demo loader receives from the base dataset. */
export interface DemoBase {
  /** Organisation ids by key (platform, civil, military, threat, police, local, border, crisis, prevention, partner, oversight). */
  org: Record<string, string>;
  /** User ids by username. */
  users: Record<string, string>;
  passwordHash: string;
  /** Ids of the demo subjects (intel), for links from the pillar's records. */
  subjectIds: string[];
  /** Ids one pillar's loader leaves for a later one (loaders run in PILLAR_DEMOS order: crisis before alerts, prevention before evaluation). */
  shared: Record<string, string>;
  /** The data folder (keys that sign demo records, e.g. published CAP alerts). */
  dataDir: string;
  /** The server's Ed25519 key file (signs the demo's legal authorisation steps as the server does). */
  auditKeyFile?: string;
}

/** A pillar's demo data: its accounts (printed at start) and its loader (same transaction as the rest). */
export interface PillarDemo {
  accounts: DemoAccount[];
  load(tx: Database, base: DemoBase, events: AuditEvent[]): Promise<void>;
}
