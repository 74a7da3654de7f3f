/**
 * What an import may not touch: the ids this instance holds as its own. An object received from
 * outside (STIX bundle, MISP event, TAXII POST, federation pull) whose STIX id is one the outbox
 * produced, or whose uuid is the id of a local subject, report or link (or of a deleted one), would
 * take over a local record (its versions, its markings, what partners see under its id). Such objects
 * are refused, each with a message naming it; the rest of the import goes on.
 */
import { uuidOf, type StixObject } from '../../../core/sharing/stix.ts';
import type { Database } from '../../platform/db.ts';
import { intelRecordIdsHeld } from '../intel/subjects.service.ts';
import { localIdsAmong } from './objects.repository.ts';

export interface Refusal {
  id: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The message of an object refused because its id is a local record's. */
export const claimMessage = (id: string) =>
  `${id}: this id belongs to a record of this instance; an import cannot replace it or change its markings (send it under an id of your own)`;

/** The objects among `objects` whose id belongs to this instance's own records: STIX id → message. */
export async function localClaims(db: Database, objects: readonly StixObject[]): Promise<Map<string, string>> {
  const ids = [...new Set(objects.map((o) => o.id))];
  if (ids.length === 0) return new Map();
  const uuids = [...new Set(ids.map(uuidOf).filter((u) => UUID.test(u)))];
  const local = await localIdsAmong(db, ids, uuids);
  // Subjects, reports and links (and deleted ones) are intel's: asked through its service.
  const held = new Set([...local.map((id) => id.toLowerCase()), ...(await intelRecordIdsHeld(db, uuids))]);
  const out = new Map<string, string>();
  for (const id of ids) if (held.has(id.toLowerCase()) || held.has(uuidOf(id).toLowerCase())) out.set(id, claimMessage(id));
  return out;
}
