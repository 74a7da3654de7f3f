/**
 * Records citing a legal basis (for review when the basis expires or is amended). Only the legal
 * module's own records cite the registry by id; the other modules keep legal_basis as free text and
 * export no look-up by basis, so they are not listed (docs/LEGAL.md).
 */
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { legalReadableSql, passLegalList } from './legal.access.ts';
import { listAuthorisations } from './authorisations.repository.ts';
import { listRequests } from './cooperation.repository.ts';

export async function recordsCitingBasis(p: Platform, ctx: Ctx, basisId: string) {
  const auths = await listAuthorisations(p.db, legalReadableSql(p, ctx, 'a'), { basisId });
  const coops = await listRequests(p.db, legalReadableSql(p, ctx, 'c'), { basisId });
  // The reads are on the record through the door; the review's own audit event names them again.
  const a = await passLegalList(p, ctx, 'legal-authorisation', 'legal.authorisation-list', auths, { filters: ['basisId'], count: auths.length });
  const c = await passLegalList(p, ctx, 'legal-cooperation', 'legal.cooperation-list', coops, { filters: ['basisId'], count: coops.length });
  return [
    ...a.map((r) => ({ module: 'legal', recordType: 'legal-authorisation', id: r.id, reference: r.reference, state: r.state })),
    ...c.map((r) => ({ module: 'legal', recordType: 'legal-cooperation', id: r.id, reference: r.reference, state: r.state })),
  ];
}
