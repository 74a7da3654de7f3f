/**
 * Hash banks: named collections of known terrorist content with a source, a TLP, an enable switch and
 * a PDQ distance threshold; entries by upload or CSV import; CSV export. Every change updates the
 * in-memory match index after its transaction commits.
 */
import { z } from 'zod';
import { canAccess } from '../../../core/access/policy.ts';
import { parseBankCsv, type BankError } from '../../../core/content/index.ts';
import { TLPS } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { passDoor, passDoorFull } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { policyCtx } from '../../platform/records.ts';
import * as repo from './banks.repository.ts';
import type { BankRow } from './banks.repository.ts';
import { presentBank, presentEntry } from './banks.presenter.ts';
import { contentRuntime } from './content.jobs.ts';
import { bankRowMarkings, DEFAULT_THRESHOLD, MIN_QUALITY, MODULE, requirePermission } from './content.rules.ts';
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

function decideBank(p: Platform, ctx: Ctx, b: BankRow, action: 'read' | 'write') {
  return canAccess(ctx.actor, bankRowMarkings(b), action, policyCtx(ctx, MODULE, p.config.retentionGraceDays));
}

/** One bank through the read door (404 when refused, exactly as when missing), with its audit event. */
function bankDoor(p: Platform, ctx: Ctx, b: BankRow | undefined, action: string, details?: Record<string, number>) {
  return passDoorFull(p, ctx, { module: MODULE, recordType: 'content_bank', action, row: b, markings: bankRowMarkings, ...(details ? { details } : {}) });
}

const bankRow = (p: Platform, id: string) => repo.findBank(p.db, id);
const matcher = (p: Platform) => contentRuntime(p).matcher;

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

function present(p: Platform, ctx: Ctx, b: BankRow, c?: { entries: number; lowQuality: number }) {
  return presentBank(b, p.orgs.name, decideBank(p, ctx, b, 'write') === 'full', c);
}

const info = (b: BankRow) => ({ id: b.id, name: b.name, enabled: b.enabled, threshold: b.threshold, tlp: b.tlp, ownerOrgId: b.owner_org_id });

/** Banks the caller may read: the policy's bank rule in SQL, then the door (one audit event naming them). */
export async function listBanks(p: Platform, ctx: Ctx) {
  requirePermission(ctx, 'read', 'read hash banks');
  const candidates = await repo.listReadableBanks(p.db, ctx, p.config.retentionGraceDays);
  const { full: rows } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_bank', action: 'content.bank.list', rows: candidates, markings: bankRowMarkings, details: { banks: candidates.length } });
  const c = await repo.entryCounts(p.db, rows.map((b) => b.id));
  await p.orgs.fresh();
  return { items: rows.map((b) => present(p, ctx, b, c.get(b.id))) };
}

export async function getBank(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'read', 'read hash banks');
  const b = await bankDoor(p, ctx, await bankRow(p, id), 'content.bank.read');
  const c = await repo.entryCounts(p.db, [id]);
  await p.orgs.fresh();
  return present(p, ctx, b, c.get(id));
}

export async function createBank(p: Platform, ctx: Ctx, input: z.infer<typeof bankInput>) {
  requirePermission(ctx, 'write', 'create hash banks');
  const id = crypto.randomUUID();
  let done = () => {};
  const m = matcher(p);
  await p.db.transaction().execute(async (tx) => {
    // Names are unique per organisation: another organisation's (possibly owner-only) bank is never revealed.
    if (await repo.bankNameTaken(tx, ctx.actor.orgId, input.name)) throw new AppError('CONFLICT', 'Your organisation has a bank with this name.', 'name');
    await repo.insertBank(tx, { id, name: input.name, description: input.description, source_org: input.sourceOrg, tlp: input.tlp, enabled: input.enabled, threshold: input.threshold, owner_org_id: ctx.actor.orgId, created_by: ctx.actor.userId });
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.create', recordType: 'content_bank', recordId: id }], tx);
  });
  done();
  m.setBank({ id, name: input.name, enabled: input.enabled, threshold: input.threshold, tlp: input.tlp, ownerOrgId: ctx.actor.orgId });
  return getBankQuiet(p, ctx, id);
}

async function getBankQuiet(p: Platform, ctx: Ctx, id: string) {
  const b = (await bankRow(p, id))!;
  await p.orgs.fresh();
  return present(p, ctx, b, (await repo.entryCounts(p.db, [id])).get(id));
}

export async function updateBank(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof bankPatch>) {
  await writableBank(p, ctx, id);
  const m = matcher(p);
  let done = () => {};
  await p.db.transaction().execute(async (tx) => {
    if (input.name && (await repo.bankNameTaken(tx, ctx.actor.orgId, input.name, id))) {
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
    await repo.updateBank(tx, id, set);
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.update', recordType: 'content_bank', recordId: id, details: { fields: Object.keys(input) } }], tx);
  });
  done();
  const b = (await bankRow(p, id))!;
  m.setBank(info(b));
  return getBankQuiet(p, ctx, id);
}

export async function deleteBank(p: Platform, ctx: Ctx, id: string) {
  await writableBank(p, ctx, id);
  const m = matcher(p);
  let done = () => {};
  let entries = 0;
  await p.db.transaction().execute(async (tx) => {
    entries = await repo.deleteBank(tx, id);
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.delete', recordType: 'content_bank', recordId: id, details: { entries } }], tx);
  });
  done();
  m.removeBank(id);
  return { ok: true as const };
}

export async function listEntries(p: Platform, ctx: Ctx, bankId: string, q: z.infer<typeof entriesQuery>) {
  const b = await readableBank(p, ctx, bankId);
  const rows = await repo.listEntries(p.db, bankId, q);
  await bankDoor(p, ctx, b, 'content.entry.list', { entries: rows.length });
  return { items: rows.map(presentEntry) };
}

/** Adds an uploaded image (PDQ + digests) or video (digests) to a bank. */
export async function addUpload(p: Platform, ctx: Ctx, bankId: string, body: unknown, q: z.infer<typeof uploadQuery>) {
  await writableBank(p, ctx, bankId);
  const s = await hashUpload(body, p.config.imageMaxPixels);
  const id = crypto.randomUUID();
  let done = () => {};
  const m = matcher(p);
  await p.db.transaction().execute(async (tx) => {
    await repo.insertEntries(tx, [{ id, bank_id: bankId, pdq: s.pdq, quality: s.quality ?? 100, md5: s.md5, sha256: s.sha256, label: q.label, source: q.source, added_by: ctx.actor.userId }]);
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.entry.add', recordType: 'content_bank', recordId: bankId, details: { entryId: id, kind: s.kind, quality: s.quality } }], tx);
  });
  done();
  if (s.pdq) m.addEntry(id, bankId, s.pdq, s.quality ?? 0);
  const entry = presentEntry({ id, pdq: s.pdq, quality: s.quality ?? 100, md5: s.md5, sha256: s.sha256, label: q.label, source: q.source, created_at: new Date() });
  return { entry, signals: s, ...(s.lowQuality ? { warning: `PDQ quality ${s.quality} is below ${MIN_QUALITY}: kept, flagged, never matched.` } : {}) };
}

export async function deleteEntry(p: Platform, ctx: Ctx, bankId: string, entryId: string) {
  await writableBank(p, ctx, bankId);
  const m = matcher(p);
  let done = () => {};
  await p.db.transaction().execute(async (tx) => {
    if (!(await repo.deleteEntry(tx, bankId, entryId))) throw notFound('entry');
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.entry.delete', recordType: 'content_bank', recordId: bankId, details: { entryId } }], tx);
  });
  done();
  m.removeEntry(entryId);
  return { ok: true as const };
}

/** Imports a CSV (hash, label, source; optional quality): all rows or, if any line is malformed, none. */
export async function importCsv(p: Platform, ctx: Ctx, bankId: string, body: unknown) {
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
  const m = matcher(p);
  let done = () => {};
  await p.db.transaction().execute(async (tx) => {
    await repo.insertEntries(tx, rows);
    done = await m.bump(tx);
    await p.record(ctx, [{ action: 'content.bank.import', recordType: 'content_bank', recordId: bankId, details: { entries: rows.length } }], tx);
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
  const rows = await repo.pdqEntries(p.db, bankId);
  const lines = ['hash,quality,label,source', ...rows.map((r) => [r.pdq, r.quality, r.label, r.source].map(csvField).join(','))];
  await bankDoor(p, ctx, b, 'content.bank.export', { entries: rows.length });
  return { filename: `bank-${b.name}.csv`, csv: lines.join('\r\n') + '\r\n' };
}
