import { popcount32 } from '../../../src/core/content/hash256.ts';
const N = 1e6; const words = new Uint32Array(N*8); for (let i = 0; i < N*8; i++) words[i] = (Math.random()*2**32)>>>0;
const C = 4400; const Q = 500;
const cands = Array.from({length: Q}, () => Uint32Array.from({length: C}, () => Math.random()*N|0));
function verify(c: Uint32Array, q: Uint32Array) { let hits = 0; const q0=q[0]!,q1=q[1]!,q2=q[2]!,q3=q[3]!;
  for (let p = 0; p < c.length; p++) { const o = c[p]! * 8; const d = popcount32(words[o]!^q0)+popcount32(words[o+1]!^q1)+popcount32(words[o+2]!^q2)+popcount32(words[o+3]!^q3); if (d <= 31) hits++; } return hits; }
function touch(c: Uint32Array) { let s = 0; for (let p = 0; p < c.length; p++) s += words[c[p]! * 8]!; return s; }
const q = words.slice(0, 8);
for (let r = 0; r < 4; r++) {
  let t0 = performance.now(); for (const c of cands) verify(c, q); const t1 = performance.now(); for (const c of cands) touch(c); const t2 = performance.now();
  const seq = cands.map(c => c.slice().sort()); const t3 = performance.now(); for (const c of seq) verify(c, q); const t4 = performance.now();
  console.log('ns/cand verify', ((t1-t0)/Q/C*1e6).toFixed(1), 'touch', ((t2-t1)/Q/C*1e6).toFixed(1), 'sorted', ((t4-t3)/Q/C*1e6).toFixed(1));
}
const PC16 = new Uint8Array(65536); for (let i = 1; i < 65536; i++) PC16[i] = PC16[i >> 1]! + (i & 1);
function verifyLut(c: Uint32Array, q: Uint32Array) { let hits = 0; const q0=q[0]!,q1=q[1]!,q2=q[2]!,q3=q[3]!;
  for (let p = 0; p < c.length; p++) { const o = c[p]! * 8; const x0 = words[o]!^q0, x1 = words[o+1]!^q1, x2 = words[o+2]!^q2, x3 = words[o+3]!^q3;
    const d = PC16[x0 & 0xffff]! + PC16[x0 >>> 16]! + PC16[x1 & 0xffff]! + PC16[x1 >>> 16]! + PC16[x2 & 0xffff]! + PC16[x2 >>> 16]! + PC16[x3 & 0xffff]! + PC16[x3 >>> 16]!; if (d <= 31) hits++; } return hits; }
const buf = new Int32Array(8192);
function twoPass(c: Uint32Array, q: Uint32Array) { let s = 0; for (let p = 0; p < c.length; p++) s += words[c[p]! * 8]!; buf[0] = s; return verify(c, q); }
function oneWord(c: Uint32Array, q: Uint32Array) { let hits = 0; const q0=q[0]!;
  for (let p = 0; p < c.length; p++) { const o = c[p]! * 8; const d = popcount32(words[o]!^q0); if (d <= 8) hits++; } return hits; }
for (let r = 0; r < 4; r++) {
  let t0 = performance.now(); for (const c of cands) verifyLut(c, q); const t1 = performance.now(); for (const c of cands) twoPass(c, q); const t2 = performance.now(); for (const c of cands) oneWord(c, q); const t3 = performance.now();
  console.log('ns/cand lut', ((t1-t0)/Q/C*1e6).toFixed(1), 'twopass', ((t2-t1)/Q/C*1e6).toFixed(1), 'oneword', ((t3-t2)/Q/C*1e6).toFixed(1));
}
