const fr = Math.fround;
const rows = 1004, cols = 1600, n = rows*cols;
const a = new Float32Array(n).map(() => Math.random()*255), b = new Float32Array(n), c = new Float32Array(n);
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
function rowsPass4(inp: Float32Array, out: Float32Array, w: number) {
  const half = (w + 2) >> 1, p1 = half - 1, p2 = w - half + 1, p3 = cols - w, p4 = half - 1;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const c1 = cols, c2 = 2*cols, c3 = 3*cols;
    let ri = r*cols, li = ri, oi = ri, s0 = 0, s1 = 0, s2 = 0, s3 = 0, cws = 0;
    for (let i = 0; i < p1; i++, ri++) { s0 = fr(s0 + inp[ri]!); s1 = fr(s1 + inp[ri+c1]!); s2 = fr(s2 + inp[ri+c2]!); s3 = fr(s3 + inp[ri+c3]!); cws++; }
    for (let i = 0; i < p2; i++, ri++, oi++) { cws++; s0 = fr(s0 + inp[ri]!); s1 = fr(s1 + inp[ri+c1]!); s2 = fr(s2 + inp[ri+c2]!); s3 = fr(s3 + inp[ri+c3]!);
      out[oi] = s0 / cws; out[oi+c1] = s1 / cws; out[oi+c2] = s2 / cws; out[oi+c3] = s3 / cws; }
    for (let i = 0; i < p3; i++, ri++, li++, oi++) {
      s0 = fr(fr(s0 + inp[ri]!) - inp[li]!); s1 = fr(fr(s1 + inp[ri+c1]!) - inp[li+c1]!); s2 = fr(fr(s2 + inp[ri+c2]!) - inp[li+c2]!); s3 = fr(fr(s3 + inp[ri+c3]!) - inp[li+c3]!);
      out[oi] = s0 / cws; out[oi+c1] = s1 / cws; out[oi+c2] = s2 / cws; out[oi+c3] = s3 / cws; }
    for (let i = 0; i < p4; i++, li++, oi++) { cws--; s0 = fr(s0 - inp[li]!); s1 = fr(s1 - inp[li+c1]!); s2 = fr(s2 - inp[li+c2]!); s3 = fr(s3 - inp[li+c3]!);
      out[oi] = s0 / cws; out[oi+c1] = s1 / cws; out[oi+c2] = s2 / cws; out[oi+c3] = s3 / cws; }
  }
}
function rowsNoOut(inp: Float32Array, w: number) {
  const p3 = cols - w; let tot = 0;
  for (let r = 0; r < rows; r++) { let ri = r*cols + w, li = r*cols, sum = 0;
    for (let i = 0; i < p3; i++) { sum = fr(sum + inp[ri++]!); sum = fr(sum - inp[li++]!); } tot += sum; }
  return tot;
}
for (let k = 0; k < 6; k++) {
  let t0 = performance.now(); rowsPass(a, b, 13); const t1 = performance.now(); rowsPass4(a, c, 13); const t2 = performance.now(); rowsNoOut(a, 13); const t3 = performance.now();
  let eq = true; for (let i = 0; i < rows*cols; i++) if (b[i] !== c[i]) { eq = false; break; }
  console.log('rows', (t1-t0).toFixed(1), 'rows4', (t2-t1).toFixed(1), eq, 'noout', (t3-t2).toFixed(1));
}
