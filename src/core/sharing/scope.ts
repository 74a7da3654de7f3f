/**
 * Federation scope and its step-down at each hop (as MISP does), and the markings a received object
 * gets on the receiving instance. Pure.
 *
 *   local distribution   scope on the wire   on the receiving instance
 *   all                  connected           community     → distribution "all" there, never forwarded
 *   group, organisations community           organisation  → the receiving organisation only
 *   organisation         organisation        never leaves the instance
 *
 * Besides, a received object is kept to the receiving organisation when its TLP is RED or
 * AMBER+STRICT, or its handling code is H2 (no dissemination without the provider's permission).
 * Received records have hit-no-hit off, and are never served again over TAXII.
 */
import { CLASSIFICATIONS, type Classification, type Distribution, type HandlingCode, type Tlp } from '../vocab.ts';
import type { Scope, StixMarkings } from './stix.ts';

export const SCOPES = ['connected', 'community', 'organisation'] as const;

/** The scope one hop further. */
export function stepDown(scope: Scope): Scope {
  return scope === 'connected' ? 'community' : 'organisation';
}

/** Whether an object of this scope may be served to another instance. */
export function mayLeave(scope: Scope, origin: 'local' | 'partner' | 'import'): boolean {
  return origin === 'local' && scope !== 'organisation';
}

export interface LocalMarkings {
  scope: Scope;
  ownerOrgId: string;
  classification: Classification;
  tlp: Tlp;
  distribution: Distribution;
  sharedOrgIds: string[];
  groupIds: string[];
  handlingCode: HandlingCode;
  hitNoHit: false;
  legalBasis: string;
  purpose: string;
  reviewDate: string | null;
}

/**
 * The markings a received object gets here: owned by the receiving organisation, scope stepped down
 * from the sender's, distribution following the new scope, hit-no-hit off.
 */
export function receivedMarkings(
  sent: Partial<StixMarkings> | undefined,
  tlp: Tlp | undefined,
  receivingOrgId: string,
  defaults: { legalBasis: string; purpose: string },
): LocalMarkings {
  const senderScope: Scope = sent?.scope ?? 'community';
  let scope = stepDown(senderScope);
  const handlingCode = sent?.handling_code ?? 'H0';
  const label = tlp ?? 'amber';
  if (label === 'red' || label === 'amber+strict' || handlingCode === 'H2') scope = 'organisation';
  return {
    scope,
    ownerOrgId: receivingOrgId,
    classification: sent?.classification ?? 'restricted',
    tlp: label,
    distribution: scope === 'community' ? 'all' : 'organisation',
    sharedOrgIds: [],
    groupIds: [],
    handlingCode,
    hitNoHit: false,
    legalBasis: sent?.legal_basis || defaults.legalBasis,
    purpose: sent?.purpose || defaults.purpose,
    reviewDate: sent?.review_date ?? null,
  };
}

/** Who a record reaches, as far as sharing is concerned. */
export interface Reach {
  classification: Classification;
  distribution: Distribution;
  sharedOrgIds: readonly string[];
  groupIds: readonly string[];
}

const LEVELS: readonly Classification[] = CLASSIFICATIONS;
const within = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));

/**
 * Whether a change of markings may take the record away from someone it reached (so the sharing copy
 * must revoke what partners hold). Conservative: any change that is not plainly a widening counts.
 */
export function narrows(before: Reach, after: Reach): boolean {
  if (before.distribution === 'organisation') return false; // it never reached anyone else
  if (LEVELS.indexOf(after.classification) > LEVELS.indexOf(before.classification)) return true;
  if (after.distribution === 'all') return false;
  if (before.distribution === 'all') return true;
  if (before.distribution === 'group') return !(after.distribution === 'group' && within(before.groupIds, after.groupIds));
  return !(after.distribution === 'organisations' && within(before.sharedOrgIds, after.sharedOrgIds));
}
