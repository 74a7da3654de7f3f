/**
 * Records citing a legal basis (for review when the basis expires or is amended): the legal module's
 * own records, which cite the registry by id, and the intelligence records (subjects, reports) whose
 * free-text legal basis is the basis's citation (basisCitation, as the markings' basis picker writes
 * it), asked of intel through its exported service, and the prevention cases citing it (by registry
 * id, or a basis given as text that is its citation), asked of prevention through its exported service
 * (they also come up in their cell's review queue: prevention's listener of legal.basis-changed). Free
 * text is compared as citationKey (case, spacing, punctuation and the spelling of "article" ignored).
 * Each module passes its rows through the read door: the list and its count hold only what the reader
 * may read.
 */
import { basisCitation } from '../../../core/legal/citation.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { intelRecordsCitingBasis } from '../intel/basis-citing.service.ts';
import { preventionCasesCitingBasis } from '../prevention/legal-links.service.ts';
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
  const citation = basisCitation({ title: basis.title, article: basis.article, textReference: basis.text_reference });
  const intel = await intelRecordsCitingBasis(p, ctx, [citation]);
  const prevention = await preventionCasesCitingBasis(p, ctx, basis.id, [citation]);
  return {
    records: [
      ...a.map((r) => ({ module: 'legal', recordType: 'legal-authorisation', id: r.id, reference: r.reference, state: r.state })),
      ...c.map((r) => ({ module: 'legal', recordType: 'legal-cooperation', id: r.id, reference: r.reference, state: r.state })),
      ...intel.records.map((r) => ({ module: 'intel', recordType: r.recordType, id: r.id, reference: r.label, state: r.reviewDate ? `review ${r.reviewDate}` : '' })),
      ...prevention.cases.map((r) => ({ module: 'prevention', recordType: 'prevention-case', id: r.id, reference: r.reference, state: r.stage })),
    ],
    truncated: intel.truncated || prevention.truncated,
  };
}
