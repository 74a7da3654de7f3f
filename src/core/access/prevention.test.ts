import { describe, expect, it } from 'vitest';
import type { Actor } from './policy.ts';
import { canReadCase, canReadContribution, mayLeaveCell } from './prevention.ts';

const ORG = { prevention: 'org-prev', police: 'org-police', social: 'org-social', other: 'org-other' };
const actor = (orgId: string, roles: Actor['roles'] = { prevention: ['read', 'write'] }): Actor => ({ userId: `u-${orgId}`, orgId, orgKind: 'prevention', clearance: 'restricted', roles, groupIds: [] });
const now = new Date('2026-12-04T12:00:00Z');
const ctx = { now, graceDays: 30 };
const kase = (over: Partial<Parameters<typeof canReadCase>[1]> = {}) => ({ id: 'c1', cellOrgId: ORG.prevention, reviewDate: '2027-03-01', readerParticipates: true, readerCoordinates: false, ...over });

describe('LIVC-R case access', () => {
  it('lets participants read, nobody else (not even the cell organisation)', () => {
    expect(canReadCase(actor(ORG.police), kase(), ctx)).toBe(true);
    expect(canReadCase(actor(ORG.police), kase({ readerParticipates: false }), ctx)).toBe(false);
    expect(canReadCase(actor(ORG.prevention), kase({ readerParticipates: false }), ctx)).toBe(false);
    expect(canReadCase(actor(ORG.other), kase({ readerParticipates: false }), ctx)).toBe(false);
  });
  it('needs the prevention read right', () => {
    expect(canReadCase(actor(ORG.police, { intel: ['read'] }), kase(), ctx)).toBe(false);
  });
  it('restricts an overdue case to the coordinator after the grace period', () => {
    const overdue = kase({ reviewDate: '2026-10-01' });
    expect(canReadCase(actor(ORG.police), overdue, ctx)).toBe(false);
    expect(canReadCase(actor(ORG.prevention), overdue, ctx)).toBe(false);
    expect(canReadCase(actor(ORG.prevention), { ...overdue, readerCoordinates: true }, ctx)).toBe(true);
    // within the grace period everybody taking part still reads it
    expect(canReadCase(actor(ORG.police), kase({ reviewDate: '2026-11-20' }), ctx)).toBe(true);
  });
});

describe('shared professional secrecy', () => {
  const police = actor(ORG.police);
  const social = actor(ORG.social);
  const note = (orgId: string, sharing: 'own_service' | 'cell' | 'secrecy') => ({ id: `${orgId}-${sharing}`, orgId, sharing });
  it("keeps a service's own notes to that service", () => {
    expect(canReadContribution(social, note(ORG.police, 'own_service'), ctx)).toBe(false);
    expect(canReadContribution(police, note(ORG.social, 'own_service'), ctx)).toBe(false);
    expect(canReadContribution(police, note(ORG.police, 'own_service'), ctx)).toBe(true);
    expect(canReadContribution(social, note(ORG.social, 'own_service'), ctx)).toBe(true);
  });
  it('shares cell and secrecy-covered notes with every participant', () => {
    expect(canReadContribution(social, note(ORG.police, 'cell'), ctx)).toBe(true);
    expect(canReadContribution(police, note(ORG.social, 'cell'), ctx)).toBe(true);
    expect(canReadContribution(police, note(ORG.social, 'secrecy'), ctx)).toBe(true);
  });
  it('lets only cell-level notes leave the cell', () => {
    expect(mayLeaveCell({ sharing: 'cell' })).toBe(true);
    expect(mayLeaveCell({ sharing: 'secrecy' })).toBe(false);
    expect(mayLeaveCell({ sharing: 'own_service' })).toBe(false);
  });
  it('gives nothing to a reader without the prevention right', () => {
    expect(canReadContribution(actor(ORG.social, {}), note(ORG.social, 'cell'), ctx)).toBe(false);
  });
});
