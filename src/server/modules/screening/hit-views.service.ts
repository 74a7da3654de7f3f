/**
 * How stored hits are shown to a viewer: side by side with the listed entry and the engine's
 * explanation; for a national subject, only what the subject's current markings allow the viewer
 * (full, or "listed — contact ORGANISATION"; nothing at all when the policy refuses), through the read door.
 */
import { screeningEncounter, type EncounterDecision } from '../../../core/access/policy.ts';
import type { AuditDetails, HeldEvents } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { dbFor, type Platform } from '../../platform/platform.ts';
import { travellersOf, type HitRow } from './batches.repository.ts';
import { encounterActions } from './encounters.service.ts';
import type { HitWire } from './hits.presenter.ts';
import { isoOrNull } from './lists.presenter.ts';
import { passNational, subjectIdOf, type NationalRow } from './national.service.ts';
import type { EncounterAction, StoredTraveller } from './screening.tables.ts';
import { entriesFor, type EntryAtRow } from './watchlists.repository.ts';

/** The owner's screening actions in the words of a "listed" answer. */
export const ACTION_WORDS: Record<EncounterAction, string> = { discreet_check: 'discreet check', stop: 'stop', inform: 'inform' };

/**
 * Presents hits (in the given order) for the viewer, leaving out those the policy refuses. The national
 * subjects shown pass the read door: one audit event (`action`, with `details`) naming the subjects
 * shown in full (recordIds) and those answered "listed — contact" (hitIds).
 */
export async function presentHits(
  p: Platform,
  ctx: Ctx,
  hits: HitRow[],
  opts: { withTraveller: boolean; action: string; details?: AuditDetails; tx?: Database; entries?: EntryAtRow[] },
): Promise<HitWire[]> {
  return hitWires(p, await decideHits(p, ctx, hits, opts), hits);
}

/** What the door and the encounter rule decided about some hits, and what showing them needs (decideHits). */
export interface HitDecisions {
  active: Map<string, EntryAtRow>;
  atHit: Map<string, EntryAtRow>;
  travellers: Map<string, { traveller: StoredTraveller | null }> | null;
  views: Map<string, 'full' | 'hit'>;
  encounter: Map<string, EncounterDecision>;
  actions: Map<string, EncounterAction>;
}

/**
 * The first half of presentHits: passes the hits' national subjects through the read door and puts
 * that on the record, inside `tx` or held for the caller's own statement (`held`: a single screen
 * decides before it writes its hits, then shows them as stored with hitWires). Needs of the hits only
 * what identifies their entries (and their travellers with `withTraveller`).
 */
export async function decideHits(
  p: Platform,
  ctx: Ctx,
  hits: ReadonlyArray<Pick<HitRow, 'entry_id' | 'source_id' | 'version_id' | 'batch_id' | 'seq'>>,
  opts: { withTraveller: boolean; action: string; details?: AuditDetails; tx?: Database; held?: HeldEvents; entries?: EntryAtRow[] },
): Promise<HitDecisions> {
  const db = opts.tx ?? dbFor(p, ctx);
  const audit = opts.held ?? opts.tx;
  // `entries`: the hits' entries read beforehand by the caller (entriesFor of the same ids and versions).
  const entries = opts.entries ?? (await entriesFor(db, [...new Set(hits.map((h) => h.entry_id))], [...new Set(hits.map((h) => h.version_id))]));
  const active = new Map(entries.filter((e) => e.active).map((e) => [e.entry_id, e]));
  const atHit = new Map(entries.map((e) => [`${e.version_id}|${e.entry_id}`, e]));
  const travellers = opts.withTraveller ? await travellersOf(db, hits) : null;
  const national: NationalRow[] = [];
  for (const h of hits) {
    const access = h.source_id === 'national' ? active.get(h.entry_id)?.access : undefined;
    if (access) national.push({ subjectId: subjectIdOf(h.entry_id), access });
  }
  const views = await passNational(p, ctx, national, { action: opts.action, ...(opts.details ? { details: opts.details } : {}), ...(audit ? { tx: audit } : {}) });
  const encounter = new Map<string, EncounterDecision>();
  for (const n of national) {
    if (!views.has(n.subjectId)) encounter.set(n.subjectId, screeningEncounter(ctx.actor, n.access, { now: ctx.now, graceDays: p.config.retentionGraceDays }));
  }
  const listedIds = [...views].filter(([, v]) => v === 'hit').map(([id]) => id).concat([...encounter].filter(([, d]) => d === 'listed').map(([id]) => id));
  const beyondDoor = [...encounter].filter(([, d]) => d === 'listed').map(([id]) => id);
  if (beyondDoor.length) {
    // The subjects answered "listed" under the encounter rule (the door refused them): named like the door's hit answers.
    await p.record(ctx, [{ action: opts.action, recordType: 'subject', hitIds: beyondDoor }], audit);
  }
  const actions = await encounterActions(db, listedIds);
  if (listedIds.length) await p.orgs.fresh();
  return { active, atHit, travellers, views, encounter, actions };
}

/** The second half of presentHits: the hits as the viewer may see them, in the given order (those refused left out). */
export function hitWires(p: Platform, d: HitDecisions, hits: HitRow[]): HitWire[] {
  const { active, atHit, travellers, views, encounter, actions } = d;
  const out: HitWire[] = [];
  for (const h of hits) {
    const base = {
      id: h.id,
      batchId: h.batch_id,
      seq: h.seq,
      score: h.score,
      status: h.status,
      decision: h.decided_at ? { by: h.decided_by, at: isoOrNull(h.decided_at)!, reason: h.reason } : null,
      suppressionId: h.suppression_id,
      reportId: h.report_id,
      referralId: h.referral_id,
      listedAfterTravel: h.rescreen_id !== null && h.rescreen_id !== undefined,
      rescreenId: h.rescreen_id ?? null,
      ...(travellers ? { traveller: travellers.get(`${h.batch_id}|${h.seq}`)?.traveller ?? null } : {}),
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
