/** The incident log (append-only, hash-chained), the significant-events board and situation reports. */
import type { z } from 'zod';
import { verifyLogChain } from '../../../core/crisis/log-chain.ts';
import type { LogInput, sitrepInput } from '../../../core/crisis/inputs.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { byOf, openForChange, openForRead, recordRead } from './incident.access.ts';
import { appendIncidentEvent, appendLogEntry } from './incident.writer.ts';
import { markOf } from './incidents.presenter.ts';
import { userDisplayNames } from '../admin/directory.service.ts';
import { presentLog } from './board.presenter.ts';
import * as repo from './log.repository.ts';

export async function appendEntry(p: Platform, ctx: Ctx, id: string, input: LogInput) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (input.correctsId && !(await repo.findEntry(tx, id, input.correctsId))) throw invalid('No such entry on this incident’s log.', 'correctsId');
    const entry = await appendLogEntry(tx, ctx, id, { kind: input.kind, text: input.text, reason: input.reason ?? null, correctsId: input.correctsId ?? null });
    if (input.significant) await repo.insertFlag(tx, entry.id, id, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.log_append', recordType: 'incident', recordId: id, recordIds: [id, entry.id], details: { kind: input.kind, seq: entry.seq, corrects: input.correctsId ?? null, significant: input.significant } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'log.appended', { entryId: entry.id, seq: entry.seq, kind: input.kind, text: input.text, correctsId: input.correctsId ?? null, significant: input.significant, ...byOf(ctx) });
    return { id: entry.id, eventId, ...markOf(row.exercise) };
  });
}

async function readLog(p: Platform, id: string) {
  const rows = await repo.listLog(p.db, id);
  const chain = verifyLogChain(
    rows.map((r) => ({
      content: { incidentId: r.incident_id, seq: r.seq, kind: r.kind, text: r.text, reason: r.reason, authorId: r.author_id, authorOrgId: r.author_org_id, at: r.at.toISOString(), correctsId: r.corrects_id, data: r.data },
      prevHash: r.prev_hash,
      hash: r.hash,
    })),
  );
  const names = await userDisplayNames(p.db, rows.flatMap((r) => (r.author_id ? [r.author_id] : [])));
  await p.orgs.fresh();
  return { rows, chain: chain.ok ? { ok: true, count: chain.count } : { ok: false, count: rows.length, brokenAtSeq: chain.brokenAtSeq, reason: chain.reason }, items: presentLog(rows, names, p.orgs.name) };
}

/** The whole log, oldest first, with the result of checking its hash chain. */
export async function listLog(p: Platform, ctx: Ctx, id: string) {
  const { row } = await openForRead(p, ctx, id);
  const { rows, chain, items } = await readLog(p, id);
  await recordRead(p, ctx, 'crisis.log_read', id, rows.map((r) => r.id), { count: rows.length });
  return { incidentId: id, ...markOf(row.exercise), chain, items };
}

/** Flags an entry significant (for the situation unit to confirm). */
export async function flagEntry(p: Platform, ctx: Ctx, id: string, entryId: string) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (!(await repo.findEntry(tx, id, entryId))) throw notFound('log entry');
    if (await repo.findFlag(tx, entryId)) throw new AppError('CONFLICT', 'The entry is flagged already.');
    await repo.insertFlag(tx, entryId, id, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.log_flag', recordType: 'incident', recordId: id, recordIds: [id, entryId] }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'log.flagged', { entryId, ...byOf(ctx) });
    return { id: entryId, eventId, ...markOf(row.exercise) };
  });
}

/** The situation unit (crisis approve right) confirms a flagged entry: it goes on the significant-events board. */
export async function confirmEntry(p: Platform, ctx: Ctx, id: string, entryId: string) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'approve', { allowClosed: true });
    const entry = await repo.findEntry(tx, id, entryId);
    if (!entry) throw notFound('log entry');
    const flag = await repo.findFlag(tx, entryId);
    if (!flag) throw invalid('Only an entry flagged significant can be confirmed; flag it first.', 'entryId');
    if (flag.confirmed_at) throw new AppError('CONFLICT', 'The entry is confirmed already.');
    await repo.confirmFlag(tx, entryId, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.log_confirm', recordType: 'incident', recordId: id, recordIds: [id, entryId] }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'log.confirmed', { entryId, seq: entry.seq, text: entry.text, ...byOf(ctx) });
    return { id: entryId, eventId, ...markOf(row.exercise) };
  });
}

/** The significant-events board: confirmed entries, oldest first. */
export async function significantBoard(p: Platform, ctx: Ctx, id: string) {
  const { row } = await openForRead(p, ctx, id);
  const { chain, items } = await readLog(p, id);
  const board = items.filter((e) => e.significant === 'confirmed');
  await recordRead(p, ctx, 'crisis.log_read', id, board.map((e) => e.id), { count: board.length, board: true });
  return { incidentId: id, ...markOf(row.exercise), chain, items: board };
}

export async function createSitrep(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof sitrepInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write', { allowClosed: true });
    const number = await repo.nextSitrepNumber(tx, id);
    const sitrepId = crypto.randomUUID();
    await repo.insertSitrep(tx, { id: sitrepId, incidentId: id, number, summary: input.summary, userId: ctx.actor.userId, at: ctx.now });
    await p.record(ctx, [{ action: 'crisis.sitrep_create', recordType: 'incident', recordId: id, recordIds: [id, sitrepId], details: { number } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'sitrep.created', { sitrepId, number, ...byOf(ctx) });
    return { id: sitrepId, eventId, ...markOf(row.exercise) };
  });
}

export async function approveSitrep(p: Platform, ctx: Ctx, id: string, sitrepId: string) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'approve', { allowClosed: true });
    const s = await repo.findSitrep(tx, id, sitrepId);
    if (!s) throw notFound('situation report');
    if (s.approved_at) throw new AppError('CONFLICT', `Situation report ${s.number} is approved already.`);
    await repo.approveSitrep(tx, sitrepId, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.sitrep_approve', recordType: 'incident', recordId: id, recordIds: [id, sitrepId], details: { number: s.number } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'sitrep.approved', { sitrepId, number: s.number, ...byOf(ctx) });
    return { id: sitrepId, eventId, ...markOf(row.exercise) };
  });
}

export async function listSitreps(p: Platform, ctx: Ctx, id: string) {
  const { row } = await openForRead(p, ctx, id);
  const rows = await repo.listSitreps(p.db, id);
  const names = await userDisplayNames(p.db, rows.flatMap((r) => (r.approved_by ? [r.created_by, r.approved_by] : [r.created_by])));
  await recordRead(p, ctx, 'crisis.sitrep_read', id, rows.map((r) => r.id), { count: rows.length });
  return {
    incidentId: id,
    ...markOf(row.exercise),
    items: rows.map((r) => ({ id: r.id, number: r.number, summary: r.summary, createdAt: r.created_at.toISOString(), author: names.get(r.created_by) ?? null, approvedAt: r.approved_at?.toISOString() ?? null, approver: r.approved_by ? (names.get(r.approved_by) ?? null) : null })),
  };
}
