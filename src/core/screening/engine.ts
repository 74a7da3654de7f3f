/**
 * Public API of the screening engine (pure, no I/O):
 * - `new ScreeningIndex(entries)`, `index.add(entry)`, `index.remove(id)`: build and maintain the index
 * - `index.screen(traveller, { threshold })`: hits with explanations, best first
 * - `comparePair(a, b)`: score two traveller-like records
 * - list parsers: parseUnXml, parseOfacCsv, parseJsonlList, parseCsvList
 */
export { ScreeningIndex, type IndexOptions, type ScreenOptions } from './index.ts';
export { comparePair, DEFAULT_THRESHOLD, InvalidTravellerError, prepareQuery, scoreEntry, prepareEntry } from './score.ts';
export { parseUnXml } from './parse-un.ts';
export { parseOfacCsv, parseOfacRemarks, ofacName } from './parse-ofac.ts';
export { parseJsonlList, parseCsvList } from './parse-custom.ts';
export { ListParseError, type ParseIssue, type ParseResult, type LineSource } from './source.ts';
export { toAlpha2 } from './countries.ts';
export { compareBirthDates, parseIsoBirthDate, parseListDate } from './dates.ts';
export { compareDocuments, icaoCheckDigit, normalizeDocumentNumber } from './documents.ts';
export { travellerSchema, pairLineSchema, listLineSchema } from './types.ts';
export type { Traveller, WatchlistEntry, Hit, Explanation, EntryDocument, BirthDate } from './types.ts';
