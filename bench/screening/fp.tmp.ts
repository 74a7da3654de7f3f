import { ScreeningIndex } from '../../src/core/screening/engine.ts';
import { loadLists, makeNegatives } from './data.ts';
const entries = await loadLists();
const idx = new ScreeningIndex(entries);
const seed = Number(process.argv[2] ?? 11);
const negs = makeNegatives(entries, 100_000, seed);
const out: Array<[number, string]> = [];
for (const n of negs) {
  const h = idx.screen(n.traveller as never, { threshold: 0.78, limit: 1 })[0];
  if (h) out.push([h.score, `${h.score} ${n.q?.change ?? n.change} ${n.traveller.name} ${n.traveller.birthDate} ${n.traveller.nationality} → ${h.entryId} ${h.explanation.summary}`]);
}
out.sort((a, b) => b[0] - a[0]);
for (const [, s] of out.slice(0, 200)) console.log(s);
console.log('count>=0.78', out.length);
