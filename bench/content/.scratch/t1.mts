import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pdqHash, pdqDihedralHashes } from '/work/main/src/core/content/pdq.ts';
const dir = '/work/shared/data/pdq/decoded-rgb/';
const exp = new Map(readFileSync('/work/shared/data/pdq/expected/pdq-fullsize.csv','utf8').trim().split('\n').slice(1).map(l => { const [h,q,s,f] = l.split(','); return [f!.replace(/\//g,'_'), {h,q:Number(q)}]; }));
for (const f of readdirSync(dir)) {
  let buf = readFileSync(dir + f);
  if (f.endsWith('.gz')) buf = gunzipSync(buf);
  // parse P6
  let pos = 0; const toks: string[] = [];
  while (toks.length < 4) { while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++; if (buf[pos]===35){while(buf[pos]!==10)pos++;continue;} let t=''; while(!/\s/.test(String.fromCharCode(buf[pos]!))) t+=String.fromCharCode(buf[pos++]!); toks.push(t);} pos++;
  const w = +toks[1]!, h = +toks[2]!;
  const t0 = performance.now();
  const r = pdqHash({ data: buf.subarray(pos), width: w, height: h });
  const t = performance.now()-t0;
  const e = exp.get(f.replace(/\.ppm(\.gz)?$/,''))!;
  console.log(f, w, h, r.hex === e.h && r.quality === e.q ? 'OK' : `BAD ${r.hex} ${r.quality} vs ${e.h} ${e.q}`, t.toFixed(1)+'ms');
  if (f.includes('bridge-1')) { const d = pdqDihedralHashes({ data: buf.subarray(pos), width: w, height: h }); console.log(Object.entries(d.hashes).map(([k,v])=>k+' '+v.hex).join('\n')); }
}
