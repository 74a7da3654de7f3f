/**
 * The legal registry: offences and legal bases as versioned data, and the deadline rules. Reading is
 * open to anyone with a right on legal (it is the law, not personal data); changing needs legal admin.
 * An amendment is a new version linked from the old one; nothing is edited in place.
 */
import { z } from 'zod';
import { DEFAULT_RULES, RULE_KEYS, addDays, ruleSet, type DeadlineRule, type RuleKey, type RuleSet } from '../../../core/legal/deadlines.ts';
import { METHOD_CODES } from '../../../core/legal/methods.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { dbFor, type Platform } from '../../platform/platform.ts';
import { requireLegalAdmin, requireLegalRead, requireSignedIn } from './legal.access.ts';
import { basisCitation } from '../../../core/legal/citation.ts';
import * as repo from './registry.repository.ts';
import { presentEntry } from './registry.presenter.ts';
import { recordsCitingBasis } from './citing.service.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date YYYY-MM-DD');

export const registryQuery = z.object({
  kind: z.enum(['offence', 'basis']).optional(),
  scope: z.enum(['processing', 'method']).optional(),
  method: z.string().max(60).optional(),
  validOn: day.optional(),
  q: z.string().max(100).optional(),
  history: z.enum(['true', 'false']).optional(),
});

const entryFields = {
  title: z.string().trim().min(3, 'give the title').max(300),
  article: z.string().trim().min(1, 'give the article').max(100),
  textReference: z.string().trim().min(3, 'give the text reference').max(500),
  validFrom: day,
};
export const entryInput = z.object({
  kind: z.enum(['offence', 'basis']),
  code: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'use lowercase letters, digits and dashes'),
  scope: z.enum(['processing', 'method']).nullable().default(null),
  method: z.enum(METHOD_CODES).nullable().default(null),
  validTo: day.nullable().default(null),
  ...entryFields,
});
export const amendInput = z.object(entryFields);
export const expireInput = z.object({ validTo: day });
export const ruleInput = z.object({ days: z.number().int().min(1).max(3650), reference: z.string().trim().min(3, 'cite the legal reference').max(500), indicative: z.boolean() });

const today = (ctx: Ctx) => ctx.now.toISOString().slice(0, 10);

/** For other modules and the routes: registry entries (latest versions unless history), e.g. the bases in force on a day. */
export async function lookupRegistry(p: Platform, ctx: Ctx, q: z.infer<typeof registryQuery>) {
  requireLegalRead(ctx);
  const rows = await repo.listEntries(p.db, { ...q, history: q.history === 'true' });
  return rows.map((r) => presentEntry(r, today(ctx)));
}

/**
 * The legal bases for processing (every version, with `inForce` and the citation a record's markings
 * carry), for the markings of every record: read by any signed-in user — it is the law, not personal
 * data, and every pillar's form offers it.
 */
export async function basesForMarkings(p: Platform, ctx: Ctx) {
  requireSignedIn(ctx);
  const rows = await repo.listEntries(dbFor(p, ctx), { kind: 'basis', scope: 'processing', history: true });
  return rows.map((r) => ({ ...presentEntry(r, today(ctx)), citation: basisCitation({ title: r.title, article: r.article, textReference: r.text_reference }) }));
}

/**
 * The offences of the registry (the latest version of each code, with `inForce`), for classifying
 * records in other modules (intel's subjects): read by any signed-in user — it is the law, not
 * personal data.
 */
export async function offencesForClassification(p: Platform, ctx: Ctx) {
  requireSignedIn(ctx);
  const rows = await repo.listEntries(p.db, { kind: 'offence' });
  return rows.map((r) => presentEntry(r, today(ctx)));
}

export async function getEntry(p: Platform, ctx: Ctx, id: string) {
  requireLegalRead(ctx);
  const row = await repo.findEntry(p.db, id);
  if (!row) throw notFound('registry entry');
  const versions = await repo.versionsOf(p.db, row.code);
  return { ...presentEntry(row, today(ctx)), versions: versions.map((v) => presentEntry(v, today(ctx))) };
}

export async function createEntry(p: Platform, ctx: Ctx, input: z.infer<typeof entryInput>) {
  requireLegalAdmin(ctx);
  if (input.kind === 'basis' && !input.scope) throw invalid('A legal basis is for processing or for a method.', 'scope');
  if (input.kind === 'offence' && (input.scope || input.method)) throw invalid('An offence has no scope or method.', 'scope');
  if (input.scope === 'method' && !input.method) throw invalid('Name the method this basis is for.', 'method');
  if (input.validTo && input.validTo < input.validFrom) throw invalid('The last day comes before the first.', 'validTo');
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    if (await repo.codeExists(tx, input.code)) throw new AppError('CONFLICT', 'This code exists; amend it to make a new version.', 'code');
    await repo.insertEntry(tx, { id, kind: input.kind, code: input.code, version: 1, title: input.title, article: input.article, textReference: input.textReference, scope: input.kind === 'offence' ? null : input.scope, method: input.scope === 'method' ? input.method : null, validFrom: input.validFrom, validTo: input.validTo, replacesId: null, createdBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'legal.registry-create', recordType: 'legal-registry', recordId: id, details: { kind: input.kind, code: input.code, version: 1 } }], tx);
  });
  return getEntry(p, ctx, id);
}

async function latestOpen(tx: Database, id: string) {
  const row = await repo.findEntry(tx, id);
  if (!row) throw notFound('registry entry');
  if (row.successor_id) throw new AppError('CONFLICT', 'This version was amended already; amend the latest version.', 'id');
  return row;
}

/** Amends an entry: a new version from `validFrom`; the old one ends the day before and names its successor. */
export async function amendEntry(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof amendInput>) {
  requireLegalAdmin(ctx);
  const newId = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    const old = await latestOpen(tx, id);
    if (input.validFrom <= old.valid_from) throw invalid(`The new version must start after the current one (from ${old.valid_from}).`, 'validFrom');
    await repo.insertEntry(tx, { id: newId, kind: old.kind, code: old.code, version: old.version + 1, title: input.title, article: input.article, textReference: input.textReference, scope: old.scope, method: old.method, validFrom: input.validFrom, validTo: null, replacesId: old.id, createdBy: ctx.actor.userId });
    const lastDay = addDays(input.validFrom, -1);
    await repo.closeEntry(tx, old.id, old.valid_to && old.valid_to < lastDay ? old.valid_to : lastDay, newId);
    await p.record(ctx, [{ action: 'legal.registry-amend', recordType: 'legal-registry', recordId: newId, details: { kind: old.kind, code: old.code, version: old.version + 1, replaces: old.id } }], tx);
    if (old.kind === 'basis') await p.events.emit(tx, ctx, 'legal.basis-changed', { basisId: old.id, successorId: newId });
  });
  return getEntry(p, ctx, newId);
}

/** Ends an entry's validity (a basis repealed): the only change a version takes besides amendment. */
export async function expireEntry(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof expireInput>) {
  requireLegalAdmin(ctx);
  await p.db.transaction().execute(async (tx) => {
    const old = await latestOpen(tx, id);
    if (old.valid_to) throw new AppError('CONFLICT', `This version already ends on ${old.valid_to}.`, 'validTo');
    if (input.validTo < old.valid_from) throw invalid(`The last day cannot come before the first (${old.valid_from}).`, 'validTo');
    await repo.closeEntry(tx, old.id, input.validTo, null);
    await p.record(ctx, [{ action: 'legal.registry-expire', recordType: 'legal-registry', recordId: old.id, details: { kind: old.kind, code: old.code, validTo: input.validTo } }], tx);
    if (old.kind === 'basis') await p.events.emit(tx, ctx, 'legal.basis-changed', { basisId: old.id, successorId: null });
  });
  return getEntry(p, ctx, id);
}

/**
 * The records citing a basis, for review after it expired or was amended: the legal module's own
 * records (by id), prevention cases and threat assessments (by id or text), and intelligence subjects
 * and reports, content cases and received sharing objects whose free-text basis is the basis's
 * citation (citing.service.ts), each only if the reader may read it —
 * the count says nothing of the others.
 */
export async function reviewBasis(p: Platform, ctx: Ctx, id: string) {
  requireLegalRead(ctx);
  const basis = await repo.findEntry(p.db, id);
  if (!basis || basis.kind !== 'basis') throw notFound('legal basis');
  const { records, truncated } = await recordsCitingBasis(p, ctx, basis);
  await p.record(ctx, [{ action: 'legal.registry-review', recordType: 'legal-registry', recordId: id, recordIds: records.map((r) => r.id), details: { basisId: id, count: records.length } }]);
  return {
    basis: presentEntry(basis, today(ctx)),
    citation: basisCitation({ title: basis.title, article: basis.article, textReference: basis.text_reference }),
    records,
    truncated,
    coverage: 'Special-method authorisations, judicial cooperation requests, prevention cases and threat assessments you may read that cite this basis by its registry id, and intelligence subjects and reports, prevention cases, older threat assessments, content cases and sharing objects received from partners or imported you may read whose legal basis, given as free text, is this citation — compared without regard to case, spacing, punctuation or how "article" is written (a free text naming the law otherwise is not found; a sharing object projected from an intelligence record follows that record, listed itself).',
  };
}

/** The deadline rules in force: the defaults with the changes saved in the table. */
export async function loadRules(d: Database): Promise<RuleSet> {
  const rows = await repo.listRules(d);
  return ruleSet(rows.filter((r) => (RULE_KEYS as readonly string[]).includes(r.key)).map((r) => ({ key: r.key as RuleKey, days: r.days, reference: r.reference, indicative: r.indicative, note: r.note || DEFAULT_RULES.find((x) => x.key === r.key)!.note })));
}

export async function listRules(p: Platform, ctx: Ctx): Promise<DeadlineRule[]> {
  requireLegalRead(ctx);
  return [...(await loadRules(p.db)).values()];
}

export async function changeRule(p: Platform, ctx: Ctx, key: string, input: z.infer<typeof ruleInput>) {
  requireLegalAdmin(ctx);
  if (!(RULE_KEYS as readonly string[]).includes(key)) throw notFound('deadline rule');
  await p.db.transaction().execute(async (tx) => {
    const previous = (await loadRules(tx)).get(key as RuleKey)!;
    await repo.setRule(tx, key, input.days, input.reference, input.indicative, ctx.actor.userId);
    await p.record(ctx, [{ action: 'legal.rule-change', recordType: 'legal-rule', recordId: null, details: { key, days: input.days, previous: previous.days } }], tx);
  });
  return listRules(p, ctx);
}

/** Writes the default rules the table lacks (at start; a changed rule is kept). */
export async function seedDefaultRules(d: Database): Promise<void> {
  await repo.seedRules(d, DEFAULT_RULES);
}
