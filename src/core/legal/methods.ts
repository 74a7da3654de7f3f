/**
 * The special intelligence methods as data: each method, its tier and the article of the law of
 * 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)
 * that governs it. Ordinary methods need no authorisation by law; they are tracked here so that a
 * service can record them the same way. Article numbers are those of the consolidated text; they are
 * indicative and checked against the registry (legal_registry) where the bases are kept as versioned data.
 */
export const TIERS = ['ordinary', 'specific', 'exceptional'] as const;
export type Tier = (typeof TIERS)[number];

export interface MethodDef {
  code: string;
  tier: Tier;
  /** The governing article, as the registry's basis for this method cites it. */
  article: string;
}

export const METHODS = [
  { code: 'open-sources', tier: 'ordinary', article: 'art. 16' },
  { code: 'observation-public', tier: 'ordinary', article: 'art. 16/1' },
  { code: 'observation-technical-public', tier: 'specific', article: 'art. 18/4' },
  { code: 'inspection-public-places', tier: 'specific', article: 'art. 18/5' },
  { code: 'mail-identification', tier: 'specific', article: 'art. 18/6' },
  { code: 'communication-identification', tier: 'specific', article: 'art. 18/7' },
  { code: 'location-data', tier: 'specific', article: 'art. 18/8' },
  { code: 'observation-private-places', tier: 'exceptional', article: 'art. 18/11' },
  { code: 'entry-private-places', tier: 'exceptional', article: 'art. 18/12' },
  { code: 'fictitious-legal-person', tier: 'exceptional', article: 'art. 18/13' },
  { code: 'mail-opening', tier: 'exceptional', article: 'art. 18/14' },
  { code: 'bank-data', tier: 'exceptional', article: 'art. 18/15' },
  { code: 'computer-intrusion', tier: 'exceptional', article: 'art. 18/16' },
  { code: 'interception', tier: 'exceptional', article: 'art. 18/17' },
] as const satisfies readonly MethodDef[];

export type MethodCode = (typeof METHODS)[number]['code'];
export const METHOD_CODES = METHODS.map((m) => m.code) as [MethodCode, ...MethodCode[]];

export function methodDef(code: string): MethodDef | undefined {
  return METHODS.find((m) => m.code === code);
}
