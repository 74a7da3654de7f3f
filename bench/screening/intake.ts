/**
 * Passenger-message intake benchmark (issue #15): UN/EDIFACT PAXLST messages, as carriers send them for
 * a flight (here 400 passengers each, 1% of them variants of listed persons, 2% with a malformed birth
 * date), parsed and screened. `node bin/tsx.js bench/screening/intake.ts [--size small|full] [--flights N] [--runs R] [--backend pglite|postgres]`
 *
 * 1. Engine (one core, no database): parse only, and parse + lenient reading + screening against the
 *    UN and OFAC lists — messages and passengers per second, median of R runs.
 * 2. End to end (PGlite; `--backend postgres` with DATABASE_URL): each message through the intake
 *    service (parsed, travellers stored, batch queued) and the server's batch runner to `done`: time
 *    and passengers per second.
 * Synthetic people only (faker travellers and tagged variants of listed entries, bench/screening/data.ts).
 */
import { availableParallelism, cpus } from 'node:os';
import { sql } from 'kysely';
import { latinKey } from '../../src/core/names/latin.ts';
import { ScreeningIndex, type Traveller } from '../../src/core/screening/engine.ts';
import { parsePassengerMessage } from '../../src/core/screening/passenger-messages.ts';
import { normalizeTraveller } from '../../src/core/screening/quality.ts';
import { actorById } from '../../src/server/platform/auth.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { runnerOf } from '../../src/server/modules/screening/batches.runner.ts';
import { findBatch } from '../../src/server/modules/screening/batches.repository.ts';
import { messageBatch } from '../../src/server/modules/screening/messages.service.ts';
import { runtimeOf } from '../../src/server/modules/screening/screening.runtime.ts';
import { storedEntry } from '../../src/server/modules/screening/watchlist.diff.ts';
import { createVersion } from '../../src/server/modules/screening/watchlists.repository.ts';
import { benchDatabase } from '../lib/backends.ts';
import { loadLists, makeNegatives, makePositives, Rng } from './data.ts';

const size = process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : 'small';
const FULL = size === 'full';
const arg = (name: string) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined);
const FLIGHTS = arg('--flights') ?? (FULL ? 25 : 3);
const RUNS = arg('--runs') ?? (FULL ? 5 : 3);
const E2E_FLIGHTS = Math.min(FLIGHTS, FULL ? 10 : 2);
const PAX = 400;
const log = (s = '') => process.stdout.write(s + '\n');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');
/** CPU time of this process in ms (on a shared machine, closer to what a quiet one would take than wall time). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

log(`# Passenger-message intake benchmark (--size ${size}); ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
const lists = await loadLists();
const index = new ScreeningIndex(lists);

// --- the messages -------------------------------------------------------------------------------------
/** EDIFACT level A letters (what a check-in desk or a document reader sends): upper-case Latin, no separators. */
const edi = (v: string) => latinKey(v).toUpperCase().replace(/[^A-Z0-9 ]/g, '').trim();
const yymmdd = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.slice(2).replace(/-/g, '') : iso.replace(/\D/g, '').slice(-6));
const MALFORMED = ['19920231', '1981-7-16', '00000080', '19001301'];

function passengerSegments(t: Traveller, rng: Rng, k: number): string[] {
  const words = edi(t.name).split(/\s+/).filter(Boolean);
  const family = words.at(-1) ?? 'UNKNOWN';
  const given = words.slice(0, -1).join(' ');
  const segs = [`NAD+FL+++${family}${given ? `:${given}` : ''}'`, `ATT+2++${t.gender === 'female' ? 'F' : t.gender === 'male' ? 'M' : 'U'}'`];
  const bad = rng.next() < 0.02;
  if (t.birthDate || bad) segs.push(`DTM+329:${bad ? MALFORMED[k % MALFORMED.length] : yymmdd(t.birthDate!)}'`);
  segs.push("LOC+178+FRA'", "LOC+179+BRU'");
  if (t.nationality) segs.push(`NAT+2+${t.nationality}'`);
  segs.push(`RFF+AVF:R${String(k).padStart(5, '0')}'`);
  segs.push(`DOC+P:110:111+${(t.documentNumber ?? `ZX${String(100000 + k)}`).replace(/[^A-Z0-9]/gi, '').toUpperCase()}'`, "DTM+36:300101'", `LOC+91+${t.nationality ?? 'DEU'}'`);
  return segs;
}

function paxlst(flight: number, travellers: Traveller[], rng: Rng): string {
  const ref = String(flight + 1).padStart(9, '0');
  const body = ["BGM+745'", "NAD+MS+++OPS DESK'", `TDT+20+ZZ${100 + flight}+++ZZ'`, "LOC+125+FRA'", "DTM+189:2612050800:201'", "LOC+87+BRU'", "DTM+232:2612050915:201'"];
  travellers.forEach((t, k) => body.push(...passengerSegments(t, rng, flight * PAX + k)));
  body.push(`CNT+42:${travellers.length}'`);
  return ["UNA:+.? '", `UNB+UNOA:4+ZZAIRLINE:ZZ+ZZBORDER:ZZ+261205:0700+${ref}++PAXLST'`, `UNH+M${ref}+PAXLST:D:05B:UN:IATA+ZZ${100 + flight}/261205/0800+01:F'`, ...body, `UNT+${body.length + 2}+M${ref}'`, `UNZ+1+${ref}'`].join('\n');
}

const rng = new Rng(97);
const negatives = makeNegatives(lists, FLIGHTS * PAX, 53).map((q) => q.traveller);
const positives = makePositives(lists.filter((e) => e.kind !== 'entity'), 1, 59).map((q) => q.traveller);
const messages: string[] = [];
let planted = 0;
for (let f = 0; f < FLIGHTS; f++) {
  const ts = negatives.slice(f * PAX, (f + 1) * PAX);
  for (let k = 0; k < PAX / 100; k++) ts[Math.floor(rng.next() * PAX)] = positives[planted++ % positives.length]!;
  messages.push(paxlst(f, ts, rng));
}
const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m), 0);
log(`lists: ${lists.length.toLocaleString('en')} entries; messages: ${FLIGHTS} PAXLST × ${PAX} passengers (${(bytes / FLIGHTS / 1024).toFixed(0)} kB each), ${planted} planted variants of listed persons`);

// --- 1. engine ----------------------------------------------------------------------------------------
const parseMs: number[] = [];
const screenMs: number[] = [];
const parseCpu: number[] = [];
const screenCpu: number[] = [];
let hits = 0;
let flagged = 0;
let passengers = 0;
for (let r = 0; r < RUNS; r++) {
  let t0 = performance.now();
  let c0 = cpuMs();
  for (const m of messages) parsePassengerMessage(m);
  parseMs.push(performance.now() - t0);
  parseCpu.push(cpuMs() - c0);
  t0 = performance.now();
  c0 = cpuMs();
  hits = flagged = passengers = 0;
  for (const m of messages) {
    for (const rec of parsePassengerMessage(m).records) {
      if (!rec.traveller) continue;
      const { id, name, birthDate, nationality, documentNumber, gender } = rec.traveller;
      const t = normalizeTraveller({ id, name, ...(birthDate ? { birthDate } : {}), ...(nationality ? { nationality } : {}), ...(documentNumber ? { documentNumber } : {}), ...(gender ? { gender } : {}) });
      if (t.quality?.some((q) => q.field === 'birthDate')) flagged++;
      if (index.screen(t, { threshold: 0.8 }).length) hits++;
      passengers++;
    }
  }
  screenMs.push(performance.now() - t0);
  screenCpu.push(cpuMs() - c0);
}
const pm = median(parseMs);
const sm = median(screenMs);
const pc = median(parseCpu);
const sc = median(screenCpu);
log(`engine, parse only: ${FLIGHTS} messages in ${pm.toFixed(0)} ms wall, ${pc.toFixed(0)} ms CPU (median of ${RUNS}) — ${rate(FLIGHTS, pm)} messages/s, ${rate(FLIGHTS * PAX, pm)} passengers/s (CPU: ${rate(FLIGHTS, pc)} messages/s)`);
log(`engine, parse + screen: ${passengers.toLocaleString('en')} passengers in ${(sm / 1000).toFixed(2)} s wall, ${(sc / 1000).toFixed(2)} s CPU (median of ${RUNS}) — ${rate(FLIGHTS, sm)} messages/s, ${rate(passengers, sm)} passengers/s on one core (CPU: ${rate(FLIGHTS, sc)} messages/s, ${rate(passengers, sc)} passengers/s); ${hits} travellers with hits, ${flagged} birth dates flagged`);

// --- 2. end to end -----------------------------------------------------------------------------------
const backend = process.argv.includes('--backend') && process.argv[process.argv.indexOf('--backend') + 1] === 'postgres' ? 'postgres' : 'pglite';
const bdb = await benchDatabase('intake', backend);
const p = await openPlatform(bdb.config);
try {
  const org = crypto.randomUUID();
  const user = crypto.randomUUID();
  await sql`INSERT INTO organisations (id, name, kind) VALUES (${org}, 'Bench Passenger Unit', 'border')`.execute(p.db);
  await sql`INSERT INTO users (id, username, display_name, org_id, clearance, roles, password_hash) VALUES (${user}, 'bench.pax', 'Bench Pax', ${org}, 'confidential', '{"screening":["read","write"]}', 'x')`.execute(p.db);
  await p.db.transaction().execute((tx) => createVersion(tx, 'un', 'un', lists.map((e) => storedEntry(e)), { origin: 'import', createdBy: null }));
  await runtimeOf(p).ensureCurrent();
  const actor = (await actorById(p.db, user))!;
  const ctx = { actor, requestId: 'bench', purpose: null, now: new Date() };
  const runner = runnerOf(p);
  const intakeMs: number[] = [];
  const t0 = performance.now();
  const c0 = cpuMs();
  const ids: string[] = [];
  for (const m of messages.slice(0, E2E_FLIGHTS)) {
    const t1 = performance.now();
    ids.push((await messageBatch(p, ctx, {}, { kind: 'text', text: m })).id);
    intakeMs.push(performance.now() - t1);
  }
  for (const id of ids) await runner.idle(id);
  const total = performance.now() - t0;
  const cpu = cpuMs() - c0;
  let screened = 0;
  let found = 0;
  for (const id of ids) {
    const b = (await findBatch(p.db, id))!;
    if (b.status !== 'done') throw new Error(`batch ${id} ended ${b.status}: ${b.failure}`);
    screened += b.processed;
    found += b.hit_count;
  }
  log(`end to end (${backend === 'pglite' ? 'PGlite' : 'PostgreSQL'}): ${E2E_FLIGHTS} messages, ${screened.toLocaleString('en')} passengers stored and screened in ${(total / 1000).toFixed(1)} s wall, ${(cpu / 1000).toFixed(1)} s CPU — ${rate(screened, total)} passengers/s (CPU: ${rate(screened, cpu)}/s); intake (parse + store) ${median(intakeMs).toFixed(0)} ms per message (median); ${found} hits`);
} finally {
  await runnerOf(p).stop();
  await p.close();
  await bdb.drop();
}
