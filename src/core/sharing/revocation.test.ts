import { describe, expect, it } from 'vitest';
import { narrows, type Reach } from './scope.ts';
import { REVOKED_NAME, revokedVersion, subjectToStix, VIGIL_EXTENSION_ID } from './stix.ts';

const reach = (over: Partial<Reach> = {}): Reach => ({ classification: 'restricted', distribution: 'all', sharedOrgIds: [], groupIds: [], ...over });

describe('narrows', () => {
  it('counts every change that may take the record away from a former reader', () => {
    expect(narrows(reach(), reach({ distribution: 'organisations', sharedOrgIds: ['a'] }))).toBe(true);
    expect(narrows(reach(), reach({ classification: 'secret' }))).toBe(true);
    expect(narrows(reach({ distribution: 'organisations', sharedOrgIds: ['a', 'b'] }), reach({ distribution: 'organisations', sharedOrgIds: ['a'] }))).toBe(true);
    expect(narrows(reach({ distribution: 'group', groupIds: ['g'] }), reach({ distribution: 'organisations', sharedOrgIds: ['a'] }))).toBe(true);
    expect(narrows(reach({ distribution: 'group', groupIds: ['g'] }), reach({ distribution: 'organisation' }))).toBe(true);
  });
  it('does not count a widening or an unchanged reach', () => {
    expect(narrows(reach(), reach())).toBe(false);
    expect(narrows(reach({ distribution: 'organisations', sharedOrgIds: ['a'] }), reach({ distribution: 'organisations', sharedOrgIds: ['a', 'b'] }))).toBe(false);
    expect(narrows(reach({ distribution: 'group', groupIds: ['g'] }), reach())).toBe(false);
    expect(narrows(reach({ distribution: 'organisation' }), reach({ distribution: 'organisation', classification: 'secret' }))).toBe(false);
    expect(narrows(reach({ classification: 'secret' }), reach({ classification: 'restricted' }))).toBe(false);
  });
});

describe('revokedVersion', () => {
  it('keeps nothing of the record: no name, document, description or reference to another record', () => {
    const at = new Date('2026-03-01T00:00:00.000Z');
    const s = subjectToStix({
      id: '6a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2c', kind: 'person', names: ['Secret Person'], birthDate: '1990-01-01', nationalities: ['BE'], gender: 'male', category: 'FTF',
      followUp: 'active', documents: [{ type: 'passport', number: 'PP1234567', country: 'BE' }], notes: 'seen at the station', threatLevel: 3, version: 2,
      createdAt: new Date('2026-01-01T00:00:00.000Z'), updatedAt: new Date('2026-02-01T00:00:00.000Z'),
      markings: { ownerOrgId: '11111111-1111-4111-8111-111111111111', ownerOrgName: 'Agency', classification: 'restricted', tlp: 'amber', distribution: 'all', sharedWith: [], groupIds: [], handlingCode: 'H0', hitNoHit: false, legalBasis: 'basis', purpose: 'purpose', reviewDate: null },
    });
    const t = revokedVersion(s, at);
    expect(t).toMatchObject({ id: s.id, type: 'identity', revoked: true, name: REVOKED_NAME, modified: at.toISOString(), created: s.created });
    const text = JSON.stringify(t);
    for (const x of ['Secret Person', 'PP1234567', 'seen at the station', '1990-01-01', 'FTF']) expect(text).not.toContain(x);
    expect((t.extensions as any)[VIGIL_EXTENSION_ID]).toMatchObject({ record_type: 'subject', markings: { distribution: 'all' } });
    const rel = revokedVersion({ type: 'relationship', id: 'relationship--6a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2d', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', created_by_ref: 'identity--11111111-1111-4111-8111-111111111111', relationship_type: 'member-of', source_ref: 'identity--aaaaaaaa-1111-4111-8111-111111111111', target_ref: 'identity--bbbbbbbb-1111-4111-8111-111111111111' }, at);
    expect(JSON.stringify(rel)).not.toMatch(/aaaaaaaa|bbbbbbbb/);
  });
});
