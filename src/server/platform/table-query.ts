/**
 * The query parameters of a sortable, paged list (issue 17): a sort field from the list's own whitelist,
 * a direction, and limit/offset. Each list maps its whitelisted names to SQL itself (never a raw column
 * from the request), and counts its total with the same need-to-know filter as its rows.
 */
import { z } from 'zod';

export const sortDir = z.enum(['asc', 'desc']);
export type SortDir = z.infer<typeof sortDir>;

/** `sort` (one of `fields`) and `dir` for a list's querystring; both optional (the list has its default). */
export function sortParams<const F extends readonly [string, ...string[]]>(fields: F) {
  return { sort: z.enum(fields).optional(), dir: sortDir.optional() };
}

