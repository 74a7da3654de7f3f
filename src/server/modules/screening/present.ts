/**
 * How a stored hit is shown to a viewer: side by side with the listed entry and the engine's
 * explanation; for a national subject, only what the subject's current markings allow the viewer
 * (full, or "listed — contact ORGANISATION"; nothing at all when the policy refuses).
 */
import type { Selectable } from 'kysely';
import { canAccess, type RecordMarkings } from '../../../core/access/policy.ts';
import type { AuditEvent } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { sdb, type ScreeningHitsTable } from './screening.db.ts';

export type HitRow = Selectable<ScreeningHitsTable>;

interface EntryRow {
  entry_id: string;
  version_id: string;
  entry: unknown;
  access: RecordMarkings | null;
  active: boolean;
}

/** The viewer's decision on a national entry with these markings. */
export function nationalView(p: Platform, ctx: Ctx, access: RecordMarkings | null | undefined): 'full' | 'hit' | 'none' {
  if (!access) return 'none';
  return canAccess(ctx.actor, access, 'read', { module: 'intel', now: ctx.now, graceDays: p.config.retentionGraceDays });
}

/**
 * Presents hits (in the given order) for the viewer, leaving out those the policy refuses, and puts
 * the reads of national subjects on the record (subject.read / subject.hit, via screening).
 */
export async function presentHits(p: Platform, ctx: Ctx, hits: HitRow[], opts: { withTraveller: boolean }) {
  if (hits.length === 0) return [];
  const db = sdb(p.db);
  const ids = [...new Set(hits.map((h) => h.entry_id))];
  const entries = (await db
    .selectFrom('watchlist_entries as e')
    .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
    .select(['e.entry_id', 'e.version_id', 'e.entry', 'e.access', 'v.active'])
    .where('e.entry_id', 'in', ids)
    .where((eb) => eb.or([eb('v.active', '=', true), eb('e.version_id', 'in', [...new Set(hits.map((h) => h.version_id))])]))
    .execute()) as EntryRow[];
  const active = new Map(entries.filter((e) => e.active).map((e) => [e.entry_id, e]));
  const atHit = new Map(entries.map((e) => [`${e.version_id}|${e.entry_id}`, e]));
  const travellers = new Map<string, { line: number; traveller_id: string | null; traveller: unknown }>();
  if (opts.withTraveller) {
    const bySeq = await db
      .selectFrom('screening_travellers')
      .select(['batch_id', 'seq', 'line', 'traveller_id', 'traveller'])
      .where('batch_id', 'in', [...new Set(hits.map((h) => h.batch_id))])
      .where('seq', 'in', [...new Set(hits.map((h) => h.seq))])
      .execute();
    for (const t of bySeq) travellers.set(`${t.batch_id}|${t.seq}`, t);
  }
  await p.orgs.fresh();
  const events: AuditEvent[] = [];
  const out = [];
  for (const h of hits) {
    const base = {
      id: h.id,
      batchId: h.batch_id,
      seq: h.seq,
      score: h.score,
      status: h.status,
      decision: h.decided_at ? { by: h.decided_by, at: h.decided_at, reason: h.reason } : null,
      suppressionId: h.suppression_id,
      reportId: h.report_id,
      referralId: h.referral_id,
      ...(opts.withTraveller ? { traveller: travellers.get(`${h.batch_id}|${h.seq}`)?.traveller ?? null } : {}),
    };
    const current = active.get(h.entry_id);
    if (h.source_id === 'national') {
      const view = nationalView(p, ctx, current?.access);
      const subjectId = h.entry_id.slice('national:'.length);
      if (!current) {
        // Closed or deleted since: nothing of the subject remains to show.
        out.push({ ...base, view: 'withdrawn' as const, source: 'national', message: 'no longer on the national list' });
        continue;
      }
      if (view === 'none') continue;
      if (view === 'hit') {
        const org = current.access!.ownerOrgId;
        events.push({ action: 'subject.hit', recordType: 'subject', recordId: subjectId, details: { via: 'screening', hitId: h.id } });
        out.push({ ...base, view: 'hit' as const, source: 'national', listed: true, message: `listed — contact ${p.orgs.name(org)}`, contact: { organisationId: org, organisation: p.orgs.name(org) } });
        continue;
      }
      events.push({ action: 'subject.read', recordType: 'subject', recordId: subjectId, details: { via: 'screening', hitId: h.id } });
      out.push({ ...base, view: 'full' as const, source: 'national', entryId: h.entry_id, subjectId, delisted: false, entry: current.entry, explanation: h.explanation });
      continue;
    }
    const entry = atHit.get(`${h.version_id}|${h.entry_id}`) ?? current;
    out.push({ ...base, view: 'full' as const, source: h.source_id, entryId: h.entry_id, delisted: !current, entry: entry?.entry ?? null, explanation: h.explanation });
  }
  if (events.length) await p.record(ctx, events);
  return out;
}
