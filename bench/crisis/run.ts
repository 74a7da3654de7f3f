/**
 * Live delivery of an incident (issue #13): live screens (server-sent events) on one incident while
 * 50 updates per second are written, with 10% of the clients dropping and reconnecting with
 * Last-Event-ID at random mid-run. On PostgreSQL (DATABASE_URL) two `vigil serve` processes share the
 * database, as behind a load balancer: clients and writes alternate between them, so half the events a
 * client gets were written through the other process. Without DATABASE_URL, one process on PGlite.
 *
 * Reports delivery latency p50/p99 (write start → event received), events lost, duplicated and out of
 * order, whether every reconnect's replay was complete and in order, server memory, and the read
 * throughput of the incident (the read every screen makes) and of its timeline. Medians of several runs;
 * the baseline (one client, same write rate) is measured in the same run.
 *
 * `node bin/tsx.js bench/crisis/run.ts --size small|full` (full: 200 clients, 60 s of writes, 3 runs; small: 40
 * clients, 3 s, 3 runs). BENCH_CLIENTS, BENCH_SECONDS and BENCH_RUNS override them.
 */
import http from 'node:http';
import { loadavg } from 'node:os';
import { Faker, base as fakerBase } from '@faker-js/faker';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { startVigilProcess, type VigilProcess } from '../../test/integration/crisis-sse.ts';
import { benchDatabase, serverAvailable } from '../lib/backends.ts';
import { httpLoad } from '../lib/http-load.ts';
import { fmt, header, median, percentile, sizeArg } from '../lib/stats.ts';
import { LiveClients, type DropPlan, type RunStats } from './clients.ts';
import { seedCrisisBench, type BenchUser } from './data.ts';

const size = sizeArg();
const envInt = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const base = size === 'full'
  ? { clients: 200, seconds: 60, runs: 3, baselineSeconds: 20, feedRequests: 4000, timeline: 200 }
  : { clients: 40, seconds: 3, runs: 3, baselineSeconds: 2, feedRequests: 300, timeline: 100 };
// BENCH_CLIENTS, BENCH_SECONDS and BENCH_RUNS override the size's clients, seconds of writes and runs.
const S = { ...base, clients: envInt('BENCH_CLIENTS', base.clients), seconds: envInt('BENCH_SECONDS', base.seconds), runs: envInt('BENCH_RUNS', base.runs) };
const RATE = 50;
const RECONNECT_SHARE = 0.1;
const WRITERS = 8;
const FEED_CLIENTS = 32;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

header('bench/crisis: live incident delivery');
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`load average before: ${load()}`);
const backend = (await serverAvailable()) ? 'postgres' : 'pglite';
const bdb = await benchDatabase('crisis', backend);
const env: Record<string, string> = {
  DATABASE_URL: bdb.config.databaseUrl ?? '',
  VIGIL_DATA_DIR: bdb.config.dataDir,
  LOG_LEVEL: 'warn',
  VIGIL_REMINDER_MINUTES: '0',
  VIGIL_SHARING_JOBS: '0',
  VIGIL_SCREENING_JOBS: '0',
};
console.log(
  backend === 'postgres'
    ? 'PostgreSQL server (DATABASE_URL): two Vigil processes (A and B) on one database; clients and writes alternate between them'
    : 'DATABASE_URL not set or not answering: ONE Vigil process on the embedded database (PGlite); two processes need PostgreSQL',
);

const setupT0 = performance.now();
const seedPlatform = await openPlatform({ ...loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'silent' }) });
const data = await seedCrisisBench(seedPlatform.db, S.clients + WRITERS);
await seedPlatform.close();
const procs: VigilProcess[] = await Promise.all((backend === 'postgres' ? ['A', 'B'] : ['A']).map(() => startVigilProcess(env)));
console.log(`data: ${data.participantOrgIds.length} participating organisations, ${data.participants.length} users with tokens, ${data.outsiders.length} users of an organisation not taking part; ${procs.length} process(es) up in ${fmt((performance.now() - setupT0) / 1000)} s`);

const agents = new Map(procs.map((p) => [p.url, new http.Agent({ keepAlive: true, maxSockets: 32 })]));
function request(base: string, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: any }> {
  const u = new URL(base);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path, method, agent: agents.get(base), headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const fk = new Faker({ locale: [fakerBase] });
fk.seed(2016_03_22);

async function declare(title: string): Promise<{ id: string; eventId: number }> {
  const r = await request(procs[0]!.url, 'POST', '/api/crisis/incidents', data.declarer.token, {
    title, type: 'terror-attack', description: 'Benchmark exercise: live delivery.', lat: 50.8467, lon: 4.3525, municipality: 'Brussels',
    occurredAt: new Date(Date.now() - 60_000).toISOString(), exercise: true, participants: data.participantOrgIds,
  });
  if (r.status !== 201) throw new Error(`declare answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Writes RATE log entries per second for `seconds` (open loop), alternating processes and writers. */
async function writeLoop(incidentId: string, seconds: number, writers: BenchUser[]) {
  const n = Math.round(seconds * RATE);
  const writes: Array<[number, number, number]> = [];
  const writeLat: number[] = [];
  let failed = 0;
  let maxLate = 0;
  const pending: Promise<void>[] = [];
  const t0 = now();
  for (let i = 0; i < n; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - now();
    if (wait > 1) await sleep(wait);
    maxLate = Math.max(maxLate, now() - due);
    const base = procs[i % procs.length]!.url;
    const sent = now();
    pending.push(
      request(base, 'POST', `/api/crisis/incidents/${incidentId}/log`, writers[i % writers.length]!.token, { kind: 'communication', text: `bench ${i} ${sent.toFixed(3)}` }).then(
        (r) => {
          const answered = now();
          writeLat.push(answered - sent);
          if (r.status === 201) writes.push([r.body.eventId, sent, answered]);
          else failed++;
        },
        () => void failed++,
      ),
    );
  }
  await Promise.all(pending);
  return { writes: writes.sort((a, b) => a[0] - b[0]), writeLat: writeLat.sort((a, b) => a - b), failed, seconds: (now() - t0) / 1000, maxLate };
}

interface RunResult extends RunStats {
  snapshots: number;
  failed: number;
  writeLat: number[];
  writeRate: number;
}

async function deliveryRun(label: string, clientCount: number, seconds: number, reconnects: boolean): Promise<RunResult> {
  const inc = await declare(`Bench ${label}: shots fired near the Central Station`);
  const users = data.participants.slice(WRITERS, WRITERS + clientCount);
  const lc = new LiveClients();
  try {
    const statuses = await lc.open(inc.id, users.map((u, j) => ({ base: procs[j % procs.length]!.url, token: u.token })), inc.eventId);
    const bad = statuses.filter((s) => s !== 200).length;
    if (bad) throw new Error(`${bad} of ${clientCount} live clients were refused (${[...new Set(statuses)].join(', ')})`);
    const drops: DropPlan[] = [];
    if (reconnects) {
      const chosen = fk.helpers.arrayElements([...users.keys()], Math.max(1, Math.round(clientCount * RECONNECT_SHARE)));
      for (const client of chosen) drops.push({ client, at: Math.round(fk.number.float({ min: 0.2, max: 0.6 }) * seconds * 1000), delay: fk.number.int({ min: 200, max: 2000 }) });
    }
    await lc.start(drops);
    const w = await writeLoop(inc.id, seconds, data.participants.slice(0, WRITERS));
    const stats = await lc.finish(w.writes, 15_000);
    return { ...stats, failed: w.failed, writeLat: w.writeLat, writeRate: w.writes.length / w.seconds };
  } finally {
    await lc.close();
  }
}

function memoryLine(): string {
  return procs.map((p, i) => {
    const m = p.memory();
    return `${'AB'[i]}: RSS ${m ? fmt(m.rss / 1e6, 0) : '?'} MB (peak ${m ? fmt(m.peakRss / 1e6, 0) : '?'} MB)`;
  }).join(', ');
}

let failures = 0;
try {
  // Refusal: a user of an organisation not taking part gets 404 on every process, as for a missing incident.
  const probe = await declare('Bench refusal probe');
  for (const p of procs) {
    const r = await fetch(`${p.url}/api/crisis/incidents/${probe.id}/stream`, { headers: { authorization: `Bearer ${data.outsiders[0]!.token}` } });
    await r.body?.cancel();
    console.log(`outsider's stream on ${p === procs[0] ? 'A' : 'B'}: ${r.status}${r.status === 404 ? '' : ' (expected 404)'}`);
    if (r.status !== 404) failures++;
  }

  const baseline = await deliveryRun('baseline', 1, S.baselineSeconds, false);
  const runs: RunResult[] = [];
  for (let k = 1; k <= S.runs; k++) {
    const r = await deliveryRun(`run ${k}`, S.clients, S.seconds, true);
    runs.push(r);
    console.log(
      `run ${k}: ${r.clients} clients, ${r.expected} events (${fmt(r.writeRate)}/s, ${r.failed} failed writes), delivery p50 ${fmt(percentile(r.latencies, 50))} ms p99 ${fmt(percentile(r.latencies, 99))} ms (after the write's answer: p50 ${fmt(percentile(r.afterCommit, 50))} p99 ${fmt(percentile(r.afterCommit, 99))} ms); ` +
        `lost ${r.lost}, duplicated ${r.duplicated}, out of order ${r.outOfOrder}; reconnects ${r.reconnects}, replayed ${r.replayed} events, replay correct ${r.replayCorrect}/${r.reconnects}` +
        `${r.replayTimes.length ? ` (p50 ${fmt(percentile(r.replayTimes, 50), 0)} ms after reconnect)` : ''}; write p99 ${fmt(percentile(r.writeLat, 99), 0)} ms; ${memoryLine()}`,
    );
    if (r.lost || r.duplicated || r.outOfOrder || r.replayCorrect !== r.reconnects || r.failed || r.refusedConnects) failures++;
  }

  // Reads: the incident (what every screen loads) and its timeline, on an incident of its own, 32 clients spread over the processes.
  const lastIncident = await declare('Bench reads');
  for (let i = 0; i < S.timeline; i++) await request(procs[i % procs.length]!.url, 'POST', `/api/crisis/incidents/${lastIncident.id}/log`, data.participants[i % WRITERS]!.token, { kind: 'communication', text: `bench read ${i}` });
  const reader = { authorization: `Bearer ${data.participants[0]!.token}` };
  const feed = async (path: string) => {
    const per = Math.ceil(S.feedRequests / procs.length);
    const t0 = performance.now();
    const res = await Promise.all(procs.map((p) => httpLoad(p.url, [path], reader, per, FEED_CLIENTS / procs.length)));
    const seconds = (performance.now() - t0) / 1000;
    return { rps: (per * procs.length) / seconds, p99: percentile(res.flatMap((r) => r.latencies).sort((a, b) => a - b), 99) };
  };
  const reads: Record<string, Array<{ rps: number; p99: number }>> = { incident: [], timeline: [] };
  for (let k = 0; k < S.runs; k++) {
    reads.incident!.push(await feed(`/api/crisis/incidents/${lastIncident.id}`));
    reads.timeline!.push(await feed(`/api/crisis/incidents/${lastIncident.id}/timeline`));
  }

  console.log(`\nSummary (${backend === 'postgres' ? 'PostgreSQL, 2 processes' : 'PGlite, 1 process'}; ${RATE} writes/s; medians of ${S.runs} runs of ${S.seconds} s):`);
  console.log(`| | clients | writes/s done | write p50 / p99 | delivery p50 / p99 (write → received) | after the write's answer p50 / p99 | lost | duplicated | out of order | reconnects (replay correct) |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |`);
  const row = (label: string, clients: number, rs: RunResult[], reconnects: string) => {
    const m = (f: (r: RunResult) => number) => median(rs.map(f));
    const sum = (f: (r: RunResult) => number) => rs.reduce((n, r) => n + f(r), 0);
    console.log(
      `| ${label} | ${clients} | ${fmt(m((r) => r.writeRate))} | ${fmt(m((r) => percentile(r.writeLat, 50)), 0)} / ${fmt(m((r) => percentile(r.writeLat, 99)), 0)} ms | ` +
        `${fmt(m((r) => percentile(r.latencies, 50)), 0)} / ${fmt(m((r) => percentile(r.latencies, 99)), 0)} ms | ${fmt(m((r) => percentile(r.afterCommit, 50)), 0)} / ${fmt(m((r) => percentile(r.afterCommit, 99)), 0)} ms | ` +
        `${sum((r) => r.lost)} | ${sum((r) => r.duplicated)} | ${sum((r) => r.outOfOrder)} | ${reconnects} |`,
    );
  };
  row(`baseline, ${S.baselineSeconds} s`, 1, [baseline], '—');
  row(`${S.runs} runs of ${S.seconds} s`, S.clients, runs, `${runs.reduce((n, r) => n + r.reconnects, 0)} (${runs.reduce((n, r) => n + r.replayCorrect, 0)}), ${runs.reduce((n, r) => n + r.replayed, 0)} events replayed`);
  console.log(`events delivered: ${runs.reduce((n, r) => n + r.expected * r.clients, 0)} (lost and duplicated are summed over every run; goal: p99 ≤ 500 ms, none lost)`);
  for (const [what, rs] of Object.entries(reads)) console.log(`reads of the ${what} (${what === 'timeline' ? `${S.timeline + 1} events` : '8 participating organisations'}), ${FEED_CLIENTS} clients: ${fmt(median(rs.map((r) => r.rps)), 0)} req/s (p99 ${fmt(median(rs.map((r) => r.p99)), 0)} ms), median of ${S.runs}`);
  console.log(`server memory: ${memoryLine()}`);
  console.log(`load average after: ${load()}`);
} finally {
  for (const a of agents.values()) a.destroy();
  await Promise.all(procs.map((p) => p.stop()));
  await bdb.drop();
}
if (failures) {
  console.log(`bench/crisis: ${failures} check(s) failed (events lost, duplicated, out of order, a replay incomplete, a failed write or a refusal not 404)`);
  process.exit(1);
}
