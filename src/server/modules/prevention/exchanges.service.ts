/**
 * CVE exchanges and networks (City Pair, IVLP, Strong Cities, Young Cities, Mother and Father Schools,
 * speaker events, trainings): cities and partner cities, participants counted per cohort (never
 * persons), activities, lessons learned and the follow-up actions they led to in the city's plan, each
 * with an optional indicator reference (the measured change, defined by the evaluation module).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { CELL_TYPE, type ExchangeType, type ProgrammeType } from '../../../core/prevention/programme-types.ts';
import * as cells from './cells.repository.ts';
import * as repo from './exchanges.repository.ts';
import * as programmes from './programmes.repository.ts';
import type { activityBody, cohortBody, exchangeBody, exchangeQuery, followUpBody, lessonBody } from './exchanges.presenter.ts';
import { MODULE, requireRight } from './prevention.access.ts';
import { municipalityName } from '../../platform/geo.ts';
import type { Municipality } from './prevention.tables.ts';

function summary(r: repo.ExchangeRow, cohorts: Array<{ exchange_id: string; participants: number }>) {
  const mine = cohorts.filter((c) => c.exchange_id === r.id);
  return {
    id: r.id,
    type: r.type as ExchangeType,
    title: r.title,
    nisCode: r.nis_code,
    city: r.city,
    donorMunicipalities: r.donor_municipalities,
    partnerCities: r.partner_cities,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    participants: mine.reduce((s, c) => s + c.participants, 0),
    cohorts: mine.length,
  };
}

/** The fields of an exchange as stored, checked: known municipalities (host and donors), dates in order, a City Pair's partner. */
function checked(body: z.infer<typeof exchangeBody>): repo.ExchangeFields {
  const city = municipalityName(body.nisCode);
  if (!city) throw invalid('No Belgian municipality has this NIS code.', 'nisCode');
  const donors: Municipality[] = body.donorNisCodes.map((nis, i) => {
    const name = municipalityName(nis);
    if (!name) throw invalid('No Belgian municipality has this NIS code.', `donorNisCodes.${i}`);
    if (nis === body.nisCode) throw invalid('The host city is not its own donor municipality.', `donorNisCodes.${i}`);
    if (body.donorNisCodes.indexOf(nis) !== i) throw invalid('This municipality is named twice.', `donorNisCodes.${i}`);
    return { nisCode: nis, name };
  });
  if (body.endsOn && body.endsOn < body.startsOn) throw invalid('The end comes after the start.', 'endsOn');
  if (body.type === 'city-pair' && body.partnerCities.length === 0) throw invalid('A City Pair exchange names its partner city.', 'partnerCities');
  return { type: body.type, title: body.title, nisCode: body.nisCode, city, donors, partnerCities: body.partnerCities, startsOn: body.startsOn, endsOn: body.endsOn ?? null, description: body.description ?? '' };
}

export async function listExchanges(p: Platform, ctx: Ctx, q: z.infer<typeof exchangeQuery>) {
  requireRight(ctx, 'read');
  const rows = await repo.listExchanges(p.db, q);
  const cohorts = await repo.cohortsOf(p.db, rows.map((r) => r.id));
  return rows.map((r) => summary(r, cohorts));
}

export async function getExchange(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'read');
  const r = await repo.findExchange(p.db, id);
  if (!r) throw notFound('exchange');
  const [cohorts, activities, lessons] = await Promise.all([repo.cohortsOf(p.db, [id]), repo.activitiesOf(p.db, id), repo.lessonsOf(p.db, id)]);
  const followUps = await repo.followUpsOf(p.db, lessons.map((l) => l.id));
  await p.orgs.fresh();
  return {
    ...summary(r, cohorts),
    description: r.description,
    orgId: r.org_id,
    orgName: p.orgs.name(r.org_id),
    cohortList: cohorts.map((c) => ({ id: c.id, label: c.label, year: c.year, participants: c.participants })),
    activities: activities.map((a) => ({ id: a.id, heldOn: a.held_on, description: a.description })),
    lessons: lessons.map((l) => ({
      id: l.id,
      text: l.text,
      followUps: followUps.filter((f) => f.lesson_id === l.id).map((f) => ({ id: f.id, action: f.action, planRef: f.plan_ref, status: f.status as 'planned', dueOn: f.due_on, indicatorId: f.indicator_id })),
    })),
    canWrite: r.org_id === ctx.actor.orgId && hasPermission(ctx.actor, MODULE, 'write'),
  };
}

/** Records an exchange of the caller's organisation: its host city, donor municipalities and partner cities. */
export async function createExchange(p: Platform, ctx: Ctx, body: z.infer<typeof exchangeBody>) {
  requireRight(ctx, 'write');
  const fields = checked(body);
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertExchange(tx, { id, orgId: ctx.actor.orgId, ...fields });
    await p.record(ctx, [{ action: 'prevention.exchange-create', recordType: 'prevention-exchange', recordId: id, details: { type: body.type, nisCode: body.nisCode, donors: body.donorNisCodes } }], tx);
  });
  return getExchange(p, ctx, id);
}

/** Corrects an exchange (the organisation that recorded it): every field as on creation. */
export async function updateExchange(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof exchangeBody>) {
  const old = await ownedExchange(p, ctx, id);
  const fields = checked(body);
  await p.db.transaction().execute(async (tx) => {
    await repo.updateExchange(tx, id, fields);
    await p.record(ctx, [{ action: 'prevention.exchange-update', recordType: 'prevention-exchange', recordId: id, details: { type: body.type, previousType: old.type, nisCode: body.nisCode, donors: body.donorNisCodes } }], tx);
  });
  return getExchange(p, ctx, id);
}

async function ownedExchange(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'write');
  const r = await repo.findExchange(p.db, id);
  if (!r) throw notFound('exchange');
  if (r.org_id !== ctx.actor.orgId) throw forbidden('Only the organisation that recorded the exchange changes it.');
  return r;
}

/** Adds a cohort (a count of participants), an activity or a lesson. */
export async function addPart(p: Platform, ctx: Ctx, id: string, part: { kind: 'cohort'; body: z.infer<typeof cohortBody> } | { kind: 'activity'; body: z.infer<typeof activityBody> } | { kind: 'lesson'; body: z.infer<typeof lessonBody> }) {
  await ownedExchange(p, ctx, id);
  const partId = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    if (part.kind === 'cohort') await repo.insertCohort(tx, { id: partId, exchangeId: id, ...part.body });
    else if (part.kind === 'activity') await repo.insertActivity(tx, { id: partId, exchangeId: id, ...part.body });
    else await repo.insertLesson(tx, { id: partId, exchangeId: id, text: part.body.text });
    await p.record(ctx, [{ action: 'prevention.exchange-change', recordType: 'prevention-exchange', recordId: id, details: { exchangeId: id, part: part.kind, partId, ...(part.kind === 'cohort' ? { participants: part.body.participants } : {}) } }], tx);
  });
  return getExchange(p, ctx, id);
}

/** A follow-up action in the city's plan, from a lesson (and the indicator that should show its effect). */
export async function addFollowUp(p: Platform, ctx: Ctx, lessonId: string, body: z.infer<typeof followUpBody>) {
  requireRight(ctx, 'write');
  const lesson = await repo.findLesson(p.db, lessonId);
  if (!lesson) throw notFound('lesson');
  await ownedExchange(p, ctx, lesson.exchange_id);
  if (body.indicatorId !== undefined && body.indicatorId !== null && !/^[a-z0-9][a-z0-9._-]{1,99}$/.test(body.indicatorId)) throw invalid('An indicator id is lowercase letters, digits, dots, dashes or underscores (as the indicator registry names it).', 'indicatorId');
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertFollowUp(tx, { id, lessonId, action: body.action, planRef: body.planRef ?? '', status: body.status ?? 'planned', dueOn: body.dueOn ?? null, indicatorId: body.indicatorId ?? null });
    await p.record(ctx, [{ action: 'prevention.follow-up', recordType: 'prevention-exchange', recordId: lesson.exchange_id, recordIds: [lesson.exchange_id, id], details: { lessonId, exchangeId: lesson.exchange_id, ...(body.indicatorId ? { indicatorId: body.indicatorId } : {}) } }], tx);
  });
  return getExchange(p, ctx, lesson.exchange_id);
}

/**
 * Which municipalities take part in which programmes: exchange types (host and donor municipalities),
 * programme kinds and 'livc-r' for the municipalities a cell covers, per NIS code (aggregates, no
 * person), under the codes of src/core/prevention/programme-types.ts. Exported for the evaluation
 * module's map and its comparison municipalities; readers of prevention or of evaluation (insight) may call it.
 */
export async function programmesByMunicipality(p: Platform, ctx: Ctx): Promise<Array<{ nisCode: string; municipality: string; programmeTypes: ProgrammeType[] }>> {
  if (!hasPermission(ctx.actor, MODULE, 'read') && !hasPermission(ctx.actor, 'insight', 'read')) throw forbidden('Your roles include neither prevention nor evaluation.');
  const [ex, pr, cl] = await Promise.all([repo.exchangeMunicipalities(p.db), programmes.programmeMunicipalities(p.db), cells.listCells(p.db, null)]);
  const by = new Map<string, { municipality: string; types: Set<ProgrammeType> }>();
  const add = (nis: string, name: string, type: ProgrammeType) => {
    const e = by.get(nis) ?? { municipality: name, types: new Set<ProgrammeType>() };
    e.types.add(type);
    by.set(nis, e);
  };
  for (const e of ex) {
    add(e.nis_code, e.city, e.type as ProgrammeType);
    for (const d of e.donor_municipalities) add(d.nisCode, d.name, e.type as ProgrammeType);
  }
  for (const r of pr) add(r.nis_code, r.municipality, r.kind as ProgrammeType);
  for (const c of cl) for (const m of c.municipalities) add(m.nisCode, m.name, CELL_TYPE);
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([nisCode, e]) => ({ nisCode, municipality: e.municipality, programmeTypes: [...e.types].sort() }));
}
