/**
 * Subjects classified by offence (issue #16): a subject carries offence codes of the legal registry,
 * chosen from the offences the legal module exports (offencesForClassification; intel never reads
 * legal's tables). Setting them needs write access to the subject (subjects.service's access step) and
 * is audited with the subject's id; the legal module lists the subjects classified under an offence
 * through intelSubjectsClassifiedUnder, which counts and returns only subjects the caller may read.
 */
import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import { forbidden, invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSql } from '../../platform/records.ts';
import { offencesForClassification } from '../legal/registry.service.ts';
import type { SubjectOffence } from './intel.presenter.ts';
import * as repo from './subject-offences.repository.ts';
import { requireWritable } from './subjects.service.ts';

const MODULE = 'intel' as const;

export const offencesInput = z.object({
  /** Registry offence codes (legal_registry.code of kind offence); an empty list clears the classification. */
  codes: z.array(z.string().trim().min(1).max(60)).max(50, 'at most 50 offences'),
});

type Offence = Awaited<ReturnType<typeof offencesForClassification>>[number];

function describe(codes: readonly string[], registry: readonly Offence[]): SubjectOffence[] {
  const byCode = new Map(registry.map((o) => [o.code, o]));
  return codes.map((code) => {
    const o = byCode.get(code);
    return o ? { code, title: o.title, article: o.article, inForce: o.inForce } : { code, title: code, article: '', inForce: false };
  });
}

/** The offence codes of a subject as a subquery on `ref` (read with the subject: subjects.service getSubject). */
export const offenceCodesSql = repo.codesSql;

/** The offences, described, of a subject the caller has already passed through the read door (getSubject), from its codes. */
export async function offencesOfReadSubject(p: Platform, ctx: Ctx, codes: readonly string[]): Promise<SubjectOffence[]> {
  if (codes.length === 0) return [];
  return describe(codes, await offencesForClassification(p, ctx));
}

/**
 * Replaces a subject's offences (an empty list clears them). Write access to the subject as for any
 * change (404 exactly as for a missing id to those who may not read it); each new code must be an
 * offence of the registry in force (a code already set stays even if its offence has ended since).
 */
export async function setSubjectOffences(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof offencesInput>): Promise<{ offences: SubjectOffence[] }> {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on intelligence records.');
  const registry = await offencesForClassification(p, ctx);
  const codes = [...new Set(input.codes)].sort();
  await p.db.transaction().execute(async (tx) => {
    await requireWritable(p, ctx, tx, id);
    const before = await repo.codesOf(tx, id);
    const known = new Map(registry.map((o) => [o.code, o]));
    codes.forEach((c) => {
      const o = known.get(c);
      const i = input.codes.indexOf(c);
      if (!o) throw invalid(`"${c}" is not an offence of the legal registry.`, `codes.${i}`);
      if (!o.inForce && !before.includes(c)) throw invalid(`The offence "${c}" (${o.article}) is no longer in force; choose one in force.`, `codes.${i}`);
    });
    const { added, removed } = await repo.replaceCodes(tx, id, codes, ctx.actor.userId);
    await p.record(ctx, [{ action: 'subject.classify', recordType: 'subject', recordId: id, details: { offences: codes, added, removed } }], tx);
  });
  return { offences: describe(codes, registry) };
}

/** Clears a subject's offences. */
export function clearSubjectOffences(p: Platform, ctx: Ctx, id: string) {
  return setSubjectOffences(p, ctx, id, { codes: [] });
}

/** A subject classified under an offence, as the legal registry's page lists it. */
export interface ClassifiedSubject { id: string; label: string; category: string | null }

/**
 * For the legal module: the subjects classified under one of `codes` that the caller may read in full.
 * The policy narrows the SQL before the limit, so the count never includes the others; the door checks
 * each row again and puts the ids released on the record (`subject.list`).
 */
export async function intelSubjectsClassifiedUnder(p: Platform, ctx: Ctx, codes: readonly string[]): Promise<{ subjects: ClassifiedSubject[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, MODULE, 'read') || codes.length === 0) return { subjects: [], truncated: false };
  const rows = await repo.subjectsWithOffence(p.db, codes, readableSql(ctx, MODULE, p.config.retentionGraceDays, 't'));
  const out = await passDoor(p, ctx, { module: MODULE, recordType: 'subject', action: 'subject.list', rows, details: { filters: ['offence'], count: rows.length } });
  return { subjects: out.full.map((r) => ({ id: r.id, label: r.names[0] ?? '', category: r.category })), truncated: rows.length >= repo.CLASSIFIED_LIMIT };
}
