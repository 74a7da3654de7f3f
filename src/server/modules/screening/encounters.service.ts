/**
 * Screening encounters (issue #15, no false "clear"): every national-list entry reaches every screening.
 * A screener who may not read the subject gets "listed — contact organisation X, action: …" (the
 * action its owner set per subject: discreet check, stop or inform; inform by default), and the owner
 * organisation is told of the encounter (an in-app notification to its users who may read the subject,
 * and one audit event naming the subjects met).
 */
import { z } from 'zod';
import { canAccess, type RecordMarkings } from '../../../core/access/policy.ts';
import { actorById } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { activeUsersOfOrganisation } from '../admin/directory.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { nationalEntryAccess, subjectActions, upsertSubjectAction } from './national.repository.ts';
import { subjectIdOf } from './national.service.ts';
import type { actionBody } from './screening.inputs.ts';
import type { ScreenedHit } from './screening.runtime.ts';
import type { EncounterAction } from './screening.tables.ts';

export const DEFAULT_ACTION: EncounterAction = 'inform';

/** The owner's screening action per subject id (inform where none is set). */
export async function encounterActions(db: Database, subjectIds: readonly string[]): Promise<Map<string, EncounterAction>> {
  const out = new Map<string, EncounterAction>(subjectIds.map((id) => [id, DEFAULT_ACTION]));
  for (const [id, action] of await subjectActions(db, subjectIds)) out.set(id, action);
  return out;
}

/** Users of the owner organisation who may read the subject in full (whom a notification about it may name it to). */
export async function ownerReaders(p: Platform, tx: Database, access: RecordMarkings, now: Date): Promise<string[]> {
  const to: string[] = [];
  for (const id of await activeUsersOfOrganisation(tx, access.ownerOrgId, 500)) {
    const a = await actorById(tx, id);
    if (a && canAccess(a, access, 'read', { module: 'intel', now, graceDays: p.config.retentionGraceDays }) === 'full') to.push(id);
  }
  return to;
}

/**
 * The national subjects a screening met that its owner must be told of, by subject id: those the
 * screener may not read (answered "listed") and another organisation owns, each with its best hit.
 */
export function encounterSubjects(ctx: Ctx, found: ReadonlyArray<{ hits: ReadonlyArray<ScreenedHit & { id: string }> }>) {
  const met = new Map<string, { access: RecordMarkings; hitId: string; score: number }>();
  for (const r of found) {
    for (const h of r.hits) {
      const access = h.meta.access;
      // The owner is told where the screener may not read the subject (answered "listed"); a screener who
      // reads it in full has it before them and escalates through the hit review.
      if (h.meta.sourceId !== 'national' || !access || h.view !== 'hit' || access.ownerOrgId === ctx.actor.orgId) continue;
      const id = subjectIdOf(h.entryId);
      const had = met.get(id);
      if (!had || had.score < h.score) met.set(id, { access, hitId: h.id, score: h.score });
    }
  }
  return met;
}

/**
 * Tells the owners of the national subjects another organisation's screening met and answered
 * "listed" (inside the screening's transaction): a notification per subject to the owner's readers, and
 * one audit event (hitIds: the subjects met). A re-screening's encounters carry its id (`extra`; the
 * traveller travelled before the subject was listed). Returns how many subjects were answered "listed".
 */
export async function recordEncounters(
  p: Platform,
  ctx: Ctx,
  tx: Database,
  batchId: string,
  found: ReadonlyArray<{ seq: number; hits: ReadonlyArray<ScreenedHit & { id: string }> }>,
  extra: { rescreenId?: string } = {},
): Promise<number> {
  const met = encounterSubjects(ctx, found);
  if (met.size === 0) return 0;
  await p.orgs.fresh();
  let notified = 0;
  const readers = new Map<string, string[]>();
  for (const [subjectId, m] of met) {
    const key = JSON.stringify(m.access);
    let to = readers.get(key);
    if (!to) readers.set(key, (to = await ownerReaders(p, tx, m.access, ctx.now)));
    notified += to.length;
    await notify(tx, to, {
      kind: 'screening.encounter',
      recordType: 'subject',
      recordId: subjectId,
      payload: { batchId, hitId: m.hitId, score: Math.round(m.score * 1000) / 1000, screenedBy: { organisationId: ctx.actor.orgId, organisation: p.orgs.name(ctx.actor.orgId) }, ...extra },
    });
  }
  await p.record(ctx, [{ action: 'screening.encounter', recordType: 'subject', hitIds: [...met.keys()], details: { batchId, listed: met.size, notified, ...extra } }], tx);
  return met.size;
}

/** The subject's national entry if the caller owns it with the intel write right, else 404 (as for a missing id). */
async function ownedEntry(p: Platform, ctx: Ctx, subjectId: string): Promise<RecordMarkings> {
  const access = await nationalEntryAccess(p.db, subjectId);
  if (!access || canAccess(ctx.actor, access, 'write', { module: 'intel', now: ctx.now, graceDays: p.config.retentionGraceDays }) !== 'full') throw notFound('subject');
  return access;
}

/** The screening action the owner set for a subject on the national list (owner only). */
export async function getAction(p: Platform, ctx: Ctx, subjectId: string) {
  await ownedEntry(p, ctx, subjectId);
  const action = (await encounterActions(p.db, [subjectId])).get(subjectId)!;
  await p.record(ctx, [{ action: 'screening.action_read', recordType: 'subject', recordId: subjectId }]);
  return { subjectId, action };
}

/** Sets what a screener who may not read the subject is asked to do on a hit (owner only). */
export async function setAction(p: Platform, ctx: Ctx, subjectId: string, body: z.infer<typeof actionBody>) {
  const access = await ownedEntry(p, ctx, subjectId);
  await p.db.transaction().execute(async (tx) => {
    await upsertSubjectAction(tx, { subjectId, action: body.action, ownerOrgId: access.ownerOrgId, setBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'screening.action_set', recordType: 'subject', recordId: subjectId, details: { action: body.action } }], tx);
  });
  return { subjectId, action: body.action };
}
