/** The indicator registry and the theory of change per programme type. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { indicatorOr404, requireRight } from './evaluation.access.ts';
import { presentIndicator, presentTheory, type indicatorBody, type indicatorUpdateBody, type theoryBody } from './evaluation.presenter.ts';
import * as repo from './evaluation.repository.ts';

/** Programme types of the prevention pillar (issue #14) that a theory of change can describe. */
export const PROGRAMME_TYPES = ['livc-r', 'deradicalisation', 'reintegration', 'city-pair', 'ivlp', 'strong-cities', 'young-cities', 'mother-schools', 'father-schools', 'speakers', 'community-policing', 'diversity-training'] as const;

/** Every indicator definition. */
export async function listIndicators(p: Platform, ctx: Ctx) {
  requireRight(ctx, 'read');
  return (await repo.listIndicators(p.db)).map(presentIndicator);
}

function fields(b: z.infer<typeof indicatorUpdateBody>) {
  return { name: b.name, description: b.description, numerator: b.numerator, denominator: b.denominator, factor: b.factor, unit: b.unit, counts_cases: b.countsCases, direction: b.direction, source: b.source, source_url: b.sourceUrl, reliability: b.reliability, disaggregation: b.disaggregation };
}

/** Defines a new indicator (prevention admin). */
export async function createIndicator(p: Platform, ctx: Ctx, b: z.infer<typeof indicatorBody>) {
  requireRight(ctx, 'admin');
  if (await repo.findIndicatorByCode(p.db, b.code)) throw new AppError('CONFLICT', `code: an indicator with the code ${b.code} exists already.`, 'code');
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertIndicator(tx, id, { code: b.code, periodicity: b.periodicity, ...fields({ ...b, version: 1 }) }, ctx.actor.userId);
    await p.record(ctx, [{ action: 'evaluation.indicator-create', recordType: 'evaluation_indicator', recordId: id, details: { code: b.code, version: 1 } }], tx);
  });
  return presentIndicator((await repo.findIndicator(p.db, id))!);
}

/** Changes an indicator's definition (prevention admin); code and periodicity stay, as values depend on them. */
export async function updateIndicator(p: Platform, ctx: Ctx, id: string, b: z.infer<typeof indicatorUpdateBody>) {
  requireRight(ctx, 'admin');
  const before = await indicatorOr404(p, id);
  const next = fields(b);
  const changed = Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((before as Record<string, unknown>)[k])).map(([k]) => k);
  await p.db.transaction().execute(async (tx) => {
    if (!(await repo.updateIndicator(tx, id, b.version, next, ctx.now))) throw new AppError('CONFLICT', 'version: someone changed this indicator since you read it; reload and try again.', 'version');
    await p.record(ctx, [{ action: 'evaluation.indicator-update', recordType: 'evaluation_indicator', recordId: id, details: { code: before.code, version: b.version + 1, fields: changed } }], tx);
  });
  return presentIndicator((await repo.findIndicator(p.db, id))!);
}

/** Theories of change, and the programme types they may describe. */
export async function listTheories(p: Platform, ctx: Ctx) {
  requireRight(ctx, 'read');
  return { theories: (await repo.listTheories(p.db)).map(presentTheory), programmeTypes: [...PROGRAMME_TYPES] };
}

/** Sets the theory of change of a programme type (prevention admin). */
export async function setTheory(p: Platform, ctx: Ctx, programmeType: string, b: z.infer<typeof theoryBody>) {
  requireRight(ctx, 'admin');
  if (!(PROGRAMME_TYPES as readonly string[]).includes(programmeType)) throw invalid(`programmeType: ${programmeType} is not a programme type (${PROGRAMME_TYPES.join(', ')}).`, 'programmeType');
  const known = new Set((await repo.listIndicators(p.db)).map((i) => i.id));
  b.indicatorIds.forEach((id, k) => {
    if (!known.has(id)) throw invalid(`indicatorIds.${k}: no such indicator.`, `indicatorIds.${k}`);
  });
  await p.db.transaction().execute(async (tx) => {
    await repo.upsertTheory(tx, { programmeType, ...b }, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'evaluation.theory-set', recordType: 'evaluation_theory', recordId: programmeType, details: { programmeType, indicators: b.indicatorIds.length } }], tx);
  });
  return presentTheory((await repo.listTheories(p.db)).find((t) => t.programme_type === programmeType)!);
}
