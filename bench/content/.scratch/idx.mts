import { MatchIndex } from '../../../src/core/content/match-index.ts';
const N = Number(process.argv[2] ?? 1e6); const wideMin = Number(process.argv[3] ?? 1e6);
const words = new Uint32Array(N * 8);
let a = 12345; const rnd = () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return (t ^ t >>> 14) >>> 0; };
for (let i = 0; i < N * 8; i++) words[i] = rnd();
for (let i = 1; i < N; i += 4) { words.copyWithin(i*8, (i-1)*8, i*8); const f = rnd() % 20; for (let k = 0; k < f; k++) { const b = rnd() & 255; words[i*8 + (b>>5)]! ^= 1 << (b & 31); } }
const m0 = process.memoryUsage();
let t0 = performance.now();
const idx = MatchIndex.fromWords(words, undefined, { wideMin });
const m1 = process.memoryUsage();
console.log('build', (performance.now()-t0).toFixed(0), 'ms', (idx.bytes/1e6).toFixed(0), 'MB', ((m1.arrayBuffers - m0.arrayBuffers)/1e6).toFixed(0));
const Q = 2000; const qs: Uint32Array[] = [];
for (let i = 0; i < Q; i++) { const id = rnd() % N; const q = words.slice(id*8, id*8+8); const f = i % 2 ? rnd() % 30 : 200; for (let k = 0; k < f; k++) { const b = rnd() & 255; q[b>>5]! ^= 1 << (b & 31); } qs.push(q); }
for (let rep = 0; rep < 3; rep++) {
t0 = performance.now(); let hits = 0; for (const q of qs) hits += idx.query(q, 31).length; const t = performance.now() - t0;
console.log('query', (Q / t * 1000).toFixed(0), '/s hits', hits);
}
t0 = performance.now(); let bh = 0; const B = 10; for (let i = 0; i < B; i++) bh += idx.bruteForce(qs[i]!, 31).length; const tb = performance.now() - t0;
console.log('brute', (B / tb * 1000).toFixed(1), '/s');
for (let i = 0; i < 20; i++) { const a = JSON.stringify(idx.query(qs[i]!, 31)); const b = JSON.stringify(idx.bruteForce(qs[i]!, 31)); if (a !== b) { console.log('MISMATCH', i); } }
