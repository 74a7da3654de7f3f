/**
 * Quick speed profile of the screening engine (for iterating; the figures of record come from run.ts):
 * node bin/tsx.js bench/screening/profile.ts [--filler N] [--queries N] [--negatives N] [--per-type N] [--slow K]
 * Times query preparation, candidate generation and full screening on the UN+OFAC index (and with N
 * synthetic filler names), and lists the K slowest queries with their candidate counts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { prepareQuery, ScreeningIndex, type Traveller } from '../../src/core/screening/engine.ts';
import { loadLists, makeFiller, makeNegatives, makePositives, Rng } from './data.ts';
import { median, pct } from './metrics.ts';

const arg = (k: string, d: number) => (process.argv.includes(k) ? Number(process.argv[process.argv.indexOf(k) + 1]) : d);
const fillerN = arg('--filler', 0);
const nq = arg('--queries', 4000);
const slowK = arg('--slow', 0);
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };

const entries = await loadLists();
const positives = makePositives(entries, arg('--per-type', 25));
const negatives = makeNegatives(entries, arg('--negatives', 5000));
const r = new Rng(5);
const mix: Traveller[] = [];
for (let i = 0; i < nq; i++) mix.push((r.chance(0.5) ? r.pick(positives) : r.pick(negatives)).traveller as Traveller);

gc();
const h0 = used();
let t0 = performance.now();
const index = new ScreeningIndex(entries);
const build = performance.now() - t0;
if (fillerN) {
  const filler = makeFiller(fillerN);
  t0 = performance.now();
  for (const e of filler) index.add(e);
  console.log(`filler ${fillerN}: add ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  filler.length = 0;
}
gc();
console.log(`index: ${index.nameCount} names, build ${build.toFixed(0)} ms, memory ${((used() - h0) / 1048576).toFixed(0)} MB, keys ${index.postingStats.keys}, postings ${index.postingStats.postings}`);

for (const t of mix.slice(0, 500)) index.screen(t);
const runs = 3;
const qps: number[] = [];
for (let k = 0; k < runs; k++) {
  t0 = performance.now();
  for (const t of mix) index.screen(t);
  qps.push(mix.length / ((performance.now() - t0) / 1000));
}
let prep = 0, cand = 0;
const lat: number[] = [];
const rows: Array<{ ms: number; t: Traveller; c: number }> = [];
for (const t of mix) {
  const a = performance.now();
  const q = prepareQuery(t);
  const b = performance.now();
  const c = index.candidates(q.name.tokens).length;
  const d = performance.now();
  prep += b - a;
  cand += d - b;
  const s = performance.now();
  index.screen(t);
  const ms = performance.now() - s;
  lat.push(ms);
  rows.push({ ms, t, c });
}
console.log(`queries/s ${median(qps).toFixed(0)} (runs ${qps.map((x) => x.toFixed(0)).join(', ')}); p50 ${pct(lat, 0.5).toFixed(3)} ms, p99 ${pct(lat, 0.99).toFixed(3)} ms; per query: prepare ${(prep / mix.length * 1000).toFixed(0)} µs, candidates ${(cand / mix.length * 1000).toFixed(0)} µs, screen ${(lat.reduce((a, b) => a + b, 0) / mix.length * 1000).toFixed(0)} µs`);
rows.sort((a, b) => b.ms - a.ms);
for (const x of rows.slice(0, slowK)) console.log(`SLOW ${x.ms.toFixed(2)} ms cands ${x.c} ${JSON.stringify(x.t.name)}`);
