/**
 * Hit review: a queue per batch sorted by score, each hit beside its listed entry and the engine's
 * explanation, and the analyst's decision — true match, false positive (remembered, suppressed next
 * time) or escalation (a report on a national subject; a referral to the intelligence services for
 * an official or custom list entry). Vigil never decides: every status change is a person's, audited.
 */
import type { z } from 'zod';
import { referralMarkings, type RecordMarkings } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoor } from '../../platform/door.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { createScreeningReport } from '../intel/reports.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import type { HitRow } from './batches.repository.ts';
import { loadBatch } from './batches.service.ts';
import { ownerReaders } from './encounters.service.ts';
import { presentHits } from './hit-views.service.ts';
import * as repo from './hits.repository.ts';
import { iso } from './lists.presenter.ts';
import { activeEntryAccess } from './national.repository.ts';
import { subjectIdOf } from './national.service.ts';
import { requirePermission } from './screening.access.ts';
import type { decisionBody, queueQuery, referralsQuery } from './screening.inputs.ts';
import type { HitStatus } from './screening.tables.ts';

/**
 * The review queue of a batch: hits best first (open ones by default) or by a whitelisted field; the
 * policy filters before paging, and `total` counts with the same filter (never a hit the viewer may not see).
 */
export async function hitQueue(p: Platform, ctx: Ctx, batchId: string, q: z.infer<typeof queueQuery>) {
  requirePermission(ctx, 'read');
  const batch = await loadBatch(p, ctx, batchId);
  const [rows, total] = await Promise.all([repo.hitQueue(p.db, ctx, batchId, q), repo.countHitQueue(p.db, ctx, batchId, q)]);
  const items = await presentHits(p, ctx, rows, { withTraveller: true, action: 'screening.queue_read', details: { batchId, status: q.status, hits: rows.map((h) => h.id) } });
  return { batch: { id: batch.id, flight: batch.flight, date: batch.travel_date, port: batch.port, status: batch.status }, items, total };
}

/** A hit of the caller's organisation that the policy lets the caller see, or 404 (as for a missing one). */
async function loadHit(p: Platform, ctx: Ctx, id: string): Promise<HitRow> {
  const h = await repo.findVisibleHit(p.db, ctx, id);
  if (!h) throw notFound('hit');
  await loadBatch(p, ctx, h.batch_id);
  return h;
}

/** One hit, side by side with its entry (404 when the viewer may not see it). */
export async function getHit(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'read');
  const h = await loadHit(p, ctx, id);
  const [item] = await presentHits(p, ctx, [h], { withTraveller: true, action: 'screening.hit_read', details: { hitId: id } });
  if (!item) throw notFound('hit');
  const history = await repo.decisionsOf(p.db, id);
  return { ...item, history: history.map((d) => ({ decision: d.decision, reason: d.reason, by: d.decided_by, at: iso(d.decided_at) })) };
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
async function notifyOwner(p: Platform, ctx: Ctx, tx: Database, access: RecordMarkings, reportId: string, hitId: string) {
  const to = await ownerReaders(p, tx, access, ctx.now);
  await notify(tx, to, { kind: 'screening.escalated', recordType: 'report', recordId: reportId, payload: { hitId } });
}

/** Records the analyst's decision on a hit. */
export async function decideHit(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof decisionBody>) {
  requirePermission(ctx, 'write');
  await loadHit(p, ctx, id); // the policy on a national subject applies (404 as for a missing hit)
  if (body.decision === 'false_positive' && body.reason.length < 5) throw new AppError('INVALID_INPUT', 'Give the reason this is not the listed person (it is kept with the suppression).', 'reason');
  const result = await p.db.transaction().execute(async (tx) => {
    const { h, batch, trav } = await repo.lockHitForDecision(tx, id);
    const ok = h.status === 'open' || (h.status === 'true_match' && body.decision === 'escalate');
    if (!ok) throw new AppError('CONFLICT', `This hit was already decided (${h.status.replace('_', ' ')}).`, 'decision');
    await repo.insertDecision(tx, { hitId: id, decision: body.decision, reason: body.reason, by: ctx.actor.userId });
    const set: { status: HitStatus; suppression_id?: string; report_id?: string; referral_id?: string } = { status: body.decision === 'escalate' ? 'escalated' : body.decision };
    if (body.decision === 'false_positive' && trav.identity_key) {
      // One active suppression per identity and entry: an older one (made before the entry changed) gives way.
      set.suppression_id = crypto.randomUUID();
      await repo.replaceSuppression(tx, { id: set.suppression_id, owner_org_id: ctx.actor.orgId, identity_key: trav.identity_key, entry_id: h.entry_id, entry_hash: h.entry_hash, traveller: JSON.stringify(trav.traveller), reason: body.reason, hit_id: id, created_by: ctx.actor.userId });
    }
    if (body.decision === 'escalate' && h.source_id === 'national') {
      const subjectId = subjectIdOf(h.entry_id);
      const text = reportText(trav.traveller as Record<string, unknown> | null, batch, h.score, body.reason);
      const title = `Border screening hit${batch.flight ? ` — flight ${batch.flight}` : ''}${batch.travel_date ? ` (${batch.travel_date})` : ''}`;
      const reportId = await createScreeningReport(p, ctx, tx, { subjectId, title, body: text, sourceReliability: body.sourceReliability, infoCredibility: body.infoCredibility });
      if (!reportId) throw new AppError('CONFLICT', 'The subject is no longer on the national list; contact its organisation directly.');
      set.report_id = reportId;
      const access = (await activeEntryAccess(tx, [h.entry_id])).get(h.entry_id);
      if (access) await notifyOwner(p, ctx, tx, access, reportId, id);
    } else if (body.decision === 'escalate') {
      set.referral_id = crypto.randomUUID();
      await repo.insertReferral(tx, { id: set.referral_id, hit_id: id, entry_id: h.entry_id, source_id: h.source_id, from_org_id: ctx.actor.orgId, note: body.reason, created_by: ctx.actor.userId });
    }
    await repo.setHitDecision(tx, id, set, ctx.actor.userId, body.reason);
    await p.record(ctx, [{ action: 'screening.hit_decide', recordType: 'screening_hit', recordId: id, details: { batchId: h.batch_id, decision: body.decision, entryId: h.entry_id, suppressionId: set.suppression_id, reportId: set.report_id, referralId: set.referral_id } }], tx);
    return set;
  });
  return { ...(await getHit(p, ctx, id)), ...('report_id' in result ? { reportId: result.report_id! } : {}) };
}

/**
 * Referrals of escalated hits on official or custom lists: who reads them is the policy's referral rule
 * (the referring organisation its own, the intelligence services all; canReadReferral), applied in SQL
 * before paging and again at the read door.
 */
export async function listReferrals(p: Platform, ctx: Ctx, q: z.infer<typeof referralsQuery>) {
  requirePermission(ctx, 'read');
  const rows = await repo.readableReferrals(p.db, ctx, p.config.retentionGraceDays, q);
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
      note: r.note, createdBy: r.created_by, createdAt: iso(r.created_at), score: r.score, explanation: r.explanation, traveller: r.traveller,
      travel: { flight: r.flight, date: r.travel_date, port: r.port },
    })),
  };
}
