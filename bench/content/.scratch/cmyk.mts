import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { pdqHash } from '../../../src/core/content/pdq.ts';
const buf = readFileSync('/work/shared/data/pdq/data/misc-images/modes/CMYK.jpg');
const exp = 'f8f8f0cee0f4a84f06370a22038f67f0b36e2ed596221e1d33e6b39c4e9c9b22';
async function tryIt(name: string, f: () => sharp.Sharp) {
  const t0 = performance.now();
  const { data, info } = await f().raw().toBuffer({ resolveWithObject: true });
  const t = performance.now() - t0;
  const n = info.width * info.height, ch = info.channels;
  console.log(name, info.channels, info.space ?? '', data.subarray(0, 8), t.toFixed(0)+'ms');
  if (ch !== 4) return;
  for (const rnd of [Math.round, Math.floor]) for (const inv of [false, true]) {
    const out = new Uint8Array(n * 3);
    for (let i = 0; i < n; i++) { const g = (j: number) => inv ? 255 - data[i*ch+j]! : data[i*ch+j]!; const k = 255 - g(3); for (let c = 0; c < 3; c++) out[i*3+c] = rnd(((255 - g(c)) * k) / 255); }
    console.log('  ', rnd.name, inv, pdqHash({ data: out, width: info.width, height: info.height }).hex === exp);
  }
}
const o = { failOn: 'none', ignoreIcc: true } as const;
await tryIt('toCs cmyk', () => sharp(buf, o).toColourspace('cmyk'));
await tryIt('pipeline+toCs cmyk', () => sharp(buf, o).pipelineColourspace('cmyk').toColourspace('cmyk'));
await tryIt('pipeline cmyk', () => sharp(buf, o).pipelineColourspace('cmyk'));
