/**
 * Oversight's look-up: find the record a complaint is about by a person's name or a document number,
 * to then ask who read it. Oversight may not read content (need-to-know), so the answer holds only what
 * oversight needs to ask the question: the record's id and kind, the owning organisation (whom oversight
 * may question), and as its label the text oversight typed itself, never the stored name or any other
 * content. The match is strict (every word of the name, or the exact document number), the answer capped,
 * and the look-up itself audited (`oversight.lookup`: how it searched and the ids it answered, as hitIds,
 * so "who read record X" shows oversight's look-ups too), without the query text.
 */
import { z } from 'zod';
import { latinKey } from '../../../core/names/latin.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { subjectIdsMatching } from '../intel/intel-feeds.service.ts';
import { requireAuditor } from './oversight.service.ts';

export const lookupInput = z
  .object({
    name: z.string().trim().min(2, 'give at least two characters of the name').max(200).optional(),
    document: z.string().trim().min(3, 'give the whole document number').max(100).optional(),
  })
  .refine((v) => (v.name === undefined) !== (v.document === undefined), { message: 'give either a name or a document number', path: ['name'] });

const MAX = 20;

const normDoc = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');

/** Records (subjects) whose name holds every word given, or whose document number is the one given. */
export async function lookup(p: Platform, ctx: Ctx, input: z.infer<typeof lookupInput>) {
  requireAuditor(ctx);
  const by = input.name !== undefined ? 'name' : 'document';
  let rows: Array<{ id: string; ownerOrgId: string }>;
  if (input.name !== undefined) {
    const words = [...new Set(latinKey(input.name).split(' ').filter((w) => w.length > 0))];
    if (words.length === 0) throw new AppError('INVALID_INPUT', 'The name has no letters to look up.', 'name');
    rows = await subjectIdsMatching(p.db, { words }, MAX + 1);
  } else {
    rows = await subjectIdsMatching(p.db, { document: normDoc(input.document!) }, MAX + 1);
  }
  const more = rows.length > MAX;
  const items = rows.slice(0, MAX);
  await p.orgs.fresh();
  await p.record(ctx, [{ action: 'oversight.lookup', recordType: 'subject', hitIds: items.map((r) => r.id), details: { by, matches: items.length } }]);
  const label = input.name ?? input.document!;
  return {
    more,
    items: items.map((r) => ({ id: r.id, recordType: 'subject' as const, label, organisation: p.orgs.name(r.ownerOrgId), orgId: r.ownerOrgId })),
  };
}
