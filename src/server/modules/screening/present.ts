/**
 * How a stored hit is shown to a viewer: side by side with the listed entry and the engine's
 * explanation; for a national subject, only what the subject's current markings allow the viewer
 * (full, or "listed — contact ORGANISATION"; nothing at all when the policy refuses), through the read door.
 */
import type { Selectable } from 'kysely';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { AuditDetails } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { screeningEncounter, type EncounterDecision } from '../../../core/access/policy.ts';
import { encounterActions } from './encounters.ts';
import { passNational, subjectIdOf, type NationalRow } from './national.ts';
import { pdb, sdb, type EncounterAction, type ScreeningDb, type ScreeningHitsTable } from './screening.db.ts';

export type HitRow = Selectable<ScreeningHitsTable>;

/** The owner's screening actions in the words of a "listed" answer. */
export const ACTION_WORDS: Record<EncounterAction, string> = { discreet_check: 'discreet check', stop: 'stop', inform: 'inform' };

interface EntryRow {
  entry_id: string;
  version_id: string;
  entry: unknown;
  access: RecordMarkings | null;
  active: boolean;
}

/**
 * Presents hits (in the given order) for the viewer, leaving out those the policy refuses. The national
 * subjects shown pass the read door: one audit event (`action`, with `details`) naming the subjects
 * shown in full (recordIds) and those answered "listed — contact" (hitIds).
 */
export async function presentHits(
  p: Platform,
  ctx: Ctx,
  hits: HitRow[],
  opts: { withTraveller: boolean; action: string; details?: AuditDetails; tx?: ScreeningDb },
) {
  const db = opts.tx ?? sdb(p.db);
  const ids = [...new Set(hits.map((h) => h.entry_id))];
  const entries = ids.length
    ? ((await db
        .selectFrom('watchlist_entries as e')
        .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
        .select(['e.entry_id', 'e.version_id', 'e.entry', 'e.access', 'v.active'])
        .where('e.entry_id', 'in', ids)
        .where((eb) => eb.or([eb('v.active', '=', true), eb('e.version_id', 'in', [...new Set(hits.map((h) => h.version_id))])]))
        .execute()) as EntryRow[])
    : [];
  const active = new Map(entries.filter((e) => e.active).map((e) => [e.entry_id, e]));
  const atHit = new Map(entries.map((e) => [`${e.version_id}|${e.entry_id}`, e]));
  const travellers = new Map<string, { line: number; traveller_id: string | null; traveller: unknown }>();
  if (opts.withTraveller && hits.length) {
    const bySeq = await db
      .selectFrom('screening_travellers')
      .select(['batch_id', 'seq', 'line', 'traveller_id', 'traveller'])
      .where('batch_id', 'in', [...new Set(hits.map((h) => h.batch_id))])
      .where('seq', 'in', [...new Set(hits.map((h) => h.seq))])
      .execute();
    for (const t of bySeq) travellers.set(`${t.batch_id}|${t.seq}`, t);
  }
  const national: NationalRow[] = [];
  for (const h of hits) {
    const access = h.source_id === 'national' ? active.get(h.entry_id)?.access : undefined;
    if (access) national.push({ subjectId: subjectIdOf(h.entry_id), access });
  }
  const views = await passNational(p, ctx, national, { action: opts.action, ...(opts.details ? { details: opts.details } : {}), ...(opts.tx ? { tx: pdb(opts.tx) } : {}) });
  const encounter = new Map<string, EncounterDecision>();
  for (const n of national) {
    if (!views.has(n.subjectId)) encounter.set(n.subjectId, screeningEncounter(ctx.actor, n.access, { now: ctx.now, graceDays: p.config.retentionGraceDays }));
  }
  const listedIds = [...views].filter(([, v]) => v === 'hit').map(([id]) => id).concat([...encounter].filter(([, d]) => d === 'listed').map(([id]) => id));
  const beyondDoor = [...encounter].filter(([, d]) => d === 'listed').map(([id]) => id);
  if (beyondDoor.length) {
    // The subjects answered "listed" under the encounter rule (the door refused them): named like the door's hit answers.
    await p.record(ctx, [{ action: opts.action, recordType: 'subject', hitIds: beyondDoor }], opts.tx ? pdb(opts.tx) : undefined);
  }
  const actions = await encounterActions(db, listedIds);
  if (listedIds.length) await p.orgs.fresh();
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
      const subjectId = subjectIdOf(h.entry_id);
      if (!current) {
        // Closed or deleted since: nothing of the subject remains to show.
        out.push({ ...base, view: 'withdrawn' as const, source: 'national', message: 'no longer on the national list' });
        continue;
      }
      // No false "clear" (issue #15): a subject the door does not release is still answered "listed —
      // contact X, action: …" under the screening-encounter rule, whatever its hit/no-hit flag.
      const view = views.get(subjectId) ?? (encounter.get(subjectId) === 'listed' ? 'hit' : undefined);
      if (!view) continue;
      if (view === 'hit') {
        const org = current.access!.ownerOrgId;
        const action = actions.get(subjectId) ?? 'inform';
        out.push({
          ...base, view: 'hit' as const, source: 'national', listed: true, action,
          message: `listed — contact ${p.orgs.name(org)}, action: ${ACTION_WORDS[action]}`, contact: { organisationId: org, organisation: p.orgs.name(org) },
        });
        continue;
      }
      out.push({ ...base, view: 'full' as const, source: 'national', entryId: h.entry_id, subjectId, delisted: false, entry: current.entry, explanation: h.explanation });
      continue;
    }
    const entry = atHit.get(`${h.version_id}|${h.entry_id}`) ?? current;
    out.push({ ...base, view: 'full' as const, source: h.source_id, entryId: h.entry_id, delisted: !current, entry: entry?.entry ?? null, explanation: h.explanation });
  }
  return out;
}
