import { sql } from 'kysely';
import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import { verifyAuditLog } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';

export const auditQuery = z.object({
  recordId: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  orgId: z.string().uuid().optional(),
  from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
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

/** The audit log is for oversight bodies (audit read) and administrators. */
function requireAuditor(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, 'audit', 'read') && !hasPermission(ctx.actor, 'admin', 'admin')) {
    throw forbidden('Only oversight bodies and administrators read the audit log.');
  }
}

/** Audit entries, newest first; filtering by record finds direct accesses and search results. */
export async function listAudit(p: Platform, ctx: Ctx, q: z.infer<typeof auditQuery>) {
  requireAuditor(ctx);
  let query = p.db.selectFrom('audit_log').selectAll();
  if (q.recordId) {
    const id = q.recordId;
    query = query.where((eb) => eb.or([eb('record_id', '=', id), sql<boolean>`details::jsonb->'results' ? ${id}`, sql<boolean>`details::jsonb->'reports' ? ${id}`]));
  }
  if (q.actor) query = query.where('actor_name', '=', q.actor);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.orgId) query = query.where('org_id', '=', q.orgId);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<=', new Date(q.to));
  if (q.before) query = query.where('seq', '<', q.before);
  const rows = await query.orderBy('seq', 'desc').limit(q.limit).execute();
  await p.record(ctx, [{ action: 'audit.read', details: { filters: Object.keys(q), entries: rows.length } }]);
  return rows.map((r) => ({
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actor: r.actor_name,
    actorId: r.actor_id,
    organisation: r.org_name,
    orgId: r.org_id,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    purpose: r.purpose,
    requestId: r.request_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
    hash: r.hash,
  }));
}

const CSV_COLUMNS = ['seq', 'at', 'actor', 'organisation', 'action', 'recordType', 'recordId', 'purpose', 'requestId', 'hash'] as const;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote always; neutralise spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
}

/** The audit entries as a CSV or JSON download. */
export async function exportAudit(p: Platform, ctx: Ctx, q: z.infer<typeof exportQuery>) {
  const { format, ...rest } = q;
  const rows = await listAudit(p, ctx, rest);
  if (format === 'json') return { type: 'application/json', body: JSON.stringify(rows, null, 1), filename: 'vigil-audit.json' };
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return { type: 'text/csv', body: `${lines.join('\n')}\n`, filename: 'vigil-audit.csv' };
}

/** Access statistics: entries per organisation and action in a period. */
export async function stats(p: Platform, ctx: Ctx, q: z.infer<typeof statsQuery>) {
  requireAuditor(ctx);
  let query = p.db
    .selectFrom('audit_log')
    .select(['org_name', 'action', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.count<number>('actor_id').distinct().as('users')])
    .groupBy(['org_name', 'action']);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<', new Date(new Date(q.to).getTime() + 86_400_000));
  const rows = await query.orderBy('org_name').orderBy('action').execute();
  await p.record(ctx, [{ action: 'audit.stats' }]);
  return { items: rows.map((r) => ({ organisation: r.org_name, action: r.action, count: Number(r.n), users: Number(r.users) })) };
}

/** Verifies the chain and checkpoint signatures (two ranges at a time, so users keep most of the connections). */
export async function verify(p: Platform, ctx: Ctx) {
  requireAuditor(ctx);
  const verdict = await verifyAuditLog(p.db, { parallel: 2 });
  await p.record(ctx, [{ action: 'audit.verify', details: { ok: verdict.ok } }]);
  return verdict;
}

/** An administrator grants an oversight user read access to one record for a time. */
export async function grant(p: Platform, ctx: Ctx, input: z.infer<typeof grantInput>) {
  if (!hasPermission(ctx.actor, 'admin', 'admin')) throw forbidden('Only administrators grant oversight access.');
  const user = await p.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.org_id')
    .select(['users.id', 'organisations.kind'])
    .where('users.id', '=', input.userId)
    .executeTakeFirst();
  if (!user || user.kind !== 'oversight') throw new AppError('INVALID_INPUT', 'Grants are for users of an oversight body.', 'userId');
  const id = crypto.randomUUID();
  const expires = new Date(ctx.now.getTime() + input.days * 86_400_000);
  await p.db.transaction().execute(async (tx) => {
    await tx.insertInto('oversight_grants').values({ id, user_id: input.userId, record_id: input.recordId, reason: input.reason, granted_by: ctx.actor.userId, expires_at: expires }).execute();
    await p.record(ctx, [{ action: 'oversight.grant', recordType: 'record', recordId: input.recordId, details: { userId: input.userId, days: input.days } }], tx);
  });
  return { id, expiresAt: expires.toISOString() };
}
