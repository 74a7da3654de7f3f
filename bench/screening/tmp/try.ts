import { readFileSync } from 'node:fs';
import { parseUnXml, parseOfacCsv, ScreeningIndex } from '../../../src/core/screening/engine.ts';
const W = '/work/shared/data/watchlists/';
let t = performance.now();
const un = await parseUnXml(readFileSync(W + 'un-sc-consolidated/UN_consolidated.xml', 'utf8'));
const of = await parseOfacCsv(readFileSync(W + 'ofac-sdn-2021/sdn.csv', 'latin1'), readFileSync(W + 'ofac-sdn-2021/alt.csv', 'latin1'));
console.log('parse', performance.now() - t, un.entries.length, un.issues, of.entries.length, of.issues.slice(0, 5));
t = performance.now();
const idx = new ScreeningIndex([...un.entries, ...of.entries]);
console.log('build', performance.now() - t, idx.size, idx.nameCount);
console.log(JSON.stringify(un.entries.find((e) => e.id === 'un:QDi.017')));
console.log(JSON.stringify(of.entries.find((e) => e.id === 'ofac:2676')));
for (const name of ['Tharwat Shihata', 'SHIHATA, Thirwat Salah', 'ثروت صالح شحاته', 'Ayman al-Zawahiri', 'Aiman Zawahri', 'Mohamed Ali', 'John Smith', 'Muammar Qaddafi', 'Osama bin Laden', 'Usama Binladin']) {
  const t0 = performance.now();
  const hits = idx.screen({ id: 'x', name }, { threshold: 0.5, limit: 3 });
  console.log(name, (performance.now() - t0).toFixed(2), hits.map((h) => `${h.entryId} ${h.score} ${h.explanation.summary}`));
}
