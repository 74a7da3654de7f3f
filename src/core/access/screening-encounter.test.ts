import { describe, expect, it } from 'vitest';
import { canAccess, screeningEncounter, type Actor, type RecordMarkings } from './policy.ts';

const INTEL_ORG = '00000000-0000-4000-8000-000000000001';
const BORDER_ORG = '00000000-0000-4000-8000-000000000002';
const ctx = { now: new Date('2026-12-04T12:00:00Z'), graceDays: 30 };

const subject = (m: Partial<RecordMarkings> = {}): RecordMarkings => ({
  id: '10000000-0000-4000-8000-000000000001', ownerOrgId: INTEL_ORG, classification: 'secret', distribution: 'organisation',
  sharedOrgIds: [], groupIds: [], hitNoHit: false, reviewDate: '2030-01-01', deleted: false, ...m,
});
const border: Actor = { userId: 'u1', orgId: BORDER_ORG, orgKind: 'border', clearance: 'confidential', roles: { screening: ['read', 'write'], intel: ['read'] }, groupIds: [] };
const owner: Actor = { userId: 'u2', orgId: INTEL_ORG, orgKind: 'intelligence', clearance: 'secret', roles: { intel: ['read', 'write'], screening: ['read', 'write'] }, groupIds: [] };

describe('policy: screening encounter (no false clear)', () => {
  it('answers "listed" for an organisation-only subject without hit/no-hit, which the read rule refuses', () => {
    expect(canAccess(border, subject(), 'read', { ...ctx, module: 'intel' })).toBe('none');
    expect(screeningEncounter(border, subject(), ctx)).toBe('listed');
  });
  it('answers "listed" whatever the hit/no-hit flag, the clearance or the review date', () => {
    expect(screeningEncounter(border, subject({ hitNoHit: true }), ctx)).toBe('listed');
    expect(screeningEncounter(border, subject({ classification: 'top_secret' as RecordMarkings['classification'] }), ctx)).toBe('listed');
    expect(screeningEncounter(border, subject({ reviewDate: '2020-01-01' }), ctx)).toBe('listed');
    expect(screeningEncounter({ ...border, roles: { screening: ['write'] } }, subject(), ctx)).toBe('listed');
  });
  it('answers "full" where the read rule gives the subject in full', () => {
    expect(screeningEncounter(owner, subject(), ctx)).toBe('full');
    expect(screeningEncounter(border, subject({ distribution: 'all', classification: 'restricted' }), ctx)).toBe('full');
  });
  it('answers nothing for a deleted subject, for oversight and for users who do not screen', () => {
    expect(screeningEncounter(border, subject({ deleted: true }), ctx)).toBe('none');
    expect(screeningEncounter({ ...border, roles: { intel: ['read'] } }, subject(), ctx)).toBe('none');
    expect(screeningEncounter({ ...border, orgKind: 'oversight', roles: { screening: ['read'], audit: ['read'] } }, subject(), ctx)).toBe('none');
  });
});
