import { ScreeningIndex } from '../../src/core/screening/engine.ts';
import { loadLists } from '../../bench/screening/data.ts';
const entries = await loadLists();
const idx = new ScreeningIndex(entries);
const qs = JSON.parse(process.argv[2]!);
for (const q of qs) {
  const hits = idx.screen(q, { threshold: 0, limit: 3 });
  console.log(JSON.stringify(q));
  for (const h of hits) console.log('  ', h.entryId, h.score, h.explanation.summary, '|', JSON.stringify(idx.get(h.entryId)?.birthDates), idx.get(h.entryId)?.names.slice(0,6).join(' / '));
  if (q.target) { const e = idx.get(q.target); console.log('  target', q.target, JSON.stringify(e?.names), JSON.stringify(e?.birthDates), e?.nationalities); }
}
