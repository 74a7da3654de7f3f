/** Benchmark worker: builds its own index and screens the travellers it is given, timing the batch. */
import { parentPort, workerData } from 'node:worker_threads';
import { ScreeningIndex, type WatchlistEntry, type Traveller } from '../../src/core/screening/engine.ts';
import { makeFiller } from './data.ts';

const { entries, filler, travellers, rounds } = workerData as { entries: WatchlistEntry[]; filler: number; travellers: Traveller[]; rounds: number };
const index = new ScreeningIndex(entries);
if (filler) for (const e of makeFiller(filler)) index.add(e);
for (const t of travellers.slice(0, 200)) index.screen(t);
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => {
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of travellers) index.screen(t);
  parentPort!.postMessage({ ms: performance.now() - t0, n: travellers.length * rounds });
});
