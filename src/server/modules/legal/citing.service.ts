/**
 * Records citing a legal basis (for review when the basis expires or is amended): the legal module's
 * own records, which cite the registry by id, and the intelligence records (subjects, reports) whose
 * free-text legal basis is the basis's citation (basisCitation, as the markings' basis picker writes
 * it), asked of intel through its exported service. Each module passes its rows through the read door:
 * the list and its count hold only what the reader may read. Prevention cases cite the registry by id
 * and come up in their own review queue (prevention's listener of legal.basis-changed); they are not
 * listed here yet.
 */
import { basisCitation } from '../../../core/legal/citation.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { intelRecordsCitingBasis } from '../intel/basis-citing.service.ts';
import { legalReadableSql, passLegalList } from './legal.access.ts';
import { listAuthorisations } from './authorisations.repository.ts';
import { listRequests } from './cooperation.repository.ts';
import type { RegistryRow } from './registry.repository.ts';

export async function recordsCitingBasis(p: Platform, ctx: Ctx, basis: RegistryRow) {
  const auths = await listAuthorisations(p.db, legalReadableSql(p, ctx, 'a'), { basisId: basis.id });
  const coops = await listRequests(p.db, legalReadableSql(p, ctx, 'c'), { basisId: basis.id });
  // The reads are on the record through the door; the review's own audit event names them again.
  const a = await passLegalList(p, ctx, 'legal-authorisation', 'legal.authorisation-list', auths, { filters: ['basisId'], count: auths.length });
  const c = await passLegalList(p, ctx, 'legal-cooperation', 'legal.cooperation-list', coops, { filters: ['basisId'], count: coops.length });
  const intel = await intelRecordsCitingBasis(p, ctx, [basisCitation({ title: basis.title, article: basis.article, textReference: basis.text_reference })]);
  return {
    records: [
      ...a.map((r) => ({ module: 'legal', recordType: 'legal-authorisation', id: r.id, reference: r.reference, state: r.state })),
      ...c.map((r) => ({ module: 'legal', recordType: 'legal-cooperation', id: r.id, reference: r.reference, state: r.state })),
      ...intel.records.map((r) => ({ module: 'intel', recordType: r.recordType, id: r.id, reference: r.label, state: r.reviewDate ? `review ${r.reviewDate}` : '' })),
    ],
    truncated: intel.truncated,
  };
}
