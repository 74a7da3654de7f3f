/**
 * A programme's own theory of change (issue #14, item 5): activities → outputs → outcomes, the
 * indicators that measure the outcomes, and the reasoning behind it. Until a programme has one, its
 * programme type's theory (kept by the evaluation module) is offered as a starting proposal. Every
 * save appends a version, so the earlier text stays in the history. Read as the programme is read
 * (every prevention reader); changed as the programme is changed (the organisation that runs it).
 * The evaluation module is read only through its exported service functions.
 */
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { listIndicators, listTheories } from '../evaluation/indicators.service.ts';
import { userDisplayNames } from '../admin/directory.service.ts';
import { requireRight } from './prevention.access.ts';
import type { programmeTheoryBody, ProgrammeTheoryHistoryWire, ProgrammeTheoryWire } from './programme-theory.presenter.ts';
import * as repo from './programme-theory.repository.ts';
import { ownedProgramme, ownsProgramme, programmeOr404 } from './programmes.service.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The programme's theory, else its type's theory as a proposal, with the indicators named. */
export async function getProgrammeTheory(p: Platform, ctx: Ctx, id: string): Promise<ProgrammeTheoryWire> {
  requireRight(ctx, 'read');
  const programme = await programmeOr404(p, id);
  const own = await repo.latestTheory(p.db, id);
  const indicators = await listIndicators(p, ctx);
  const named = (ids: string[]) => ids.map((x) => {
    const i = indicators.find((k) => k.id === x);
    return { id: x, code: i?.code ?? null, name: i?.name ?? null };
  });
  const base = { programmeId: id, programmeType: programme.kind, canEdit: ownsProgramme(ctx, programme) && ctx.actor.orgKind !== 'oversight' };
  if (own) {
    const names = await userDisplayNames(p.db, [own.updated_by]);
    return {
      ...base,
      source: 'programme',
      proposal: false,
      version: own.version,
      activities: own.activities,
      outputs: own.outputs,
      outcomes: own.outcomes,
      indicatorIds: own.indicator_ids,
      indicators: named(own.indicator_ids),
      rationale: own.rationale,
      basedOnType: own.based_on_type,
      updatedAt: iso(own.updated_at),
      updatedBy: names.get(own.updated_by) ?? 'unknown user',
    };
  }
  const type = (await listTheories(p, ctx)).theories.find((t) => t.programmeType === programme.kind);
  if (type) {
    return { ...base, source: 'type', proposal: true, version: 0, activities: type.activities, outputs: type.outputs, outcomes: type.outcomes, indicatorIds: type.indicatorIds, indicators: named(type.indicatorIds), rationale: '', basedOnType: programme.kind, updatedAt: type.updatedAt, updatedBy: null };
  }
  return { ...base, source: 'none', proposal: false, version: 0, activities: [], outputs: [], outcomes: [], indicatorIds: [], indicators: [], rationale: '', basedOnType: null, updatedAt: null, updatedBy: null };
}

/** Saves a new version of the programme's theory (the organisation that runs the programme). */
export async function setProgrammeTheory(p: Platform, ctx: Ctx, id: string, b: z.infer<typeof programmeTheoryBody>): Promise<ProgrammeTheoryWire> {
  const programme = await ownedProgramme(p, ctx, id);
  const known = new Set((await listIndicators(p, ctx)).map((i) => i.id));
  b.indicatorIds.forEach((x, k) => {
    if (!known.has(x)) throw invalid(`indicatorIds.${k}: no such indicator.`, `indicatorIds.${k}`);
    if (b.indicatorIds.indexOf(x) !== k) throw invalid(`indicatorIds.${k}: this indicator is listed twice.`, `indicatorIds.${k}`);
  });
  if (b.activities.length + b.outputs.length + b.outcomes.length === 0) throw invalid('activities: a theory of change names at least one step.', 'activities');
  const conflict = () => new AppError('CONFLICT', 'version: someone changed this theory of change since you read it; reload and try again.', 'version');
  await p.db.transaction().execute(async (tx) => {
    const current = await repo.latestTheory(tx, id);
    if ((current?.version ?? 0) !== b.version) throw conflict();
    const version = b.version + 1;
    const basedOnType = b.startedFromType ? programme.kind : (current?.based_on_type ?? null);
    try {
      await repo.insertTheoryVersion(tx, { programmeId: id, version, activities: b.activities, outputs: b.outputs, outcomes: b.outcomes, indicatorIds: b.indicatorIds, rationale: b.rationale, basedOnType, userId: ctx.actor.userId, at: ctx.now });
    } catch (e) {
      // Two saves of the same version: the second meets the primary key.
      if (/duplicate key|unique/i.test(String((e as Error).message))) throw conflict();
      throw e;
    }
    await p.record(ctx, [{ action: 'prevention.programme-theory', recordType: 'prevention-programme', recordId: id, details: { programmeId: id, version, previousVersion: b.version, activities: b.activities.length, outputs: b.outputs.length, outcomes: b.outcomes.length, indicators: b.indicatorIds.length, ...(basedOnType ? { basedOnType } : {}) } }], tx);
  });
  return getProgrammeTheory(p, ctx, id);
}

/** Every saved version of the programme's theory, newest first. */
export async function programmeTheoryHistory(p: Platform, ctx: Ctx, id: string): Promise<ProgrammeTheoryHistoryWire> {
  requireRight(ctx, 'read');
  await programmeOr404(p, id);
  const rows = await repo.theoryVersions(p.db, id);
  const names = await userDisplayNames(p.db, rows.map((r) => r.updated_by));
  return {
    programmeId: id,
    versions: rows.map((r) => ({ version: r.version, activities: r.activities, outputs: r.outputs, outcomes: r.outcomes, indicatorIds: r.indicator_ids, rationale: r.rationale, basedOnType: r.based_on_type, updatedAt: iso(r.updated_at), updatedBy: names.get(r.updated_by) ?? 'unknown user' })),
  };
}
