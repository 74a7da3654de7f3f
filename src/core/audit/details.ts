/**
 * Building blocks of the audit detail schemas (registry.ts and actions/<pillar>.ts): details are
 * references and counts, never content.
 */
import { z } from 'zod';

export const num = z.number();
export const str = z.string().max(2000);
export const bool = z.boolean();
export const strs = z.array(z.string().max(2000));
/** A reference: a scalar, or a list of scalars (ids, kinds, field names). */
export const ref = z.union([z.string().max(2000), z.number(), z.boolean(), z.null(), z.array(z.union([z.string().max(2000), z.number(), z.null()]))]);

type Shape = Record<string, z.ZodType>;
/** Details with exactly these keys (each optional: an event names what applies). */
export const d = (shape: Shape = {}) => z.object(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()]))).strict();

export const none = d();
export const fields = d({ fields: strs });

/** A label of an action in every language of the web app. */
export type ActionLabels = { en: string; nl: string; fr: string; de: string };
