/**
 * Screening and the legal registry (issue #16). A screening run — a batch, a passenger message, a
 * single screen — is made under a legal basis for processing chosen from the registry (read through the
 * legal module's exported service, open to every signed-in user): the one named (`legalBasisId`, a
 * version in force today), else the law on passenger data (pnr-2016) when the registry holds it in
 * force. The run keeps the version's id and its citation.
 *
 * For the legal module: the runs citing a basis, listed for review when it expires or is amended. Only
 * the caller's organisation's runs, and only for a reader with read rights on border screening (as
 * every batch read); only the flight, the format, the status and the date leave, never a traveller.
 */
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { basesForMarkings } from '../legal/registry.service.ts';
import * as repo from './batches.repository.ts';
import { MODULE } from './screening.access.ts';

/** The registry's basis a screening run cites when none is named: the law on passenger data. */
export const DEFAULT_SCREENING_BASIS = 'pnr-2016';

/** The basis a new run is made under (see the file header); null when none is named and the registry has no default in force. */
export async function screeningBasis(p: Platform, ctx: Ctx, legalBasisId: string | undefined): Promise<{ id: string; citation: string } | null> {
  const bases = await basesForMarkings(p, ctx);
  if (legalBasisId) {
    const e = bases.find((b) => b.id === legalBasisId);
    if (!e) throw invalid('No such legal basis for processing in the legal registry.', 'legalBasisId');
    if (!e.inForce) throw invalid(e.successorId ? 'This version of the basis is no longer in force; choose its current version.' : 'This legal basis is not in force today.', 'legalBasisId');
    return { id: e.id, citation: e.citation };
  }
  const d = bases.find((b) => b.code === DEFAULT_SCREENING_BASIS && b.inForce);
  return d ? { id: d.id, citation: d.citation } : null;
}

/** A screening run as the legal registry lists it. */
export interface LinkedBatch {
  id: string;
  reference: string;
  status: string;
  createdAt: string;
}

/** The caller's organisation's screening runs made under the registry version `basisId` (none without read rights on border screening). */
export async function screeningBatchesCitingBasis(p: Platform, ctx: Ctx, basisId: string): Promise<{ batches: LinkedBatch[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, MODULE, 'read') || !ctx.actor.orgId) return { batches: [], truncated: false };
  const rows = await repo.batchesCitingBasis(p.db, ctx.actor.orgId, basisId);
  await p.record(ctx, [{ action: 'screening.batch_list', recordType: 'screening_batch', details: { results: rows.length } }]);
  const batches = rows.map((b) => ({
    id: b.id,
    reference: [b.kind === 'single' ? 'single screen' : b.format.toUpperCase(), b.flight, b.travel_date].filter(Boolean).join(' '),
    status: b.status,
    createdAt: new Date(b.created_at).toISOString(),
  }));
  return { batches, truncated: rows.length >= repo.CITING_LIMIT };
}
