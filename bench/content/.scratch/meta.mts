import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const root = '/work/shared/data/pdq/data/';
const files = execSync(`cd ${root} && find . -type f \\( -name '*.jpg' -o -name '*.png' -o -name '*.webp' \\)`).toString().trim().split('\n').map(s=>s.slice(2)).sort();
for (const f of files) {
  const m = await sharp(readFileSync(root+f), { failOn: 'none' }).metadata();
  console.log(f, m.format, m.width, m.height, m.space, m.channels, m.depth, m.hasAlpha, m.hasProfile, m.orientation ?? '', m.isProgressive, m.chromaSubsampling, m.paletteBitDepth??'', m.bitsPerSample??'');
}
console.log(files.length);
