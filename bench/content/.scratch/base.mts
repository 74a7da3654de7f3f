const n = 1600*1004; const data = new Uint8Array(n*3).map(() => Math.random()*256|0);
function s1(d: Uint8Array) { let s = 0; for (let p = 0; p < d.length; p++) s += d[p]!; return s; }
function s2() { return new Float32Array(n); }
function s3(d: Uint8Array, o: Float32Array) { for (let k = 0, p = 0; k < n; k++, p += 3) o[k] = d[p]! + d[p+1]! + d[p+2]!; }
const o = new Float32Array(n);
for (let i = 0; i < 5; i++) { const t0 = performance.now(); s1(data); const t1 = performance.now(); s2(); const t2 = performance.now(); s3(data, o); const t3 = performance.now(); console.log((t1-t0).toFixed(1), (t2-t1).toFixed(1), (t3-t2).toFixed(1)); }
