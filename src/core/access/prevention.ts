/**
 * Shared professional secrecy in the LIVC-R (the law of 30 July 2018): who reads a case and which
 * contributions on it. The rules are canAccess on the markings below, so the read door applies them
 * like any other record rule; a refusal looks exactly like a missing record.
 *
 * - A case is read by the members who take part in it (the cell's core members and the services
 *   invited for that case), with read right on prevention. Nobody else, whatever their organisation.
 * - Retention: past its review date by more than the grace period, a case is restricted to the cell's
 *   coordinator (the prevention official of the cell's organisation), as records are to their owner.
 * - Contributions carry their source member and organisation and a sharing level:
 *   own_service: only the contributor's own organisation (the police's own notes, the social file);
 *   cell: every participant of the case (the cell's conclusions; may go on the feedback sheet);
 *   secrecy: every participant, under shared professional secrecy: it never leaves the cell (never on
 *   the feedback sheet, never in an export or a link).
 * A member is never obliged to share: nothing is shared unless its contributor chose the level.
 */
import { CLASSIFICATIONS } from '../vocab.ts';
import { canAccess, type Actor, type PolicyContext, type RecordMarkings } from './policy.ts';

export const SHARING_LEVELS = ['own_service', 'cell', 'secrecy'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

type Ctx = Omit<PolicyContext, 'module'>;

/** A case as the policy sees it, from the reader's side. */
export interface CaseRef {
  id: string;
  /** The organisation that coordinates the cell (its prevention service). */
  cellOrgId: string;
  reviewDate: string | null;
  /** Whether the reader is a participating member of this case. */
  readerParticipates: boolean;
  /** Whether the reader coordinates the cell (its prevention official). */
  readerCoordinates: boolean;
}

/**
 * A case's markings as `actor` reads them. A participant reads it as a record of the cell's
 * organisation shared with theirs; the coordinator reads it as its owner (so retention restricts it to
 * them); anyone else as a record of nobody (the policy refuses it: no organisation owns a case for them).
 */
export function caseMarkings(actor: Actor, c: CaseRef): RecordMarkings {
  const participant = c.readerParticipates || c.readerCoordinates;
  return {
    id: c.id,
    ownerOrgId: c.readerCoordinates ? actor.orgId : participant ? (c.cellOrgId === actor.orgId ? `cell-of:${c.id}` : c.cellOrgId) : `cell-of:${c.id}`,
    classification: CLASSIFICATIONS[1],
    distribution: 'organisations',
    sharedOrgIds: participant ? [actor.orgId] : [],
    groupIds: [],
    hitNoHit: false,
    reviewDate: c.reviewDate,
    deleted: false,
  };
}

/** Whether the actor reads the case (and may then see the contributions that reach them). */
export function canReadCase(actor: Actor, c: CaseRef, ctx: Ctx): boolean {
  return canAccess(actor, caseMarkings(actor, c), 'read', { ...ctx, module: 'prevention' }) === 'full';
}

/** A contribution (note) as the policy sees it. */
export interface ContributionRef {
  id: string;
  /** The contributor's organisation (the source). */
  orgId: string;
  sharing: SharingLevel;
}

/**
 * A contribution's markings for a reader who already reads its case: own-service notes are records of
 * the contributor's organisation only; cell and secrecy notes are shared with every participant.
 */
export function contributionMarkings(actor: Actor, n: ContributionRef): RecordMarkings {
  return {
    id: n.id,
    ownerOrgId: n.orgId,
    classification: CLASSIFICATIONS[1],
    distribution: n.sharing === 'own_service' ? 'organisation' : 'organisations',
    sharedOrgIds: n.sharing === 'own_service' ? [] : [actor.orgId],
    groupIds: [],
    hitNoHit: false,
    reviewDate: null,
    deleted: false,
  };
}

/** Whether a reader of the case reads this contribution. */
export function canReadContribution(actor: Actor, n: ContributionRef, ctx: Ctx): boolean {
  return canAccess(actor, contributionMarkings(actor, n), 'read', { ...ctx, module: 'prevention' }) === 'full';
}

/** Whether a contribution may leave the cell (the feedback sheet to the police): cell level only. */
export function mayLeaveCell(n: Pick<ContributionRef, 'sharing'>): boolean {
  return n.sharing === 'cell';
}
