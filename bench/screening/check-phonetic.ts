import { readFileSync } from 'node:fs';
import { skeleton } from '../../src/core/names/phonetic.ts';
import { latinKey } from '../../src/core/names/latin.ts';
import { SHARED_DATA } from '../../test/helpers/reference-data.ts';
for (const f of ['wd_arabic.normalized.aligned.tokens', 'wd_russian_20']) {
  const lines = readFileSync(SHARED_DATA + 'name-variants/' + f, 'utf8').split('\n');
  let n = 0, ok = 0, pairN = 0, pairOk = 0;
  const groups = new Map<string, string[]>();
  const bad: string[] = [];
  for (const l of lines) {
    const [lat, orig, fr] = l.split('\t');
    if (!lat || !orig || Number(fr) < 3) continue;
    const o = latinKey(orig.replace(/ /g, ''));
    const a = skeleton(latinKey(lat)), b = skeleton(o);
    n++; if (a === b) ok++; else if (bad.length < 40 && Number(fr) > 20) bad.push(`${lat}/${o}: ${a} ${b}`);
    const g = groups.get(orig) ?? []; g.push(latinKey(lat)); groups.set(orig, g);
  }
  for (const g of groups.values()) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) { pairN++; if (skeleton(g[i]!) === skeleton(g[j]!)) pairOk++; }
  console.log(f, 'latin vs translit', ok, '/', n, (ok / n).toFixed(3), 'latin variant pairs', pairOk, '/', pairN, (pairOk / pairN).toFixed(3));
  console.log(bad.join('\n'));
}
