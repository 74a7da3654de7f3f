/**
 * Live-screen clients for bench/crisis: server-sent-event readers over node:http on a worker thread of
 * their own (so reading hundreds of streams does not share the writer's event loop). Each client is a
 * user with an API token, on one of the Vigil processes; some drop at a planned time and reconnect with
 * Last-Event-ID after a planned delay. At the end every client's events are checked against the ids the
 * writes were given: lost, duplicated, out of order, and (for reconnected clients) the replay complete
 * and in order. Latency is received time minus the write's start time, carried in the log text.
 */
import { Worker } from 'node:worker_threads';

export interface ClientSpec {
  base: string;
  token: string;
}

export interface DropPlan {
  client: number;
  /** ms after the run's start */
  at: number;
  /** ms before reconnecting */
  delay: number;
}

export interface RunStats {
  clients: number;
  expected: number;
  /** live delivery latencies in ms (events written while the client was connected), sorted */
  latencies: number[];
  /** the same events, from the write's answer (committed) to received: the delivery path alone, sorted */
  afterCommit: number[];
  lost: number;
  duplicated: number;
  outOfOrder: number;
  /** clients that did not end with every expected event */
  incompleteClients: number;
  reconnects: number;
  /** events written while a client was away, replayed to it after it came back */
  replayed: number;
  /** reconnected clients whose missed events all arrived, in order, none twice */
  replayCorrect: number;
  /** ms from reconnecting to the last missed event received, per reconnect, sorted */
  replayTimes: number[];
  refusedConnects: number;
}

const WORKER = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const now = () => performance.timeOrigin + performance.now();
const RE = /^bench (\\d+) ([\\d.]+)$/;
let clients = [];
let path = '';
let t0 = 0;

function connect(c, onOpen) {
  const u = new URL(c.base);
  const headers = { accept: 'text/event-stream', authorization: 'Bearer ' + c.token };
  if (c.lastId > 0) headers['last-event-id'] = String(c.lastId);
  const req = http.request({ host: u.hostname, port: u.port, path, headers, agent: false }, (res) => {
    c.status = res.statusCode;
    if (res.statusCode !== 200) { res.resume(); onOpen && onOpen(); return; }
    res.setEncoding('utf8');
    let buf = '';
    res.on('data', (chunk) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf('\\n\\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        let id = null, data = null, event = 'message';
        for (const line of block.split('\\n')) {
          if (line.startsWith('id: ')) id = Number(line.slice(4));
          else if (line.startsWith('data: ')) data = line.slice(6);
          else if (line.startsWith('event: ')) event = line.slice(7);
        }
        if (event === 'snapshot-required') c.snapshots++;
        if (event !== 'message' || id === null || data === null) continue;
        const t = now();
        c.ids.push(id);
        c.lastId = Math.max(c.lastId, id);
        const m = RE.exec(JSON.parse(data).payload.text || '');
        if (m) c.recv.push([id, t, Number(m[2]), c.reconnects]);
      }
    });
    res.on('error', () => {});
    onOpen && onOpen();
  });
  req.on('error', () => { c.status = c.status || -1; onOpen && onOpen(); });
  req.end();
  c.req = req;
}

function drop(c, delay) {
  c.away.push({ from: now(), to: 0 });
  c.req.destroy();
  setTimeout(() => {
    c.away[c.away.length - 1].to = now();
    c.reconnects++;
    connect(c);
  }, delay);
}

function stats(writes) {
  // writes: [eventId, sentTime, answeredTime] of every successful write, in id order
  const expected = writes.map((w) => w[0]);
  const exp = new Set(expected);
  const answered = new Map(writes.map((w) => [w[0], w[2]]));
  const out = { clients: clients.length, expected: expected.length, latencies: [], afterCommit: [], lost: 0, duplicated: 0, outOfOrder: 0, incompleteClients: 0, reconnects: 0, replayed: 0, replayCorrect: 0, replayTimes: [], refusedConnects: 0 };
  for (const c of clients) {
    if (c.status !== 200) { out.refusedConnects++; continue; }
    const got = c.ids.filter((id) => exp.has(id));
    const distinct = new Set(got);
    out.lost += expected.length - distinct.size;
    out.duplicated += got.length - distinct.size;
    for (let i = 1; i < got.length; i++) if (got[i] <= got[i - 1]) out.outOfOrder++;
    if (distinct.size < expected.length) out.incompleteClients++;
    out.reconnects += c.reconnects;
    // the connection (generation) open when an event was written: live only if received on it
    const genAt = (sent) => {
      for (let g = 0; g < c.away.length; g++) {
        if (sent < c.away[g].from) return g;
        if (sent <= c.away[g].to) return -1;
      }
      return c.away.length;
    };
    for (const [id, t, sent, gen] of c.recv) {
      if (!exp.has(id) || genAt(sent) !== gen) continue;
      out.latencies.push(t - sent);
      out.afterCommit.push(t - answered.get(id));
    }
    c.away.forEach((a, k) => {
      // after reconnect k: every event written before it and not received before it arrives, in order, once
      const before = new Set(c.recv.filter((r) => r[3] <= k).map((r) => r[0]));
      const owed = writes.filter(([id, sent]) => sent <= a.to && !before.has(id)).map((w) => w[0]);
      const after = c.recv.filter((r) => r[3] === k + 1 && exp.has(r[0]));
      const afterIds = after.map((r) => r[0]);
      const owedSet = new Set(owed);
      const arrived = after.filter((r) => owedSet.has(r[0]));
      out.replayed += owed.length;
      const increasing = afterIds.every((id, i) => i === 0 || id > afterIds[i - 1]);
      if (increasing && arrived.length === owed.length && new Set(arrived.map((r) => r[0])).size === owed.length) out.replayCorrect++;
      if (arrived.length) out.replayTimes.push(Math.max(...arrived.map((r) => r[1])) - a.to);
    });
  }
  out.latencies.sort((a, b) => a - b);
  out.afterCommit.sort((a, b) => a - b);
  out.replayTimes.sort((a, b) => a - b);
  return out;
}

parentPort.on('message', (m) => {
  if (m.cmd === 'open') {
    path = m.path;
    t0 = now();
    clients = m.clients.map((s) => ({ ...s, lastId: m.fromId, status: 0, ids: [], recv: [], away: [], reconnects: 0, snapshots: 0, req: null }));
    let open = 0;
    for (const c of clients) connect(c, () => { if (++open === clients.length) parentPort.postMessage({ cmd: 'opened', statuses: clients.map((x) => x.status) }); });
  } else if (m.cmd === 'start') {
    t0 = now();
    for (const d of m.drops) setTimeout(() => drop(clients[d.client], d.delay), d.at);
    parentPort.postMessage({ cmd: 'started' });
  } else if (m.cmd === 'finish') {
    const until = now() + m.timeoutMs;
    const maxId = m.writes.length ? m.writes[m.writes.length - 1][0] : 0;
    const check = () => {
      const done = clients.every((c) => c.status !== 200 || (c.lastId >= maxId && c.away.every((a) => a.to > 0)));
      if (done || now() > until) {
        for (const c of clients) c.req && c.req.destroy();
        parentPort.postMessage({ cmd: 'stats', stats: stats(m.writes), snapshots: clients.reduce((n, c) => n + c.snapshots, 0) });
      } else setTimeout(check, 20);
    };
    check();
  }
});
`;

/** A set of live clients on one incident, on a worker thread. */
export class LiveClients {
  private readonly w = new Worker(WORKER, { eval: true });
  private waiting = new Map<string, (m: any) => void>();

  constructor() {
    this.w.on('message', (m: { cmd: string }) => {
      const r = this.waiting.get(m.cmd);
      this.waiting.delete(m.cmd);
      r?.(m);
    });
  }

  private ask<T>(cmd: string, reply: string, msg: Record<string, unknown>): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.set(reply, resolve as (m: any) => void);
      this.w.postMessage({ cmd, ...msg });
    });
  }

  /** Opens every client's stream from `fromId` (Last-Event-ID); resolves with the HTTP statuses. */
  async open(incidentId: string, clients: ClientSpec[], fromId: number): Promise<number[]> {
    const m = await this.ask<{ statuses: number[] }>('open', 'opened', { path: `/api/crisis/incidents/${incidentId}/stream`, clients, fromId });
    return m.statuses;
  }

  /** Marks the run's start: the planned drops are timed from now. */
  async start(drops: DropPlan[]): Promise<void> {
    await this.ask('start', 'started', { drops });
  }

  /** Waits (at most `timeoutMs`) for every client to hold the events of `writes` (id, start and answer
   * time of each successful write, in id order), closes them, and checks. */
  async finish(writes: Array<[id: number, sentAt: number, answeredAt: number]>, timeoutMs: number): Promise<RunStats & { snapshots: number }> {
    const m = await this.ask<{ stats: RunStats; snapshots: number }>('finish', 'stats', { writes, timeoutMs });
    return { ...m.stats, snapshots: m.snapshots };
  }

  async close(): Promise<void> {
    await this.w.terminate();
  }
}
