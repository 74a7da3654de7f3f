/**
 * Cordons of an incident (its map): listed through the incident's read door (404 as for a missing
 * incident), drawn and lifted by those who may act on the incident, as the boards' changes are. Every
 * change goes on the incident's hash-chained log (kind 'cordon'), its live event table and the audit log.
 * A polygon is checked with the alert areas' check (closed, not crossing itself), which names the reason.
 */
import type { z } from 'zod';
import { circleProblem, polygonProblem } from '../../../core/alerts/geometry.ts';
import type { cordonInput, cordonLiftInput } from '../../../core/crisis/inputs.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { userDisplayNames } from '../admin/directory.service.ts';
import { presentCordon } from './cordons.presenter.ts';
import * as repo from './cordons.repository.ts';
import { byOf, openForChange, openForRead, recordRead } from './incident.access.ts';
import { appendIncidentEvent, appendLogEntry } from './incident.writer.ts';
import { markOf } from './incidents.presenter.ts';

type CordonInput = z.infer<typeof cordonInput>;

/** The shape's refusal, naming the field (polygon, circle or circle.radiusKm) and the reason. */
export function cordonShapeProblem(input: Pick<CordonInput, 'polygon' | 'circle'>): { field: string; message: string } | null {
  if (input.polygon) {
    const pr = polygonProblem(input.polygon);
    return pr ? { field: 'polygon', message: `The cordon's polygon is refused: ${pr}.` } : null;
  }
  if (input.circle) {
    const pr = circleProblem(input.circle);
    return pr ? { field: /radius/.test(pr) ? 'circle.radiusKm' : 'circle', message: `The cordon's circle is refused: ${pr}.` } : null;
  }
  return { field: 'polygon', message: 'Give either a polygon or a circle.' };
}

const describe = (input: Pick<CordonInput, 'polygon' | 'circle'>) => (input.circle ? `circle of ${input.circle.radiusKm} km around ${input.circle.lat},${input.circle.lon}` : `polygon of ${input.polygon!.length - 1} corners`);

export async function listCordons(p: Platform, ctx: Ctx, id: string) {
  const { row } = await openForRead(p, ctx, id);
  const rows = await repo.listCordons(p.db, id);
  await recordRead(p, ctx, 'crisis.cordon_read', id, rows.map((r) => r.id), { count: rows.length });
  const names = await userDisplayNames(p.db, rows.flatMap((r) => (r.lifted_by ? [r.created_by, r.lifted_by] : [r.created_by])));
  return { incidentId: id, ...markOf(row.exercise), items: rows.map((r) => presentCordon(r, names)) };
}

/** Draws a cordon on the incident. */
export async function createCordon(p: Platform, ctx: Ctx, id: string, input: CordonInput) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    const refusal = cordonShapeProblem(input);
    if (refusal) throw invalid(refusal.message, refusal.field);
    const cordonId = crypto.randomUUID();
    const polygon = input.polygon ?? null;
    const circle = input.circle ?? null;
    await repo.insertCordon(tx, { id: cordonId, incidentId: id, kind: input.kind, label: input.label, polygon, circle, userId: ctx.actor.userId, at: ctx.now });
    const entry = await appendLogEntry(tx, ctx, id, { kind: 'cordon', text: `Cordon set (${input.kind}): ${input.label}, ${describe(input)}`, data: { cordonId, kind: input.kind, label: input.label, polygon, circle, status: 'active' } });
    await p.record(ctx, [{ action: 'crisis.cordon_create', recordType: 'incident', recordId: id, recordIds: [id, cordonId], details: { kind: input.kind, shape: circle ? 'circle' : 'polygon' } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'cordon.created', { cordonId, kind: input.kind, label: input.label, entryId: entry.id, seq: entry.seq, ...byOf(ctx) });
    return { id: cordonId, eventId, ...markOf(row.exercise) };
  });
}

/** Lifts an active cordon (it stays on the record, marked lifted). */
export async function liftCordon(p: Platform, ctx: Ctx, id: string, cordonId: string, input: z.infer<typeof cordonLiftInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    const cordon = await repo.findCordon(tx, id, cordonId);
    if (!cordon) throw notFound('cordon');
    if (cordon.status === 'lifted') throw new AppError('CONFLICT', 'The cordon is lifted already.', 'status');
    await repo.liftCordon(tx, cordonId, ctx.actor.userId, ctx.now);
    const entry = await appendLogEntry(tx, ctx, id, { kind: 'cordon', text: `Cordon lifted (${cordon.kind}): ${cordon.label}`, reason: input.reason || null, data: { cordonId, kind: cordon.kind, label: cordon.label, status: 'lifted' } });
    await p.record(ctx, [{ action: 'crisis.cordon_lift', recordType: 'incident', recordId: id, recordIds: [id, cordonId], details: { kind: cordon.kind } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'cordon.lifted', { cordonId, kind: cordon.kind, label: cordon.label, entryId: entry.id, seq: entry.seq, reason: input.reason || null, ...byOf(ctx) });
    return { id: cordonId, eventId, ...markOf(row.exercise) };
  });
}
