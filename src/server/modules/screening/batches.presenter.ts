/** The wire shapes of screening runs: a batch with its progress, one traveller screened, result lines. */
import { z } from 'zod';
import type { BatchRecord } from './batches.repository.ts';
import type { StoredCoverage } from './screening.tables.ts';
import { hitWire, travellerWire } from './hits.presenter.ts';
import { iso, isoOrNull } from './lists.presenter.ts';

/** What a screening was run against, and its outcome (never "no hit" when it was incomplete). */
export const screenedAgainstWire = z.object({
  entries: z.number(),
  lists: z.array(z.object({ source: z.string(), version: z.number(), entries: z.number().nullable() })),
  nationalVersion: z.number().nullable(),
  complete: z.boolean(),
  leftOut: z.number(),
  text: z.string(),
});

export const batchWire = z.object({
  id: z.string(),
  kind: z.enum(['single', 'batch']),
  format: z.enum(['form', 'jsonl', 'csv', 'mrz', 'paxlst', 'pnrgov']),
  flight: z.string(),
  /** PAXLST/PNRGOV: the interchange reference and the flight's route as the message gave them. */
  message: z.object({ ref: z.string(), departure: z.string().nullable(), arrival: z.string().nullable() }).nullable(),
  date: z.string().nullable(),
  port: z.string(),
  status: z.enum(['receiving', 'queued', 'running', 'done', 'failed']),
  progress: z.object({ processed: z.number(), total: z.number(), percent: z.number() }),
  hits: z.number(),
  suppressed: z.number(),
  errors: z.number(),
  threshold: z.number(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** What its travellers were screened against (issue #15; null for batches screened before it was kept). */
  screenedAgainst: screenedAgainstWire.nullable(),
  /** hit, no_hit (every traveller screened against every entry, none hit) or incomplete; null while screening. */
  outcome: z.enum(['hit', 'no_hit', 'incomplete']).nullable(),
  /** The legal registry's basis the run was made under (issue #16; null for none). */
  legalBasis: z.object({ id: z.string(), citation: z.string() }).nullable(),
});
export type BatchWire = z.infer<typeof batchWire>;

export function presentBatch(b: BatchRecord): BatchWire {
  return {
    id: b.id,
    kind: b.kind,
    format: b.format,
    flight: b.flight,
    message: b.message_ref === null ? null : { ref: b.message_ref, departure: b.departure, arrival: b.arrival },
    date: b.travel_date,
    port: b.port,
    status: b.status,
    progress: { processed: b.processed, total: b.total, percent: b.total ? Math.floor((100 * b.processed) / b.total) : b.status === 'done' ? 100 : 0 },
    hits: b.hit_count,
    suppressed: b.suppressed_count,
    errors: b.error_count,
    threshold: b.threshold,
    failure: b.failure,
    createdAt: iso(b.created_at),
    finishedAt: isoOrNull(b.finished_at),
    legalBasis: b.legal_basis_id ? { id: b.legal_basis_id, citation: b.legal_basis ?? '' } : null,
    ...batchOutcome(b, b.hit_count),
  };
}

/** A batch's coverage and outcome for `hits` hits shown (never "no hit" when entries were left out). */
function batchOutcome(b: BatchRecord, hits: number): Pick<BatchWire, 'screenedAgainst' | 'outcome'> {
  const stored = b.screened_against ? screenedAgainst(b.screened_against, b.left_out ?? 0, hits) : null;
  const outcome = b.status !== 'done' ? null : stored ? stored.outcome : hits > 0 ? 'hit' : null;
  return { screenedAgainst: stored?.screenedAgainst ?? null, outcome };
}

/** A batch as the viewer sees it: the stored counters replaced by the counts of the hits the viewer may see. */
export function presentBatchFor(b: BatchRecord, counts: Map<string, { open: number; hits: number; suppressed: number }>): BatchWire {
  const c = counts.get(b.id) ?? { open: 0, hits: 0, suppressed: 0 };
  return { ...presentBatch(b), hits: c.hits, suppressed: c.suppressed, ...batchOutcome(b, c.hits) };
}

/** A refused upload; a passenger message that cannot be read names the segment and line. */
export const batchErrorWire = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    issues: z.array(z.object({ line: z.number(), segment: z.number(), tag: z.string(), element: z.number().optional(), message: z.string() })).optional(),
  }),
});

export const batchListWire = z.object({ items: z.array(batchWire) });
export const batchDetailWire = batchWire.extend({ openHits: z.number() });

export const screenResultWire = z.object({
  batch: batchWire,
  traveller: travellerWire,
  hits: z.array(hitWire),
  screenedAgainst: screenedAgainstWire,
  outcome: z.enum(['hit', 'no_hit', 'incomplete']),
});

export const resultsWire = z.object({
  items: z.array(
    z.object({
      seq: z.number(),
      line: z.number(),
      id: z.string().nullable(),
      status: z.enum(['pending', 'screened', 'error']),
      error: z.string().nullable(),
      traveller: travellerWire.nullable(),
      hits: z.number(),
      maxScore: z.number().nullable(),
    }),
  ),
});

/**
 * What a screening was run against ("N entries of lists A, B, national list version V") and its outcome:
 * hit, listed (national subjects answered "listed — contact"), no_hit, or incomplete — never "no hit"
 * when entries were left out or no list was loaded.
 */
export function screenedAgainst(c: Omit<StoredCoverage, 'loadedAt'> & { loadedAt: Date | string | null }, leftOut: number, shown: number) {
  const names = c.lists.map((l) => `${l.source} v${l.version}`);
  if (c.nationalVersion !== null) names.push(`national v${c.nationalVersion}`);
  const complete = leftOut === 0 && c.loadedAt !== null && names.length > 0;
  return {
    screenedAgainst: {
      entries: c.entries,
      lists: c.lists,
      nationalVersion: c.nationalVersion,
      complete,
      leftOut,
      text: `${c.entries.toLocaleString('en')} entries of lists ${names.join(', ') || '(none loaded)'}`,
    },
    outcome: (shown > 0 ? 'hit' : complete ? 'no_hit' : 'incomplete') as 'hit' | 'no_hit' | 'incomplete',
  };
}
