/**
 * Translation completeness: every leaf key of the English resources exists, non-empty, in Dutch,
 * French and German (and no language has keys English lacks). i18next plural forms are compared
 * by their base key: a key with _one/_other in English must have at least _one and _other
 * elsewhere (French and German use the same two forms; extra forms such as _zero are allowed).
 * Longer sentences left identical to English are flagged unless allow-listed below.
 */
import { describe, expect, it } from 'vitest';
import { de } from '../src/web/i18n/de.ts';
import { en } from '../src/web/i18n/en.ts';
import { fr } from '../src/web/i18n/fr.ts';
import { nl } from '../src/web/i18n/nl.ts';

type Tree = { [k: string]: unknown };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree as Tree)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

/** Keys identical to English on purpose (names, codes, words the same in that language). Keyed by language. */
const SAME_AS_ENGLISH: Record<string, RegExp[]> = {
  nl: [/^evaluation\.programmeType\.ivlp$/],
  fr: [/^evaluation\.programmeType\.ivlp$/],
  de: [/^evaluation\.programmeType\.ivlp$/],
};
/** A value counts as a sentence worth translating from this many words on. */
const MIN_WORDS = 4;

const english = leaves(en);
const others = { nl, fr, de } as Record<string, unknown>;

describe('translations', () => {
  for (const [lang, res] of Object.entries(others)) {
    const theirs = leaves(res);
    it(`${lang} has every English key, non-empty`, () => {
      const missing: string[] = [];
      for (const key of english.keys()) {
        const v = theirs.get(key);
        if (english.get(key) === '') continue; // deliberately empty in English (no help text)
        if (typeof v !== 'string' || v.trim() === '') missing.push(key);
      }
      expect(missing, `${lang}: ${missing.length} keys missing or empty`).toEqual([]);
    });
    it(`${lang} has no keys English lacks, and plural forms match`, () => {
      const extra: string[] = [];
      for (const key of theirs.keys()) {
        if (english.has(key)) continue;
        // extra plural forms (e.g. _zero, _many) are fine when English has the base key's _other form
        if (PLURAL.test(key) && english.has(key.replace(PLURAL, '_other'))) continue;
        extra.push(key);
      }
      expect(extra, `${lang}: keys not in English`).toEqual([]);
    });
    it(`${lang} leaves no English sentences untranslated`, () => {
      const allow = SAME_AS_ENGLISH[lang] ?? [];
      const same: string[] = [];
      for (const [key, v] of english) {
        if (typeof v !== 'string') continue;
        const words = v.replace(/\{\{[^}]*\}\}/g, ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
        if (words.length < MIN_WORDS) continue;
        if (theirs.get(key) === v && !allow.some((r) => r.test(key))) same.push(key);
      }
      expect(same, `${lang}: values identical to English`).toEqual([]);
    });
  }
  it('data values shown to people (genders, follow-up, document types) are translated, not left in English', () => {
    // Words spelled the same in a language on purpose.
    const same: Record<string, string[]> = { fr: ['vocab.documentType.visa'], nl: [], de: [] };
    const left: string[] = [];
    for (const [lang, res] of Object.entries(others)) {
      const theirs = leaves(res);
      for (const [key, v] of english) {
        if (!/^vocab\.(gender|followUp|documentType)\./.test(key)) continue;
        if (theirs.get(key) === v && !same[lang]!.includes(key)) left.push(`${lang}: ${key}`);
      }
    }
    expect(left).toEqual([]);
  });
  it('English plural keys come in pairs', () => {
    const bad: string[] = [];
    for (const key of english.keys()) {
      if (!PLURAL.test(key)) continue;
      const base = key.replace(PLURAL, '');
      if (!english.has(`${base}_one`) || !english.has(`${base}_other`)) bad.push(key);
    }
    expect(bad).toEqual([]);
  });
});
