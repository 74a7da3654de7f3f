/** SQL of the reminders already sent (one per record, deadline and date). */
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { LegalTables } from './legal.tables.ts';

/** Records that a reminder of this deadline and date was sent; false when one was sent before. */
export async function claimReminder(tx: Database, v: { recordId: string; key: string; due: string }): Promise<boolean> {
  const fresh = await withTables<LegalTables>(tx)
    .insertInto('legal_reminders')
    .values({ record_id: v.recordId, deadline_key: v.key, due: v.due })
    .onConflict((oc) => oc.doNothing())
    .returning('record_id')
    .executeTakeFirst();
  return fresh !== undefined;
}
