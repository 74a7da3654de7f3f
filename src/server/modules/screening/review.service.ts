/**
 * Hit review: a queue per batch sorted by score, each hit beside its listed entry and the engine's
 * explanation, and the analyst's decision — true match, false positive (remembered, suppressed next
 * time) or escalation (a report on a national subject; a referral to the intelligence services for
 * an official or custom list entry). Vigil never decides: every status change is a person's, audited.
 */
import { z } from 'zod';
import { canAccess, referralMarkings } from '../../../core/access/policy.ts';
import { INFO_CREDIBILITY, SOURCE_RELIABILITY } from '../../../core/vocab.ts';
import { actorById } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { createScreeningReport } from '../intel/reports.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { loadBatch } from './batches.service.ts';
import { passDoor } from '../../platform/door.ts';
import { referralReadableSql } from '../../platform/records.ts';
import { hitVisibleSql } from './national.ts';
import { presentHits, type HitRow } from './present.ts';
import { pdb, requirePermission, sdb, type HitStatus, type ScreeningDb, text } from './screening.db.ts';

export const queueQuery = z.object({
  status: z.enum(['open', 'decided', 'suppressed', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const decisionBody = z.object({
  decision: z.enum(['true_match', 'false_positive', 'escalate']),
  reason: text().trim().max(2000).default(''),
  sourceReliability: z.enum(SOURCE_RELIABILITY).default('B'),
  infoCredibility: z.enum(INFO_CREDIBILITY).default('3'),
});
export const referralsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) });

const DECIDED: HitStatus[] = ['true_match', 'false_positive', 'escalated'];

/** The review queue of a batch: hits best first (open ones by default); the policy filters before paging. */
export async function hitQueue(p: Platform, ctx: Ctx, batchId: string, q: z.infer<typeof queueQuery>) {
  requirePermission(ctx, 'read');
  const batch = await loadBatch(p, ctx, batchId);
  const rows = await sdb(p.db)
    .selectFrom('screening_hits as h')
    .selectAll('h')
    .where('h.batch_id', '=', batchId)
    .where(hitVisibleSql(p, ctx, 'h'))
    .$if(q.status === 'open', (qb) => qb.where('h.status', '=', 'open'))
    .$if(q.status === 'decided', (qb) => qb.where('h.status', 'in', DECIDED))
    .$if(q.status === 'suppressed', (qb) => qb.where('h.status', '=', 'suppressed'))
    .orderBy('h.score', 'desc')
    .orderBy('h.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const items = await presentHits(p, ctx, rows, { withTraveller: true, action: 'screening.queue_read', details: { batchId, status: q.status, hits: rows.map((h) => h.id) } });
  return { batch: { id: batch.id, flight: batch.flight, date: batch.travel_date, port: batch.port, status: batch.status }, items };
}

/** A hit of the caller's organisation that the policy lets the caller see, or 404 (as for a missing one). */
async function loadHit(p: Platform, ctx: Ctx, db: ScreeningDb, id: string): Promise<HitRow> {
  const h = await db.selectFrom('screening_hits as h').selectAll('h').where('h.id', '=', id).where(hitVisibleSql(p, ctx, 'h')).executeTakeFirst();
  if (!h) throw notFound('hit');
  await loadBatch(p, ctx, h.batch_id);
  return h;
}

/** One hit, side by side with its entry (404 when the viewer may not see it). */
export async function getHit(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'read');
  const h = await loadHit(p, ctx, sdb(p.db), id);
  const [item] = await presentHits(p, ctx, [h], { withTraveller: true, action: 'screening.hit_read', details: { hitId: id } });
  if (!item) throw notFound('hit');
  const history = await sdb(p.db).selectFrom('screening_decisions').select(['decision', 'reason', 'decided_by', 'decided_at']).where('hit_id', '=', id).orderBy('decided_at').execute();
  return { ...item, history: history.map((d) => ({ decision: d.decision, reason: d.reason, by: d.decided_by, at: d.decided_at })) };
}

function reportText(traveller: Record<string, unknown> | null, batch: { flight: string; travel_date: string | null; port: string }, score: number, reason: string) {
  const t = traveller ?? {};
  const lines = [
    'A traveller screened at the border matched this subject; the screening officer escalated the hit.',
    `Traveller: ${String(t['name'] ?? '')}` + (t['birthDate'] ? `, born ${String(t['birthDate'])}` : '') + (t['nationality'] ? `, nationality ${String(t['nationality'])}` : ''),
    t['documentNumber'] ? `Document: ${String(t['documentNumber'])}` : '',
    `Travel: ${[batch.flight && `flight ${batch.flight}`, batch.travel_date, batch.port].filter(Boolean).join(', ') || 'not given'}`,
    `Match score: ${score.toFixed(3)}`,
    reason ? `Officer's note: ${reason}` : '',
  ];
  return lines.filter(Boolean).join('\n');
}

/** Tells the users of the subject's organisation who may read it that a report arrived (no content in the notification). */
async function notifyOwner(p: Platform, ctx: Ctx, tx: ScreeningDb, access: Parameters<typeof canAccess>[1], reportId: string, hitId: string) {
  const users = await tx.selectFrom('users').select('id').where('org_id', '=', access.ownerOrgId).where('disabled', '=', false).limit(500).execute();
  const to: string[] = [];
  for (const u of users) {
    const a = await actorById(pdb(tx), u.id);
    if (a && canAccess(a, access, 'read', { module: 'intel', now: ctx.now, graceDays: p.config.retentionGraceDays }) === 'full') to.push(u.id);
  }
  await notify(pdb(tx), to, { kind: 'screening.escalated', recordType: 'report', recordId: reportId, payload: { hitId } });
}

/** Records the analyst's decision on a hit. */
export async function decideHit(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof decisionBody>) {
  requirePermission(ctx, 'write');
  const db = sdb(p.db);
  await loadHit(p, ctx, db, id); // the policy on a national subject applies (404 as for a missing hit)
  if (body.decision === 'false_positive' && body.reason.length < 5) throw new AppError('INVALID_INPUT', 'Give the reason this is not the listed person (it is kept with the suppression).', 'reason');
  const result = await db.transaction().execute(async (tx) => {
    const h = await tx.selectFrom('screening_hits').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const ok = h.status === 'open' || (h.status === 'true_match' && body.decision === 'escalate');
    if (!ok) throw new AppError('CONFLICT', `This hit was already decided (${h.status.replace('_', ' ')}).`, 'decision');
    const batch = await tx.selectFrom('screening_batches').select(['flight', 'travel_date', 'port']).where('id', '=', h.batch_id).executeTakeFirstOrThrow();
    const trav = await tx.selectFrom('screening_travellers').select(['traveller', 'identity_key']).where('batch_id', '=', h.batch_id).where('seq', '=', h.seq).executeTakeFirstOrThrow();
    await tx.insertInto('screening_decisions').values({ id: crypto.randomUUID(), hit_id: id, decision: body.decision, reason: body.reason, decided_by: ctx.actor.userId }).execute();
    const set: { status: HitStatus; suppression_id?: string; report_id?: string; referral_id?: string } = { status: body.decision === 'escalate' ? 'escalated' : body.decision };
    if (body.decision === 'false_positive' && trav.identity_key) {
      // One active suppression per identity and entry: an older one (made before the entry changed) gives way.
      await tx
        .updateTable('screening_suppressions')
        .set({ revoked_at: new Date(), revoked_by: ctx.actor.userId, revoke_reason: 'replaced by a newer decision' })
        .where('owner_org_id', '=', ctx.actor.orgId).where('identity_key', '=', trav.identity_key).where('entry_id', '=', h.entry_id).where('revoked_at', 'is', null)
        .execute();
      set.suppression_id = crypto.randomUUID();
      await tx
        .insertInto('screening_suppressions')
        .values({ id: set.suppression_id, owner_org_id: ctx.actor.orgId, identity_key: trav.identity_key, entry_id: h.entry_id, entry_hash: h.entry_hash, traveller: JSON.stringify(trav.traveller), reason: body.reason, hit_id: id, created_by: ctx.actor.userId, revoked_by: null, revoked_at: null, revoke_reason: null })
        .execute();
    }
    if (body.decision === 'escalate' && h.source_id === 'national') {
      const subjectId = h.entry_id.slice('national:'.length);
      const text = reportText(trav.traveller as Record<string, unknown> | null, batch, h.score, body.reason);
      const title = `Border screening hit${batch.flight ? ` — flight ${batch.flight}` : ''}${batch.travel_date ? ` (${batch.travel_date})` : ''}`;
      const reportId = await createScreeningReport(p, ctx, pdb(tx), { subjectId, title, body: text, sourceReliability: body.sourceReliability, infoCredibility: body.infoCredibility });
      if (!reportId) throw new AppError('CONFLICT', 'The subject is no longer on the national list; contact its organisation directly.');
      set.report_id = reportId;
      const e = await tx.selectFrom('watchlist_entries as e').innerJoin('watchlist_versions as v', 'v.id', 'e.version_id').select('e.access').where('v.active', '=', true).where('e.entry_id', '=', h.entry_id).executeTakeFirst();
      if (e?.access) await notifyOwner(p, ctx, tx, e.access as never, reportId, id);
    } else if (body.decision === 'escalate') {
      set.referral_id = crypto.randomUUID();
      await tx.insertInto('screening_referrals').values({ id: set.referral_id, hit_id: id, entry_id: h.entry_id, source_id: h.source_id, from_org_id: ctx.actor.orgId, note: body.reason, created_by: ctx.actor.userId }).execute();
    }
    await tx.updateTable('screening_hits').set({ ...set, decided_by: ctx.actor.userId, decided_at: new Date(), reason: body.reason }).where('id', '=', id).execute();
    await p.record(ctx, [{ action: 'screening.hit_decide', recordType: 'screening_hit', recordId: id, details: { batchId: h.batch_id, decision: body.decision, entryId: h.entry_id, suppressionId: set.suppression_id, reportId: set.report_id, referralId: set.referral_id } }], pdb(tx));
    return set;
  });
  return { ...(await getHit(p, ctx, id)), ...('report_id' in result ? { reportId: result.report_id } : {}) };
}

/**
 * Referrals of escalated hits on official or custom lists: who reads them is the policy's referral rule
 * (the referring organisation its own, the intelligence services all; canReadReferral), applied in SQL
 * before paging and again at the read door.
 */
export async function listReferrals(p: Platform, ctx: Ctx, q: z.infer<typeof referralsQuery>) {
  requirePermission(ctx, 'read');
  const rows = await sdb(p.db)
    .selectFrom('screening_referrals as r')
    .innerJoin('screening_hits as h', 'h.id', 'r.hit_id')
    .innerJoin('screening_travellers as t', (j) => j.onRef('t.batch_id', '=', 'h.batch_id').onRef('t.seq', '=', 'h.seq'))
    .innerJoin('screening_batches as b', 'b.id', 'h.batch_id')
    .select(['r.id', 'r.hit_id', 'r.entry_id', 'r.source_id', 'r.from_org_id', 'r.note', 'r.created_by', 'r.created_at', 'h.score', 'h.explanation', 't.traveller', 'b.flight', 'b.travel_date', 'b.port'])
    .where(referralReadableSql(ctx, p.config.retentionGraceDays, 'r'))
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const { full } = await passDoor(p, ctx, {
    module: 'screening',
    recordType: 'screening_referral',
    action: 'screening.referrals_read',
    rows,
    markings: (r) => referralMarkings(ctx.actor, { id: r.id, fromOrgId: r.from_org_id }),
  });
  await p.orgs.fresh();
  return {
    items: full.map((r) => ({
      id: r.id, hitId: r.hit_id, entryId: r.entry_id, source: r.source_id, from: { organisationId: r.from_org_id, organisation: p.orgs.name(r.from_org_id) },
      note: r.note, createdBy: r.created_by, createdAt: r.created_at, score: r.score, explanation: r.explanation, traveller: r.traveller,
      travel: { flight: r.flight, date: r.travel_date, port: r.port },
    })),
  };
}
