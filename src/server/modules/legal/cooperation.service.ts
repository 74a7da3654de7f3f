/**
 * Judicial cooperation: extradition, European arrest warrant and mutual legal assistance requests,
 * outgoing or incoming, with parties, legal basis, dated events (append-only) and the deadlines the
 * rules give them. Subjects are linked by id, chosen through intel's service; names are shown only to
 * a reader who may read the subject. Same read rule as authorisations.
 */
import { z } from 'zod';
import { COOP_EVENTS, COOP_KINDS, DIRECTIONS, coopDeadlines, eventsFor, nextCoopState, type CoopEvent, type CoopKind, type CoopState, type Direction } from '../../../core/legal/cooperation.ts';
import type { RuleSet } from '../../../core/legal/deadlines.ts';
import { clears } from '../../../core/access/policy.ts';
import { CLASSIFICATIONS } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import { AppError, forbidden, invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSubject } from '../intel/subjects.service.ts';
import { legalReadableSql, passLegalList, passLegalOne, requireDraft, requireLegalRead, rolesOn } from './legal.access.ts';
import * as repo from './cooperation.repository.ts';
import { findEntries, findEntry } from './registry.repository.ts';
import { loadRules } from './registry.service.ts';
import { userDisplayNames } from '../admin/directory.service.ts';
import { chainHead, checkChain, transitionHash } from '../../../core/legal/signature.ts';
import { coopChainOf, coopStepData, signHash, transitionKeys } from './signatures.service.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date YYYY-MM-DD');

export const coopInput = z.object({
  kind: z.enum(COOP_KINDS),
  direction: z.enum(DIRECTIONS),
  otherCountry: z.string().regex(/^[A-Z]{2}$/, 'use a two-letter country code (e.g. FR)'),
  counterpart: z.string().trim().min(3, 'name the other authority').max(300),
  parties: z.string().trim().max(2000).default(''),
  basisId: z.uuid('choose the legal basis'),
  offenceIds: z.array(z.uuid()).max(20).default([]),
  subjectIds: z.array(z.uuid()).max(20).default([]),
  classification: z.enum(CLASSIFICATIONS).default('secret'),
  receivedOn: day.nullable().default(null),
});
export const coopEventInput = z.object({ event: z.enum(COOP_EVENTS), onDate: day, note: z.string().trim().max(2000).default('') });
export const coopQuery = z.object({ kind: z.enum(COOP_KINDS).optional(), state: z.string().max(30).optional() });

export const coopWire = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(COOP_KINDS),
  direction: z.enum(DIRECTIONS),
  orgId: z.string(),
  orgName: z.string(),
  otherCountry: z.string(),
  counterpart: z.string(),
  parties: z.string(),
  basisId: z.string(),
  offenceIds: z.array(z.string()),
  state: z.string(),
  facts: z.object({ receivedOn: z.string().nullable(), arrestOn: z.string().nullable(), consentOn: z.string().nullable(), extended: z.boolean(), recognisedOn: z.string().nullable(), finalDecisionOn: z.string().nullable(), surrenderedOn: z.string().nullable() }),
  deadlines: z.array(z.object({ key: z.string(), due: z.string(), reference: z.string(), overdue: z.boolean() })),
  subjects: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  /** The steps (detail only); `signed`: carries the server's Ed25519 signature (steps recorded before signing began do not). */
  events: z.array(z.object({ seq: z.number(), event: z.string(), onDate: z.string(), note: z.string(), actorName: z.string(), at: z.string(), keyId: z.string().nullable(), signed: z.boolean() })),
  /** The check of the signed steps against the trusted key (detail only; null in lists): the first bad step, if any. */
  signatures: z.object({ ok: z.boolean(), steps: z.number(), signed: z.number(), unsigned: z.number(), firstBad: z.object({ seq: z.number(), kind: z.string(), detail: z.string() }).nullable() }).nullable(),
  allowedEvents: z.array(z.string()),
});

const CLOSED: CoopState[] = ['surrendered', 'executed', 'refused', 'withdrawn'];

export function coopDeadlinesOf(r: repo.CoopRow, rules: RuleSet, on: string) {
  return coopDeadlines(
    { kind: r.kind as CoopKind, direction: r.direction as Direction, receivedOn: r.received_on, arrestOn: r.arrest_on, consentOn: r.consent_on, extended: r.extended, recognisedOn: r.recognised_on, finalDecisionOn: r.final_decision_on, surrenderedOn: r.surrendered_on, closed: CLOSED.includes(r.state as CoopState) },
    rules,
  ).map((d) => ({ ...d, overdue: d.due < on }));
}

async function present(p: Platform, ctx: Ctx, r: repo.CoopRow, rules: RuleSet, detail: boolean): Promise<z.infer<typeof coopWire>> {
  await p.orgs.fresh();
  let subjects = r.subject_ids.map((id) => ({ id, name: null as string | null }));
  let events: z.infer<typeof coopWire>['events'] = [];
  let signatures: z.infer<typeof coopWire>['signatures'] = null;
  if (detail) {
    const readable: Array<NonNullable<Awaited<ReturnType<typeof readableSubject>>>> = [];
    for (const id of r.subject_ids) {
      const s = await readableSubject(p, ctx, id);
      if (s) readable.push(s);
    }
    const passed = readable.length ? (await passDoor(p, ctx, { module: 'intel', recordType: 'subject', action: 'legal.subjects-read', rows: readable, about: [r.id], details: { authorisationId: r.id, via: 'cooperation' } })).full : [];
    const names = new Map(passed.map((s) => [s.id, s.names[0] ?? '']));
    subjects = r.subject_ids.map((id) => ({ id, name: names.get(id) ?? null }));
    const list = await repo.eventsOf(p.db, r.id);
    const users = await userDisplayNames(p.db, list.map((e) => e.actor_id));
    events = list.map((e) => ({ seq: e.seq, event: e.event, onDate: e.on_date, note: e.note, actorName: users.get(e.actor_id) ?? 'unknown user', at: new Date(e.at).toISOString(), keyId: e.key_id, signed: e.signature !== null }));
    const check = checkChain('cooperation-step', coopChainOf(list), await transitionKeys(p.db, p.config));
    signatures = { ok: check.firstBad === null, steps: check.transitions, signed: check.signed, unsigned: check.unsigned, firstBad: check.firstBad };
  }
  const canAct = rolesOn(p, ctx, r).some((x) => x === 'drafter' || x === 'head');
  return {
    id: r.id, reference: r.reference, kind: r.kind as CoopKind, direction: r.direction as Direction, orgId: r.org_id, orgName: p.orgs.name(r.org_id),
    otherCountry: r.other_country, counterpart: r.counterpart, parties: r.parties, basisId: r.basis_id, offenceIds: r.offence_ids, state: r.state,
    facts: { receivedOn: r.received_on, arrestOn: r.arrest_on, consentOn: r.consent_on, extended: r.extended, recognisedOn: r.recognised_on, finalDecisionOn: r.final_decision_on, surrenderedOn: r.surrendered_on },
    deadlines: coopDeadlinesOf(r, rules, ctx.now.toISOString().slice(0, 10)),
    subjects, events, signatures,
    allowedEvents: canAct ? eventsFor(r.kind as CoopKind).filter((e) => nextCoopState(r.state as CoopState, e, r.kind as CoopKind) !== null) : [],
  };
}

export async function createRequest(p: Platform, ctx: Ctx, input: z.infer<typeof coopInput>) {
  requireDraft(ctx);
  if (!clears(ctx.actor.clearance, input.classification)) throw invalid('You cannot mark a request above your own clearance.', 'classification');
  const basis = await findEntry(p.db, input.basisId);
  if (!basis || basis.kind !== 'basis') throw invalid('No such legal basis in the registry.', 'basisId');
  const offences = await findEntries(p.db, input.offenceIds);
  input.offenceIds.forEach((id, i) => {
    if (!offences.some((o) => o.id === id && o.kind === 'offence')) throw invalid('No such offence in the registry.', `offenceIds.${i}`);
  });
  const subjects: Array<NonNullable<Awaited<ReturnType<typeof readableSubject>>>> = [];
  for (const [i, id] of input.subjectIds.entries()) {
    const s = await readableSubject(p, ctx, id);
    if (!s) throw invalid('No such subject.', `subjectIds.${i}`);
    subjects.push(s);
  }
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    const reference = await repo.nextReference(tx, input.kind, ctx.now.getUTCFullYear());
    await repo.insertRequest(tx, { id, reference, kind: input.kind, direction: input.direction, orgId: ctx.actor.orgId, otherCountry: input.otherCountry, counterpart: input.counterpart, parties: input.parties, basisId: basis.id, offenceIds: input.offenceIds, subjectIds: [...new Set(input.subjectIds)], classification: input.classification, receivedOn: input.receivedOn, createdBy: ctx.actor.userId });
    if (subjects.length) await passDoor(p, ctx, { module: 'intel', recordType: 'subject', action: 'legal.subjects-read', rows: subjects, about: [id], details: { authorisationId: id, via: 'cooperation' }, tx });
    await p.record(ctx, [{ action: 'legal.cooperation-create', recordType: 'legal-cooperation', recordId: id, details: { kind: input.kind, direction: input.direction, orgId: ctx.actor.orgId, subjectIds: input.subjectIds, basisId: basis.id, offenceIds: input.offenceIds } }], tx);
  });
  return getRequest(p, ctx, id, false);
}

export async function listRequests(p: Platform, ctx: Ctx, q: z.infer<typeof coopQuery>) {
  requireLegalRead(ctx);
  const rows = await repo.listRequests(p.db, legalReadableSql(p, ctx, 'c'), q);
  const full = await passLegalList(p, ctx, 'legal-cooperation', 'legal.cooperation-list', rows, { filters: Object.keys(q), count: rows.length });
  const rules = await loadRules(p.db);
  return Promise.all(full.map((r) => present(p, ctx, r, rules, false)));
}

export async function getRequest(p: Platform, ctx: Ctx, id: string, audit = true) {
  requireLegalRead(ctx);
  const row = await passLegalOne(p, ctx, 'legal-cooperation', 'legal.cooperation-read', await repo.findRequest(p.db, id), undefined, audit);
  return present(p, ctx, row, await loadRules(p.db), true);
}

/** Appends a dated event (arrest, consent, decision…) and moves the state; refused when it does not apply now. */
export async function addEvent(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof coopEventInput>) {
  requireLegalRead(ctx);
  await p.db.transaction().execute(async (tx) => {
    const row = await passLegalOne(p, ctx, 'legal-cooperation', 'legal.cooperation-read', await repo.lockRequest(tx, id), tx, false);
    if (!rolesOn(p, ctx, row).some((x) => x === 'drafter' || x === 'head')) throw forbidden('Only the service that keeps the request records its steps.');
    const kind = row.kind as CoopKind;
    const next = nextCoopState(row.state as CoopState, input.event as CoopEvent, kind);
    if (!next) {
      const allowed = eventsFor(kind).filter((e) => nextCoopState(row.state as CoopState, e, kind) !== null);
      throw new AppError('CONFLICT', `The request is ${row.state}; "${input.event}" does not apply now. Allowed: ${allowed.join(', ') || 'nothing (closed)'}.`, 'event');
    }
    if (input.onDate > ctx.now.toISOString().slice(0, 10)) throw invalid('The date cannot be in the future.', 'onDate');
    const facts: Parameters<typeof repo.setFacts>[2] = { state: next };
    const dated: Partial<Record<CoopEvent, keyof typeof facts>> = { received: 'received_on', arrest: 'arrest_on', consent: 'consent_on', recognised: 'recognised_on', 'final-decision': 'final_decision_on', surrender: 'surrendered_on' };
    const col = dated[input.event];
    if (col) (facts as Record<string, unknown>)[col] = input.onDate;
    if (input.event === 'extension') {
      if (row.extended) throw new AppError('CONFLICT', 'The time limit was extended already (once, by 30 days).', 'event');
      facts.extended = true;
    }
    // The step is signed as an authorisation transition is: hashed with the chain before it, the hash signed by the server's key.
    const before = await repo.eventsOf(tx, id);
    const seq = before.length + 1;
    const prevHash = chainHead(coopChainOf(before));
    const step = { recordId: id, seq, action: input.event, fromState: row.state, toState: next, actorId: ctx.actor.userId, at: ctx.now.toISOString(), reason: input.note, data: coopStepData(input.onDate) };
    const hash = transitionHash(prevHash, step);
    await repo.appendEvent(tx, { requestId: id, seq, event: input.event, onDate: input.onDate, note: input.note, actorId: ctx.actor.userId, at: ctx.now, fromState: row.state, toState: next, prevHash, hash, ...signHash(p, 'cooperation-step', id, seq, hash) });
    await repo.setFacts(tx, id, facts);
    await p.record(ctx, [{ action: 'legal.cooperation-event', recordType: 'legal-cooperation', recordId: id, details: { event: input.event, seq, state: next } }], tx);
  });
  return getRequest(p, ctx, id, false);
}

