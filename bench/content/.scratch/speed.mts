import { readFileSync } from 'node:fs';
import { decodeImage } from '../../../src/core/content/decode.ts';
import { pdqHash } from '../../../src/core/content/pdq.ts';
const img = await decodeImage(readFileSync('/work/shared/data/pdq/data/bridge-mods/aaa-orig.jpg'));
for (let r = 0; r < 5; r++) {
  const t0 = performance.now(); const N = 10;
  for (let i = 0; i < N; i++) pdqHash(img);
  console.log(((performance.now()-t0)/N).toFixed(1), 'ms/hash');
}
const buf = readFileSync('/work/shared/data/pdq/data/bridge-mods/aaa-orig.jpg');
const t0 = performance.now(); for (let i = 0; i < 10; i++) await decodeImage(buf); console.log(((performance.now()-t0)/10).toFixed(1), 'ms/decode');
