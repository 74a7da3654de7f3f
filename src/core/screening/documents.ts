/** Identity-document numbers: normalisation, ICAO 9303 check digits and comparison. */
import type { EntryDocument } from './types.ts';

/** Uppercase letters and digits only ("AB 123-456" → "AB123456"). */
export function normalizeDocumentNumber(s: string): string {
  return s.normalize('NFKD').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** ICAO 9303 check digit (weights 7-3-1; A=10…Z=35; '<' = 0) of an MRZ field. */
export function icaoCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field[i]!;
    let v = 0;
    if (c >= '0' && c <= '9') v = c.charCodeAt(0) - 48;
    else if (c >= 'A' && c <= 'Z') v = c.charCodeAt(0) - 55;
    sum += v * weights[i % 3]!;
  }
  return sum % 10;
}

/** Whether `value` is a document number followed by its valid ICAO check digit. */
export function hasValidCheckDigit(value: string): boolean {
  const n = normalizeDocumentNumber(value);
  if (n.length < 2 || !/[0-9]$/.test(n)) return false;
  return icaoCheckDigit(n.slice(0, -1)) === Number(n.at(-1));
}

/** Folds characters that OCR and typists confuse (O/0, I/1/L, S/5, B/8, Z/2) for comparison. */
export function ocrFold(n: string): string {
  return n.replace(/O/g, '0').replace(/[IL]/g, '1').replace(/S/g, '5').replace(/B/g, '8').replace(/Z/g, '2').replace(/Q/g, '0');
}

/** Outcome of a document comparison. */
export type DocumentResult = 'match' | 'match-check-digit' | 'match-ocr' | 'near' | 'different' | 'missing';

/** Score effect of each outcome. */
export const DOCUMENT_EFFECT: Record<DocumentResult, number> = {
  match: 0.3, 'match-check-digit': 0.3, 'match-ocr': 0.25, near: 0.08, different: -0.03, missing: 0,
};

/** Compares a traveller's document number with the listed documents. */
export function compareDocuments(query: string | undefined, docs: readonly EntryDocument[]): { result: DocumentResult; entry?: string } {
  if (!query || docs.length === 0) return { result: 'missing' };
  const q = normalizeDocumentNumber(query);
  if (q.length < 4) return { result: 'missing' };
  let best: { result: DocumentResult; entry?: string } = { result: 'different' };
  for (const d of docs) {
    const e = normalizeDocumentNumber(d.number);
    if (e.length < 4) continue;
    if (e === q) return { result: 'match', entry: d.number };
    if ((q.length === e.length + 1 && q.startsWith(e) && hasValidCheckDigit(q)) || (e.length === q.length + 1 && e.startsWith(q) && hasValidCheckDigit(e))) {
      best = { result: 'match-check-digit', entry: d.number };
      continue;
    }
    if (ocrFold(e) === ocrFold(q)) {
      if (best.result !== 'match-check-digit') best = { result: 'match-ocr', entry: d.number };
      continue;
    }
    // MRZ pads short numbers with '<' and some lists drop leading zeros or country prefixes
    const qs = q.replace(/^0+/, '');
    const es = e.replace(/^0+/, '');
    if (qs.length >= 6 && es.length >= 6 && (qs.endsWith(es) || es.endsWith(qs)) && best.result === 'different') {
      best = { result: 'near', entry: d.number };
    } else if (best.result === 'different' && q.length >= 6 && q.length === e.length && [...q].filter((c, i) => c !== e[i]).length === 1) {
      best = { result: 'near', entry: d.number };
    }
  }
  return best;
}
