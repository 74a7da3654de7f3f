/** Transliteration variant groups (Mohamed/Muhammad/Mohammed…) learnt from the CC0 Wikidata pairs. */
import { VARIANT_GROUPS } from './variants-data.ts';

const BY_TOKEN = new Map<string, number[]>();
VARIANT_GROUPS.forEach((g, i) => {
  for (const t of g.split(' ')) {
    const list = BY_TOKEN.get(t);
    if (list) list.push(i);
    else BY_TOKEN.set(t, [i]);
  }
});

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
