/** Watch-list entries, travellers and screening results, with zod schemas for input lines. */
import { z } from 'zod';
import type { BirthDate } from './dates.ts';

export type { BirthDate } from './dates.ts';

/** An identity document of a listed person. */
export interface EntryDocument {
  number: string;
  type?: string;
  /** ISO 3166-1 alpha-2 of the issuer, when known */
  country?: string;
}

/** One listed person (or, with includeEntities, organisation) as the engine sees it. */
export interface WatchlistEntry {
  /** `un:QDi.017`, `ofac:2676`, or the id of a custom list */
  id: string;
  /** primary name first, then aliases (any script) */
  names: string[];
  /** low-quality aliases (UN quality "Low", OFAC nicknames); they score a little lower */
  weakNames?: string[];
  birthDates: BirthDate[];
  /** ISO 3166-1 alpha-2 */
  nationalities: string[];
  documents: EntryDocument[];
  gender?: 'male' | 'female';
  kind?: 'individual' | 'entity';
  source?: string;
}

/** A traveller to screen (one line of the passenger file). */
export interface Traveller {
  id: string;
  name: string;
  birthDate?: string;
  nationality?: string;
  documentNumber?: string;
  gender?: string;
}

const str = z.union([z.string(), z.number()]).transform((v) => String(v));
const optStr = z.union([z.string(), z.number(), z.null()]).optional().transform((v) => (v === null || v === undefined || v === '' ? undefined : String(v)));

/** Schema of a traveller line: name, or givenName/familyName. */
export const travellerSchema = z
  .object({
    id: str,
    name: optStr,
    givenName: optStr,
    familyName: optStr,
    birthDate: optStr,
    nationality: optStr,
    documentNumber: optStr,
    gender: optStr,
  })
  .transform((t, ctx) => {
    const name = t.name ?? [t.givenName, t.familyName].filter(Boolean).join(' ');
    if (!name.trim()) {
      ctx.addIssue({ code: 'custom', message: 'name (or givenName/familyName) is required' });
      return z.NEVER;
    }
    const out: Traveller = { id: t.id, name };
    if (t.birthDate) out.birthDate = t.birthDate;
    if (t.nationality) out.nationality = t.nationality;
    if (t.documentNumber) out.documentNumber = t.documentNumber;
    if (t.gender) out.gender = t.gender;
    return out;
  });

/** Schema of a line of a Vigil JSON Lines watch list. */
export const listLineSchema = z.object({
  id: str,
  names: z.array(z.string().min(1)).min(1),
  weakNames: z.array(z.string()).optional(),
  birthDates: z.array(z.string()).optional(),
  nationalities: z.array(z.string()).optional(),
  documents: z.array(z.union([z.string(), z.object({ number: str, type: z.string().optional(), country: z.string().optional() })])).optional(),
  gender: z.string().nullable().optional(),
  kind: z.enum(['individual', 'entity']).optional(),
});

/** Schema of a line of the pairs file: two traveller-like records. */
export const pairLineSchema = z.object({ id: str, a: z.record(z.string(), z.unknown()), b: z.record(z.string(), z.unknown()) });

/** How one compared part of a record came out (`effect`: on the score). Also the API's wire shape of it. */
export const partResultSchema = z.object({ result: z.string(), query: z.string().optional(), entry: z.string().optional(), effect: z.number() });
export type PartResult = z.infer<typeof partResultSchema>;

/** One aligned pair of name tokens. */
export const tokenAlignmentSchema = z.object({ query: z.string(), entry: z.string(), how: z.string(), similarity: z.number() });
export type TokenAlignment = z.infer<typeof tokenAlignmentSchema>;

/** Why a traveller matched an entry: declared once, here, for the engine and for the API (the web's types are generated from it). */
export const explanationSchema = z.object({
  summary: z.string(),
  name: z.object({
    score: z.number(),
    matchedName: z.string(),
    tokens: z.array(tokenAlignmentSchema),
    unmatchedQuery: z.array(z.string()),
    unmatchedEntry: z.array(z.string()),
    weakAlias: z.boolean().optional(),
  }),
  birthDate: partResultSchema,
  nationality: partResultSchema,
  document: partResultSchema,
  gender: partResultSchema,
});
export type Explanation = z.infer<typeof explanationSchema>;

/** A watch-list hit. */
export interface Hit {
  entryId: string;
  score: number;
  explanation: Explanation;
}
