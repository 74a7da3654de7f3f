/**
 * Whom the content module tells about a case or an order (notifications): users chosen through the
 * admin module's directory, each one passed through the read door's policy step for the record the
 * notification names, so nobody learns of a case they could not open. The notification itself names
 * only the record ids; reading it later goes through the notifications module.
 */
import { actorById } from '../../platform/auth.ts';
import type { Database } from '../../platform/db.ts';
import { sortAtDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import type { MarkingRow } from '../../platform/records.ts';
import { activeUsersOfOrganisation } from '../admin/directory.service.ts';
import { MODULE } from './content.rules.ts';

/** Users of the case owner's organisation who may read the case in full (at most 500). */
export async function caseWatchers(p: Platform, db: Database, c: MarkingRow, now: Date): Promise<string[]> {
  const out: string[] = [];
  for (const id of await activeUsersOfOrganisation(db, c.owner_org_id, 500)) {
    const actor = await actorById(db, id);
    if (actor && sortAtDoor(p, { actor, requestId: '', purpose: null, now }, { module: MODULE, rows: [c] }).full.length === 1) out.push(id);
  }
  return out;
}

/** Users of an organisation with any content right: whom to tell about a scrutiny request. */
export async function contentUsers(db: Database, orgId: string): Promise<string[]> {
  const out: string[] = [];
  for (const id of await activeUsersOfOrganisation(db, orgId, 500)) {
    const actor = await actorById(db, id);
    if (actor && (actor.roles.content ?? []).length > 0) out.push(id);
  }
  return out;
}
