/**
 * Prevention cases classified by offence (issue #16, as intelligence subjects are): a case carries
 * offence codes of the legal registry, chosen from the offences the legal module exports
 * (offencesForClassification; prevention never reads legal's tables). Reading them is reading the case
 * (the read door, 404 exactly as for a missing case); changing them is a change of the case by a
 * participating member with prevention write right (actOnCase), audited with the case's id.
 */
import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { offencesForClassification } from '../legal/registry.service.ts';
import * as repo from './case-offences.repository.ts';
import { actOnCase, doorCase, requireRight } from './prevention.access.ts';

export const caseOffencesInput = z.object({
  /** Registry offence codes (legal_registry.code of kind offence); an empty list clears the classification. */
  codes: z.array(z.string().trim().min(1).max(60)).max(50, 'at most 50 offences'),
});
export const caseOffenceWire = z.object({ code: z.string(), title: z.string(), article: z.string(), inForce: z.boolean() });
export const caseOffencesWire = z.object({ offences: z.array(caseOffenceWire), editable: z.boolean() });

type CaseOffence = z.infer<typeof caseOffenceWire>;
type Offence = Awaited<ReturnType<typeof offencesForClassification>>[number];

function describe(codes: readonly string[], registry: readonly Offence[]): CaseOffence[] {
  const byCode = new Map(registry.map((o) => [o.code, o]));
  return codes.map((code) => {
    const o = byCode.get(code);
    return o ? { code, title: o.title, article: o.article, inForce: o.inForce } : { code, title: code, article: '', inForce: false };
  });
}

/** Whether the caller may change the case: a participating member (or its coordinator) with write right, no oversight body. */
function mayChange(ctx: Ctx, c: Awaited<ReturnType<typeof doorCase>>): boolean {
  return !!c.member && ctx.actor.orgKind !== 'oversight' && hasPermission(ctx.actor, 'prevention', 'write');
}

/** The offences of a case, for a reader of the case (through the door: 404 as for a missing case; audited). */
export async function getCaseOffences(p: Platform, ctx: Ctx, id: string): Promise<z.infer<typeof caseOffencesWire>> {
  requireRight(ctx, 'read');
  const c = await doorCase(p, ctx, id, 'prevention.case-read', { details: { via: 'offences' } });
  const codes = await repo.codesOf(p.db, c.row.id);
  return { offences: codes.length ? describe(codes, await offencesForClassification(p, ctx)) : [], editable: mayChange(ctx, c) };
}

/**
 * Replaces a case's offences (an empty list clears them). A change of the case (actOnCase: 403 without
 * write right, 404 exactly as for a missing case to those who may not read it); each new code must be
 * an offence of the registry in force (a code already set stays even if its offence has ended since).
 */
export async function setCaseOffences(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof caseOffencesInput>): Promise<z.infer<typeof caseOffencesWire>> {
  requireRight(ctx, 'write');
  // The registry is asked before the transaction (its read takes its own connection).
  const registry = await offencesForClassification(p, ctx);
  const codes = [...new Set(input.codes)].sort();
  await p.db.transaction().execute(async (tx) => {
    await actOnCase(p, ctx, tx, id);
    const before = await repo.codesOf(tx, id);
    const known = new Map(registry.map((o) => [o.code, o]));
    for (const c of codes) {
      const o = known.get(c);
      const i = input.codes.indexOf(c);
      if (!o) throw invalid(`"${c}" is not an offence of the legal registry.`, `codes.${i}`);
      if (!o.inForce && !before.includes(c)) throw invalid(`The offence "${c}" (${o.article}) is no longer in force; choose one in force.`, `codes.${i}`);
    }
    const { added, removed } = await repo.replaceCodes(tx, id, codes, ctx.actor.userId);
    await p.record(ctx, [{ action: 'prevention.case-classify', recordType: 'prevention-case', recordId: id, details: { offences: codes, added, removed } }], tx);
  });
  return { offences: describe(codes, registry), editable: true };
}

/** Clears a case's offences. */
export function clearCaseOffences(p: Platform, ctx: Ctx, id: string) {
  return setCaseOffences(p, ctx, id, { codes: [] });
}
