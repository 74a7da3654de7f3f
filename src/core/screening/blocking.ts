/**
 * Candidate-generation keys (blocking). Each name token gives its coarse phonetic key and that key's
 * one-letter deletions (SymSpell-style, so one consonant typo or transliteration slip still meets),
 * plus its transliteration-variant groups; each pair of tokens gives an order-free pair key, which
 * stays selective when single tokens are common (Mohammed, Ali).
 */
import { prepareToken, type NameToken } from '../names/tokens.ts';

/** Blocking credit of a key kind relative to the token weight: exact skeleton > variant > coarse > deletion. */
export const KEY_GAIN: Record<string, number> = { s: 1, g: 0.9, k: 0.7, d: 0.45, p: 0.5 };

/**
 * Keys of one token (empty for particles and initials), best kind first: `s` exact skeleton, `g`
 * variant group, `k` coarse key, `d` deletions of the coarse key (one typo or transliteration slip).
 */
export function tokenKeys(t: NameToken): string[] {
  if (t.particle || t.initial) return [];
  const c = t.coarse;
  const keys: string[] = [];
  if (t.sk.length >= 2) keys.push('s' + t.sk);
  if (t.groups) for (const g of t.groups) keys.push('g' + g);
  if (c.length >= 2) keys.push('k' + c);
  if (c.length >= 4) {
    for (let i = 0; i < c.length; i++) {
      const d = c.slice(0, i) + c.slice(i + 1);
      if (d.length >= 2) keys.push('d' + d);
    }
    keys.push('d' + c);
  }
  if (t.bareSk && t.bareSk.length >= 2) keys.push('s' + t.bareSk);
  return [...new Set(keys)];
}

/** Order-free pair keys of a name's significant tokens (at most the first 6 tokens). */
export function pairKeys(tokens: readonly NameToken[]): string[] {
  const sig = tokens.filter((t) => !t.particle && !t.initial && t.coarse.length >= 2).slice(0, 6).map((t) => t.coarse);
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
