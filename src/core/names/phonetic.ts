/**
 * Phonetic "skeleton" keys for romanised names. Built for transliteration variance rather than English
 * pronunciation: short vowels are not written in Arabic and Hebrew and are romanised inconsistently
 * elsewhere, so the key keeps consonants only (plus one marker for an initial vowel), folds digraphs
 * and letters that romanisation systems swap (q/k, v/w/f-ish, c/k/s, ph/f, dh/d, th/t, zh/j, …) and
 * collapses doubled letters. Checked against the Wikidata Latin↔Arabic/Cyrillic name pairs in
 * ../shared/data/name-variants (see bench/screening/check-phonetic.ts).
 *
 * skeleton("Muhammad") === skeleton("Mohamed") === skeleton("mhmd") === "mhmd"
 * skeleton("Yuriy") === skeleton("Iurii") === "ar"
 */
import { boundedMemo } from './memo.ts';

const DIGRAPHS: Array<[RegExp, string]> = [
  [/sch/g, 'S'], [/tch/g, 'C'], [/shch/g, 'S'], [/sh/g, 'S'], [/ch/g, 'S'], [/kh/g, 'X'],
  [/gh/g, 'G'], [/th/g, 't'], [/dh/g, 'd'], [/ph/g, 'f'], [/zh/g, 'j'], [/ck/g, 'k'],
  [/ts/g, 'z'], [/tz/g, 'z'], [/dj/g, 'j'], [/dzh/g, 'j'], [/x/g, 'ks'], [/qu/g, 'k'],
];

const LETTER: Record<string, string> = {
  a: '', e: '', i: '', o: '', u: '', y: '', w: '', h: 'h',
  b: 'b', p: 'p', f: 'f', v: 'f', d: 'd', t: 't', k: 'k', q: 'k', c: 'k', g: 'g', j: 'j',
  l: 'l', m: 'm', n: 'n', r: 'r', s: 's', z: 'z', S: 'S', C: 'S', X: 'X', G: 'G',
};

/**
 * Consonant skeleton of one lowercase Latin token (see the module comment). Initial vowels (and an
 * initial y/i/j before a vowel) become "a"; a final "h" after a vowel is dropped.
 */
export function skeleton(token: string, digraphs: ReadonlyArray<[RegExp, string]> = DIGRAPHS): string {
  let s = token.toLowerCase().replace(/[^a-z]/g, '');
  if (s.length === 0) return '';
  // soft c before e/i/y
  s = s.replace(/c(?=[eiy])/g, 's');
  for (const [re, rep] of digraphs) s = s.replace(re, rep);
  // a final "h" is mostly silent or a ta marbuta (Abdullah/Abdulla, Shihata/شحاته)
  if (s.length > 3) s = s.replace(/h$/, '');
  let out = '';
  let i = 0;
  const first = s[0]!;
  if ('aeiouy'.includes(first) || (first === 'j' && 'aeiou'.includes(s[1] ?? ''))) {
    out = 'a';
    i = 1;
    while (i < s.length && 'aeiouyw'.includes(s[i]!)) i++;
  }
  let prev = out;
  for (; i < s.length; i++) {
    const ch = s[i]!;
    const m = LETTER[ch] ?? '';
    if (m === '') continue;
    if (m === prev) continue;
    out += m;
    prev = m;
  }
  return out;
}

const H_DIGRAPH = /^(?:sh|kh|gh|th|dh|zh)$/;
const NO_H_DIGRAPHS = DIGRAPHS.filter(([re]) => !H_DIGRAPH.test(re.source));

/**
 * The skeleton with sh, kh, gh, th, dh and zh read as two letters: Latin lists also write two Arabic
 * letters that way (Is-haq as "Eshaq", لكحل as "Lakhal"), which a romanised script name keeps apart.
 */
export function skeletonSplitH(token: string): string {
  return skeleton(token, NO_H_DIGRAPHS);
}

/**
 * The vowels around the consonants of skeleton(token): gaps[k] holds the vowel letters (a e i o u y w)
 * written before skeleton consonant k, and the last entry those after the last one, so gaps.length is
 * skeleton(token).length + 1 (undefined if the two cannot be aligned). A name romanised from Arabic or
 * Hebrew script shows the long vowels the script writes (حسين → "hsin", حسنه → "hsnah"); a Latin spelling
 * of the same name has a vowel in the same places (Husein, Hasna), while one that only shares the
 * consonants often does not (Hassan for "hsin", Hussein for "hsnah").
 */
export function vowelGaps(token: string): string[] | undefined {
  return gapsMemo(token) ?? undefined;
}

/** Memo of vowelGaps (tokens recur across queries). */
const gapsMemo = boundedMemo(100_000, (t) => computeVowelGaps(t) ?? null);

function computeVowelGaps(token: string): string[] | undefined {
  let s = token.toLowerCase().replace(/[^a-z]/g, '');
  if (s.length === 0) return undefined;
  s = s.replace(/c(?=[eiy])/g, 's');
  for (const [re, rep] of DIGRAPHS) s = s.replace(re, rep);
  if (s.length > 3) s = s.replace(/h$/, '');
  const gaps: string[] = [];
  let cur = '';
  let i = 0;
  let prev = '';
  const first = s[0]!;
  if ('aeiouy'.includes(first) || (first === 'j' && 'aeiou'.includes(s[1] ?? ''))) {
    gaps.push('');
    prev = 'a';
    i = 1;
    while (i < s.length && 'aeiouyw'.includes(s[i]!)) i++;
  }
  for (; i < s.length; i++) {
    const ch = s[i]!;
    const m = LETTER[ch] ?? '';
    if (m === '') {
      if ('aeiouyw'.includes(ch)) cur += ch;
      continue;
    }
    // a consonant that the skeleton collapses into the previous one: its vowels stay in the same gap
    if (m === prev) continue;
    gaps.push(cur);
    cur = '';
    prev = m;
  }
  gaps.push(cur);
  return gaps;
}

/** Latin vowels that can write each vowel letter of a romanised Arabic or Hebrew name. */
const VOWEL_WRITTEN_AS: Record<string, string> = { a: 'aeä', e: 'eiay', i: 'ieyj', y: 'ieyj', o: 'ouw', u: 'ouw', w: 'ouwv' };

/**
 * Whether a Latin token (latin) writes a vowel wherever the token romanised from a script (script) has
 * one, on the same consonant skeleton; true when the skeletons differ in length (nothing to compare).
 */
export function vowelsAgree(script: string, latin: string): boolean {
  const r = vowelGaps(script);
  const l = vowelGaps(latin);
  if (!r || !l || r.length !== l.length) return true;
  for (let k = 0; k < r.length; k++) {
    const need = r[k]!;
    if (!need) continue;
    const have = l[k]!;
    let ok = false;
    for (const v of need) {
      const as = VOWEL_WRITTEN_AS[v] ?? v;
      for (const h of have) if (as.includes(h)) ok = true;
    }
    if (!ok) return false;
  }
  return true;
}

/**
 * A coarser key than skeleton() (Soundex-like classes) used only for candidate generation, so that
 * consonants romanisation systems confuse (s/z/c, d/t, b/p, g/k/q/j) meet.
 */
export function coarseKey(sk: string): string {
  let out = '';
  let prev = '';
  for (const ch of sk) {
    const c = COARSE[ch] ?? ch;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

/** Whether two skeleton consonants fall in one coarseKey class (s/z/sh, d/t, k/g/j/kh/gh, b/p/f). */
export function sameCoarseClass(a: string, b: string): boolean {
  return (COARSE[a] ?? a) === (COARSE[b] ?? b);
}

const COARSE: Record<string, string> = {
  s: 's', z: 's', S: 's', j: 'k', g: 'k', G: 'k', k: 'k', X: 'k', d: 't', t: 't', b: 'p', p: 'p', f: 'p',
  h: 'h', m: 'm', n: 'n', l: 'l', r: 'r', a: 'a',
};
