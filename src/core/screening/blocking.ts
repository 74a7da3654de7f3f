/**
 * Candidate-generation keys (blocking). Each name token gives its exact spelling, its coarse phonetic
 * key and that key's one-letter deletions (SymSpell-style, so one consonant typo or transliteration
 * slip still meets), plus its transliteration-variant groups; short tokens (whose consonant keys say
 * little: Ri, Kang, Noor, Sakr) also give the one-letter deletions of their spelling, so a typo in them
 * still meets. Each pair of tokens gives an order-free pair key, which stays selective when single
 * tokens are common (Mohammed, Ali, Kim).
 */
import { ocrFold } from '../names/similarity.ts';
import { prepareToken, type NameToken } from '../names/tokens.ts';
import { keyHash } from './postings.ts';

/**
 * Blocking credit of a key kind relative to the token weight: exact spelling > exact skeleton >
 * variant > coarse > deletion.
 */
export const KEY_GAIN: Record<string, number> = { w: 1.15, s: 1, g: 0.9, k: 0.7, d: 0.45, e: 0.45, p: 0.5 };

/**
 * Keys of one token (empty for particles and initials), best kind first: `w` exact spelling, `s` exact
 * skeleton, `g` variant group, `k` coarse key, `d` the coarse key and its deletions (one typo or
 * transliteration slip), `e` deletions of a short token's spelling.
 */
export function tokenKeys(t: NameToken): string[] {
  if (t.particle || t.initial) return [];
  const c = t.coarse;
  const keys: string[] = ['w' + t.t];
  if (t.sk.length >= 2) keys.push('s' + t.sk);
  if (t.groups) for (const g of t.groups) keys.push('g' + g);
  if (t.ea) for (const k of t.ea) keys.push('g~' + k);
  if (c.length >= 2) keys.push('k' + c);
  if (c.length >= 3) keys.push('d' + c);
  if (c.length >= 4) {
    for (let i = 0; i < c.length; i++) {
      const d = c.slice(0, i) + c.slice(i + 1);
      keys.push('d' + d);
    }
  } else if (t.t.length >= 3 && t.t.length <= 7) {
    const w = t.t;
    keys.push('e' + w);
    for (let i = 0; i < w.length; i++) keys.push('e' + w.slice(0, i) + w.slice(i + 1));
  }
  if (t.bareSk && t.bareSk.length >= 2) keys.push('s' + t.bareSk);
  // OCR reads m as rn, d as cl, w as vv: the folded spelling meets the listed one
  const o = ocrFold(t.t);
  if (o !== t.t) {
    const f = prepareToken(o);
    keys.push('w' + o);
    if (f.sk.length >= 2) keys.push('s' + f.sk);
  }
  return [...new Set(keys)];
}

/** The form of a token in pair keys: its coarse key, or its spelling when that key is too short. */
function pairForm(t: NameToken): string {
  return t.coarse.length >= 2 ? t.coarse : '=' + t.t;
}

/** Order-free pair keys of a name's significant tokens (at most the first 6 tokens). */
export function pairKeys(tokens: readonly NameToken[]): string[] {
  const sig = tokens.filter((t) => !t.particle && !t.initial).slice(0, 6).map(pairForm);
  const keys = new Set<string>();
  for (let i = 0; i < sig.length; i++) {
    for (let j = i + 1; j < sig.length; j++) {
      const [a, b] = sig[i]! < sig[j]! ? [sig[i]!, sig[j]!] : [sig[j]!, sig[i]!];
      keys.add('p' + a + '|' + b);
    }
  }
  return [...keys];
}

/**
 * Keys of compounds a particle forms with the next token ("bin laden" → "binladen"), so that a name
 * written as one word meets the same name written as two.
 */
export function compoundKeys(tokens: readonly NameToken[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    if (!a.particle || tokens[i + 1]!.particle) continue;
    for (const k of tokenKeys(prepareToken(a.t + tokens[i + 1]!.t))) keys.push(k);
  }
  return keys;
}

/** A token's key hashes with their gains (KEY_GAIN of the kind), memoised per (shared) token. */
export interface TokenKeyHashes { hashes: Int32Array; gains: Float64Array }
const MEMO = new WeakMap<NameToken, TokenKeyHashes>();

export function tokenKeyHashes(t: NameToken): TokenKeyHashes {
  let m = MEMO.get(t);
  if (m) return m;
  const keys = tokenKeys(t);
  m = { hashes: new Int32Array(keys.length), gains: new Float64Array(keys.length) };
  keys.forEach((k, i) => {
    m!.hashes[i] = keyHash(k);
    m!.gains[i] = KEY_GAIN[k[0]!]!;
  });
  MEMO.set(t, m);
  return m;
}
