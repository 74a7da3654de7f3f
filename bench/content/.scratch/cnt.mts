import { MihSegment, slotRadii, slotOf, MASKS, MASK_CUM } from '../../../src/core/content/mih.ts';
const N = 1e6;
const words = new Uint32Array(N * 8);
for (let i = 0; i < N * 8; i++) words[i] = (Math.random() * 2**32) >>> 0;
const seg = new MihSegment(words, Uint32Array.from({length: N}, (_, i) => i));
const flags = new Uint8Array(N).fill(100);
const radii = slotRadii(31);
const qs = Array.from({length: 1000}, () => Uint32Array.from({length: 8}, () => (Math.random() * 2**32) >>> 0));
for (let r = 0; r < 5; r++) {
  const ids: number[] = [], dist: number[] = [];
  const t0 = performance.now(); for (const q of qs) seg.search(words, flags, q, 31, radii, ids, dist); const t = performance.now() - t0;
  console.log((t / qs.length * 1000).toFixed(0), 'us/query', ids.length);
}
// raw loop over offsets only
const off = (seg as any).offsets as Uint32Array; const idsArr = (seg as any).ids as Uint32Array;
let tot = 0; const t0 = performance.now();
for (const q of qs) for (let s = 0; s < 16; s++) { const qs_ = slotOf(q, 0, s); for (let m = 0; m < 17; m++) { const key = qs_ ^ MASKS[m]!; tot += off[s*65537+key+1]! - off[s*65537+key]!; } }
console.log('probe only', ((performance.now()-t0)/qs.length*1000).toFixed(0), 'us/query; cands/query', tot/qs.length);
let x = 0; const t1 = performance.now();
for (const q of qs) for (let s = 0; s < 16; s++) { const qs_ = slotOf(q, 0, s); for (let m = 0; m < 17; m++) { const key = qs_ ^ MASKS[m]!; const e = s*N + off[s*65537+key+1]!; for (let p = s*N + off[s*65537+key]!; p < e; p++) x ^= words[idsArr[p]! * 8]!; } }
console.log('probe+touch', ((performance.now()-t1)/qs.length*1000).toFixed(0), 'us/query', x & 1);
