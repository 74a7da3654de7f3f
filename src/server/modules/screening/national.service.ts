/**
 * National-list entries are intelligence subjects: their markings (kept with the entry) decide what a
 * screening user sees, through the same policy as intel (module "intel"). Here: the read door for the
 * subjects a screening answer shows (one audit event naming the released and hit/no-hit ids). The
 * policy's SQL twin is in national.repository.ts.
 */
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { AuditDetails, HeldEvents } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { NATIONAL_MODULE, withdrawNationalEntry } from './national.repository.ts';

/** The subject id of a national entry id `national:<uuid>`. */
export function subjectIdOf(entryId: string): string {
  return entryId.slice('national:'.length);
}

/** A national subject a screening answer would show: its id and its markings. */
export interface NationalRow {
  subjectId: string;
  access: RecordMarkings;
}

/**
 * Passes the national subjects of one screening answer through the read door (one audit event:
 * `recordIds` = subjects shown in full, `hitIds` = subjects answered "listed — contact"), and returns
 * the viewer's decision per subject id (absent: refused).
 */
export async function passNational(
  p: Platform,
  ctx: Ctx,
  rows: readonly NationalRow[],
  req: { action: string; details?: AuditDetails; tx?: Database | HeldEvents; hits?: boolean },
): Promise<Map<string, 'full' | 'hit'>> {
  const unique = [...new Map(rows.map((r) => [r.subjectId, r])).values()];
  const out = await passDoor(p, ctx, {
    module: NATIONAL_MODULE,
    recordType: 'subject',
    action: req.action,
    rows: unique,
    markings: (r) => ({ ...r.access, id: r.subjectId, deleted: r.access.deleted === true }),
    hits: req.hits ?? true,
    ...(req.details ? { details: req.details } : {}),
    ...(req.tx ? { tx: req.tx } : {}),
  });
  const view = new Map<string, 'full' | 'hit'>();
  for (const r of out.full) view.set(r.subjectId, 'full');
  for (const h of out.hits) view.set(h.id, 'hit');
  return view;
}

/**
 * The national entry follows its subject's deletion (the 'intel.subject-deleting' event, inside intel's
 * transaction): withdrawn from the national list at once — a new version without it, on the record
 * with the subject id — so screening no longer meets it (each process's index follows within about
 * p.config.screeningSyncMs) and its past hits stay, shown as withdrawn without the subject's data.
 */
export async function withdrawSubject(p: Platform, tx: Database, ctx: Ctx, subjectId: string): Promise<void> {
  const v = await withdrawNationalEntry(tx, `national:${subjectId}`, { reason: 'subject deleted', createdBy: ctx.actor.userId });
  if (!v) return;
  await p.record(ctx, [{ action: 'screening.national_withdrawn', recordType: 'subject', recordId: subjectId, details: { versionId: v.id, version: v.number, hits: v.hits } }], tx);
}
