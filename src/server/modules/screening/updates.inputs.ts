/** What the list-fetch and re-screening routes accept (zod). */
import { z } from 'zod';
import { text } from './screening.inputs.ts';

export const fetchSourceParams = z.object({ source: z.enum(['un', 'ofac']) });
const httpUrl = text().max(2000).regex(/^https?:\/\/[^\s/]+/, 'an http(s) address');
export const fetchBody = z.object({
  /** preview: the diff first, applied by the preview's confirm call; apply: at once (diff kept with the fetch); check: the diff only. */
  mode: z.enum(['preview', 'apply', 'check']).default('preview'),
  url: httpUrl.optional(),
  altUrl: httpUrl.optional(),
});
export const fetchesQuery = z.object({
  source: z.enum(['un', 'ofac']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export const rescreensQuery = z.object({
  source: text().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
