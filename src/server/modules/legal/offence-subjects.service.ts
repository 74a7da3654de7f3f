/**
 * The intelligence subjects classified under an offence of the registry, for the registry entry's page:
 * asked of intel through its exported service (intelSubjectsClassifiedUnder), which narrows its SQL with
 * the read rule and passes the rows through the read door — the list and its count hold only subjects
 * the reader may read, and the read is audited with their ids (`subject.list`). A classification names
 * the offence's code, so every version of the offence lists the same subjects.
 */
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { intelSubjectsClassifiedUnder } from '../intel/subject-offences.service.ts';
import { preventionCasesClassifiedUnder } from '../prevention/legal-links.service.ts';
import { requireLegalRead } from './legal.access.ts';
import { presentEntry } from './registry.presenter.ts';
import * as repo from './registry.repository.ts';

export async function subjectsUnderOffence(p: Platform, ctx: Ctx, id: string) {
  requireLegalRead(ctx);
  const offence = await repo.findEntry(p.db, id);
  if (!offence || offence.kind !== 'offence') throw notFound('offence');
  const { subjects, truncated } = await intelSubjectsClassifiedUnder(p, ctx, [offence.code]);
  return { offence: presentEntry(offence, ctx.now.toISOString().slice(0, 10)), subjects, count: subjects.length, truncated };
}

/**
 * The prevention cases classified under an offence, for the registry entry's page: asked of prevention
 * through its exported service (preventionCasesClassifiedUnder), which selects only cases the reader may
 * read under shared professional secrecy and passes them through the read door — the list and its count
 * hold only those, and the read is audited with their ids (`prevention.case-legal-list`).
 */
export async function casesUnderOffence(p: Platform, ctx: Ctx, id: string) {
  requireLegalRead(ctx);
  const offence = await repo.findEntry(p.db, id);
  if (!offence || offence.kind !== 'offence') throw notFound('offence');
  const { cases, truncated } = await preventionCasesClassifiedUnder(p, ctx, [offence.code]);
  return { offence: presentEntry(offence, ctx.now.toISOString().slice(0, 10)), cases, count: cases.length, truncated };
}
