import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { decodeImage } from '../../../src/core/content/decode.ts';
import { pdqHash } from '../../../src/core/content/pdq.ts';
import { hammingHex } from '../../../src/core/content/hash256.ts';
const root = '/work/shared/data/pdq/data/';
const exp = new Map(readFileSync('/work/shared/data/pdq/expected/pdq-fullsize.csv','utf8').trim().split('\n').slice(1).map(l => { const [h,q,s,f] = l.split(','); return [f!, {h:h!,q:Number(q)}]; }));
const files = execSync(`cd ${root} && find . -type f \\( -name '*.jpg' -o -name '*.png' -o -name '*.webp' \\)`).toString().trim().split('\n').map(s=>s.slice(2)).sort();
let ok = 0, maxd = 0;
for (const f of files) {
  const t0 = performance.now();
  const img = await decodeImage(readFileSync(root+f));
  const t1 = performance.now();
  const r = pdqHash(img);
  const t2 = performance.now();
  const e = exp.get(f)!;
  const d = hammingHex(r.hex, e.h);
  if (d === 0 && r.quality === e.q) ok++; maxd = Math.max(maxd, d);
  console.log(f, img.format, img.width, img.height, d, r.quality, e.q, (t1-t0).toFixed(1), (t2-t1).toFixed(1));
}
console.log(`${ok}/${files.length} exact, max distance ${maxd}`);
