import { readFileSync } from 'node:fs';
import { parseUnXml, parseOfacCsv, ScreeningIndex, prepareQuery } from '../../../src/core/screening/engine.ts';
const W = '/work/shared/data/watchlists/';
const un = await parseUnXml(readFileSync(W + 'un-sc-consolidated/UN_consolidated.xml', 'utf8'));
const of = await parseOfacCsv(readFileSync(W + 'ofac-sdn-2021/sdn.csv', 'latin1'), readFileSync(W + 'ofac-sdn-2021/alt.csv', 'latin1'));
const idx = new ScreeningIndex([...un.entries, ...of.entries]);
const names = ['Tharwat Shihata', 'Mohamed Ali', 'John Smith', 'Muammar Qaddafi', 'Osama bin Laden', 'Maria Garcia Lopez', 'Ahmed Hassan Mahmoud'];
for (let r = 0; r < 6; r++) {
  let tc = 0, ts = 0, nc = 0;
  for (let i = 0; i < 300; i++) {
    const q = prepareQuery({ id: 'x', name: names[i % names.length]! });
    const t0 = performance.now();
    const c = idx.candidates(q.name.tokens);
    const t1 = performance.now();
    idx.screenPrepared(q);
    const t2 = performance.now();
    tc += t1 - t0; ts += t2 - t1; nc += c.length;
  }
  console.log('cand ms/q', (tc / 300).toFixed(3), 'screen ms/q', (ts / 300).toFixed(3), 'cands', nc / 300);
}
