/**
 * Watch lists: imports (UN XML, OFAC legacy CSV, custom CSV or JSON Lines) as versions with a diff,
 * delisting, the national list rebuilt from intel's subjects, and browsing versions and entries.
 * Lists are public reference data except the national list, whose entries only show in full to
 * users the subject's markings allow.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import { parseCsvList, parseJsonlList, parseOfacCsv, parseUnXml, type ParseIssue, type ParseResult, type WatchlistEntry } from '../../../core/screening/engine.ts';
import type { AuditActor, AuditEvent } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { iso, presentVersion, showVersion } from './lists.presenter.ts';
import { passNational, subjectIdOf } from './national.service.ts';
import { previewImport } from './previews.service.ts';
import { isGlobalSource, requirePermission, sourceKind } from './screening.access.ts';
import type { delistBody, entriesQuery, ImportPayload, versionQuery } from './screening.inputs.ts';
import { runtimeOf } from './screening.runtime.ts';
import { queueRescreen, rescreenerOf } from './rescreens.runner.ts';
import { storedEntry, type StoredEntry } from './watchlist.diff.ts';
import * as repo from './watchlists.repository.ts';

/** A list with malformed lines: nothing was imported. */
export class ListImportError extends AppError {
  constructor(readonly issues: ParseIssue[]) {
    super('INVALID_INPUT', `${issues.length} malformed line(s); nothing was imported. ` + issues.slice(0, 5).map((i) => `line ${i.line}: ${i.message}`).join('; '));
  }
}

async function parse(source: string, body: ImportPayload, includeEntities: boolean): Promise<ParseResult<WatchlistEntry>> {
  const kind = sourceKind(source);
  const text = body.content ?? '';
  if (kind === 'un') {
    if (!text.trim()) throw new AppError('INVALID_INPUT', 'Send the UN consolidated list (XML).', 'content');
    return parseUnXml(text, { includeEntities });
  }
  if (kind === 'ofac') {
    const sdn = body.sdn ?? body.content;
    if (!sdn?.trim()) throw new AppError('INVALID_INPUT', 'Send sdn.csv (and alt.csv): {"sdn","alt"} or the CSV text.', 'sdn');
    return parseOfacCsv(sdn, body.alt, { includeEntities });
  }
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'Send the list (CSV with a header, or JSON Lines).', 'content');
  const format = body.format ?? (text.trimStart().startsWith('{') ? 'jsonl' : 'csv');
  if (format === 'xml') throw new AppError('INVALID_INPUT', 'A custom list is CSV or JSON Lines.', 'format');
  const r = format === 'jsonl' ? await parseJsonlList(text) : await parseCsvList(text);
  // Custom ids are the list's own: prefix them with the list name so lists never collide.
  return { entries: r.entries.map((e) => ({ ...e, id: `${source}:${e.id}`, source })), issues: r.issues };
}

/**
 * Imports a list: a custom list becomes a new version at once (screening writers); a global list (UN,
 * OFAC) needs the list administrator and first becomes a preview with its diff, applied only by
 * confirmPreview (previews.service.ts).
 */
export async function importList(p: Platform, ctx: Ctx, source: string, payload: () => ImportPayload) {
  requirePermission(ctx, isGlobalSource(source) ? 'admin' : 'write');
  if (isGlobalSource(source)) return previewImport(p, ctx, source, payload());
  return importAs(p, ctx, source, payload());
}

/** Who imports: a person (their request context) or the command line (on the record as such). */
const CLI_ACTOR = { userId: null, username: 'vigil watchlist import', orgId: null, orgName: 'Vigil command line' };

/** The audit writer of an import: the person's context, or the command line. */
export function importRecorder(p: Platform, ctx: Ctx | null, actor: AuditActor = CLI_ACTOR) {
  return (events: AuditEvent[], tx?: Database) => (ctx ? p.record(ctx, events, tx) : p.audit.append(actor, events, tx));
}

/** A list parsed for import: its unique entries, the malformed lines left out, and the content's hash. */
export interface PreparedImport {
  entries: StoredEntry[];
  issues: ParseIssue[];
  duplicates: number;
  sha: string;
}

/** Parses an import; a list with malformed lines is refused (and the refusal recorded) unless skipInvalid. */
export async function prepareImport(p: Platform, ctx: Ctx | null, source: string, body: ImportPayload): Promise<PreparedImport> {
  if (sourceKind(source) === 'national') throw new AppError('INVALID_INPUT', 'The national list is built from intelligence subjects: POST /api/screening/lists/national/rebuild.');
  const { entries, issues } = await parse(source, body, !!body.includeEntities);
  if (issues.length && !body.skipInvalid) {
    await importRecorder(p, ctx)([{ action: 'watchlist.import_rejected', recordType: 'watchlist', details: { source, issues: issues.length, firstLine: issues[0]!.line } }]);
    throw new ListImportError(issues);
  }
  const unique = new Map<string, StoredEntry>();
  for (const e of entries) unique.set(e.id, storedEntry(e));
  const sha = createHash('sha256').update(body.content ?? '').update(body.sdn ?? '').update(body.alt ?? '').digest('hex');
  return { entries: [...unique.values()], issues, duplicates: entries.length - unique.size, sha };
}

/**
 * The import applied at once, for a person (`ctx`: custom lists) or the command line (`ctx` null, any
 * list; see src/cli/watchlist.command.ts — it runs as the system on the server's own machine).
 */
export async function importAs(p: Platform, ctx: Ctx | null, source: string, body: ImportPayload, actor?: AuditActor) {
  const kind = sourceKind(source);
  const prepared = await prepareImport(p, ctx, source, body);
  const record = importRecorder(p, ctx, actor);
  const { issues } = prepared;
  const made = await p.db.transaction().execute(async (tx) => {
    const r = (await repo.createVersion(tx, source, kind, prepared.entries, { origin: 'import', createdBy: ctx?.actor.userId ?? null, skipped: issues, contentSha256: prepared.sha, note: body.note ?? '' }))!;
    const v = presentVersion(r.row);
    await record([{ action: 'watchlist.import', recordType: 'watchlist_version', recordId: v.id, details: { source, version: v.number, entries: v.entryCount, added: v.added, removed: v.removed, changed: v.changed, skipped: issues.length } }], tx);
    // Past travellers are re-screened against the new and changed entries (issue #15).
    return { ...v, rescreenId: await queueRescreen(p, tx, v) };
  });
  await runtimeOf(p).reload();
  if (made.rescreenId) rescreenerOf(p).kick(made.rescreenId);
  const { rescreenId: _r, ...version } = made;
  return { ...version, duplicates: prepared.duplicates };
}

/** Delists entries of a custom list by hand: a new version without them (official lists change by import only). */
export async function delist(p: Platform, ctx: Ctx, source: string, body: z.infer<typeof delistBody>) {
  requirePermission(ctx, 'write');
  if (sourceKind(source) !== 'custom') throw new AppError('INVALID_INPUT', 'Official lists change by import, the national list with the subjects; only custom lists are delisted by hand.');
  const made = await p.db.transaction().execute(async (tx) => {
    const current = await repo.activeEntries(tx, source);
    if (current.length === 0 && !(await repo.sourceExists(tx, source))) throw notFound('watch list');
    const drop = new Set(body.entryIds);
    const missing = body.entryIds.filter((id) => !current.some((c) => c.entry_id === id));
    if (missing.length) throw new AppError('INVALID_INPUT', `Not on the list: ${missing.slice(0, 5).join(', ')}.`, 'entryIds');
    const kept = current.filter((c) => !drop.has(c.entry_id)).map((c) => ({ entryId: c.entry_id, hash: c.hash, entry: c.entry, access: c.access }));
    const reasons = new Map(body.entryIds.map((id) => [id, body.reason]));
    const r = presentVersion((await repo.createVersion(tx, source, 'custom', kept, { origin: 'delist', createdBy: ctx.actor.userId, note: body.reason, reasons }))!.row);
    await p.record(ctx, [{ action: 'watchlist.delist', recordType: 'watchlist_version', recordId: r.id, details: { source, version: r.number, entryIds: body.entryIds } }], tx);
    return r;
  });
  await runtimeOf(p).reload();
  return made;
}

/** Brings the national list up to date with intelligence subjects now (it also follows them by itself within about a second: VIGIL_SCREENING_SYNC_MS). */
export async function rebuildNational(p: Platform, ctx: Ctx) {
  requirePermission(ctx, 'write');
  const v = await runtimeOf(p).rebuildNational(ctx);
  const active = await repo.findActiveVersion(p.db, 'national');
  return { changed: v !== null, version: active ? showVersion(active) : null };
}

/** The lists with their active version (counts only). */
export async function listSources(p: Platform, ctx: Ctx) {
  requirePermission(ctx, 'read');
  const { sources, active } = await repo.sourcesWithActive(p.db);
  await p.record(ctx, [{ action: 'watchlist.list', recordType: 'watchlist', details: { sources: sources.length } }]);
  const stats = runtimeOf(p).stats();
  return {
    index: { entries: stats.entries, loadedAt: stats.loadedAt ? iso(stats.loadedAt) : null },
    items: sources.map((s) => {
      const v = active.find((a) => a.source_id === s.id);
      return { source: s.id, kind: s.kind, activeVersion: v ? showVersion(v) : null };
    }),
  };
}

/** The versions of one list, newest first. */
export async function listVersions(p: Platform, ctx: Ctx, source: string) {
  requirePermission(ctx, 'read');
  const rows = await repo.versionsOf(p.db, source);
  if (rows.length === 0) throw notFound('watch list');
  await p.record(ctx, [{ action: 'watchlist.versions', recordType: 'watchlist', details: { source, versions: rows.length } }]);
  return { source, items: rows.map(showVersion) };
}

/**
 * One version with its diff against the previous. National changes show only where the caller may read
 * the subject: the policy filters in SQL before counting and paging (no count of what is hidden), and
 * the subjects shown pass the read door.
 */
export async function getVersion(p: Platform, ctx: Ctx, id: string, q: z.infer<typeof versionQuery>) {
  requirePermission(ctx, 'read');
  const v = await repo.findVersion(p.db, id);
  if (!v) throw notFound('watch-list version');
  const national = v.source_id === 'national';
  const { total, page } = await repo.versionChanges(p.db, p, ctx, v, q);
  const shown = await passNational(p, ctx, national ? page.map((c) => ({ subjectId: subjectIdOf(c.entry_id), access: c.access as RecordMarkings })) : [], {
    action: 'watchlist.version_read',
    hits: false,
    details: { source: v.source_id, versionId: id, changes: page.length },
  });
  const items = national ? page.filter((c) => shown.get(subjectIdOf(c.entry_id)) === 'full') : page;
  return {
    version: showVersion(v),
    total,
    // Kept for clients: hidden national changes are neither shown nor counted.
    hidden: 0,
    changes: items.map((c) => ({ entryId: c.entry_id, change: c.change, reason: c.reason, name: c.primary_name ?? null })),
  };
}

/**
 * Entries of the active lists: by id (with its history), by list, or by name. National entries only
 * where the caller may read the subject (in SQL, before counting and paging), through the read door.
 */
export async function listEntries(p: Platform, ctx: Ctx, q: z.infer<typeof entriesQuery>) {
  requirePermission(ctx, 'read');
  const { total, rows } = await repo.activeEntriesPage(p.db, p, ctx, q);
  const national = rows.filter((r) => r.source_id === 'national');
  const shown = await passNational(p, ctx, national.map((r) => ({ subjectId: subjectIdOf(r.entry_id), access: r.access as RecordMarkings })), {
    action: 'watchlist.entries',
    hits: false,
    details: { ...(q.source ? { source: q.source } : {}), ...(q.id ? { id: q.id } : {}), results: rows.length },
  });
  const page = rows.filter((r) => r.source_id !== 'national' || shown.get(subjectIdOf(r.entry_id)) === 'full');
  let history: Array<{ version: number; change: string; reason: string | null; at: string }> = [];
  if (q.id && (page.length > 0 || !q.id.startsWith('national:'))) {
    history = (await repo.entryHistory(p.db, q.id)).map((h) => ({ ...h, at: iso(h.at) }));
  }
  return {
    total,
    items: page.map((r) => ({ entryId: r.entry_id, source: r.source_id, version: r.number, entry: r.entry })),
    ...(q.id ? { history, delisted: page.length === 0 && history.some((h) => h.change === 'removed') } : {}),
  };
}
