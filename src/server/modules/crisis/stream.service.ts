/**
 * Live incident screens: server-sent events from the durable event table. Each process polls the
 * table (p.config.crisisPollMs) from its own cursor and hands new events to the streams of their
 * incident, so two processes on one PostgreSQL both deliver every change. A client that reconnects
 * with Last-Event-ID is replayed every event it missed, in order; after a gap longer than
 * p.config.crisisReplayMax it gets `snapshot-required` and reloads. Access is checked at connect
 * (through the read door, on the audit log) and again for every batch of events.
 */
import type { ServerResponse } from 'node:http';
import { canReadIncident, type IncidentRef } from '../../../core/access/crisis.ts';
import type { SessionActor } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import { openSideConnection, type Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { openForRead, recordRead } from './incident.access.ts';
import { countIncidentEventsAfter, eventsAfter, incidentEventsAfter, maxEventId, type EventRow } from './events.repository.ts';
import { findIncident, incidentRef } from './incidents.repository.ts';
import { markOf } from './incidents.presenter.ts';

interface Conn {
  actor: SessionActor;
  incidentId: string;
  exercise: boolean;
  last: number;
  ready: boolean;
  pending: EventRow[];
  raw: ServerResponse;
}

const BATCH = 2000;
/** A client this far behind (bytes not yet sent) is cut off; it reconnects with Last-Event-ID. */
const MAX_BUFFERED = 4_000_000;

export function frame(e: EventRow, exercise: boolean): string {
  return `id: ${e.id}\ndata: ${JSON.stringify({ id: e.id, incidentId: e.incident_id, kind: e.kind, at: e.at.toISOString(), ...markOf(exercise), payload: e.payload })}\n\n`;
}

export class IncidentHub {
  private cursor = 0;
  private timer: NodeJS.Timeout | null = null;
  private startP: Promise<void> | null = null;
  private stopped = false;
  private readonly subs = new Map<string, Set<Conn>>();
  /**
   * Where the poller reads: on a server, a connection of its own, so delivery never queues behind the
   * requests in the pool (a backlog of writes waiting on an incident's lock held every pooled
   * connection, and live events waited seconds behind them); on PGlite the one connection there is.
   */
  private pollDb: Database | null = null;

  constructor(private readonly p: Platform, private readonly onError: (e: unknown) => void = () => undefined) {}

  private get db(): Database {
    this.pollDb ??= this.p.backend === 'postgres' && this.p.config.databaseUrl ? openSideConnection(this.p.config.databaseUrl) : this.p.db;
    return this.pollDb;
  }

  start(): Promise<void> {
    this.stopped = false;
    this.startP ??= (async () => {
      this.cursor = await maxEventId(this.db);
      this.schedule();
    })();
    return this.startP;
  }

  private schedule() {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), this.p.config.crisisPollMs);
    this.timer.unref();
  }

  private async tick() {
    try {
      for (;;) {
        const rows = await eventsAfter(this.db, this.cursor, BATCH);
        if (!rows.length) break;
        // The cursor moves only once the batch went out: after a failure (the database gone for a
        // moment) the next tick sends it again, and each stream skips what it already has (c.last).
        await this.dispatch(rows);
        this.cursor = rows[rows.length - 1]!.id;
        if (rows.length < BATCH) break;
      }
    } catch (e) {
      if (!this.stopped) this.onError(e);
    } finally {
      this.schedule();
    }
  }

  private async dispatch(rows: EventRow[]) {
    const byIncident = new Map<string, EventRow[]>();
    for (const r of rows) {
      if (!this.subs.has(r.incident_id)) continue;
      const list = byIncident.get(r.incident_id);
      if (list) list.push(r);
      else byIncident.set(r.incident_id, [r]);
    }
    for (const [incidentId, events] of byIncident) {
      const row = await findIncident(this.db, incidentId);
      const ref: IncidentRef | null = row ? await incidentRef(this.db, row) : null;
      // Each event is framed once per incident, not once per open stream.
      const framed = new Map<boolean, string[]>();
      const framesFor = (exercise: boolean) => framed.get(exercise) ?? framed.set(exercise, events.map((e) => frame(e, exercise))).get(exercise)!;
      for (const c of [...(this.subs.get(incidentId) ?? [])]) {
        // Access again for every batch: an organisation taken off the incident stops receiving.
        if (!ref || !canReadIncident(c.actor, ref, { now: new Date(), graceDays: this.p.config.retentionGraceDays })) {
          c.raw.end('event: access-ended\ndata: {}\n\n');
          continue;
        }
        if (!c.ready) c.pending.push(...events);
        else this.send(c, events, framesFor(c.exercise));
      }
    }
  }

  /** Writes the events the stream does not have yet (ids above c.last); `framed[i]` is events[i] framed. */
  send(c: Conn, events: readonly EventRow[], framed?: readonly string[]) {
    let out = '';
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.id <= c.last) continue;
      out += framed?.[i] ?? frame(e, c.exercise);
      c.last = e.id;
    }
    if (!out) return;
    c.raw.write(out);
    if (c.raw.writableLength > MAX_BUFFERED) c.raw.destroy();
  }

  add(c: Conn) {
    const set = this.subs.get(c.incidentId) ?? new Set();
    set.add(c);
    this.subs.set(c.incidentId, set);
  }

  remove(c: Conn) {
    const set = this.subs.get(c.incidentId);
    if (!set) return;
    set.delete(c);
    if (!set.size) this.subs.delete(c.incidentId);
  }

  /** Open streams (for the bench and tests). */
  get connections(): number {
    let n = 0;
    for (const s of this.subs.values()) n += s.size;
    return n;
  }

  /** Ends every stream (before the server closes) and stops polling. */
  stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.startP = null;
    if (this.pollDb && this.pollDb !== this.p.db) void this.pollDb.destroy().catch(() => undefined);
    this.pollDb = null;
    for (const set of this.subs.values()) for (const c of set) c.raw.end();
    this.subs.clear();
  }
}

const hubs = new WeakMap<Platform, IncidentHub>();
export function hubOf(p: Platform, onError?: (e: unknown) => void): IncidentHub {
  let h = hubs.get(p);
  if (!h) hubs.set(p, (h = new IncidentHub(p, onError)));
  return h;
}

/** Parses Last-Event-ID (header, or `lastEventId` in the query for a first connect): a whole number or none. */
export function parseLastEventId(header: unknown, query: unknown): number | null {
  const v = typeof header === 'string' && header !== '' ? header : typeof query === 'string' && query !== '' ? query : null;
  if (v === null || !/^\d{1,15}$/.test(v)) return null;
  return Number(v);
}

/** Opens a live stream of an incident's events on `raw` (already hijacked from the framework). */
export async function openStream(p: Platform, ctx: Ctx, id: string, lastEventId: number | null, start: () => ServerResponse): Promise<void> {
  const { row } = await openForRead(p, ctx, id);
  await recordRead(p, ctx, 'crisis.stream', id, [], { lastEventId });
  const hub = hubOf(p);
  await hub.start();
  const raw = start();
  raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no', 'x-vigil-marking': row.exercise ? 'EXERCISE' : 'REAL' });
  raw.write(`retry: 2000\n: ${row.exercise ? 'EXERCISE' : 'live'} incident stream\n\n`);
  const c: Conn = { actor: ctx.actor, incidentId: id, exercise: row.exercise, last: 0, ready: false, pending: [], raw };
  hub.add(c);
  const beat = setInterval(() => raw.write(': heartbeat\n\n'), p.config.crisisHeartbeatMs);
  raw.on('close', () => {
    clearInterval(beat);
    hub.remove(c);
  });
  try {
    if (lastEventId === null) {
      c.last = await maxEventId(p.db, id);
    } else {
      const missed = await countIncidentEventsAfter(p.db, id, lastEventId);
      if (missed > p.config.crisisReplayMax) {
        c.last = await maxEventId(p.db, id);
        raw.write(`id: ${c.last}\nevent: snapshot-required\ndata: ${JSON.stringify({ missed, ...markOf(row.exercise) })}\n\n`);
      } else {
        c.last = lastEventId;
        hub.send(c, await incidentEventsAfter(p.db, id, lastEventId, p.config.crisisReplayMax + 1));
      }
    }
    hub.send(c, c.pending);
    c.pending = [];
    c.ready = true;
  } catch (e) {
    raw.destroy();
    throw e;
  }
}
