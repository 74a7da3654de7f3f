/**
 * Records citing a legal basis (for review when the basis expires or is amended): the legal module's
 * own records, which cite the registry by id, and the intelligence records (subjects, reports) whose
 * free-text legal basis is the basis's citation (basisCitation, as the markings' basis picker writes
 * it), asked of intel through its exported service, and the prevention cases citing it (by registry
 * id, or a basis given as text that is its citation), asked of prevention through its exported service
 * (they also come up in their cell's review queue: prevention's listener of legal.basis-changed), the
 * threat assessments citing it (by registry id, or an older assessment's basis text), the content cases
 * and the sharing objects received from partners or imported whose free-text basis is its citation,
 * each asked of its module through that module's exported service. Free text is compared as citationKey (case, spacing, punctuation and the spelling of "article" ignored).
 * Each module passes its rows through the read door: the list and its count hold only what the reader
 * may read.
 */
import { basisCitation } from '../../../core/legal/citation.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { intelRecordsCitingBasis } from '../intel/basis-citing.service.ts';
import { preventionCasesCitingBasis } from '../prevention/legal-links.service.ts';
import { screeningBatchesCitingBasis } from '../screening/legal-links.service.ts';
import { assessmentsCitingBasis } from '../threat/threat.service.ts';
import { contentCasesCitingBasis } from '../content/legal-links.service.ts';
import { sharingObjectsCitingBasis } from '../sharing/legal-links.service.ts';
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
  const screening = await screeningBatchesCitingBasis(p, ctx, basis.id);
  const threat = await assessmentsCitingBasis(p, ctx, basis.id, [citation]);
  const content = await contentCasesCitingBasis(p, ctx, [citation]);
  const sharing = await sharingObjectsCitingBasis(p, ctx, [citation]);
  return {
    records: [
      // `state` is a code the screen words in its language; `date` and `level` complete it where a kind has them.
      ...a.map((r) => ({ module: 'legal', recordType: 'legal-authorisation', id: r.id, reference: r.reference, state: r.state, date: null, level: null })),
      ...c.map((r) => ({ module: 'legal', recordType: 'legal-cooperation', id: r.id, reference: r.reference, state: r.state, date: null, level: null })),
      ...intel.records.map((r) => ({ module: 'intel', recordType: r.recordType, id: r.id, reference: r.label, state: r.reviewDate ? 'review' : '', date: r.reviewDate ?? null, level: null })),
      ...prevention.cases.map((r) => ({ module: 'prevention', recordType: 'prevention-case', id: r.id, reference: r.reference, state: r.stage, date: null, level: null })),
      ...screening.batches.map((r) => ({ module: 'screening', recordType: 'screening_batch', id: r.id, reference: r.reference, state: r.status, date: r.createdAt.slice(0, 10), level: null })),
      ...threat.assessments.map((r) => ({ module: 'threat', recordType: 'threat_assessment', id: r.id, reference: r.label, state: 'level', date: r.nextReviewDue ?? null, level: r.level })),
      ...content.cases.map((r) => ({ module: 'content', recordType: 'content_case', id: r.id, reference: r.url, state: r.status, date: null, level: null })),
      ...sharing.objects.map((r) => ({ module: 'sharing', recordType: 'sharing-object', id: r.id, reference: r.name, state: `${r.type}, ${r.origin}`, date: null, level: null })),
    ],
    truncated: screening.truncated || intel.truncated || prevention.truncated || threat.truncated || content.truncated || sharing.truncated,
  };
}
