/**
 * The sharing preview: before a record is saved, who will see it and how. Pure; built on the access
 * policy itself, so the preview cannot disagree with what the policy will decide.
 */
import { canAccess, type Actor, type RecordMarkings } from '../access/policy.ts';
import type { MarkingsInput } from '../contracts.ts';
import type { Module, OrgKind } from '../vocab.ts';
import { stepDown, type SCOPES } from './scope.ts';

export interface PreviewOrg {
  id: string;
  name: string;
  kind: OrgKind;
  groupIds: string[];
}

export interface PreviewLine {
  organisationId: string;
  organisation: string;
  kind: OrgKind;
  /** full: its users with the module role and clearance read it; hit: they learn it exists and whom to ask. */
  access: 'full' | 'hit' | 'none';
  /** Why, in one phrase (a key the UI translates). */
  reason: 'owner' | 'distribution' | 'hit-no-hit' | 'oversight-grant-only' | 'not-in-distribution';
  /** For foreign partners that read it in full: the scope it travels with, and the scope it gets there. */
  federation?: { sentAs: (typeof SCOPES)[number]; thereAs: (typeof SCOPES)[number] } | null;
}

/** Who sees a record with these markings, owned by `ownerOrgId`, for users cleared to its classification. */
export function sharingPreview(markings: MarkingsInput, ownerOrgId: string, orgs: PreviewOrg[], module: Module = 'intel'): PreviewLine[] {
  const record: RecordMarkings = {
    id: 'preview',
    ownerOrgId,
    classification: markings.classification,
    distribution: markings.distribution,
    sharedOrgIds: markings.sharedWith,
    groupIds: markings.groupIds,
    hitNoHit: markings.hitNoHit,
    reviewDate: null,
    deleted: false,
  };
  return orgs.map((o) => {
    const actor: Actor = { userId: 'preview', orgId: o.id, orgKind: o.kind, clearance: 'top_secret', roles: { [module]: ['read'] }, groupIds: o.groupIds };
    const access = canAccess(actor, record, 'read', { module, now: new Date(), graceDays: 0 });
    const reason: PreviewLine['reason'] =
      o.id === ownerOrgId ? 'owner' : o.kind === 'oversight' ? 'oversight-grant-only' : access === 'full' ? 'distribution' : access === 'hit' ? 'hit-no-hit' : 'not-in-distribution';
    let federation: PreviewLine['federation'] = null;
    if (o.kind === 'foreign-partner' && access === 'full') {
      const sentAs = markings.distribution === 'all' ? 'connected' : markings.distribution === 'organisation' ? 'organisation' : 'community';
      const strict = markings.tlp === 'red' || markings.tlp === 'amber+strict' || markings.handlingCode === 'H2';
      federation = { sentAs, thereAs: strict ? 'organisation' : stepDown(sentAs) };
    }
    return { organisationId: o.id, organisation: o.name, kind: o.kind, access, reason, federation };
  });
}
