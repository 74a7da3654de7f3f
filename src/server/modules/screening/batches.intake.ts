/**
 * The one intake step of every passenger list and message (batches.service.ts, messages.service.ts):
 * records stored as they come, the batch queued for the background screening (batches.runner.ts), the
 * creation on the audit record with the batch id.
 */
import { DEFAULT_THRESHOLD } from '../../../core/screening/engine.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { runnerOf } from './batches.runner.ts';
import { presentBatch, type BatchWire } from './batches.presenter.ts';
import * as repo from './batches.repository.ts';
import type { BatchRecord } from './batches.repository.ts';
import { screeningBasis } from './legal-links.service.ts';
import { identityKey, type PassengerRecord } from './passengers.ts';
import { requirePermission } from './screening.access.ts';

/** Most travellers one batch takes. */
export const MAX_TRAVELLERS = 200_000;

/** What a batch is: its format, flight, date and port, threshold; for a passenger message, its reference and route. */
export interface BatchHead {
  format: BatchRecord['format'];
  flight: string;
  date: string | null;
  port: string;
  threshold?: number | undefined;
  /** The legal registry's basis the run is made under (legal-links.service.ts: else the default). */
  legalBasisId?: string | undefined;
  message?: { ref: string; departure: string | null; arrival: string | null };
}

/**
 * The one intake step of every passenger list and message: records stored as they come (so memory does
 * not grow with the list), then the batch queued for the background screening. Records that cannot be
 * screened become error results with their line number and id; the rest go on. A failed upload leaves nothing.
 */
export async function storeBatch(p: Platform, ctx: Ctx, head: BatchHead, records: AsyncIterable<PassengerRecord> | Iterable<PassengerRecord>): Promise<BatchWire> {
  requirePermission(ctx, 'write');
  const id = crypto.randomUUID();
  const { format } = head;
  const basis = await screeningBasis(p, ctx, head.legalBasisId);
  await repo.insertBatch(p.db, {
    id, kind: 'batch', format, flight: head.flight, travel_date: head.date, port: head.port, status: 'receiving', threshold: head.threshold ?? DEFAULT_THRESHOLD,
    owner_org_id: ctx.actor.orgId, created_by: ctx.actor.userId, heartbeat: new Date(), failure: null, finished_at: null,
    legal_basis_id: basis?.id ?? null, legal_basis: basis?.citation ?? null,
    ...(head.message ? { message_ref: head.message.ref, departure: head.message.departure, arrival: head.message.arrival } : {}),
  });
  let seq = 0;
  let errors = 0;
  let rows: Parameters<typeof repo.insertTravellers>[1] = [];
  const flush = async () => {
    await repo.insertTravellers(p.db, rows);
    rows = [];
  };
  try {
    for await (const r of records) {
      if (++seq > MAX_TRAVELLERS) throw new AppError('PAYLOAD_TOO_LARGE', `A batch takes at most ${MAX_TRAVELLERS.toLocaleString('en')} travellers; split the list.`);
      if (r.error !== undefined || !r.traveller) errors++;
      const stored = r.traveller ? { ...r.traveller, ...(r.warnings ? { warnings: r.warnings } : {}), ...(r.context ?? {}) } : null;
      rows.push({
        batch_id: id, seq, line: r.line, traveller_id: r.travellerId?.slice(0, 200) ?? null,
        traveller: stored ? JSON.stringify(stored) : null,
        identity_key: r.traveller ? identityKey(r.traveller) : null,
        status: r.traveller ? 'pending' : 'error', error: r.error?.slice(0, 500) ?? null, max_score: null,
      });
      if (rows.length >= 500) await flush();
    }
    await flush();
    if (seq === 0) throw new AppError('INVALID_INPUT', 'The passenger list is empty.', 'content');
  } catch (e) {
    await repo.deleteBatch(p.db, id);
    throw e;
  }
  const b = await p.db.transaction().execute(async (tx) => {
    const row = await repo.queueBatch(tx, id, seq, errors);
    await p.record(ctx, [{ action: 'screening.batch_create', recordType: 'screening_batch', recordId: id, details: { format, travellers: seq, errors, ...(head.message ? { messageRef: head.message.ref } : {}), ...(basis ? { legalBasisId: basis.id } : {}) } }], tx);
    return row;
  });
  runnerOf(p).kick(id);
  return presentBatch(b);
}

