/**
 * What every change of an incident writes besides itself, inside its transaction: the hash-chained log
 * entry and the durable event (live delivery and the timeline). appendIncidentEvent is the door other
 * modules (alerts) use to put their changes on an incident's timeline.
 */
import { logEntryHash, GENESIS_HASH, type LogContent } from '../../../core/crisis/log-chain.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { insertEvent } from './events.repository.ts';
import * as logRepo from './log.repository.ts';

/**
 * Appends an event to an incident's durable event table (inside the caller's transaction): it reaches
 * every live screen of the incident and its timeline. `payload` carries references and a plain
 * `summary` (shown on the timeline), never content a participant of the incident may not read.
 */
export async function appendIncidentEvent(tx: Database, incidentId: string, kind: string, payload: Record<string, unknown>, at?: Date): Promise<number> {
  return insertEvent(tx, incidentId, kind, payload, at);
}

/** Appends an entry to the incident log (the incident row is locked by the caller: seq and chain are its own). */
/** Who writes a log entry and when (a request's Ctx, or the demo loader's author). */
export type LogAuthor = { now: Date; actor: Pick<Ctx['actor'], 'userId' | 'orgId'> };

export async function appendLogEntry(
  tx: Database,
  ctx: LogAuthor | null,
  incidentId: string,
  e: { kind: string; text: string; reason?: string | null; correctsId?: string | null; data?: Record<string, unknown> },
): Promise<{ id: string; seq: number; hash: string; at: string }> {
  const last = await logRepo.lastEntry(tx, incidentId);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = (ctx?.now ?? new Date()).toISOString();
  const content: LogContent = {
    incidentId,
    seq,
    kind: e.kind,
    text: e.text,
    reason: e.reason ?? null,
    authorId: ctx?.actor.userId ?? null,
    authorOrgId: ctx?.actor.orgId ?? null,
    at,
    correctsId: e.correctsId ?? null,
    data: e.data ?? {},
  };
  const hash = logEntryHash(prevHash, content);
  const id = crypto.randomUUID();
  await logRepo.insertEntry(tx, { id, ...content, prevHash, hash });
  return { id, seq, hash, at };
}
