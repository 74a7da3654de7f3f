/**
 * Phonetic "skeleton" keys for romanised names. Built for transliteration variance rather than English
 * pronunciation: short vowels are not written in Arabic and Hebrew and are romanised inconsistently
 * elsewhere, so the key keeps consonants only (plus one marker for an initial vowel), folds digraphs
 * and letters that romanisation systems swap (q/k, v/w/f-ish, c/k/s, ph/f, dh/d, th/t, zh/j, …) and
 * collapses doubled letters. Checked against the Wikidata Latin↔Arabic/Cyrillic name pairs in
 * /work/shared/data/name-variants (see bench/screening/check-phonetic.ts).
 *
 * skeleton("Muhammad") === skeleton("Mohamed") === skeleton("mhmd") === "mhmd"
 * skeleton("Yuriy") === skeleton("Iurii") === "ar"
 */

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
export function skeleton(token: string): string {
  let s = token.toLowerCase().replace(/[^a-z]/g, '');
  if (s.length === 0) return '';
  // soft c before e/i/y
  s = s.replace(/c(?=[eiy])/g, 's');
  for (const [re, rep] of DIGRAPHS) s = s.replace(re, rep);
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

const COARSE: Record<string, string> = {
  s: 's', z: 's', S: 's', j: 'k', g: 'k', G: 'k', k: 'k', X: 'k', d: 't', t: 't', b: 'p', p: 'p', f: 'p',
  h: 'h', m: 'm', n: 'n', l: 'l', r: 'r', a: 'a',
};
