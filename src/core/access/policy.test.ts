import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, DISTRIBUTIONS, MODULES, ORG_KINDS, PERMISSIONS, type Module, type Permission } from '../vocab.ts';
import { canAccess, clears, readFilter, type Action, type Actor, type PolicyContext, type RecordMarkings } from './policy.ts';

const ORGS = ['o1', 'o2', 'o3'];
const GROUPS = ['g1', 'g2'];
const NOW = new Date('2026-06-15T12:00:00Z');
const ctx = (module: Module = 'intel'): PolicyContext => ({ module, now: NOW, graceDays: 30 });

const arbActor: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constant('u'),
  orgId: fc.constantFrom(...ORGS),
  orgKind: fc.constantFrom(...ORG_KINDS),
  clearance: fc.constantFrom(...CLASSIFICATIONS),
  roles: fc.dictionary(fc.constantFrom(...MODULES), fc.subarray([...PERMISSIONS])) as fc.Arbitrary<Partial<Record<Module, Permission[]>>>,
  groupIds: fc.subarray(GROUPS),
  grantedRecordIds: fc.subarray(['r', 'other']).map((a) => new Set(a)),
});

const arbRecord: fc.Arbitrary<RecordMarkings> = fc.record({
  id: fc.constant('r'),
  ownerOrgId: fc.constantFrom(...ORGS),
  classification: fc.constantFrom(...CLASSIFICATIONS),
  distribution: fc.constantFrom(...DISTRIBUTIONS),
  sharedOrgIds: fc.subarray(ORGS),
  groupIds: fc.subarray(GROUPS),
  hitNoHit: fc.boolean(),
  reviewDate: fc.constantFrom(null, '2026-01-01', '2026-05-01', '2026-05-20', '2026-06-15', '2027-01-01'),
  deleted: fc.boolean(),
});
const arbAction = fc.constantFrom<Action>('read', 'write', 'approve', 'delete');

describe('canAccess: invariants over all combinations', () => {
  it('never grants anything on a deleted record', () => {
    fc.assert(fc.property(arbActor, arbRecord, arbAction, (a, r, act) => canAccess(a, { ...r, deleted: true }, act, ctx()) === 'none'), { numRuns: 5000 });
  });

  it('never grants full access above the actor clearance', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, arbAction, (a, r, act) => canAccess(a, r, act, ctx()) !== 'full' || clears(a.clearance, r.classification)),
      { numRuns: 5000 },
    );
  });

  it('only the owner organisation writes, approves or deletes', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, fc.constantFrom<Action>('write', 'approve', 'delete'), (a, r, act) => {
        const d = canAccess(a, r, act, ctx());
        return d !== 'hit' && (d === 'none' || a.orgId === r.ownerOrgId);
      }),
      { numRuns: 5000 },
    );
  });

  it('needs a role on the module: without one, nothing (oversight reads through grants only)', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, arbAction, (a, r, act) => {
        const noRole = { ...a, roles: {} };
        return canAccess(noRole, r, act, ctx()) === 'none';
      }),
      { numRuns: 5000 },
    );
  });

  it('organisation-only records reach only their owner (and granted oversight)', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, (a, r) => {
        const rec = { ...r, distribution: 'organisation' as const, hitNoHit: false };
        const d = canAccess(a, rec, 'read', ctx());
        return d === 'none' || a.orgId === rec.ownerOrgId || (a.orgKind === 'oversight' && a.grantedRecordIds!.has('r'));
      }),
      { numRuns: 5000 },
    );
  });

  it('hit-no-hit is given only where the record opts in, and only for reads', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, arbAction, (a, r, act) => canAccess(a, r, act, ctx()) !== 'hit' || (r.hitNoHit && act === 'read')),
      { numRuns: 5000 },
    );
  });

  it('oversight bodies never get hit-no-hit nor content without a grant', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, (a, r) => {
        const o = { ...a, orgKind: 'oversight' as const, grantedRecordIds: new Set<string>() };
        return canAccess(o, r, 'read', ctx()) === 'none';
      }),
      { numRuns: 3000 },
    );
  });

  it('retention: past review date plus grace, only the owner reads', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, (a, r) => {
        const rec = { ...r, reviewDate: '2026-01-01' };
        const d = canAccess(a, rec, 'read', ctx());
        return d === 'none' || a.orgId === rec.ownerOrgId || a.orgKind === 'oversight';
      }),
      { numRuns: 5000 },
    );
  });

  it('is monotone in clearance: a higher clearance never loses access', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, arbAction, (a, r, act) => {
        const rank = (d: string) => ['none', 'hit', 'full'].indexOf(d);
        const top = { ...a, clearance: 'top_secret' as const };
        return rank(canAccess(top, r, act, ctx())) >= rank(canAccess(a, r, act, ctx()));
      }),
      { numRuns: 5000 },
    );
  });

  it('readFilter agrees with canAccess on full reads for every combination', () => {
    fc.assert(
      fc.property(arbActor, arbRecord, (a, r0) => {
        const r = { ...r0, deleted: false };
        const f = readFilter(a, ctx());
        const sqlLike =
          f.mode === 'none'
            ? false
            : f.mode === 'grants'
              ? f.grantedRecordIds.includes(r.id) && f.classifications.includes(r.classification)
              : f.classifications.includes(r.classification) &&
                (r.ownerOrgId === f.orgId ||
                  ((r.reviewDate === null || r.reviewDate >= f.retentionCutoff) &&
                    (r.distribution === 'all' ||
                      (r.distribution === 'organisations' && r.sharedOrgIds.includes(f.orgId)) ||
                      (r.distribution === 'group' && r.groupIds.some((g) => f.groupIds.includes(g))))));
        return sqlLike === (canAccess(a, r, 'read', ctx()) === 'full');
      }),
      { numRuns: 20000 },
    );
  });
});

describe('canAccess: worked examples', () => {
  const analyst: Actor = { userId: 'u', orgId: 'o1', orgKind: 'intelligence', clearance: 'secret', roles: { intel: ['read', 'write'] }, groupIds: ['g1'] };
  const rec: RecordMarkings = { id: 'r', ownerOrgId: 'o2', classification: 'confidential', distribution: 'group', sharedOrgIds: [], groupIds: ['g1'], hitNoHit: false, reviewDate: null, deleted: false };

  it('a sharing group member reads a group record', () => expect(canAccess(analyst, rec, 'read', ctx())).toBe('full'));
  it('but may not change it', () => expect(canAccess(analyst, rec, 'write', ctx())).toBe('none'));
  it('outside the group: none, or hit-no-hit when the record opts in', () => {
    expect(canAccess({ ...analyst, groupIds: [] }, rec, 'read', ctx())).toBe('none');
    expect(canAccess({ ...analyst, groupIds: [] }, { ...rec, hitNoHit: true }, 'read', ctx())).toBe('hit');
  });
  it('top secret stays closed to a secret clearance even in the owner organisation', () =>
    expect(canAccess(analyst, { ...rec, ownerOrgId: 'o1', classification: 'top_secret' }, 'read', ctx())).toBe('none'));
  it('a role on another module does not open intel records', () =>
    expect(canAccess({ ...analyst, roles: { threat: ['read'] } }, rec, 'read', ctx())).toBe('none'));
  it('oversight with a live grant reads the granted record', () => {
    const o: Actor = { userId: 'x', orgId: 'o3', orgKind: 'oversight', clearance: 'top_secret', roles: { audit: ['read'] }, groupIds: [], grantedRecordIds: new Set(['r']) };
    expect(canAccess(o, rec, 'read', ctx())).toBe('full');
    expect(canAccess(o, rec, 'write', ctx())).toBe('none');
  });
  it('within the grace period after the review date others still read; after it they do not', () => {
    expect(canAccess(analyst, { ...rec, reviewDate: '2026-05-20' }, 'read', ctx())).toBe('full');
    expect(canAccess(analyst, { ...rec, reviewDate: '2026-05-01' }, 'read', ctx())).toBe('none');
    expect(canAccess({ ...analyst, orgId: 'o2' }, { ...rec, reviewDate: '2026-05-01' }, 'read', ctx())).toBe('full');
  });
});
