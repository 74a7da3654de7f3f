/**
 * Lists kept current (issue #15): a global list (UN, OFAC) downloaded from its official address — or
 * the internal mirror an air-gapped site configures (p.config.watchlistFetch) — through the outbound
 * door (src/server/platform/outbound.ts: an address the administrator did not allow is never called),
 * parsed all or nothing, and diffed against the active version with the changed fields of every changed
 * entry. The administrator chooses: `preview` (the diff first, applied by the preview's confirm call),
 * `apply` (a new version at once, the diff kept with the fetch to read after), or `check` (the diff
 * only). Every fetch, failed ones included, is kept in watchlist_fetches and on the audit record; the
 * schedule (fetches.jobs.ts) makes the latest outcome of each source visible to administrators, and a
 * scheduled fetch that fails (download, parse or validation) notifies them; the active version stays.
 */
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { outboundFetch } from '../../platform/outbound.ts';
import type { Platform } from '../../platform/platform.ts';
import { activeUsersWithModule } from '../admin/directory.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { presentFetch, presentFetchSummary } from './fetches.presenter.ts';
import * as repo from './fetches.repository.ts';
import { importAs, importRecorder, ListImportError, prepareImport } from './lists.service.ts';
import { previewImport } from './previews.service.ts';
import { requirePermission, sourceKind } from './screening.access.ts';
import type { ImportPayload, previewQuery } from './screening.inputs.ts';
import type { fetchesQuery } from './updates.inputs.ts';
import { diffEntries } from './watchlist.diff.ts';
import * as lists from './watchlists.repository.ts';
import { rescreenOfVersion } from './rescreens.repository.ts';

export type FetchMode = 'preview' | 'apply' | 'check';
export type FetchTrigger = 'manual' | 'schedule' | 'cli';

export interface FetchOptions {
  /** Another address than the configured one (it must pass the outbound allow-list all the same). */
  url?: string | undefined;
  /** OFAC: the alias file's address (default: alt.csv beside an sdn.csv address, else the configured one). */
  altUrl?: string | undefined;
  mode: FetchMode;
  trigger: FetchTrigger;
}

/** The sources that can be fetched and their configured addresses. */
export function fetchSources(p: Platform): Array<{ source: 'un' | 'ofac'; url: string; altUrl: string | null }> {
  const c = p.config.watchlistFetch;
  return [
    { source: 'un', url: c.unUrl, altUrl: null },
    { source: 'ofac', url: c.ofacUrl, altUrl: c.ofacAltUrl || null },
  ];
}

/** Decodes a downloaded list: UTF-8 (byte-order mark dropped), else Latin-1 (older OFAC files). */
function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return buf.toString('latin1');
  }
}

async function download(p: Platform, url: string): Promise<{ text: string; bytes: number }> {
  const c = p.config.watchlistFetch;
  const res = await outboundFetch(p.config.outboundAllow, url, { maxBytes: c.maxBytes, timeoutMs: c.timeoutMs, maxRedirects: 5, headers: { accept: 'application/xml, text/csv, text/plain, */*' } });
  if (res.status !== 200) throw new Error(`${url} answered HTTP ${res.status}`);
  return { text: decode(res.body), bytes: res.body.length };
}

/**
 * A fetched list must look like the list it replaces: one without entries, or one that would drop more
 * than half of the active version's entries at once, is refused (a truncated download or a broken
 * mirror), and the active version stays in use.
 */
async function validateFetched(p: Platform, source: string, entries: number): Promise<void> {
  if (entries === 0) throw new Error('the list holds no entries');
  const active = await lists.findActiveVersion(p.db, source);
  if (active && entries < active.entry_count / 2) {
    throw new Error(`the list holds ${entries} entries where the version in use holds ${active.entry_count} (more than half gone): not taken; import it by hand if it is right`);
  }
}

/**
 * Tells the list administrators (admin right on border screening, every organisation) that a scheduled
 * fetch failed, naming the source, its address and the error, and when the list was last updated.
 * Returns how many were told.
 */
async function notifyFailure(p: Platform, tx: Database, f: { source: string; url: string; fetchId: string; error: string }): Promise<number> {
  const to = (await activeUsersWithModule(tx, 'screening')).filter((u) => u.rights.includes('admin')).map((u) => u.id);
  const { ok } = await repo.latestOf(tx, f.source);
  await notify(tx, to, {
    kind: 'screening.fetch_failed',
    recordType: 'watchlist_fetch',
    recordId: f.fetchId,
    payload: { source: f.source, url: f.url, error: f.error.slice(0, 500), lastSuccessAt: ok ? new Date(ok.created_at).toISOString() : null },
  });
  return to.length;
}

const CLI_ACTOR = { userId: null, username: 'vigil watchlist fetch', orgId: null, orgName: 'Vigil command line' };
const SCHEDULE_ACTOR = { userId: null, username: 'watch-list schedule', orgId: null, orgName: 'Vigil' };

/**
 * Fetches a global list and previews, applies or only checks it (see the file header). A download or
 * parse failure is kept as a failed fetch (visible to administrators) and answered 503 with the reason.
 */
export async function fetchList(p: Platform, ctx: Ctx | null, source: string, o: FetchOptions) {
  if (ctx) requirePermission(ctx, 'admin');
  const kind = sourceKind(source);
  if (kind !== 'un' && kind !== 'ofac') throw new AppError('INVALID_INPUT', 'Only the UN (un…) and OFAC (ofac…) lists are fetched from an address.', 'source');
  const configured = fetchSources(p).find((s) => s.source === kind)!;
  if (o.mode === 'preview' && !ctx) throw new AppError('INVALID_INPUT', 'A preview waits for an administrator: fetch with apply or check here.', 'mode');
  const url = o.url ?? configured.url;
  const altUrl = kind === 'ofac' ? (o.altUrl ?? (o.url ? (/sdn\.csv$/i.test(o.url) ? o.url.replace(/sdn\.csv$/i, (m) => (m === 'SDN.CSV' ? 'ALT.CSV' : 'alt.csv')) : null) : configured.altUrl)) : null;
  const id = crypto.randomUUID();
  const actor = o.trigger === 'cli' ? CLI_ACTOR : SCHEDULE_ACTOR;
  const record = importRecorder(p, ctx, actor);
  const base = { id, source_id: source, url, trigger: o.trigger, mode: o.mode, created_by: ctx?.actor.userId ?? null };

  let payload: ImportPayload;
  let bytes = 0;
  let prepared: Awaited<ReturnType<typeof prepareImport>>;
  try {
    const main = await download(p, url);
    bytes = main.bytes;
    if (kind === 'un') payload = { content: main.text };
    else {
      const alt = altUrl ? await download(p, altUrl) : undefined;
      bytes += alt?.bytes ?? 0;
      payload = { sdn: main.text, ...(alt ? { alt: alt.text } : {}) };
    }
    payload.note = `fetched from ${url}`.slice(0, 500);
    prepared = await prepareImport(p, ctx, source, payload);
    await validateFetched(p, source, prepared.entries.length);
  } catch (e) {
    const reason = e instanceof ListImportError ? `the list does not parse: ${e.message}` : (e as Error).message || String(e);
    // Nothing is lost: the active version stays in use; the failure is kept, on the record, and — when
    // no one is there to see it (the schedule) — sent to the list administrators.
    await p.db.transaction().execute(async (tx) => {
      await repo.insertFetch(tx, { ...base, status: 'failed', error: reason.slice(0, 1000), bytes: bytes || null, content_sha256: null, entry_count: null, added: null, removed: null, changed: null, changes: '[]', preview_id: null, version_id: null });
      const notified = o.trigger === 'schedule' ? await notifyFailure(p, tx, { source, url, fetchId: id, error: reason }) : 0;
      await record([{ action: 'watchlist.fetch_failed', recordType: 'watchlist_fetch', recordId: id, details: { source, fetchId: id, trigger: o.trigger, error: reason.slice(0, 500), ...(o.trigger === 'schedule' ? { notified } : {}) } }], tx);
    });
    throw new AppError('UNAVAILABLE', `Fetching ${source} from ${url} failed: ${reason}`);
  }

  const active = await lists.findActiveVersion(p.db, source);
  const current = active ? await lists.activeEntries(p.db, source) : [];
  const changes = diffEntries(current, prepared.entries);
  const count = (c: string) => changes.filter((x) => x.change === c).length;
  const unchanged = active !== undefined && (active.content_sha256 === prepared.sha || changes.length === 0);
  const status: 'previewed' | 'applied' | 'unchanged' | 'checked' = unchanged ? 'unchanged' : o.mode === 'check' ? 'checked' : o.mode === 'preview' ? 'previewed' : 'applied';
  let previewId: string | null = null;
  let versionId: string | null = null;
  if (status === 'previewed') previewId = (await previewImport(p, ctx!, source, payload)).id;
  if (status === 'applied') versionId = (await importAs(p, ctx, source, payload, actor)).id;
  const row = await repo.insertFetch(p.db, {
    ...base, status, error: null, bytes, content_sha256: prepared.sha, entry_count: prepared.entries.length,
    added: count('added'), removed: count('removed'), changed: count('changed'), changes: JSON.stringify(changes), preview_id: previewId, version_id: versionId,
  });
  await record([{
    action: 'watchlist.fetch', recordType: 'watchlist_fetch', recordId: id,
    details: { source, fetchId: id, trigger: o.trigger, mode: o.mode, status, bytes, entries: prepared.entries.length, added: count('added'), removed: count('removed'), changed: count('changed'), previewId, versionId },
  }]);
  const rescreen = versionId ? await rescreenOfVersion(p.db, versionId) : undefined;
  return presentFetch(row, { limit: 100, offset: 0 }, rescreen?.id ?? null);
}

/** One fetch with a page of its diff (list administrators). */
export async function getFetch(p: Platform, ctx: Ctx, id: string, q: z.infer<typeof previewQuery>) {
  requirePermission(ctx, 'admin');
  const row = await repo.findFetch(p.db, id);
  if (!row) throw notFound('list fetch');
  await p.record(ctx, [{ action: 'watchlist.fetch_read', recordType: 'watchlist_fetch', recordId: id, details: { source: row.source_id, change: q.change ?? null } }]);
  const rescreen = row.version_id ? await rescreenOfVersion(p.db, row.version_id) : undefined;
  return presentFetch(row, q, rescreen?.id ?? null);
}

/** The fetchable sources with their addresses and schedule status, and the latest fetches (list administrators). */
export async function listFetches(p: Platform, ctx: Ctx, q: z.infer<typeof fetchesQuery>) {
  requirePermission(ctx, 'admin');
  const rows = await repo.listFetches(p.db, q);
  await p.record(ctx, [{ action: 'watchlist.fetches_read', recordType: 'watchlist_fetch', details: { source: q.source ?? null, results: rows.length } }]);
  const c = p.config.watchlistFetch;
  const sources = [];
  for (const s of fetchSources(p)) {
    const { last, ok } = await repo.latestOf(p.db, s.source);
    sources.push({
      source: s.source,
      url: s.url,
      altUrl: s.altUrl,
      scheduleHours: c.scheduleHours,
      scheduleMode: c.scheduleMode,
      lastAt: last ? new Date(last.created_at).toISOString() : null,
      lastStatus: last?.status ?? null,
      lastError: last?.status === 'failed' ? last.error : null,
      lastSuccessAt: ok ? new Date(ok.created_at).toISOString() : null,
      failing: last?.status === 'failed',
    });
  }
  return { sources, rescreenDays: c.rescreenDays, items: rows.map(presentFetchSummary) };
}
