/**
 * Content cases: one piece of online content (URL, hosting provider, content hashes, an evidence
 * screenshot, a legal assessment naming the offence) with markings, since a case can hold personal
 * data. Orders (orders.service.ts) hang on a case.
 */
import sharp from 'sharp';
import { z } from 'zod';
import { markingsInput, uuid } from '../../../core/contracts.ts';
import { fileDigests } from '../../../core/content/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { checkMarkings, markingColumns } from '../../platform/records.ts';
import { actionableCase, caseDoor, readableCase } from './content-cases.access.ts';
import * as repo from './content-cases.repository.ts';
import { presentCase } from './content-cases.presenter.ts';
import { caseOrders } from './order-reads.service.ts';
import { iso } from './content.presenter.ts';
import { MODULE, OFFENCES, requirePermission, urlKey } from './content.rules.ts';
import { findProvider, providerRefs } from './providers.repository.ts';
import { md5Hex, pdqHex, refuseOversized, sha256Hex, withHashSlot } from './signals.service.ts';

const httpUrl = z
  .string()
  .trim()
  .max(4000)
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'must be an http(s) URL');

export const signalInput = z
  .object({ pdq: pdqHex.optional(), quality: z.number().int().min(0).max(100).optional(), md5: md5Hex.optional(), sha256: sha256Hex.optional() })
  .refine((s) => s.pdq || s.md5 || s.sha256, 'give pdq, md5 or sha256');

export const caseInput = z.object({
  url: httpUrl,
  providerId: uuid,
  offence: z.enum(OFFENCES),
  assessment: z.string().trim().min(20, 'explain the legal assessment in at least 20 characters').max(20_000),
  signals: z.array(signalInput).max(50).default([]),
  markings: markingsInput,
});
export type CaseInput = z.infer<typeof caseInput>;
export const caseListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export async function createCase(p: Platform, ctx: Ctx, input: CaseInput) {
  requirePermission(ctx, 'write', 'open content cases');
  await checkMarkings(p.db, ctx, input.markings);
  if (!(await findProvider(p.db, input.providerId))) throw invalid('No such hosting provider.', 'providerId');
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertCase(
      tx,
      { id, url: input.url, url_key: urlKey(input.url), provider_id: input.providerId, offence: input.offence, assessment: input.assessment, evidence: null, evidence_type: null, evidence_sha256: null, created_by: ctx.actor.userId, ...markingColumns(input.markings, ctx.actor.orgId) },
      input.signals.map((s) => ({ pdq: s.pdq ?? null, quality: s.pdq ? (s.quality ?? 100) : null, md5: s.md5 ?? null, sha256: s.sha256 ?? null })),
    );
    await p.record(ctx, [{ action: 'content.case.create', recordType: 'content_case', recordId: id, details: { signals: input.signals.length } }], tx);
  });
  return getCase(p, ctx, id, { audit: false });
}

export async function listCases(p: Platform, ctx: Ctx, q: z.infer<typeof caseListQuery>) {
  requirePermission(ctx, 'read', 'read content cases');
  const rows = await repo.listReadableCases(p.db, ctx, p.config.retentionGraceDays, q);
  const { full: visible } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_case', action: 'content.case.list', rows, details: { cases: rows.length } });
  const providers = await providerRefs(p.db, visible.map((r) => r.provider_id));
  await p.orgs.fresh();
  return { items: visible.map((r) => presentCase(r, p.orgs.name, providers, [])) };
}

/** A case with its orders (countdown, state, scrutiny, time to removal); audited unless the caller's own event names it. */
export async function getCase(p: Platform, ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  const row = await readableCase(p, ctx, id);
  if (opts.audit !== false) await caseDoor(p, ctx, row, 'content.case.read');
  const o = await caseOrders(p, ctx, row);
  return {
    ...presentCase(row, p.orgs.name, o.providers, await repo.caseSignals(p.db, id)),
    orders: o.orders,
    failedDeliveries: o.failedDeliveries,
    timeToRemovalSeconds: o.timeToRemovalSeconds,
  };
}

const EVIDENCE_FORMATS: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** Stores the evidence screenshot (PNG, JPEG or WebP, at most 10 MB) of a case, replacing any earlier one. */
export async function putEvidence(p: Platform, ctx: Ctx, id: string, body: unknown) {
  await actionableCase(p, ctx, id, 'write');
  if (!Buffer.isBuffer(body) || body.length === 0) throw invalid('Send the screenshot as the request body (content-type application/octet-stream).', 'body');
  if (body.length > 10 * 1024 * 1024) throw new AppError('PAYLOAD_TOO_LARGE', 'A screenshot may be at most 10 MB.', 'body');
  const maxPixels = p.config.imageMaxPixels;
  const format = await withHashSlot(async () => {
    await refuseOversized(body, maxPixels);
    try {
      const meta = await sharp(body, { failOn: 'truncated', limitInputPixels: maxPixels }).metadata();
      await sharp(body, { failOn: 'truncated', limitInputPixels: maxPixels }).resize(8, 8, { fastShrinkOnLoad: true }).raw().toBuffer();
      return meta.format as string | undefined;
    } catch {
      throw invalid('The screenshot is not a whole PNG, JPEG or WebP image.', 'body');
    }
  });
  const type = format ? EVIDENCE_FORMATS[format] : undefined;
  if (!type) throw invalid('The screenshot must be PNG, JPEG or WebP.', 'body');
  const { sha256 } = fileDigests(body);
  await p.db.transaction().execute(async (tx) => {
    await repo.setEvidence(tx, id, { data: body, type, sha256, at: ctx.now });
    await p.record(ctx, [{ action: 'content.case.evidence', recordType: 'content_case', recordId: id, details: { sha256, bytes: body.length } }], tx);
  });
  return { type, sha256, bytes: body.length, uploadedAt: iso(ctx.now) };
}

export async function getEvidence(p: Platform, ctx: Ctx, id: string) {
  const c = await readableCase(p, ctx, id);
  const row = await repo.findEvidence(p.db, id);
  if (!row?.evidence || !row.evidence_type) throw notFound('evidence');
  await caseDoor(p, ctx, c, 'content.case.evidence_read');
  return { type: row.evidence_type, data: row.evidence };
}

