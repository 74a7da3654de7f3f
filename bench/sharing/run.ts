/**
 * Sharing benchmark: two Vigil instances in two processes (own PGlite folders, real HTTP). A holds N
 * intelligence records; B registers A as a partner and pulls them over TAXII 2.1; then 1,000 (small:
 * 200) records change on A and reach B through the long-poll. Reports time, objects per second and the
 * peak memory of each side.
 *
 *   node bin/tsx.js bench/sharing/run.ts [--size small|full] [--json FILE]
 *
 * small: 5,000 objects, 200 changes (well under a minute). full: 100,000 objects, 1,000 changes.
 * Goals (full): 100k in ≤ 60 s; the 1,000 changes in ≤ 2 s.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : 'small';
if (size !== 'small' && size !== 'full') throw new Error('--size small|full');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const N = size === 'full' ? 100_000 : 5_000;
const CHANGES = size === 'full' ? 1_000 : 200;
const ROOT = join(import.meta.dirname, '..', '..');

class Instance {
  private next = 1;
  private waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: any) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.error) w.reject(new Error(m.error));
      else w.resolve(m.result);
    });
  }
  static start(env: Record<string, string>): Promise<Instance> {
    const child = fork(join(ROOT, 'bench/sharing/instance.ts'), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise((resolve, reject) => {
      child.once('message', () => resolve(new Instance(child)));
      child.once('exit', (code) => reject(new Error(`instance exited (${code})`)));
    });
  }
  call<T = any>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, cmd, args });
    });
  }
}

const env = { VIGIL_SHARING_INDEX_MS: '100', VIGIL_SHARING_PULL_MS: '500', VIGIL_SHARING_LONGPOLL_S: '20', VIGIL_SHARING_PAGE: '1000', VIGIL_SHARING_TIMEOUT_MS: '60000' };
const mb = (b: number) => Math.round(b / 1048576);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const [a, b] = await Promise.all([Instance.start(env), Instance.start(env)]);
const { url } = await a.call('setup');
await b.call('setup');
let t = performance.now();
await a.call('seed', { n: N });
const seedMs = performance.now() - t;
if (process.env.BENCH_PROGRESS) console.log(`  seeded ${N} in ${Math.round(seedMs)} ms`);
t = performance.now();
await a.call('project'); // resolves once every seeded record is projected (the outbox timer may have started)
const projection = { ms: performance.now() - t };
if (process.env.BENCH_PROGRESS) console.log(`  projected in ${Math.round(projection.ms)} ms`);
await Promise.all([a.call('memory'), b.call('memory')]);
const { token } = await a.call('token');

t = performance.now();
await b.call('partner', { apiRoot: `${url}/taxii2/vigil/`, token });
for (;;) {
  const { n } = await b.call<{ n: number }>('count');
  if (n >= N) break;
  if (performance.now() - t > 600_000) throw new Error(`sync stalled at ${n}`);
  if (process.env.BENCH_PROGRESS) console.log(`  ${Math.round((performance.now() - t) / 1000)} s: ${n} objects on B`);
  await sleep(process.env.BENCH_PROGRESS ? 5000 : 50);
}
const syncMs = performance.now() - t;
const [memA1, memB1] = await Promise.all([a.call('memory'), b.call('memory')]);

const before = N;
const { at } = await a.call<{ at: number }>('change', { n: CHANGES });
for (;;) {
  const { n } = await b.call<{ n: number }>('count');
  if (n >= before + CHANGES) break;
  if (Date.now() - at > 120_000) throw new Error(`changes stalled at ${n - before}`);
  await sleep(10);
}
const changeMs = Date.now() - at;
const [memA2, memB2] = await Promise.all([a.call('memory'), b.call('memory')]);
await Promise.all([a.call('stop'), b.call('stop')]);

const result = {
  size,
  objects: N,
  changes: CHANGES,
  seedMs: Math.round(seedMs),
  projectionMs: Math.round(projection.ms),
  syncMs: Math.round(syncMs),
  syncObjectsPerSecond: Math.round(N / (syncMs / 1000)),
  changesMs: changeMs,
  changesPerSecond: Math.round(CHANGES / (changeMs / 1000)),
  peakMemoryMB: { A: { sync: mb(memA1.peakRss), changes: mb(memA2.peakRss) }, B: { sync: mb(memB1.peakRss), changes: mb(memB2.peakRss) } },
  peakHeapMB: { A: mb(Math.max(memA1.peakHeap, memA2.peakHeap)), B: mb(Math.max(memB1.peakHeap, memB2.peakHeap)) },
  goals: size === 'full' ? { syncUnder60s: syncMs <= 60_000, changesUnder2s: changeMs <= 2_000 } : undefined,
};
console.log(`sharing bench (${size}): ${N} objects A → B in ${(syncMs / 1000).toFixed(1)} s (${result.syncObjectsPerSecond}/s; A's projection ${(projection.ms / 1000).toFixed(1)} s before), ${CHANGES} changes in ${changeMs} ms`);
console.log(`peak RSS  A: ${result.peakMemoryMB.A.sync} MB (sync), ${result.peakMemoryMB.A.changes} MB (changes)   B: ${result.peakMemoryMB.B.sync} MB, ${result.peakMemoryMB.B.changes} MB`);
console.log(JSON.stringify(result));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2));
