/**
 * Oversight statistics: per service × method × month, from the signed transitions (the same facts the
 * audit log's 'legal.authorisation-transition' entries hold, so every figure can be recomputed from the
 * log), and per offence the authorisations begun and the judicial cooperation requests recorded. For the oversight bodies only. CSV for publication suppresses small cells (core/legal/statistics.ts).
 */
import { z } from 'zod';
import { SMALL_CELL_THRESHOLD, computeStatistics, offenceCounts, statisticsCsv, type OffenceRow, type TransitionFact } from '../../../core/legal/statistics.ts';
import type { AuthState } from '../../../core/legal/authorisation.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { requireOverseer } from './legal.access.ts';
import { transitionFacts } from './authorisations.repository.ts';
import { cooperationFacts } from './cooperation.repository.ts';
import { findEntries } from './registry.repository.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month YYYY-MM');
export const statsQuery = z.object({ from: month.optional(), to: month.optional(), publication: z.enum(['true', 'false']).optional() });

export const statsWire = z.object({
  from: z.string(),
  to: z.string(),
  threshold: z.number(),
  rows: z.array(z.object({ orgId: z.string(), orgName: z.string(), method: z.string(), month: z.string(), started: z.number(), refused: z.number(), suspended: z.number(), ended: z.number(), destroyed: z.number(), persons: z.number(), runningDays: z.number() })),
  /** Per offence: authorisations begun and judicial cooperation requests recorded in the period. */
  offences: z.array(z.object({ offenceId: z.string(), article: z.string(), title: z.string(), authorisations: z.number(), cooperation: z.number() })),
});

function range(ctx: Ctx, q: z.infer<typeof statsQuery>) {
  const to = q.to ?? ctx.now.toISOString().slice(0, 7);
  const y = Number(to.slice(0, 4));
  const from = q.from ?? `${y - 1}-${to.slice(5, 7)}`;
  if (from > to) throw invalid('The first month comes after the last.', 'from');
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(ty, tm, 1)).toISOString();
  return { from, to, start: `${from}-01T00:00:00.000Z`, end };
}

export async function facts(p: Platform, start: string, end: string): Promise<TransitionFact[]> {
  const rows = await transitionFacts(p.db, start, end);
  return rows.map((r) => ({ authorisationId: r.authorisation_id, orgId: r.org_id, method: r.method, to: r.to_state as AuthState, action: r.action, at: new Date(r.at).toISOString(), targets: r.targets, offenceIds: r.offence_ids }));
}

export async function statistics(p: Platform, ctx: Ctx, q: z.infer<typeof statsQuery>) {
  requireOverseer(ctx);
  const r = range(ctx, q);
  const { rows, offences: byAuthorisation } = computeStatistics(await facts(p, r.start, r.end));
  const offences = await offenceRows(p, r.start, r.end, byAuthorisation);
  await p.orgs.fresh();
  await p.record(ctx, [{ action: 'legal.statistics', recordType: 'legal-statistics', recordId: null, details: { from: r.from, to: r.to, rows: rows.length, format: 'json', suppressed: false } }]);
  return {
    from: r.from,
    to: r.to,
    threshold: SMALL_CELL_THRESHOLD,
    rows: rows.map((x) => ({ ...x, orgName: p.orgs.name(x.orgId) })),
    offences,
  };
}

/** Per offence (with its article and title from the registry): the authorisations begun and the cooperation requests recorded. */
async function offenceRows(p: Platform, start: string, end: string, byAuthorisation: readonly OffenceRow[]) {
  // Cooperation requests by the time they were recorded (the audit log's legal.cooperation-create holds the same offences).
  const coop = (await cooperationFacts(p.db, start, end)).map((c) => ({ requestId: c.id, at: new Date(c.created_at).toISOString(), offenceIds: c.offence_ids }));
  const offences = offenceCounts(byAuthorisation, coop);
  const entries = new Map((await findEntries(p.db, offences.map((o) => o.offenceId))).map((e) => [e.id, e]));
  return offences.map((o) => ({ ...o, article: entries.get(o.offenceId)?.article ?? '', title: entries.get(o.offenceId)?.title ?? '' }));
}

/**
 * The tables a download holds (CSV: per service × method × month; PDF: that and per offence): the oversight right, the rows, publication suppression
 * (publication=true by default) and the one audit entry naming the format.
 */
export async function statisticsDownload(p: Platform, ctx: Ctx, q: z.infer<typeof statsQuery>, format: 'csv' | 'pdf') {
  requireOverseer(ctx);
  const r = range(ctx, q);
  const { rows, offences: byAuthorisation } = computeStatistics(await facts(p, r.start, r.end));
  // The PDF holds the screen's per-offence table too; the CSV is the service × method × month table only.
  const offences = format === 'pdf' ? await offenceRows(p, r.start, r.end, byAuthorisation) : [];
  await p.orgs.fresh();
  const suppress = q.publication !== 'false';
  await p.record(ctx, [{ action: 'legal.statistics', recordType: 'legal-statistics', recordId: null, details: { from: r.from, to: r.to, rows: rows.length, format, suppressed: suppress } }]);
  return { from: r.from, to: r.to, rows, offences, suppress, threshold: SMALL_CELL_THRESHOLD, orgName: (id: string) => p.orgs.name(id), filename: `special-methods-${r.from}-${r.to}${suppress ? '-publication' : ''}` };
}

/** CSV: exact for the oversight bodies' own use, or with small cells suppressed for publication. */
export async function statisticsCsvExport(p: Platform, ctx: Ctx, q: z.infer<typeof statsQuery>) {
  const d = await statisticsDownload(p, ctx, q, 'csv');
  return { filename: `${d.filename}.csv`, body: statisticsCsv(d.rows, d.orgName, d.suppress) };
}
