/**
 * Content benchmark: PDQ hashing throughput (1-megapixel JPEGs, decoding included, one core) and
 * match-index lookups/s, build time and memory at several bank sizes, against a brute-force scan
 * measured in the same run.
 *
 *   node bin/tsx.js bench/content/run.ts [--size small|full] [--json FILE]
 *
 * small (CI, well under a minute): banks of 20k and 100k. full: 100k, 1M and 10M (about 2 GB of RAM).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { decodeImage } from '../../src/core/content/decode.ts';
import { hashImageBuffer } from '../../src/core/content/file-hash.ts';
import { pdqHash } from '../../src/core/content/pdq.ts';
import { MatchIndex, type MatchHit } from '../../src/core/content/match-index.ts';
import { clusteredBank, queries, syntheticJpeg } from './data.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : 'small';
if (size !== 'small' && size !== 'full') throw new Error('--size small|full');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const full = size === 'full';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mem = async (): Promise<number> => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20)); // let freed array buffers be released
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const MB = (b: number) => `${(b / 1e6).toFixed(0)} MB`;

const cpu = os.cpus()[0]?.model ?? 'unknown';
console.log(`# Vigil content benchmark (${size})`);
console.log(`node ${process.version}, ${os.availableParallelism()} cores available (${cpu}); every figure is single-threaded (one core)`);
const report: Record<string, unknown> = { size, node: process.version, cores: os.availableParallelism(), cpu };

// ---------------------------------------------------------------- hashing
{
  const nImages = full ? 12 : 4;
  const rounds = full ? 5 : 3;
  const jpegs = await Promise.all(Array.from({ length: nImages }, (_, i) => syntheticJpeg(1000 + i)));
  await hashImageBuffer(jpegs[0]!); // warm up
  const decoded = await Promise.all(jpegs.map((j) => decodeImage(j)));
  const total: number[] = [];
  const dec: number[] = [];
  const hash: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (const j of jpegs) await hashImageBuffer(j);
    total.push((nImages * 1000) / (performance.now() - t));
    t = performance.now();
    for (const j of jpegs) await decodeImage(j);
    dec.push((nImages * 1000) / (performance.now() - t));
    t = performance.now();
    for (const d of decoded) pdqHash(d);
    hash.push((nImages * 1000) / (performance.now() - t));
  }
  const h = { imagesPerSecond: median(total), decodePerSecond: median(dec), pdqPerSecond: median(hash), megapixels: 1, images: nImages, rounds };
  report.hashing = h;
  console.log('\n## Hashing: 1000×1000 JPEG → PDQ + MD5 + SHA-256 (decode included), median of %d rounds', rounds);
  console.log(`  ${h.imagesPerSecond.toFixed(1)} images/s   (decode only ${h.decodePerSecond.toFixed(1)}/s, PDQ only ${h.pdqPerSecond.toFixed(1)}/s)`);
}

// ---------------------------------------------------------------- matching
const sameHits = (a: MatchHit[], b: MatchHit[]) => a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.distance === b[i]!.distance);
const sizes = full ? [100_000, 1_000_000, 10_000_000] : [20_000, 100_000];
const rows: Record<string, number>[] = [];
console.log('\n## Matching at distance 31 (clustered bank; queries half near-duplicates, half unrelated)');
console.log('  bank size | build | memory: process delta, index arrays (B/hash) | lookups/s | brute force/s | speed-up | hits/query');
/** One bank size; a function so that its arrays are garbage once it returns (clean memory deltas). */
async function matchBench(n: number): Promise<void> {
  const before = await mem();
  const bank = clusteredBank(n, n);
  let t = performance.now();
  const index = MatchIndex.fromWords(bank);
  const buildMs = performance.now() - t;
  const memBytes = (await mem()) - before;
  const qs = queries(bank, 2000, 7 * n);
  const runs: number[] = [];
  let hits = 0;
  for (let r = 0; r < 5; r++) {
    hits = 0;
    t = performance.now();
    for (const q of qs) hits += index.query(q, 31).length;
    runs.push((qs.length * 1000) / (performance.now() - t));
  }
  const nBrute = Math.max(10, Math.min(400, Math.round(2e7 / n)));
  const bruteRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    for (let i = 0; i < nBrute; i++) index.bruteForce(qs[i]!, 31);
    bruteRuns.push((nBrute * 1000) / (performance.now() - t));
  }
  for (let i = 0; i < nBrute; i++) {
    if (!sameHits(index.query(qs[i]!, 31), index.bruteForce(qs[i]!, 31))) throw new Error(`index and brute force differ at n=${n}, query ${i}`);
  }
  const row = {
    bankSize: n,
    buildSeconds: buildMs / 1000,
    memoryBytes: memBytes,
    tableBytes: index.bytes,
    lookupsPerSecond: median(runs),
    bruteForcePerSecond: median(bruteRuns),
    speedup: median(runs) / median(bruteRuns),
    hitsPerQuery: hits / qs.length,
  };
  rows.push(row);
  console.log(
    `  ${n.toLocaleString('en').padStart(10)} | ${row.buildSeconds.toFixed(2)} s | ${MB(memBytes)}, arrays ${MB(index.bytes)} (${(index.bytes / n).toFixed(0)}) | ${row.lookupsPerSecond.toFixed(0)} | ${row.bruteForcePerSecond.toFixed(1)} | ${row.speedup.toFixed(0)}× | ${row.hitsPerQuery.toFixed(2)}`,
  );
}
for (const n of sizes) await matchBench(n);
report.matching = rows;

// ---------------------------------------------------------------- incremental updates
{
  const n = full ? 1_000_000 : 100_000;
  const bank = clusteredBank(n + 20_000, 99);
  const index = MatchIndex.fromWords(bank.slice(0, n * 8));
  let t = performance.now();
  for (let i = n; i < n + 20_000; i++) index.add(bank.subarray(i * 8, i * 8 + 8));
  const addsPerSecond = 20_000 / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let i = 0; i < 20_000; i++) index.remove(i * 3);
  const removesPerSecond = 20_000 / ((performance.now() - t) / 1000);
  const qs = queries(bank, 200, 5);
  for (const q of qs) if (!sameHits(index.query(q, 31), index.bruteForce(q, 31))) throw new Error('incremental index differs from brute force');
  report.updates = { bankSize: n, addsPerSecond, removesPerSecond };
  console.log(`\n## Updates on a ${n.toLocaleString('en')} bank: ${addsPerSecond.toFixed(0)} adds/s, ${removesPerSecond.toFixed(0)} removes/s (results re-checked against brute force)`);
}

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
