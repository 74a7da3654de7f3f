/**
 * What the screening routes accept: params, queries and bodies as zod schemas (the routes validate
 * with them, the services take their parsed types). Every free-text input refuses NUL characters.
 */
import { z } from 'zod';
import { INFO_CREDIBILITY, SOURCE_RELIABILITY } from '../../../core/vocab.ts';
import { isoDate, uuid } from '../../../core/contracts.ts';
import { BATCH_FORMATS } from './passengers.ts';
import { sortParams } from '../../platform/table-query.ts';

/** A string without NUL characters (PostgreSQL text and jsonb refuse them): every free-text input. */
export function text() {
  return z.string().refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');
}

export const idParams = z.object({ id: uuid });
export const sourceParam = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'a list name: lower-case letters, digits and dashes');
export const sourceParams = z.object({ source: sourceParam });

// Watch lists.
export const importQuery = z.object({
  skipInvalid: z.enum(['true', 'false']).optional(),
  includeEntities: z.enum(['true', 'false']).optional(),
  format: z.enum(['xml', 'csv', 'jsonl']).optional(),
  note: text().max(500).optional(),
});
/** A JSON import body: the list text, or the OFAC folder as its two files. */
export const importBody = z.object({
  content: text().optional(),
  sdn: text().optional(),
  alt: text().optional(),
  format: z.enum(['xml', 'csv', 'jsonl']).optional(),
  skipInvalid: z.boolean().optional(),
  includeEntities: z.boolean().optional(),
  note: text().max(500).optional(),
});
export type ImportPayload = z.infer<typeof importBody>;
export const delistBody = z.object({
  entryIds: z.array(text().min(1).max(200)).min(1).max(1000),
  reason: text().trim().min(5, 'give the reason for delisting').max(1000),
});
export const versionQuery = z.object({
  change: z.enum(['added', 'removed', 'changed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const previewQuery = versionQuery;
export const entriesQuery = z.object({
  source: sourceParam.optional(),
  id: text().max(200).optional(),
  q: text().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

// Screening and batches.
const threshold = z.coerce.number().min(0.5).max(1);
export const batchMeta = z.object({
  flight: text().trim().max(20).default(''),
  date: isoDate.optional(),
  port: text().trim().max(60).default(''),
  format: z.enum(BATCH_FORMATS).optional(),
  threshold: threshold.optional(),
  /** The legal registry's basis for processing the run is made under (default: the law on passenger data). */
  legalBasisId: uuid.optional(),
});
/** A batch sent as JSON: its metadata and the list text. */
export const batchJsonBody = batchMeta.extend({ format: z.enum(BATCH_FORMATS), content: text().min(1) });
/**
 * A passenger message (POST /api/screening/batches/messages): the interchange as text, or JSON {content}.
 * Flight, date and port come from the message unless given; `format` says which message is expected.
 */
export const messageMeta = z.object({
  format: z.enum(['paxlst', 'pnrgov']).optional(),
  flight: text().trim().max(20).optional(),
  date: isoDate.optional(),
  port: text().trim().max(60).optional(),
  threshold: threshold.optional(),
  legalBasisId: uuid.optional(),
});
export const messageJsonBody = messageMeta.extend({ content: text().min(1) });
export const batchListQuery = z.object({
  status: z.enum(['receiving', 'queued', 'running', 'done', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const resultsQuery = z.object({
  status: z.enum(['pending', 'screened', 'error', 'hit']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const screenBody = z.object({
  id: text().max(100).optional(),
  name: text().max(300).optional(),
  givenName: text().max(200).optional(),
  familyName: text().max(200).optional(),
  birthDate: text().max(20).optional(),
  nationality: text().max(60).optional(),
  documentNumber: text().max(40).optional(),
  gender: text().max(20).optional(),
  threshold: threshold.optional(),
  flight: text().trim().max(20).default(''),
  date: isoDate.optional(),
  port: text().trim().max(60).default(''),
  legalBasisId: uuid.optional(),
});

// Review.
/** The sort fields of a batch's review queue (a whitelist; the repository maps each to SQL). */
export const HIT_SORTS = ['score', 'status', 'source', 'seq'] as const;
export const queueQuery = z.object({
  status: z.enum(['open', 'decided', 'suppressed', 'all']).default('open'),
  ...sortParams(HIT_SORTS),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const decisionBody = z.object({
  decision: z.enum(['true_match', 'false_positive', 'escalate']),
  reason: text().trim().max(2000).default(''),
  sourceReliability: z.enum(SOURCE_RELIABILITY).default('B'),
  infoCredibility: z.enum(INFO_CREDIBILITY).default('3'),
});
export const referralsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) });
export const suppressionsQuery = z.object({
  active: z.enum(['true', 'false', 'all']).default('true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const revokeBody = z.object({ reason: text().trim().min(5, 'give the reason for revoking').max(1000) });

// Screening actions of national subjects.
export const ENCOUNTER_ACTIONS = ['discreet_check', 'stop', 'inform'] as const;
export const actionParams = z.object({ subjectId: uuid });
export const actionBody = z.object({ action: z.enum(ENCOUNTER_ACTIONS) });
