import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import { verifyAuditLog } from '../../platform/audit.ts';
import { trustedAuditKeys } from '../../platform/audit-keys.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { organisationKindOfUser } from '../admin/directory.service.ts';
import { presentAuditEntry, type AuditEntryWire } from './oversight.presenter.ts';
import * as repo from './oversight.repository.ts';
import { sortParams } from '../../platform/table-query.ts';

export const auditQuery = z.object({
  recordId: z.string().max(200).optional(),
  actor: z.string().max(100).optional(),
  actorId: z.string().uuid().optional(),
  /** One action or several, comma-separated. */
  action: z.string().max(1000).optional(),
  orgId: z.string().uuid().optional(),
  from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
/** The audit table (GET /api/audit/entries): the same filters, a whitelisted sort, pages by offset, a total. */
export const auditTableQuery = auditQuery.omit({ before: true }).extend({
  ...sortParams(['seq', 'actor', 'organisation', 'action', 'recordType']),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
/** The audit table's total is counted up to this many entries (`capped` says when there are more). */
export const AUDIT_COUNT_CAP = 100_000;
export const exportQuery = auditQuery.extend({
  format: z.enum(['csv', 'json']).default('csv'),
  limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
});
export const statsQuery = z.object({
  from: z.string().date().optional(),
  to: z.string().date().optional(),
});
export const grantInput = z.object({
  userId: z.string().uuid(),
  recordId: z.string().uuid(),
  reason: z.string().trim().min(10, 'state the reason (at least 10 characters)').max(1000),
  days: z.number().int().min(1).max(90).default(14),
});

/**
 * The audit log is for oversight bodies (audit read), and for a security officer an administrator gives
 * that right; not for a plain administrator, whose own acts are on it.
 */
export function requireAuditor(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, 'audit', 'read')) throw forbidden('Only oversight bodies read the audit log.');
}

/** Audit entries, newest first; filtering by record uses the indexed record ids of every event. */
export async function listAudit(p: Platform, ctx: Ctx, q: z.infer<typeof auditQuery>, action: 'audit.read' | 'audit.export' = 'audit.read'): Promise<AuditEntryWire[]> {
  requireAuditor(ctx);
  const rows = await repo.auditEntries(p.db, q);
  await p.record(ctx, [{ action, details: { filters: Object.keys(q).filter((k) => k !== 'limit'), entries: rows.length } }]);
  return rows.map(presentAuditEntry);
}

/**
 * The audit log as a table: sorted, paged, with the number of entries the filters select (up to
 * AUDIT_COUNT_CAP). Only those who may read the log get rows or a count; anyone else is refused before
 * any question is asked.
 */
export async function auditTable(p: Platform, ctx: Ctx, q: z.infer<typeof auditTableQuery>) {
  requireAuditor(ctx);
  const [rows, counted] = await Promise.all([repo.auditPage(p.db, q), repo.countAudit(p.db, q, AUDIT_COUNT_CAP)]);
  const filters = Object.keys(q).filter((k) => !['limit', 'offset', 'sort', 'dir'].includes(k));
  await p.record(ctx, [{ action: 'audit.read', details: { filters, entries: rows.length } }]);
  return { results: rows.map(presentAuditEntry), total: counted, capped: counted >= AUDIT_COUNT_CAP };
}

const CSV_COLUMNS = ['seq', 'at', 'actor', 'organisation', 'action', 'recordType', 'recordId', 'purpose', 'requestId', 'hash', 'recordIds'] as const;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
  // Quote always; neutralise spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
}

/** The audit entries as a CSV or JSON download. */
export async function exportAudit(p: Platform, ctx: Ctx, q: z.infer<typeof exportQuery>) {
  const { format, ...rest } = q;
  const rows = await listAudit(p, ctx, rest, 'audit.export');
  if (format === 'json') return { type: 'application/json', body: JSON.stringify(rows, null, 1), filename: 'vigil-audit.json' };
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return { type: 'text/csv', body: `${lines.join('\n')}\n`, filename: 'vigil-audit.csv' };
}

/** Access statistics: entries per organisation and action in a period. */
export async function stats(p: Platform, ctx: Ctx, q: z.infer<typeof statsQuery>) {
  requireAuditor(ctx);
  const rows = await repo.entriesPerOrganisation(p.db, q);
  await p.record(ctx, [{ action: 'audit.stats', details: { filters: Object.keys(q) } }]);
  return { items: rows.map((r) => ({ organisation: r.org_name, action: r.action, count: Number(r.n), users: Number(r.users) })) };
}

/** Verifies the chain and checkpoint signatures (two ranges at a time, so users keep most of the connections). */
export async function verify(p: Platform, ctx: Ctx) {
  requireAuditor(ctx);
  const verdict = await verifyAuditLog(p.db, { parallel: 2, trust: trustedAuditKeys(p.config) });
  await p.record(ctx, [{ action: 'audit.verify', details: { ok: verdict.ok } }]);
  return verdict;
}

/** An administrator grants an oversight user read access to one record for a time. */
export async function grant(p: Platform, ctx: Ctx, input: z.infer<typeof grantInput>) {
  if (!hasPermission(ctx.actor, 'admin', 'admin')) throw forbidden('Only administrators grant oversight access.');
  if ((await organisationKindOfUser(p.db, input.userId)) !== 'oversight') throw new AppError('INVALID_INPUT', 'Grants are for users of an oversight body.', 'userId');
  const id = crypto.randomUUID();
  const expires = new Date(ctx.now.getTime() + input.days * 86_400_000);
  await p.db.transaction().execute(async (tx) => {
    await repo.insertGrant(tx, { id, userId: input.userId, recordId: input.recordId, reason: input.reason, grantedBy: ctx.actor.userId, expiresAt: expires });
    await p.record(ctx, [{ action: 'oversight.grant', recordType: 'record', recordId: input.recordId, details: { userId: input.userId, days: input.days } }], tx);
  });
  return { id, expiresAt: expires.toISOString() };
}
