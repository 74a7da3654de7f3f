const fr = Math.fround;
const rows = 1004, cols = 1600, n = rows*cols;
const a = new Float32Array(n).map(() => Math.random()*255), b = new Float32Array(n);
function rowsPass(inp: Float32Array, out: Float32Array, w: number) {
  const half = (w + 2) >> 1, p1 = half - 1, p2 = w - half + 1, p3 = cols - w, p4 = half - 1;
  for (let r = 0; r < rows; r++) {
    let ri = r*cols, li = ri, oi = ri, sum = 0, cws = 0;
    for (let i = 0; i < p1; i++) { sum = fr(sum + inp[ri++]!); cws++; }
    for (let i = 0; i < p2; i++) { sum = fr(sum + inp[ri++]!); cws++; out[oi++] = sum / cws; }
    for (let i = 0; i < p3; i++) { sum = fr(sum + inp[ri++]!); sum = fr(sum - inp[li++]!); out[oi++] = sum / cws; }
    for (let i = 0; i < p4; i++) { sum = fr(sum - inp[li++]!); cws--; out[oi++] = sum / cws; }
  }
}
function colsPass(inp: Float32Array, out: Float32Array, w: number, sums: Float32Array) {
  const half = (w + 2) >> 1, p3 = rows - w;
  let ri = (w)*cols, li = 0, oi = 0; const cws = w;
  for (let i = 0; i < p3; i++, ri += cols, li += cols, oi += cols) {
    for (let j = 0; j < cols; j++) { const s = fr(fr(sums[j]! + inp[ri + j]!) - inp[li + j]!); sums[j] = s; out[oi + j] = s / cws; }
  }
}
const sums = new Float32Array(cols);
for (let k = 0; k < 6; k++) {
  let t0 = performance.now(); rowsPass(a, b, 13); const t1 = performance.now(); colsPass(b, a, 8, sums); const t2 = performance.now();
  console.log('rows', (t1-t0).toFixed(1), 'cols', (t2-t1).toFixed(1));
}
