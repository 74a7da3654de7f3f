/**
 * Referrals (voluntary) and removal orders (binding; Regulation 2021/784): drafted on a case, checked
 * for duplicates (another authority already ordered the same URL or matching content, as Europol's
 * PERCI flags), issued (a signed webhook to the provider, one hour to act; a cross-border copy to
 * the host member state's authority, 72 hours to scrutinise), withdrawn or revoked, and appealed.
 */
import type { Updateable } from 'kysely';
import { z } from 'zod';
import { hammingHex } from '../../../core/content/index.ts';
import { uuid } from '../../../core/contracts.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import type { Database } from '../../platform/db.ts';
import { notify } from '../notifications/notifications.service.ts';
import { authoritiesOfCountry as authoritiesOf, organisationById } from '../admin/directory.service.ts';
import { actionableCase, type CaseRow } from './content-cases.access.ts';
import { caseSignals, closeIfDone, findCase } from './content-cases.repository.ts';
import { contentRuntime } from './content.jobs.ts';
import { DEFAULT_THRESHOLD, MIN_QUALITY, OFFENCE_TEXT, REMOVAL_DEADLINE_MS, requirePermission, SCRUTINY_MS } from './content.rules.ts';
import type { ContentOrdersTable, Duplicate } from './content.tables.ts';
import { iso } from './content.presenter.ts';
import { caseWatchers, contentUsers } from './content.watchers.ts';
import { insertDelivery } from './deliveries.repository.ts';
import * as repo from './orders.repository.ts';
import { getOrder, orderRow, readableOrder, type OrderRow } from './order-reads.service.ts';
import { findProvider } from './providers.repository.ts';

export const orderInput = z.object({
  kind: z.enum(['referral', 'removal_order']),
  reasons: z.string().trim().min(20, 'state the reasons in at least 20 characters').max(20_000),
});
export const issueInput = z.object({
  /** Send even though another authority already ordered this content (after checking with them). */
  acknowledgeDuplicates: z.boolean().default(false),
  /** For a cross-border order: the host member state's competent authority (default: the one organisation of that country). */
  scrutinyAuthorityId: uuid.optional(),
});
export const withdrawInput = z.object({ reason: z.string().trim().min(5, 'give the reason').max(2000) });
export const scrutinyInput = z.object({
  decision: z.enum(['no_infringement', 'infringement']),
  reasoning: z.string().trim().min(10, 'give the reasoning').max(20_000),
});
export const appealInput = z.object({
  status: z.enum(['lodged', 'upheld', 'overturned']),
  note: z.string().trim().min(5).max(20_000),
});

/** Orders by other authorities (issued, not withdrawn) for the same URL or matching content (call p.orgs.fresh() first). */
export async function findDuplicates(p: Platform, db: Database, c: CaseRow, issuingOrgId: string): Promise<Duplicate[]> {
  const signals = await caseSignals(db, c.id);
  const pdqs = signals.filter((s) => s.pdq && (s.quality ?? 100) >= MIN_QUALITY).map((s) => s.pdq!);
  const digests = (type: 'md5' | 'sha256') => signals.map((s) => s[type]).filter((v): v is string => !!v);
  const found = await repo.duplicateCandidates(db, c.id, issuingOrgId, { urlKey: c.url_key, md5: digests('md5'), sha256: digests('sha256'), withPdq: pdqs.length > 0 });
  const out = new Map<string, Duplicate>();
  const add = (r: { id: string; kind: string; status: string; issuing_org_id: string; issued_at: Date | null }, reason: Duplicate['reason'], distance?: number) => {
    if (out.has(r.id)) return;
    out.set(r.id, { orderId: r.id, kind: r.kind, status: r.status, issuingOrgId: r.issuing_org_id, issuingAuthority: p.orgs.name(r.issuing_org_id), issuedAt: r.issued_at ? new Date(r.issued_at).toISOString() : null, reason, ...(distance !== undefined ? { distance } : {}) });
  };
  for (const r of found.byUrl) add(r, 'url');
  for (const { type, rows } of found.byDigest) for (const r of rows) add(r, type, 0);
  for (const r of found.byPdq) {
    const d = Math.min(...pdqs.map((h) => hammingHex(h, r.pdq!)));
    if (d <= DEFAULT_THRESHOLD) add(r, 'pdq', d);
  }
  return [...out.values()];
}

/** Drafts a referral or removal order on a case; duplicates are flagged at once, before anything is sent. */
export async function createOrder(p: Platform, ctx: Ctx, caseId: string, input: z.infer<typeof orderInput>) {
  const c = await actionableCase(p, ctx, caseId, 'write');
  if (c.status !== 'open') throw new AppError('CONFLICT', 'The case is closed.', 'caseId');
  const id = crypto.randomUUID();
  await p.orgs.fresh();
  await p.db.transaction().execute(async (tx) => {
    const duplicates = await findDuplicates(p, tx, c, ctx.actor.orgId);
    await repo.insertOrder(tx, { id, case_id: caseId, kind: input.kind, status: 'draft', provider_id: c.provider_id, issuing_org_id: ctx.actor.orgId, reasons: input.reasons, duplicates: JSON.stringify(duplicates), created_by: ctx.actor.userId, outcome: null, outcome_note: null, removed_at: null, issued_by: null, scrutiny_org_id: null, scrutiny_decision: null, scrutiny_reasoning: null, scrutiny_by: null, appeal_status: null, appeal_note: null, withdrawn_reason: null });
    await p.record(ctx, [{ action: 'content.order.create', recordType: 'content_order', recordId: id, details: { caseId, kind: input.kind, duplicates: duplicates.map((d) => d.orderId) } }], tx);
  });
  return getOrder(p, ctx, id, { audit: false });
}

/** A loaded order the caller may act on, with the permission the action needs. */
async function actionableOrder(p: Platform, ctx: Ctx, id: string, permission: 'write' | 'approve') {
  requirePermission(ctx, permission, 'act on orders');
  const { order } = await readableOrder(p, ctx, id);
  // Only the issuing authority acts on its orders (issue, withdraw, revoke, appeal), whoever reads the case.
  if (order.issuing_org_id !== ctx.actor.orgId) throw forbidden('Only the authority that issued this order can act on it.');
  const c = await actionableCase(p, ctx, order.case_id, permission);
  return { order, case: c };
}

/** The webhook message of an order event (the portal link is added, with a fresh token, per attempt). */
async function queueDelivery(tx: Database, p: Platform, o: OrderRow, c: CaseRow, event: string, portalBase: string, extra: Record<string, unknown> = {}) {
  const signals = await caseSignals(tx, c.id);
  const issuer = await issuerOf(tx, o.issuing_org_id);
  const payload = {
    event,
    order: {
      id: o.id,
      kind: o.kind,
      legalBasis: o.kind === 'removal_order' ? 'Regulation (EU) 2021/784, Article 3 (removal order)' : "Voluntary referral (Regulation (EU) 2021/784, recital 40): assess against your terms and conditions",
      issuedAt: o.issued_at,
      dueAt: o.due_at,
      issuingAuthority: issuer,
      url: c.url,
      offence: c.offence,
      offenceText: OFFENCE_TEXT[c.offence as keyof typeof OFFENCE_TEXT],
      reasons: o.reasons,
      contentHashes: signals.map((s) => ({ pdq: s.pdq, md5: s.md5, sha256: s.sha256 })),
      crossBorder: o.cross_border,
      redress: 'You may contest the order, or report that you cannot comply, through the portal link; Regulation (EU) 2021/784, Articles 3(7), 3(8) and 9.',
    },
    ...extra,
    portalBase,
  };
  await insertDelivery(tx, { orderId: o.id, providerId: o.provider_id, event, payload });
}

/** Issues a draft: removal orders need approve permission; duplicates must be acknowledged. */
export async function issueOrder(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof issueInput>, portalBase: string) {
  const { order } = await readableOrder(p, ctx, id);
  const { case: c } = await actionableOrder(p, ctx, id, order.kind === 'removal_order' ? 'approve' : 'write');
  if (order.status !== 'draft') throw new AppError('CONFLICT', `The order was already ${order.status}.`, 'status');
  await p.orgs.fresh();
  await p.db.transaction().execute(async (tx) => {
    const duplicates = await findDuplicates(p, tx, c, ctx.actor.orgId);
    if (duplicates.length && !input.acknowledgeDuplicates) {
      await repo.updateOrder(tx, id, { duplicates: JSON.stringify(duplicates), updated_at: ctx.now });
      throw new AppError('CONFLICT', `Already ordered by ${[...new Set(duplicates.map((d) => d.issuingAuthority))].join(', ')}: check with them, then send with acknowledgeDuplicates or withdraw.`, 'acknowledgeDuplicates');
    }
    const provider = (await findProvider(tx, order.provider_id))!;
    const issuer = await issuerOf(tx, ctx.actor.orgId);
    const crossBorder = order.kind === 'removal_order' && provider.country !== issuer.country;
    let scrutinyOrg: string | null = null;
    if (crossBorder) {
      const candidates = await authoritiesOf(tx, provider.country);
      const chosen = input.scrutinyAuthorityId ? candidates.find((o) => o.id === input.scrutinyAuthorityId) : candidates.length === 1 ? candidates[0] : undefined;
      if (!chosen) {
        throw invalid(
          input.scrutinyAuthorityId
            ? `Scrutinising authority: the chosen authority is not a competent authority of ${provider.country}, the provider's member state.`
            : candidates.length
              ? `Scrutinising authority: choose the competent authority of ${provider.country} (the provider's member state) that scrutinises this cross-border order.`
              : `Scrutinising authority: no competent authority of ${provider.country} (the provider's member state) is set up; ask an administrator to add one.`,
          'scrutinyAuthorityId',
        );
      }
      scrutinyOrg = chosen.id;
    }
    const issuedAt = ctx.now;
    await repo.updateOrder(
      tx,
      id,
      {
        status: 'issued',
        issued_by: ctx.actor.userId,
        issued_at: issuedAt,
        due_at: order.kind === 'removal_order' ? new Date(issuedAt.getTime() + REMOVAL_DEADLINE_MS) : null,
        duplicates: JSON.stringify(duplicates),
        duplicates_acknowledged: duplicates.length > 0,
        cross_border: crossBorder,
        scrutiny_org_id: scrutinyOrg,
        scrutiny_due_at: crossBorder ? new Date(issuedAt.getTime() + SCRUTINY_MS) : null,
        updated_at: issuedAt,
      },
      'draft',
    );
    const fresh = (await repo.findOrder(tx, id))!;
    await queueDelivery(tx, p, fresh, c, `${order.kind}.issued`, portalBase);
    if (scrutinyOrg) await notify(tx, await contentUsers(tx, scrutinyOrg), { kind: 'content.scrutiny_requested', recordType: 'content_order', recordId: id, payload: { dueAt: fresh.scrutiny_due_at } });
    await p.record(ctx, [{ action: 'content.order.issue', recordType: 'content_order', recordId: id, details: { caseId: c.id, kind: order.kind, crossBorder, scrutinyOrgId: scrutinyOrg, duplicates: duplicates.map((d) => d.orderId) } }], tx);
  });
  contentRuntime(p).worker.kick();
  return getOrder(p, ctx, id, { audit: false });
}

/** Withdraws a draft, or revokes an issued order (the provider is told by webhook). */
export async function withdrawOrder(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof withdrawInput>, portalBase: string) {
  const { order } = await readableOrder(p, ctx, id);
  const { case: c } = await actionableOrder(p, ctx, id, order.kind === 'removal_order' && order.status !== 'draft' ? 'approve' : 'write');
  if (!['draft', 'issued', 'contested'].includes(order.status)) throw new AppError('CONFLICT', `The order is already ${order.status}.`, 'status');
  const status = order.status === 'draft' ? 'withdrawn' : 'revoked';
  await p.db.transaction().execute(async (tx) => {
    await repo.updateOrder(tx, id, { status, withdrawn_reason: input.reason, updated_at: ctx.now });
    if (status === 'revoked') await queueDelivery(tx, p, order, c, `${order.kind}.revoked`, portalBase, { revocation: { reason: input.reason, at: ctx.now } });
    if (status === 'revoked') await closeIfDone(tx, c.id, ctx.now);
    await p.record(ctx, [{ action: `content.order.${status === 'withdrawn' ? 'withdraw' : 'revoke'}`, recordType: 'content_order', recordId: id }], tx);
  });
  if (status === 'revoked') contentRuntime(p).worker.kick();
  return getOrder(p, ctx, id, { audit: false });
}

/** The host member state's authority decides on a cross-border removal order within 72 hours (art. 4(4)). */
export async function scrutinise(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof scrutinyInput>, portalBase: string) {
  requirePermission(ctx, 'approve', 'scrutinise removal orders');
  const order = await orderRow(p, id);
  if (!order || order.scrutiny_org_id !== ctx.actor.orgId || !order.issued_at) throw notFound('order');
  if (order.scrutiny_decision) throw new AppError('CONFLICT', 'This order was already scrutinised.', 'decision');
  if (order.scrutiny_due_at && ctx.now > new Date(order.scrutiny_due_at)) throw new AppError('CONFLICT', 'The 72-hour scrutiny period has ended.', 'decision');
  await p.db.transaction().execute(async (tx) => {
    const revoke = input.decision === 'infringement' && ['issued', 'contested', 'removed'].includes(order.status);
    await repo.updateOrder(tx, id, { scrutiny_decision: input.decision, scrutiny_reasoning: input.reasoning, scrutiny_at: ctx.now, scrutiny_by: ctx.actor.userId, updated_at: ctx.now, ...(revoke ? { status: 'revoked', withdrawn_reason: 'Scrutiny found an infringement (Regulation 2021/784, art. 4(4))' } : {}) });
    const c = (await findCase(tx, order.case_id))!;
    if (revoke) {
      await queueDelivery(tx, p, order, c, 'removal_order.revoked', portalBase, { revocation: { reason: 'The host member state found that the order infringes Regulation 2021/784 or fundamental rights; reinstate the content (art. 4(7)).', at: ctx.now } });
      await closeIfDone(tx, c.id, ctx.now);
    }
    await notify(tx, await caseWatchers(p, tx, c, ctx.now), { kind: 'content.scrutiny_decided', recordType: 'content_case', recordId: c.id, payload: { orderId: id, decision: input.decision } });
    await p.record(ctx, [{ action: 'content.order.scrutiny', recordType: 'content_order', recordId: id, details: { decision: input.decision } }], tx);
  });
  contentRuntime(p).worker.kick();
  const fresh = (await orderRow(p, id))!;
  return { id, decision: fresh.scrutiny_decision, decidedAt: iso(fresh.scrutiny_at), status: fresh.status };
}

/** The issuing authority records an appeal (a provider's contest, an administrative or judicial review) and its outcome. */
export async function recordAppeal(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof appealInput>, portalBase: string) {
  const { order, case: c } = await actionableOrder(p, ctx, id, 'approve');
  if (!order.issued_at || order.status === 'withdrawn') throw new AppError('CONFLICT', 'Only an issued order can be appealed.', 'status');
  if (order.appeal_status && order.appeal_status !== 'lodged') throw new AppError('CONFLICT', 'The appeal was already decided.', 'status');
  if (input.status !== 'lodged' && order.appeal_status !== 'lodged') throw invalid('Record the appeal as lodged first.', 'status');
  await p.db.transaction().execute(async (tx) => {
    const set: Updateable<ContentOrdersTable> = { appeal_status: input.status, appeal_note: input.note, appeal_at: ctx.now, updated_at: ctx.now };
    if (input.status === 'overturned' && order.status !== 'revoked') {
      set.status = 'revoked';
      set.withdrawn_reason = 'Overturned on appeal';
      await queueDelivery(tx, p, order, c, `${order.kind}.revoked`, portalBase, { revocation: { reason: 'The order was overturned on appeal; reinstate the content.', at: ctx.now } });
    }
    if (input.status === 'upheld' && order.status === 'contested') {
      // The order stands: the provider has a new hour to comply.
      set.status = 'issued';
      set.due_at = order.kind === 'removal_order' ? new Date(ctx.now.getTime() + REMOVAL_DEADLINE_MS) : null;
      set.escalated_at = null;
    }
    await repo.updateOrder(tx, id, set);
    if (set.status === 'revoked') await closeIfDone(tx, c.id, ctx.now);
    await p.record(ctx, [{ action: 'content.order.appeal', recordType: 'content_order', recordId: id, details: { status: input.status } }], tx);
  });
  contentRuntime(p).worker.kick();
  return getOrder(p, ctx, id, { audit: false });
}

/** The issuing organisation's name and country (it exists: it is the issuer's own or an order's). */
async function issuerOf(db: Database, orgId: string): Promise<{ name: string; country: string }> {
  const o = await organisationById(db, orgId);
  if (!o) throw new Error(`organisation ${orgId} not found`);
  return { name: o.name, country: o.country };
}
