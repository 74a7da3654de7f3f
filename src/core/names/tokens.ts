/**
 * Prepared name tokens and token-to-token comparison with a reason (exact, transliteration,
 * phonetic, typo, initial, particle, fuzzy).
 */
import { eastAsianKeys, shareKey } from './east-asian.ts';
import { boundedMemo } from './memo.ts';
import { ABD_SHORT, isNonLatin, isParticle, nameTokens } from './normalize.ts';
import { coarseKey, sameCoarseClass, skeleton, skeletonSplitH, vowelsAgree } from './phonetic.ts';
import { hasPersianReading } from './romanize.ts';
import { editDistance, hasGlyphPair, jaroWinkler } from './similarity.ts';
import { variantGroups } from './variants.ts';

/** One comparable token of a name with its precomputed keys. */
export interface NameToken {
  readonly t: string;
  readonly sk: string;
  readonly coarse: string;
  /** skeleton without a leading al-/el- article (alzawahiri → zawahiri), or '' */
  readonly bareSk: string;
  /** the token without that article (zawahiri), or '' */
  readonly bare: string;
  /** skeleton with w read as v, for a token with a w or a v; else '' */
  readonly wv: string;
  readonly groups: readonly number[] | undefined;
  /** the token read as Korean/Chinese syllables (east-asian.ts), or undefined */
  readonly ea: readonly string[] | undefined;
  readonly particle: boolean;
  readonly initial: boolean;
  /** contains rn, cl or vv (OCR two-letters-for-one, see similarity.ts) */
  readonly glyph: boolean;
  /** a number unique to this token object (comparison cache key) */
  readonly id: number;
}

/** A name ready for comparison. */
export interface PreparedName {
  raw: string;
  tokens: NameToken[];
  nonLatin: boolean;
  /** the Persian/Afghan reading of an Arabic-script name, when it differs (see romanize.ts) */
  alt?: PreparedName;
  /** written in Arabic or Hebrew script, whose romanisation lacks the short vowels (see ScriptSide) */
  abjad?: boolean;
  /** titles dropped from the front of the name (Sheikh, Haji): the same word elsewhere in another name matches them */
  titles?: readonly string[];
}

/** How two tokens matched. */
export type TokenMatch = 'exact' | 'transliteration' | 'phonetic' | 'typo' | 'initial' | 'particle' | 'compound' | 'fuzzy' | 'short';

/**
 * Prepared tokens are immutable and shared: a large list repeats the same given and family names, so
 * one object per distinct token keeps an index of a million names small.
 */
const TOKENS = new Map<string, NameToken>();
const TOKENS_MAX = 1_000_000;
let nextId = 1;

/** Prepares one token (see nameTokens for the normal form); the same object for the same token. */
export function prepareToken(t: string): NameToken {
  let tok = TOKENS.get(t);
  if (tok) return tok;
  tok = makeToken(t);
  if (TOKENS.size >= TOKENS_MAX) TOKENS.clear();
  TOKENS.set(t, tok);
  return tok;
}

// the article written joined: al-/el-/ul- before any letter; before a "sun letter" it is assimilated and the
// letter doubled (as-Sabar → Essabar, ar-Rahmani → Arrahmani): a bare "ad", "ar", "an" is not an article
// (Adewale, Arturo, Anjali)
const ARTICLE = /^(?:al|el|ul)(?=[a-z]{3,})/;
const SUN_ARTICLE = /^[aeu](?:tt|dd|rr|zz|ss|nn|shsh)(?=[a-z]{3,})/;

function makeToken(t: string): NameToken {
  const sk = skeleton(t);
  const art = ARTICLE.exec(t);
  // the article assimilated to a sun letter and written joined: Essabar (as-Sabar), Ettounsi, Arrahmani
  const sun = art ? undefined : SUN_ARTICLE.exec(t);
  const bare = art ? t.slice(art[0].length) : sun ? t.slice(1 + ((sun[0].length - 1) >> 1)) : '';
  return {
    t,
    sk,
    coarse: coarseKey(sk),
    bareSk: bare ? skeleton(bare) : '',
    bare,
    wv: /[wv]/.test(t) ? wvSkeleton(t) : '',
    groups: variantGroups(t),
    ea: eastAsianKeys(t),
    particle: isParticle(t),
    initial: t.length === 1,
    glyph: hasGlyphPair(t),
    id: nextId++,
  };
}

/** Prepares a full name: tokens in any script, normalised. */
export function prepareName(raw: string): PreparedName {
  const nonLatin = isNonLatin(raw);
  const titles: string[] = [];
  const words = nameTokens(raw, 'arabic', titles);
  const name: PreparedName = { raw, tokens: words.map(prepareToken), nonLatin };
  if (titles.length) name.titles = titles;
  if (nonLatin && /[\u0590-\u06ff\u0750-\u077f]/u.test(raw)) name.abjad = true;
  if (nonLatin && hasPersianReading(raw)) {
    const alt = nameTokens(raw, 'persian');
    if (alt.join(' ') !== words.join(' ')) name.alt = { raw, tokens: alt.map(prepareToken), nonLatin, abjad: true, ...(titles.length ? { titles } : {}) };
  }
  return name;
}

const NO_MATCH: [number, TokenMatch] = [0, 'exact'];
const HOWS: readonly TokenMatch[] = ['exact', 'transliteration', 'phonetic', 'typo', 'initial', 'particle', 'compound', 'fuzzy', 'short'];
/**
 * Comparison cache: direct-mapped on (token id, token id, script flag) in typed arrays, so it is
 * bounded (2^18 pairs, about 4.5 MB) however many queries fill it, and a lookup allocates nothing.
 */
const CACHE_BITS = 18;
const C_A = new Int32Array(1 << CACHE_BITS);
const C_B = new Int32Array(1 << CACHE_BITS);
const C_SIM = new Float64Array(1 << CACHE_BITS);
const C_HOW = new Uint8Array(1 << CACHE_BITS);
let lastHow: TokenMatch = 'exact';

/** How the tokens of the last tokenSimilarity call matched. */
export function lastTokenMatch(): TokenMatch {
  return lastHow;
}

/**
 * Which of two compared tokens comes from a name written in another script and romanised: false (both
 * Latin, or both not), 'a' or 'b', or true (one of them, not known which). Romanised Arabic and Hebrew
 * lack the short vowels, so such pairs are compared on consonants, and the long vowels the script does
 * write must appear in the Latin spelling (phonetic.ts vowelsAgree).
 */
export type ScriptSide = boolean | 'a' | 'b';

/**
 * Similarity in [0, 1] of two tokens (0 means no match); how they matched is then lastTokenMatch().
 * Memoised; allocates nothing (the hot path of scoring).
 */
export function tokenSimilarity(a: NameToken, b: NameToken, nonLatin: ScriptSide = false): number {
  if (a.t === b.t) {
    lastHow = 'exact';
    return 1;
  }
  if (a.initial || b.initial) {
    lastHow = a.t[0] === b.t[0] ? 'initial' : 'exact';
    return a.t[0] === b.t[0] ? 0.85 : 0;
  }
  let r: [number, TokenMatch];
  if (a.id >= 0x20000000 || b.id >= 0x20000000) r = compareUncached(a, b, nonLatin);
  else {
    const kb = b.id * 4 + (nonLatin === 'a' ? 2 : nonLatin === 'b' ? 3 : nonLatin ? 1 : 0);
    const h = (Math.imul(a.id, 0x9e3779b1) ^ Math.imul(kb, 0x85ebca6b)) >>> (32 - CACHE_BITS);
    if (C_A[h] === a.id && C_B[h] === kb) {
      lastHow = HOWS[C_HOW[h]!]!;
      return C_SIM[h]!;
    }
    r = compareUncached(a, b, nonLatin);
    C_A[h] = a.id;
    C_B[h] = kb;
    C_SIM[h] = r[0];
    C_HOW[h] = HOWS.indexOf(r[1]);
  }
  lastHow = r[1];
  return r[0];
}

/** Similarity in [0, 1] of two tokens and how they matched; sim 0 means no match. Memoised. */
export function compareTokens(a: NameToken, b: NameToken, nonLatin: ScriptSide = false): [number, TokenMatch] {
  const sim = tokenSimilarity(a, b, nonLatin);
  return sim === 0 ? NO_MATCH : [sim, lastHow];
}

/** Two three-letter tokens that differ in one letter that scanners confuse (similarity.ts OCR pairs). */
function oneScannerSlip(a: string, b: string): boolean {
  let at = -1;
  for (let i = 0; i < 3; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && editDistance(a[at]!, b[at]!, 1, false) === 0.5;
}

/** Vowels that romanisations write for one another (o/u, a/e, e/i), and ou, oo for u and ee for i. */
const VOWEL_SWAP = new Set(['ou', 'uo', 'ae', 'ea', 'ei', 'ie']);

/** Two spellings that differ in one vowel only, a romanisation's choice (see VOWEL_SWAP). */
function oneVowelVariant(a: string, b: string): boolean {
  const x = a.replace(/o[ou]/g, 'u').replace(/ee/g, 'i');
  const y = b.replace(/o[ou]/g, 'u').replace(/ee/g, 'i');
  if (x.length !== y.length) return false;
  let diff = '';
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff += x[i]! + y[i]!;
  return diff === '' || VOWEL_SWAP.has(diff);
}

/** Whether the script side's long vowels are in the Latin spelling (true when the side is not known). */
function scriptVowels(a: NameToken, b: NameToken, side: ScriptSide): boolean {
  return side === 'a' ? vowelsAgree(a.t, b.t) : side === 'b' ? vowelsAgree(b.t, a.t) : true;
}

/** The skeleton with every w read as v. */
export function wvSkeleton(t: string): string {
  return skeleton(t.replace(/w/g, 'v'));
}

// derived skeletons of a token (split digraphs, script letter variants, no prosthetic alef), memoised
const splitHSkeleton = boundedMemo(100_000, skeletonSplitH);
const variantSkeleton = boundedMemo(100_000, (t) => { const v = scriptLetterVariant(t); return v ? skeleton(v) : ''; });
const alefSkeleton = boundedMemo(100_000, (t) => { const v = withoutProstheticAlef(t); return v ? skeleton(v) : ''; });

/** A romanised script token with ق/ك as g and و as w (see compareUncached), or '' when unchanged. */
function scriptLetterVariant(t: string): string {
  const v = t.replace(/[qk](?!h)/g, 'g').replace(/v/g, 'w');
  return v === t ? '' : v;
}

/** The script's alef before a word-initial st/sk/sp (استانکزی ~ Stanekzai), dropped; or ''. */
function withoutProstheticAlef(t: string): string {
  return /^a(?=s[tkp])/.test(t) ? t.slice(1) : '';
}

/**
 * Spellings a Latin list may use for a romanised script token that share no skeleton with it: an
 * inserted vowel dropped before h (لكحل "lkahl" ~ Lakhal) and the letters of scriptLetterVariant.
 * Used for candidate generation only.
 */
export function scriptSpellings(t: string): string[] {
  const out: string[] = [];
  const joined = t.replace(/([sktdgz])a(?=h)/g, '$1');
  if (joined !== t) out.push(joined);
  const v = scriptLetterVariant(t) || withoutProstheticAlef(t);
  if (v) out.push(v);
  return out;
}

/**
 * Two skeletons one edit apart where the edit is one a romanisation makes: an h written or not (ه, ح,
 * ta marbuta), an initial vowel marker, the article's l assimilated to a sun letter (Salahuddin ~
 * Salah al-Din), or two consonants of one coarse class (s/z, d/t, k/q/g/j, b/p/f, m/n).
 */
function weakConsonantEdit(x: string, y: string): boolean {
  if (x.length === y.length) {
    for (let i = 0; i < x.length; i++) {
      if (x[i] === y[i]) continue;
      const pair = x[i]! + y[i]!;
      return sameCoarseClass(x[i]!, y[i]!) || pair === 'mn' || pair === 'nm';
    }
    return true;
  }
  const [l, s] = x.length > y.length ? [x, y] : [y, x];
  for (let i = 0; i < l.length; i++) {
    if (l[i] === s[i]) continue;
    const c = l[i]!;
    return (c === 'h' || c === 'a' || (c === 'l' && SUN.includes(l[i + 1] ?? '-'))) && l.slice(i + 1) === s.slice(i);
  }
  return true;
}

const SUN = 'tdszSrnl';

function compareUncached(a: NameToken, b: NameToken, side: ScriptSide): [number, TokenMatch] {
  // only abjad romanisations lack vowels; Greek, Cyrillic and other alphabets are compared as Latin
  const nonLatin = side === 'a' || side === 'b';
  if (a.initial || b.initial) return a.t[0] === b.t[0] ? [0.85, 'initial'] : NO_MATCH;
  // a particle is another particle's spelling (bin/ben, abu/abou), never a name's (al is not Ali)
  if (a.particle !== b.particle) return NO_MATCH;
  // "Abdul" alone is the short form of an Abd- compound (Abdul for Abdul Rahman, see normalize.ts)
  if ((a.t === ABD_SHORT && b.t.length > 4 && b.t.startsWith('abd')) || (b.t === ABD_SHORT && a.t.length > 4 && a.t.startsWith('abd'))) return [0.85, 'short'];
  // and the name without its "Abd" (EL-RAHMAN for ABD EL-RAHMAN)
  if ((b.t.length >= 6 && b.t.startsWith('abd') && b.t.slice(3) === a.t) || (a.t.length >= 6 && a.t.startsWith('abd') && a.t.slice(3) === b.t)) return [0.8, 'short'];
  if (a.groups && b.groups) {
    for (const g of a.groups) if (b.groups.includes(g)) return [0.93, 'transliteration'];
  }
  if (a.ea && b.ea && shareKey(a.ea, b.ea)) return [0.93, 'transliteration'];
  const la = a.t.length;
  const lb = b.t.length;
  const minLen = Math.min(la, lb);
  if (a.sk === b.sk && a.sk.length >= 2) {
    const jw = jaroWinkler(a.t, b.t);
    if (nonLatin) return scriptVowels(a, b, side) ? [0.92, 'transliteration'] : [0.72, 'transliteration'];
    // two Latin spellings that share only a few consonants must also look alike (Emory is not Umar)
    if (a.sk.length <= 2 && jw < 0.75) return [0.7, 'phonetic'];
    if (a.sk.length <= 3 && jw < 0.7) return [0.78, 'phonetic'];
    if (a.sk.length >= 3 || jw >= 0.8 || minLen >= 4) return [jw < 0.8 ? 0.82 : Math.min(0.95, Math.max(0.86, jw)), 'phonetic'];
  }
  // a short name with one vowel romanised another way (Mun/Mon, Pae/Paa, Su/Sou, Hamed/Hamad-like)
  if (!nonLatin && minLen <= 3 && a.sk === b.sk && a.t[0] === b.t[0] && oneVowelVariant(a.t, b.t)) return [0.8, 'phonetic'];
  // a joined article (Alzawahiri ~ Zawahiri): the rest must read like the other token, not only share
  // its consonants (Alexandra is not Xandra's article form, Ellada is not Walid)
  // w and v write the same sound in many romanisations (Kowalski/Kovalski, Wazz/Vazz, Iwanow/Ivanov)
  if (a.wv && a.wv === b.wv && a.sk !== b.sk && a.sk.length + b.sk.length >= 3) {
    return [0.86, nonLatin ? 'transliteration' : 'phonetic'];
  }
  // غ is written gh or g (Ghazi/Gazy), and Persian ق sounds like it (Dehqan/Dehghan, Qolam/Gholam)
  if (a.sk !== b.sk && (a.sk.includes('G') || b.sk.includes('G')) && a.sk.length === b.sk.length && a.sk.length >= 2) {
    const ga = a.sk.replace(/G/g, 'g');
    const gb = b.sk.replace(/G/g, 'g');
    if (ga === gb || ga.replace(/g/g, 'k') === gb.replace(/g/g, 'k')) return [0.86, nonLatin ? 'transliteration' : 'phonetic'];
  }
  if (side === 'a' || side === 'b') {
    const [r, l] = side === 'a' ? [a, b] : [b, a];
    // a one-consonant name with the script's vowels in place (ولی "wli" ~ Wali)
    if (r.sk === l.sk && r.sk.length === 1 && minLen >= 3 && r.t[0] === l.t[0] && scriptVowels(a, b, side)) return [0.86, 'transliteration'];
    // a Latin digraph that stands for two letters (Eshaq for اسحاق "asahaq", Lakhal for لكحل)
    if (r.sk !== l.sk) {
      if (r.sk.length >= 3 && splitHSkeleton(l.t) === r.sk) return [0.9, 'transliteration'];
      // ق read as g (Gasmi, Gaddafi), ك typed for Persian گ (كل = Gul), و written w where the reading gave v
      if (r.sk.length >= 2 && variantSkeleton(r.t) === l.sk && vowelsAgree(scriptLetterVariant(r.t), l.t)) return [0.88, 'transliteration'];
      if (alefSkeleton(r.t) === l.sk && vowelsAgree(withoutProstheticAlef(r.t), l.t)) return [0.88, 'transliteration'];
    }
  }
  if ((a.bareSk && a.bareSk === b.sk && jaroWinkler(a.bare, b.t) >= 0.84) || (b.bareSk && b.bareSk === a.sk && jaroWinkler(b.bare, a.t) >= 0.84)) return [0.92, 'particle'];
  // typos are read in Latin spellings; a romanised script name differs only as romanisations do (عمیر is not Amin)
  const typos = !nonLatin || a.sk === b.sk || weakConsonantEdit(a.sk, b.sk);
  if (typos && minLen >= 4) {
    const d = editDistance(a.t, b.t, minLen >= 7 ? 2 : 1, a.glyph || b.glyph);
    if (d <= 1) return [minLen >= 6 ? 0.9 : 0.86, 'typo'];
    if (d <= 2 && minLen >= 7) return [0.82, 'typo'];
  } else if (typos && minLen === 3 && la === lb && oneScannerSlip(a.t, b.t)) {
    // one scanner confusion in a three-letter name (A1I read as Aii for Ali)
    return [0.8, 'typo'];
  } else if (typos && minLen === 3 && Math.max(la, lb) === 4 && editDistance(a.t, b.t, 1, a.glyph || b.glyph) <= 1) {
    // a letter dropped from or added to a short name (Oma/Omar, Iyad/Iya, Kang/Kag)
    return [0.8, 'typo'];
  }
  if (a.sk.length >= 3 && b.sk.length >= 3 && a.sk[0] === b.sk[0] || nonLatin && a.coarse === b.coarse && a.coarse.length >= 3) {
    // consonants of one class (s/z, d/t, k/g/q/j, b/p/f) told apart in one place, not in several
    if (nonLatin && a.coarse === b.coarse && a.coarse.length >= 3) return scriptVowels(a, b, side) && !twoApart(a.sk, b.sk) ? [0.84, 'transliteration'] : NO_MATCH;
    const ds = editDistance(a.sk, b.sk, 1, false);
    if (ds <= 1) {
      const jw = jaroWinkler(a.t, b.t);
      // one consonant apart: for a script name only a silent h or a letter romanised two ways
      if (nonLatin) return weakConsonantEdit(a.sk, b.sk) || (jw >= 0.85 && minLen >= 6) ? [0.82, 'transliteration'] : NO_MATCH;
      if (jw >= 0.82 && Math.abs(la - lb) <= 3) return [0.8, 'phonetic'];
    }
  }
  if (minLen >= 4) {
    const jw = jaroWinkler(a.t, b.t);
    if (jw >= 0.9) return [jw - 0.12, 'fuzzy'];
  }
  // a short form that is the start of the full name (Alex for Alexander, Kuda for Kudakwashe)
  if (!nonLatin && isLeadingShortForm(a.t, b.t)) return [0.8, 'short'];
  return NO_MATCH;
}

/** Two skeletons of one length that differ in two or more places. */
function twoApart(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let d = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && ++d > 1) return true;
  return false;
}

/** One token the first four or more letters, and at least two fifths, of the other. */
function isLeadingShortForm(x: string, y: string): boolean {
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.length >= s.length + 2 && s.length * 5 >= l.length * 2 && l.startsWith(s);
}
