const fr = Math.fround;
const n = 1600*1004; const data = new Uint8Array(n*3).map(() => Math.random()*256|0);
const R = new Float32Array(256), G = new Float32Array(256), B = new Float32Array(256);
const R6 = new Float64Array(256), G6 = new Float64Array(256), B6 = new Float64Array(256);
for (let v = 0; v < 256; v++) { R[v] = fr(0.299)*v; G[v] = fr(0.587)*v; B[v] = fr(0.114)*v; R6[v]=R[v]!; G6[v]=G[v]!; B6[v]=B[v]!; }
function l1(data: Uint8Array) { const luma = new Float32Array(n); for (let k = 0, p = 0; k < n; k++, p += 3) luma[k] = fr(R[data[p]!]! + G[data[p + 1]!]!) + B[data[p + 2]!]!; return luma; }
function l2(data: Uint8Array) { const luma = new Float32Array(n); for (let k = 0, p = 0; k < n; k++, p += 3) luma[k] = fr(R6[data[p]!]! + G6[data[p + 1]!]!) + B6[data[p + 2]!]!; return luma; }
const cr = fr(0.299), cg = fr(0.587), cb = fr(0.114);
function l3(data: Uint8Array) { const luma = new Float32Array(n); for (let k = 0, p = 0; k < n; k++, p += 3) luma[k] = fr(fr(cr*data[p]!) + fr(cg*data[p + 1]!)) + fr(cb*data[p + 2]!); return luma; }
for (let i = 0; i < 6; i++) { const t0 = performance.now(); const a = l1(data); const t1 = performance.now(); const b = l2(data); const t2 = performance.now(); const c = l3(data); const t3 = performance.now();
 let eq = true; for (let k = 0; k < n; k++) if (a[k] !== b[k] || a[k] !== c[k]) { eq = false; break; }
 console.log((t1-t0).toFixed(1), (t2-t1).toFixed(1), (t3-t2).toFixed(1), eq); }
