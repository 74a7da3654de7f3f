/** The wire shapes of list fetches (with their diff) and re-screenings (with their progress). */
import { z } from 'zod';
import type { FetchRow } from './fetches.repository.ts';
import { iso, isoOrNull } from './lists.presenter.ts';
import type { RescreenRow } from './rescreens.repository.ts';
import type { PreviewChange } from './screening.tables.ts';

const changeKind = z.enum(['added', 'removed', 'changed']);

export const fetchSummaryWire = z.object({
  id: z.string(),
  source: z.string(),
  url: z.string(),
  trigger: z.enum(['manual', 'schedule', 'cli']),
  mode: z.enum(['preview', 'apply', 'check']),
  status: z.enum(['previewed', 'applied', 'unchanged', 'checked', 'failed']),
  error: z.string().nullable(),
  bytes: z.number().nullable(),
  entryCount: z.number().nullable(),
  added: z.number().nullable(),
  removed: z.number().nullable(),
  changed: z.number().nullable(),
  previewId: z.string().nullable(),
  versionId: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const fetchWire = fetchSummaryWire.extend({
  /** The re-screening the applied version started (null when none). */
  rescreenId: z.string().nullable(),
  total: z.number(),
  changes: z.array(z.object({ entryId: z.string(), change: changeKind, name: z.string(), fields: z.array(z.string()) })),
});

export function presentFetchSummary(r: Omit<FetchRow, 'changes'>): z.infer<typeof fetchSummaryWire> {
  return {
    id: r.id, source: r.source_id, url: r.url, trigger: r.trigger, mode: r.mode, status: r.status, error: r.error, bytes: r.bytes === null ? null : Number(r.bytes),
    entryCount: r.entry_count, added: r.added, removed: r.removed, changed: r.changed, previewId: r.preview_id, versionId: r.version_id, createdBy: r.created_by, createdAt: iso(r.created_at),
  };
}

/** A fetch with one page of its diff (optionally of one kind). */
export function presentFetch(r: FetchRow, q: { change?: 'added' | 'removed' | 'changed' | undefined; limit: number; offset: number }, rescreenId: string | null): z.infer<typeof fetchWire> {
  const all = (r.changes ?? []) as PreviewChange[];
  const changes = q.change ? all.filter((c) => c.change === q.change) : all;
  return { ...presentFetchSummary(r), rescreenId, total: changes.length, changes: changes.slice(q.offset, q.offset + q.limit) };
}

export const fetchesWire = z.object({
  sources: z.array(
    z.object({
      source: z.string(),
      url: z.string(),
      altUrl: z.string().nullable(),
      scheduleHours: z.number(),
      scheduleMode: z.enum(['preview', 'apply']),
      lastAt: z.string().nullable(),
      lastStatus: z.string().nullable(),
      lastError: z.string().nullable(),
      lastSuccessAt: z.string().nullable(),
      failing: z.boolean(),
    }),
  ),
  rescreenDays: z.number(),
  items: z.array(fetchSummaryWire),
});

export const rescreenWire = z.object({
  id: z.string(),
  versionId: z.string(),
  source: z.string(),
  entries: z.number(),
  since: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.object({ processed: z.number(), total: z.number(), percent: z.number() }),
  hits: z.number(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export const rescreensWire = z.object({ items: z.array(rescreenWire) });

export function presentRescreen(r: RescreenRow): z.infer<typeof rescreenWire> {
  const percent = r.status === 'done' ? 100 : r.total > 0 ? Math.min(100, Math.floor((r.processed / r.total) * 100)) : 0;
  return {
    id: r.id, versionId: r.version_id, source: r.source_id, entries: r.entries, since: iso(r.since), status: r.status,
    progress: { processed: r.processed, total: r.total, percent }, hits: r.hit_count, failure: r.failure, createdAt: iso(r.created_at), finishedAt: isoOrNull(r.finished_at),
  };
}
