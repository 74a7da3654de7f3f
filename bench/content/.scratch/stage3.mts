const fr = Math.fround;
const rows = 1004, cols = 1600, n = rows*cols;
const a = new Float32Array(n).map(() => Math.random()*255), b = new Float32Array(n), c = new Float32Array(n);
function colsPass(inp: Float32Array, out: Float32Array, w: number, sums: Float32Array) {
  const p3 = rows - w; sums.fill(0);
  let ri = (w)*cols, li = 0, oi = 0; const cws = w;
  for (let i = 0; i < p3; i++, ri += cols, li += cols, oi += cols) {
    for (let j = 0; j < cols; j++) { const s = fr(fr(sums[j]! + inp[ri + j]!) - inp[li + j]!); sums[j] = s; out[oi + j] = s / cws; }
  }
}
function colsPassF64(inp: Float32Array, out: Float32Array, w: number, sums: Float64Array) {
  const p3 = rows - w; sums.fill(0);
  let ri = (w)*cols, li = 0, oi = 0; const cws = w;
  for (let i = 0; i < p3; i++, ri += cols, li += cols, oi += cols) {
    for (let j = 0; j < cols; j++) { const s = fr(fr(sums[j]! + inp[ri + j]!) - inp[li + j]!); sums[j] = s; out[oi + j] = s / cws; }
  }
}
function colsStrip(inp: Float32Array, out: Float32Array, w: number) {
  const p3 = rows - w; const cws = w;
  for (let j = 0; j < cols; j += 4) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    let ri = w*cols + j, li = j, oi = j;
    for (let i = 0; i < p3; i++, ri += cols, li += cols, oi += cols) {
      s0 = fr(fr(s0 + inp[ri]!) - inp[li]!); s1 = fr(fr(s1 + inp[ri+1]!) - inp[li+1]!); s2 = fr(fr(s2 + inp[ri+2]!) - inp[li+2]!); s3 = fr(fr(s3 + inp[ri+3]!) - inp[li+3]!);
      out[oi] = s0 / cws; out[oi+1] = s1 / cws; out[oi+2] = s2 / cws; out[oi+3] = s3 / cws;
    }
  }
}
const sums = new Float32Array(cols), s64 = new Float64Array(cols);
for (let k = 0; k < 6; k++) {
  let t0 = performance.now(); colsPass(a, b, 8, sums); const t1 = performance.now(); colsPassF64(a, c, 8, s64); const t2 = performance.now(); colsStrip(a, c, 8); const t3 = performance.now();
  console.log('cols', (t1-t0).toFixed(1), 'f64', (t2-t1).toFixed(1), 'strip', (t3-t2).toFixed(1));
}
