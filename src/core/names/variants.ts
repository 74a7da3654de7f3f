/** Transliteration variant groups (Mohamed/Muhammad/Mohammed…) learnt from the CC0 Wikidata pairs. */
import { VARIANT_GROUPS } from './variants-data.ts';

/** For groups of space-separated spellings: each spelling → the numbers of the groups it is in. */
export function groupIndex(groups: readonly string[]): Map<string, number[]> {
  const by = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const t of g.split(' ')) {
      const list = by.get(t);
      if (list) list.push(i);
      else by.set(t, [i]);
    }
  });
  return by;
}

const BY_TOKEN = groupIndex(VARIANT_GROUPS);

/** The variant groups a normalised token belongs to, or undefined. */
export function variantGroups(token: string): readonly number[] | undefined {
  return BY_TOKEN.get(token);
}

/** Whether two normalised tokens are known spellings of the same name. */
export function areVariants(a: string, b: string): boolean {
  const ga = BY_TOKEN.get(a);
  const gb = BY_TOKEN.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}
