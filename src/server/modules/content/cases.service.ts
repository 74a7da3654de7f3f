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
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { passDoor, passDoorFull } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { checkMarkings, decide, markingColumns, presentMarkings, readableSql, type MarkingRow } from '../../platform/records.ts';
import { cdb, MODULE, OFFENCE_TEXT, OFFENCES, requirePermission, urlKey, type ContentDb } from './content.db.ts';
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

export interface CaseRow extends MarkingRow {
  url: string;
  url_key: string;
  provider_id: string;
  offence: string;
  assessment: string;
  status: string;
  closed_at: Date | null;
  evidence_type: string | null;
  evidence_sha256: string | null;
  evidence_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLS = [
  'id', 'url', 'url_key', 'provider_id', 'offence', 'assessment', 'status', 'closed_at', 'evidence_type', 'evidence_sha256', 'evidence_at',
  'owner_org_id', 'classification', 'tlp', 'distribution', 'shared_org_ids', 'group_ids', 'handling_code', 'hit_no_hit', 'legal_basis', 'purpose', 'review_date',
  'created_by', 'created_at', 'updated_at',
] as const;

export async function caseRowById(p: Platform, id: string): Promise<CaseRow | undefined> {
  return (await cdb(p.db).selectFrom('content_cases').select(COLS).where('id', '=', id).executeTakeFirst()) as CaseRow | undefined;
}

/** One case through the read door (cases answer no hits): the row, or 404 exactly as for a missing id. */
export async function caseDoor(p: Platform, ctx: Ctx, row: CaseRow | undefined, action: string, details?: Record<string, unknown>): Promise<CaseRow> {
  return passDoorFull(p, ctx, { module: MODULE, recordType: 'content_case', action, row, ...(details ? { details } : {}) });
}

/** A case the caller may read in full, or 404 (also for hit-no-hit: cases answer no hits). Not audited: reads go through caseDoor. */
export async function readableCase(p: Platform, ctx: Ctx, id: string): Promise<CaseRow> {
  requirePermission(ctx, 'read', 'read content cases');
  const row = await caseRowById(p, id);
  if (!row || decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) !== 'full') throw notFound('case');
  return row;
}

/** A case the caller may change with `action` (owner organisation, cleared, permission), or 403/404. */
export async function actionableCase(p: Platform, ctx: Ctx, id: string, action: 'write' | 'approve'): Promise<CaseRow> {
  requirePermission(ctx, action, action === 'approve' ? 'issue removal orders' : 'change content cases');
  const row = await readableCase(p, ctx, id);
  if (decide(ctx, row, action, MODULE, p.config.retentionGraceDays) !== 'full') throw forbidden('Only the organisation that owns this case can act on it.');
  return row;
}

/** The content hashes of a case (pass the transaction when inside one). */
export async function caseSignals(db: ContentDb, caseId: string) {
  const rows = await db.selectFrom('content_case_signals').select(['pdq', 'quality', 'md5', 'sha256']).where('case_id', '=', caseId).orderBy('position').execute();
  return rows.map((r) => ({ pdq: r.pdq, quality: r.quality, md5: r.md5, sha256: r.sha256 }));
}

export async function createCase(p: Platform, ctx: Ctx, input: CaseInput, present: (id: string) => Promise<unknown>) {
  requirePermission(ctx, 'write', 'open content cases');
  await checkMarkings(p.db, ctx, input.markings);
  const provider = await cdb(p.db).selectFrom('content_providers').select('id').where('id', '=', input.providerId).executeTakeFirst();
  if (!provider) throw invalid('No such hosting provider.', 'providerId');
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (t) => {
    const tx = cdb(t);
    await tx
      .insertInto('content_cases')
      .values({ id, url: input.url, url_key: urlKey(input.url), provider_id: input.providerId, offence: input.offence, assessment: input.assessment, evidence: null, evidence_type: null, evidence_sha256: null, created_by: ctx.actor.userId, ...markingColumns(input.markings, ctx.actor.orgId) })
      .execute();
    if (input.signals.length) {
      await tx
        .insertInto('content_case_signals')
        .values(input.signals.map((s, position) => ({ case_id: id, position, pdq: s.pdq ?? null, quality: s.pdq ? (s.quality ?? 100) : null, md5: s.md5 ?? null, sha256: s.sha256 ?? null })))
        .execute();
    }
    await p.record(ctx, [{ action: 'content.case.create', recordType: 'content_case', recordId: id, details: { signals: input.signals.length } }], t);
  });
  return present(id);
}

export async function listCases(p: Platform, ctx: Ctx, q: z.infer<typeof caseListQuery>) {
  requirePermission(ctx, 'read', 'read content cases');
  const rows = (await cdb(p.db)
    .selectFrom('content_cases as c')
    .select(COLS.map((c) => `c.${c}` as const))
    .where(readableSql(ctx, MODULE, p.config.retentionGraceDays, 'c'))
    .$if(!!q.status, (x) => x.where('c.status', '=', q.status!))
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute()) as CaseRow[];
  const { full: visible } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_case', action: 'content.case.list', rows, details: { cases: rows.length } });
  const providers = await providerNames(p, visible.map((r) => r.provider_id));
  await p.orgs.fresh();
  return { items: visible.map((r) => presentCase(p, r, providers, [])) };
}

export async function providerNames(p: Platform, ids: string[]) {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map<string, { id: string; name: string; country: string }>();
  const rows = await cdb(p.db).selectFrom('content_providers').select(['id', 'name', 'country']).where('id', 'in', uniq).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export function presentCase(p: Platform, r: CaseRow, providers: Map<string, { id: string; name: string; country: string }>, signals: Awaited<ReturnType<typeof caseSignals>>) {
  return {
    id: r.id,
    url: r.url,
    provider: providers.get(r.provider_id) ?? { id: r.provider_id, name: 'unknown provider', country: '' },
    offence: r.offence,
    offenceText: OFFENCE_TEXT[r.offence as keyof typeof OFFENCE_TEXT],
    assessment: r.assessment,
    status: r.status,
    closedAt: r.closed_at,
    signals,
    evidence: r.evidence_type ? { type: r.evidence_type, sha256: r.evidence_sha256, uploadedAt: r.evidence_at } : null,
    markings: presentMarkings(r, p.orgs.name),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
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
  await p.db.transaction().execute(async (t) => {
    await cdb(t).updateTable('content_cases').set({ evidence: body, evidence_type: type, evidence_sha256: sha256, evidence_at: ctx.now, updated_at: ctx.now }).where('id', '=', id).execute();
    await p.record(ctx, [{ action: 'content.case.evidence', recordType: 'content_case', recordId: id, details: { sha256, bytes: body.length } }], t);
  });
  return { type, sha256, bytes: body.length, uploadedAt: ctx.now };
}

export async function getEvidence(p: Platform, ctx: Ctx, id: string) {
  const c = await readableCase(p, ctx, id);
  const row = await cdb(p.db).selectFrom('content_cases').select(['evidence', 'evidence_type']).where('id', '=', id).executeTakeFirst();
  if (!row?.evidence || !row.evidence_type) throw notFound('evidence');
  await caseDoor(p, ctx, c, 'content.case.evidence_read');
  return { type: row.evidence_type, data: row.evidence };
}

/** Closes a case when none of its orders is still pending. */
export async function closeIfDone(tx: ReturnType<typeof cdb>, caseId: string, now: Date): Promise<boolean> {
  const open = await tx.selectFrom('content_orders').select('id').where('case_id', '=', caseId).where('status', 'in', ['draft', 'issued', 'contested']).executeTakeFirst();
  if (open) return false;
  const res = await tx.updateTable('content_cases').set({ status: 'closed', closed_at: now, updated_at: now }).where('id', '=', caseId).where('status', '=', 'open').executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
