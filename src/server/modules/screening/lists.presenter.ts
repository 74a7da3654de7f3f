/**
 * The wire shapes of watch lists: versions (the national list's size and diff counts left out), import
 * results, previews of a global list's import, a version's diff, entries with their history.
 */
import { z } from 'zod';
import type { PreviewSummaryRow } from './previews.repository.ts';
import type { VersionRow } from './watchlists.repository.ts';

/** A timestamp on the wire (as JSON writes a Date). */
export const iso = (d: Date | string) => new Date(d).toISOString();
export const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

const changeKind = z.enum(['added', 'removed', 'changed']);
export const skippedWire = z.array(z.object({ line: z.number(), message: z.string() }));

export const versionWire = z.object({
  id: z.string(),
  source: z.string(),
  number: z.number(),
  origin: z.string(),
  /** Null on the national list (how many subjects intel lists is not for every screening user). */
  entryCount: z.number().nullable(),
  added: z.number().nullable(),
  removed: z.number().nullable(),
  changed: z.number().nullable(),
  skipped: skippedWire,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  note: z.string(),
  active: z.boolean(),
});
export type VersionWire = z.infer<typeof versionWire>;

/** A version with its counts (what an import or delisting answers, and the index's bookkeeping). */
export function presentVersion(r: VersionRow) {
  return {
    id: r.id, source: r.source_id, number: r.number, origin: r.origin, entryCount: r.entry_count, added: r.added, removed: r.removed,
    changed: r.changed, skipped: r.skipped, createdAt: iso(r.created_at), createdBy: r.created_by, note: r.note, active: r.active,
  };
}

/** A version with its counts, as an import, a delisting or a rebuild reports it. */
export type VersionSummary = ReturnType<typeof presentVersion>;

/** A version as a screening user sees it: the national list's size and diff counts are left out. */
export function showVersion(r: VersionRow): VersionWire {
  const v = presentVersion(r);
  return r.source_id === 'national' ? { ...v, entryCount: null, added: null, removed: null, changed: null } : v;
}

/** A custom list imported at once, or a previewed import applied. */
export const importedWire = versionWire.extend({ duplicates: z.number(), previewId: z.string().optional() });

export const sourcesWire = z.object({
  index: z.object({ entries: z.record(z.string(), z.number()), loadedAt: z.string().nullable() }),
  items: z.array(z.object({ source: z.string(), kind: z.string(), activeVersion: versionWire.nullable() })),
});
export const versionsWire = z.object({ source: z.string(), items: z.array(versionWire) });
export const rebuildWire = z.object({ changed: z.boolean(), version: versionWire.nullable() });

export const versionDiffWire = z.object({
  version: versionWire,
  total: z.number(),
  /** Kept for clients: hidden national changes are neither shown nor counted. */
  hidden: z.number(),
  changes: z.array(z.object({ entryId: z.string(), change: changeKind, reason: z.string().nullable(), name: z.string().nullable() })),
});

export const entriesWire = z.object({
  total: z.number(),
  items: z.array(z.object({ entryId: z.string(), source: z.string(), version: z.number(), entry: z.unknown() })),
  history: z.array(z.object({ version: z.number(), change: z.string(), reason: z.string().nullable(), at: z.string() })).optional(),
  delisted: z.boolean().optional(),
});

export const previewWire = z.object({
  kind: z.literal('preview'),
  id: z.string(),
  source: z.string(),
  status: z.enum(['pending', 'applied', 'discarded']),
  base: z.object({ versionId: z.string(), number: z.number() }).nullable(),
  entryCount: z.number(),
  added: z.number(),
  removed: z.number(),
  changed: z.number(),
  duplicates: z.number(),
  skipped: skippedWire,
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  appliedVersionId: z.string().nullable(),
  total: z.number(),
  changes: z.array(z.object({ entryId: z.string(), change: changeKind, name: z.string(), fields: z.array(z.string()) })),
});

/** A preview with one page of its changes (optionally of one kind). */
export function presentPreview(r: PreviewSummaryRow, base: { id: string; number: number } | undefined, q: { change?: 'added' | 'removed' | 'changed' | undefined; limit: number; offset: number }): z.infer<typeof previewWire> {
  const changes = q.change ? r.changes.filter((c) => c.change === q.change) : r.changes;
  return {
    kind: 'preview' as const,
    id: r.id,
    source: r.source_id,
    status: r.status,
    base: base ? { versionId: base.id, number: base.number } : null,
    entryCount: r.entry_count,
    added: r.added,
    removed: r.removed,
    changed: r.changed,
    duplicates: r.duplicates,
    skipped: r.skipped,
    note: r.note,
    createdBy: r.created_by,
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    appliedVersionId: r.applied_version_id,
    total: changes.length,
    changes: changes.slice(q.offset, q.offset + q.limit),
  };
}

/** A list with malformed lines (400): nothing was imported; every line and its reason. */
/** A 400 of the import: malformed lines with their reasons (issues), or any other bad input naming its field. */
export const importErrorWire = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional(), issues: skippedWire.optional() }) });

export const discardedWire = z.object({ id: z.string(), status: z.literal('discarded') });
