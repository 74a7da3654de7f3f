/**
 * Watch-list entries as a version stores them (with the hash a diff compares), and the diff of a list
 * against the active version with the fields that changed (pure: no I/O).
 */
import { createHash } from 'node:crypto';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { WatchlistEntry } from '../../../core/screening/engine.ts';
import type { PreviewChange } from './screening.tables.ts';

/** An entry as a version stores it. */
export interface StoredEntry {
  entryId: string;
  hash: string;
  entry: WatchlistEntry;
  /** National entries: the subject's markings. */
  access: RecordMarkings | null;
}

export function storedEntry(entry: WatchlistEntry, access: RecordMarkings | null = null): StoredEntry {
  const hash = createHash('sha256').update(JSON.stringify(entry)).update('|').update(JSON.stringify(access)).digest('hex');
  return { entryId: entry.id, hash, entry, access };
}

/** JSON with sorted keys: the stored (jsonb) and the parsed form of an entry compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The fields (names, birthDates, documents…) in which two versions of an entry differ. */
export function changedFields(before: WatchlistEntry, after: WatchlistEntry): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('id');
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  return [...keys].filter((k) => canonical(b[k] ?? null) !== canonical(a[k] ?? null)).sort();
}

/** The diff of `next` against the entries of the active version (the same rule createVersion applies). */
export function diffEntries(current: Array<{ entry_id: string; hash: string; entry: WatchlistEntry }>, next: StoredEntry[]): PreviewChange[] {
  const before = new Map(current.map((c) => [c.entry_id, c]));
  const out: PreviewChange[] = [];
  const seen = new Set<string>();
  for (const e of next) {
    seen.add(e.entryId);
    const b = before.get(e.entryId);
    if (!b) out.push({ entryId: e.entryId, change: 'added', name: e.entry.names[0] ?? '', fields: [] });
    else if (b.hash !== e.hash) out.push({ entryId: e.entryId, change: 'changed', name: e.entry.names[0] ?? '', fields: changedFields(b.entry, e.entry) });
  }
  for (const c of current) if (!seen.has(c.entry_id)) out.push({ entryId: c.entry_id, change: 'removed', name: c.entry.names[0] ?? '', fields: [] });
  const order = { added: 0, changed: 1, removed: 2 };
  return out.sort((x, y) => order[x.change] - order[y.change] || x.entryId.localeCompare(y.entryId));
}
