/**
 * Hash banks: named collections of known terrorist content with a source, a TLP, an enable switch and
 * a PDQ distance threshold; entries by upload or CSV import; CSV export. Every change updates the
 * in-memory match index after its transaction commits.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { canAccess } from '../../../core/access/policy.ts';
import { parseBankCsv, type BankError } from '../../../core/content/index.ts';
import { TLPS } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { passDoor, passDoorFull } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { bankReadableSql, policyCtx } from '../../platform/records.ts';
import { bankRowMarkings, cdb, DEFAULT_THRESHOLD, MIN_QUALITY, MODULE, pdb, requirePermission, type ContentBanksTable } from './content.db.ts';
import type { ContentMatcher } from './matcher.ts';
import { hashUpload } from './signals.service.ts';

export const bankInput = z.object({
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(2000).default(''),
  sourceOrg: z.string().trim().min(2, 'name the source organisation').max(200),
  tlp: z.enum(TLPS),
  enabled: z.boolean().default(true),
  threshold: z.number().int().min(0).max(128).default(DEFAULT_THRESHOLD),
});
export const bankPatch = bankInput.partial();
export const entriesQuery = z.object({
  lowQuality: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const uploadQuery = z.object({ label: z.string().trim().max(500).default(''), source: z.string().trim().max(500).default('') });

/** A rejected CSV: every bad line with its number; nothing was imported. */
export class CsvImportError extends AppError {
  constructor(readonly lines: BankError[]) {
    super('INVALID_INPUT', `${lines.length} malformed line${lines.length === 1 ? '' : 's'}; nothing was imported. ${lines.slice(0, 5).map((l) => `line ${l.line}: ${l.message}`).join('; ')}`, 'csv');
  }
}

type BankRow = Omit<ContentBanksTable, 'description' | 'enabled' | 'threshold' | 'created_at' | 'updated_at'> & { description: string; enabled: boolean; threshold: number; created_at: Date; updated_at: Date };


function decideBank(p: Platform, ctx: Ctx, b: BankRow, action: 'read' | 'write') {
  return canAccess(ctx.actor, bankRowMarkings(b), action, policyCtx(ctx, MODULE, p.config.retentionGraceDays));
}

/** One bank through the read door (404 when refused, exactly as when missing), with its audit event. */
function bankDoor(p: Platform, ctx: Ctx, b: BankRow | undefined, action: string, details?: Record<string, number>) {
  return passDoorFull(p, ctx, { module: MODULE, recordType: 'content_bank', action, row: b, markings: bankRowMarkings, ...(details ? { details } : {}) });
}

async function bankRow(p: Platform, id: string): Promise<BankRow | undefined> {
  return (await cdb(p.db).selectFrom('content_banks').selectAll().where('id', '=', id).executeTakeFirst()) as BankRow | undefined;
}

/** A bank the caller may read, or 404 (no audit: callers release it through the door). */
async function readableBank(p: Platform, ctx: Ctx, id: string): Promise<BankRow> {
  requirePermission(ctx, 'read', 'read hash banks');
  const b = await bankRow(p, id);
  if (!b || decideBank(p, ctx, b, 'read') !== 'full') throw notFound('bank');
  return b;
}

/** A bank the caller may change (the policy's write rule: owner organisation, write permission), or 403/404. */
async function writableBank(p: Platform, ctx: Ctx, id: string): Promise<BankRow> {
  requirePermission(ctx, 'write', 'change hash banks');
  const b = await readableBank(p, ctx, id);
  if (decideBank(p, ctx, b, 'write') !== 'full') throw forbidden('Only the organisation that keeps this bank can change it.');
  return b;
}

async function counts(p: Platform, ids: string[]): Promise<Map<string, { entries: number; lowQuality: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await cdb(p.db)
    .selectFrom('content_bank_entries')
    .select(['bank_id', sql<number>`count(*)`.as('n'), sql<number>`count(*) FILTER (WHERE pdq IS NOT NULL AND quality < ${MIN_QUALITY})`.as('low')])
    .where('bank_id', 'in', ids)
    .groupBy('bank_id')
    .execute();
  return new Map(rows.map((r) => [r.bank_id, { entries: Number(r.n), lowQuality: Number(r.low) }]));
}

function present(p: Platform, ctx: Ctx, b: BankRow, c?: { entries: number; lowQuality: number }) {
  return {
    id: b.id,
    name: b.name,
    description: b.description,
    sourceOrg: b.source_org,
    tlp: b.tlp,
    enabled: b.enabled,
    threshold: b.threshold,
    owner: { id: b.owner_org_id, name: p.orgs.name(b.owner_org_id) },
    entries: c?.entries ?? 0,
    lowQualityEntries: c?.lowQuality ?? 0,
    canEdit: decideBank(p, ctx, b, 'write') === 'full',
    createdAt: b.created_at,
    updatedAt: b.updated_at,
  };
}

const info = (b: BankRow) => ({ id: b.id, name: b.name, enabled: b.enabled, threshold: b.threshold, tlp: b.tlp, ownerOrgId: b.owner_org_id });

/** Banks the caller may read: the policy's bank rule in SQL, then the door (one audit event naming them). */
export async function listBanks(p: Platform, ctx: Ctx) {
  requirePermission(ctx, 'read', 'read hash banks');
  const candidates = (await cdb(p.db).selectFrom('content_banks as b').selectAll('b').where(bankReadableSql(ctx, p.config.retentionGraceDays, 'b')).orderBy('b.name').orderBy('b.id').execute()) as BankRow[];
  const { full: rows } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_bank', action: 'content.bank.list', rows: candidates, markings: bankRowMarkings, details: { banks: candidates.length } });
  const c = await counts(p, rows.map((b) => b.id));
  await p.orgs.fresh();
  return { items: rows.map((b) => present(p, ctx, b, c.get(b.id))) };
}

export async function getBank(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'read', 'read hash banks');
  const b = await bankDoor(p, ctx, await bankRow(p, id), 'content.bank.read');
  const c = await counts(p, [id]);
  await p.orgs.fresh();
  return present(p, ctx, b, c.get(id));
}

export async function createBank(p: Platform, m: ContentMatcher, ctx: Ctx, input: z.infer<typeof bankInput>) {
  requirePermission(ctx, 'write', 'create hash banks');
  const id = crypto.randomUUID();
  let done = () => {};
  await p.db.transaction().execute(async (t) => {
    const tx = cdb(t);
    // Names are unique per organisation: another organisation's (possibly owner-only) bank is never revealed.
    if (await tx.selectFrom('content_banks').select('id').where('name', '=', input.name).where('owner_org_id', '=', ctx.actor.orgId).executeTakeFirst()) throw new AppError('CONFLICT', 'Your organisation has a bank with this name.', 'name');
    await tx
      .insertInto('content_banks')
      .values({ id, name: input.name, description: input.description, source_org: input.sourceOrg, tlp: input.tlp, enabled: input.enabled, threshold: input.threshold, owner_org_id: ctx.actor.orgId, created_by: ctx.actor.userId })
      .execute();
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.create', recordType: 'content_bank', recordId: id }], t);
  });
  done();
  m.setBank({ id, name: input.name, enabled: input.enabled, threshold: input.threshold, tlp: input.tlp, ownerOrgId: ctx.actor.orgId });
  return getBankQuiet(p, ctx, id);
}

async function getBankQuiet(p: Platform, ctx: Ctx, id: string) {
  const b = (await bankRow(p, id))!;
  await p.orgs.fresh();
  return present(p, ctx, b, (await counts(p, [id])).get(id));
}

export async function updateBank(p: Platform, m: ContentMatcher, ctx: Ctx, id: string, input: z.infer<typeof bankPatch>) {
  await writableBank(p, ctx, id);
  let done = () => {};
  await p.db.transaction().execute(async (t) => {
    const tx = cdb(t);
    if (input.name && (await tx.selectFrom('content_banks').select('id').where('name', '=', input.name).where('owner_org_id', '=', ctx.actor.orgId).where('id', '<>', id).executeTakeFirst())) {
      throw new AppError('CONFLICT', 'Your organisation has a bank with this name.', 'name');
    }
    const set = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.sourceOrg !== undefined ? { source_org: input.sourceOrg } : {}),
      ...(input.tlp !== undefined ? { tlp: input.tlp } : {}),
      ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
      ...(input.threshold !== undefined ? { threshold: input.threshold } : {}),
    };
    await tx.updateTable('content_banks').set({ ...set, updated_at: new Date() }).where('id', '=', id).execute();
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.update', recordType: 'content_bank', recordId: id, details: { fields: Object.keys(input) } }], t);
  });
  done();
  const b = (await bankRow(p, id))!;
  m.setBank(info(b));
  return getBankQuiet(p, ctx, id);
}

export async function deleteBank(p: Platform, m: ContentMatcher, ctx: Ctx, id: string) {
  await writableBank(p, ctx, id);
  let done = () => {};
  let entries = 0;
  await p.db.transaction().execute(async (t) => {
    const tx = cdb(t);
    entries = Number((await tx.selectFrom('content_bank_entries').select(sql<number>`count(*)`.as('n')).where('bank_id', '=', id).executeTakeFirstOrThrow()).n);
    await tx.deleteFrom('content_banks').where('id', '=', id).execute();
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.delete', recordType: 'content_bank', recordId: id, details: { entries } }], t);
  });
  done();
  m.removeBank(id);
}

function presentEntry(r: { id: string; pdq: string | null; quality: number; md5: string | null; sha256: string | null; label: string; source: string; created_at: Date }) {
  return { id: r.id, pdq: r.pdq, quality: r.pdq ? r.quality : null, lowQuality: r.pdq !== null && r.quality < MIN_QUALITY, md5: r.md5, sha256: r.sha256, label: r.label, source: r.source, createdAt: r.created_at };
}

export async function listEntries(p: Platform, ctx: Ctx, bankId: string, q: z.infer<typeof entriesQuery>) {
  const b = await readableBank(p, ctx, bankId);
  const rows = await cdb(p.db)
    .selectFrom('content_bank_entries')
    .select(['id', 'pdq', 'quality', 'md5', 'sha256', 'label', 'source', 'created_at'])
    .where('bank_id', '=', bankId)
    .$if(q.lowQuality === 'true', (x) => x.where('pdq', 'is not', null).where('quality', '<', MIN_QUALITY))
    .$if(q.lowQuality === 'false', (x) => x.where((eb) => eb.or([eb('pdq', 'is', null), eb('quality', '>=', MIN_QUALITY)])))
    .orderBy('seq')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  await bankDoor(p, ctx, b, 'content.entry.list', { entries: rows.length });
  return { items: rows.map(presentEntry) };
}

/** Adds an uploaded image (PDQ + digests) or video (digests) to a bank. */
export async function addUpload(p: Platform, m: ContentMatcher, ctx: Ctx, bankId: string, body: unknown, q: z.infer<typeof uploadQuery>) {
  await writableBank(p, ctx, bankId);
  const s = await hashUpload(body, p.config.imageMaxPixels);
  const id = crypto.randomUUID();
  let done = () => {};
  await p.db.transaction().execute(async (t) => {
    const tx = cdb(t);
    await tx.insertInto('content_bank_entries').values({ id, bank_id: bankId, pdq: s.pdq, quality: s.quality ?? 100, md5: s.md5, sha256: s.sha256, label: q.label, source: q.source, added_by: ctx.actor.userId }).execute();
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.entry.add', recordType: 'content_bank', recordId: bankId, details: { entryId: id, kind: s.kind, quality: s.quality } }], t);
  });
  done();
  if (s.pdq) m.addEntry(id, bankId, s.pdq, s.quality ?? 0);
  const entry = presentEntry({ id, pdq: s.pdq, quality: s.quality ?? 100, md5: s.md5, sha256: s.sha256, label: q.label, source: q.source, created_at: new Date() });
  return { entry, signals: s, ...(s.lowQuality ? { warning: `PDQ quality ${s.quality} is below ${MIN_QUALITY}: kept, flagged, never matched.` } : {}) };
}

export async function deleteEntry(p: Platform, m: ContentMatcher, ctx: Ctx, bankId: string, entryId: string) {
  await writableBank(p, ctx, bankId);
  let done = () => {};
  await p.db.transaction().execute(async (t) => {
    const tx = cdb(t);
    const res = await tx.deleteFrom('content_bank_entries').where('id', '=', entryId).where('bank_id', '=', bankId).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw notFound('entry');
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.entry.delete', recordType: 'content_bank', recordId: bankId, details: { entryId } }], t);
  });
  done();
  m.removeEntry(entryId);
}

/** Imports a CSV (hash, label, source; optional quality): all rows or, if any line is malformed, none. */
export async function importCsv(p: Platform, m: ContentMatcher, ctx: Ctx, bankId: string, body: unknown) {
  await writableBank(p, ctx, bankId);
  if (typeof body !== 'string') throw new AppError('INVALID_INPUT', 'Send the CSV as the request body (content-type text/csv).', 'body');
  const parsed = parseBankCsv(body);
  if (!parsed.ok) throw new CsvImportError(parsed.errors.slice(0, 1000));
  const rows = parsed.entries.map((e) => ({
    id: crypto.randomUUID(),
    bank_id: bankId,
    pdq: e.hash,
    quality: e.quality,
    md5: null,
    sha256: null,
    label: (e.labels.label ?? '').slice(0, 500),
    source: (e.labels.source ?? '').slice(0, 500),
    added_by: ctx.actor.userId,
  }));
  let done = () => {};
  await p.db.transaction().execute(async (t) => {
    const tx = cdb(t);
    for (let i = 0; i < rows.length; i += 1000) await tx.insertInto('content_bank_entries').values(rows.slice(i, i + 1000)).execute();
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.import', recordType: 'content_bank', recordId: bankId, details: { entries: rows.length } }], pdb(tx));
  });
  done();
  for (const r of rows) m.addEntry(r.id, bankId, r.pdq, r.quality);
  const low = rows.filter((r) => r.quality < MIN_QUALITY).length;
  return { imported: rows.length, lowQuality: low };
}

/** A CSV field, quoted when needed, and defused against spreadsheet formulas. */
export function csvField(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The bank's PDQ entries as CSV: hash,quality,label,source (digest-only entries have no PDQ and are left out). */
export async function exportCsv(p: Platform, ctx: Ctx, bankId: string) {
  const b = await readableBank(p, ctx, bankId);
  const rows = await cdb(p.db).selectFrom('content_bank_entries').select(['pdq', 'quality', 'label', 'source']).where('bank_id', '=', bankId).where('pdq', 'is not', null).orderBy('seq').execute();
  const lines = ['hash,quality,label,source', ...rows.map((r) => [r.pdq, r.quality, r.label, r.source].map(csvField).join(','))];
  await bankDoor(p, ctx, b, 'content.bank.export', { entries: rows.length });
  return { filename: `bank-${b.name}.csv`, csv: lines.join('\r\n') + '\r\n' };
}
