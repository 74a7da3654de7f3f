/**
 * Special-method authorisations: drafting a request, the board, and one authorisation with its signed
 * history. Transitions are in transitions.service.ts. A service reads only its own authorisations; the
 * oversight bodies read all (src/core/access/legal.ts); every read passes the read door.
 */
import { z } from 'zod';
import { authorisationDeadlines, durationProblem, type RuleSet } from '../../../core/legal/deadlines.ts';
import { STATES, actionsFor, type AuthState } from '../../../core/legal/authorisation.ts';
import { METHOD_CODES, TIERS, methodDef, type Tier } from '../../../core/legal/methods.ts';
import { FIRST_HASH, canonical, checkChain, transitionHash } from '../../../core/legal/signature.ts';
import { clears } from '../../../core/access/policy.ts';
import { CLASSIFICATIONS } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoor } from '../../platform/door.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSubject } from '../intel/subjects.service.ts';
import { legalReadableSql, passLegalList, passLegalOne, requireDraft, requireLegalRead, rolesOn } from './legal.access.ts';
import * as repo from './authorisations.repository.ts';
import { userDisplayNames } from '../admin/directory.service.ts';
import { findEntries, findEntry } from './registry.repository.ts';
import { loadRules } from './registry.service.ts';
import { chainOf, signHash, transitionKeys } from './signatures.service.ts';
import { presentSummary, presentTransition } from './authorisations.presenter.ts';

const reasoning = (field: string, min: number) => z.string({ error: `give the ${field}` }).trim().min(min, `give the ${field} (at least ${min} characters)`).max(8000);

export const authorisationInput = z.object({
  method: z.enum(METHOD_CODES),
  tier: z.enum(TIERS).optional(),
  basisId: z.uuid('choose the legal basis'),
  offenceIds: z.array(z.uuid()).max(20).default([]),
  targets: z.array(z.uuid()).min(1, 'name at least one target subject').max(50),
  facts: reasoning('facts', 20),
  subsidiarity: reasoning('subsidiarity reasoning: why a less intrusive method is not enough', 20),
  proportionality: reasoning('proportionality reasoning: why the intrusion is proportionate to the threat', 20),
  durationDays: z.number({ error: 'give the duration in days' }).int('give the duration in whole days').min(1),
  classification: z.enum(CLASSIFICATIONS).default('secret'),
  supersedesId: z.uuid().nullable().default(null),
});

export const boardQuery = z.object({ state: z.enum(STATES).optional(), method: z.string().max(60).optional() });

const today = (ctx: Ctx) => ctx.now.toISOString().slice(0, 10);
const dayOf = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString().slice(0, 10));

/** The deadlines of an authorisation row under the rules. */
export function deadlinesOf(r: repo.AuthorisationRow, rules: RuleSet, on: string) {
  return authorisationDeadlines({ state: r.state as AuthState, tier: r.tier as Tier, stateSince: dayOf(r.state_since)!, until: r.until, activeSince: dayOf(r.active_since) }, rules, on).map((d) => ({ ...d, overdue: d.due < on }));
}

/** Drafts a request (state draft), signed by its drafter as the first link of its chain. */
export async function createAuthorisation(p: Platform, ctx: Ctx, input: z.infer<typeof authorisationInput>) {
  requireDraft(ctx);
  const def = methodDef(input.method)!;
  if (input.tier && input.tier !== def.tier) throw invalid(`The method ${input.method} is ${def.tier} (${def.article}), not ${input.tier}.`, 'tier');
  const rules = await loadRules(p.db);
  const tooLong = durationProblem(def.tier, input.durationDays, rules);
  if (tooLong) throw invalid(tooLong, 'durationDays');
  if (!clears(ctx.actor.clearance, input.classification)) throw invalid('You cannot mark a request above your own clearance.', 'classification');
  const basis = await findEntry(p.db, input.basisId);
  const on = today(ctx);
  if (!basis || basis.kind !== 'basis') throw invalid('No such legal basis in the registry.', 'basisId');
  if (basis.valid_from > on || (basis.valid_to !== null && basis.valid_to < on)) throw invalid(`This legal basis is not in force today (${basis.valid_from} – ${basis.valid_to ?? 'open'}).`, 'basisId');
  if (basis.scope === 'method' && basis.method !== input.method) throw invalid(`This basis governs ${basis.method}, not ${input.method}.`, 'basisId');
  const offences = await findEntries(p.db, input.offenceIds);
  input.offenceIds.forEach((id, i) => {
    if (!offences.some((o) => o.id === id && o.kind === 'offence')) throw invalid('No such offence in the registry.', `offenceIds.${i}`);
  });
  // Targets are chosen through intel: only subjects the drafter may read (a refused one looks missing).
  const subjects: Array<NonNullable<Awaited<ReturnType<typeof readableSubject>>>> = [];
  for (const [i, id] of input.targets.entries()) {
    const s = await readableSubject(p, ctx, id);
    if (!s) throw invalid('No such subject.', `targets.${i}`);
    subjects.push(s);
  }
  const targetIds = [...new Set(input.targets)];
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    if (input.supersedesId) await checkSupersedes(p, ctx, tx, input.supersedesId);
    const reference = await repo.nextReference(tx, ctx.now.getUTCFullYear());
    await repo.insertAuthorisation(tx, { id, reference, orgId: ctx.actor.orgId, method: input.method, tier: def.tier, basisId: basis.id, offenceIds: input.offenceIds, facts: input.facts, subsidiarity: input.subsidiarity, proportionality: input.proportionality, durationDays: input.durationDays, classification: input.classification, supersedesId: input.supersedesId, createdBy: ctx.actor.userId, at: ctx.now }, targetIds);
    const signed = { recordId: id, seq: 1, action: 'create', fromState: null, toState: 'draft', actorId: ctx.actor.userId, at: ctx.now.toISOString(), reason: '', data: canonical({}) };
    const hash = transitionHash(FIRST_HASH, signed);
    await repo.insertTransition(tx, { id: crypto.randomUUID(), authorisationId: id, ...signed, actorOrgId: ctx.actor.orgId, at: ctx.now, prevHash: FIRST_HASH, hash, ...signHash(p, 'transition', id, signed.seq, hash) });
    // The subjects the drafter read to name them are on the record with the request.
    await passDoor(p, ctx, { module: 'intel', recordType: 'subject', action: 'legal.subjects-read', rows: subjects, about: [id], details: { authorisationId: id, via: 'draft' }, tx });
    await p.record(ctx, [{ action: 'legal.authorisation-create', recordType: 'legal-authorisation', recordId: id, details: { orgId: ctx.actor.orgId, method: input.method, tier: def.tier, targets: targetIds.length, subjectIds: targetIds, offenceIds: input.offenceIds, basisId: basis.id, ...(input.supersedesId ? { supersedes: input.supersedesId } : {}) } }], tx);
  });
  return getAuthorisation(p, ctx, id, { audit: false });
}

async function checkSupersedes(p: Platform, ctx: Ctx, tx: Database, oldId: string) {
  const old = await repo.findAuthorisation(tx, oldId);
  const row = await passLegalOne(p, ctx, 'legal-authorisation', 'legal.authorisation-read', old, tx, false).catch(() => {
    throw invalid('No such authorisation.', 'supersedesId');
  });
  if (row.org_id !== ctx.actor.orgId) throw invalid('Only your own service’s request can be superseded.', 'supersedesId');
  if (row.state === 'draft') throw new AppError('CONFLICT', 'A draft awaits its decision; it is decided (or refused) before a new request supersedes it.', 'supersedesId');
}

/** The board: authorisations the reader may read, with their next deadline. */
export async function listAuthorisations(p: Platform, ctx: Ctx, q: z.infer<typeof boardQuery>) {
  requireLegalRead(ctx);
  const rows = await repo.listAuthorisations(p.db, legalReadableSql(p, ctx, 'a'), q);
  const full = await passLegalList(p, ctx, 'legal-authorisation', 'legal.authorisation-list', rows, { filters: Object.keys(q).filter((k) => q[k as keyof typeof q] !== undefined), count: rows.length });
  const [targets, rules] = await Promise.all([repo.targetsOf(p.db, full.map((r) => r.id)), loadRules(p.db)]);
  await p.orgs.fresh();
  const on = today(ctx);
  return full.map((r) => presentSummary(r, p.orgs.name(r.org_id), targets.get(r.id)!.length, deadlinesOf(r, rules, on)[0] ?? null));
}

/** One authorisation: the request, its targets (names only when readable), its signed history, deadlines and the reader's actions. */
export async function getAuthorisation(p: Platform, ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  requireLegalRead(ctx);
  const row = await passLegalOne(p, ctx, 'legal-authorisation', 'legal.authorisation-read', await repo.findAuthorisation(p.db, id), undefined, opts.audit !== false);
  const [targetIds, history, rules, destruction] = await Promise.all([repo.targetsOf(p.db, [id]).then((m) => m.get(id)!), repo.transitionsOf(p.db, id), loadRules(p.db), repo.destructionOf(p.db, id)]);
  // Names of the targets the reader may read in full, through the door (on the record with the authorisation).
  const readable: Array<NonNullable<Awaited<ReturnType<typeof readableSubject>>>> = [];
  for (const sid of targetIds) {
    const s = await readableSubject(p, ctx, sid);
    if (s) readable.push(s);
  }
  const passed = readable.length > 0 ? (await passDoor(p, ctx, { module: 'intel', recordType: 'subject', action: 'legal.subjects-read', rows: readable, about: [id], details: { authorisationId: id, via: 'authorisation' } })).full : [];
  const names = new Map(passed.map((s) => [s.id, s.names[0] ?? '']));
  const users = await userDisplayNames(p.db, history.map((t) => t.actor_id).concat(destruction ? [destruction.destroyed_by] : []));
  await p.orgs.fresh();
  const on = today(ctx);
  const deadlines = deadlinesOf(row, rules, on);
  const roles = rolesOn(p, ctx, row);
  const periodOver = row.until !== null && row.until < on;
  const chain = checkChain('transition', chainOf(history), await transitionKeys(p.db, p.config));
  return {
    ...presentSummary(row, p.orgs.name(row.org_id), targetIds.length, deadlines[0] ?? null),
    basisId: row.basis_id,
    offenceIds: row.offence_ids,
    facts: row.facts,
    subsidiarity: row.subsidiarity,
    proportionality: row.proportionality,
    classification: row.classification,
    supersedesId: row.supersedes_id,
    targets: targetIds.map((sid) => ({ id: sid, name: names.get(sid) ?? null })),
    deadlines,
    history: history.map((t) => presentTransition(t, users.get(t.actor_id) ?? 'unknown user', p.orgs.name(t.actor_org_id))),
    chainIntact: chain.firstBad === null,
    firstBadStep: chain.firstBad,
    destruction: destruction ? { what: destruction.what, how: destruction.how, destroyedOn: destruction.destroyed_on, destroyedBy: users.get(destruction.destroyed_by) ?? 'unknown user' } : null,
    actions: actionsFor(row.state as AuthState, row.tier as Tier, roles, periodOver),
    roles,
  };
}

/** Throws the "not found" answer unless the authorisation exists and the reader may read it (for other services of the module). */
export async function requireReadable(p: Platform, ctx: Ctx, tx: Database, id: string) {
  const row = await repo.lockAuthorisation(tx, id);
  if (!row) throw notFound('legal-authorisation');
  return passLegalOne(p, ctx, 'legal-authorisation', 'legal.authorisation-read', row, tx, false);
}

