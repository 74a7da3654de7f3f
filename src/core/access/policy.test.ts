import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, DISTRIBUTIONS, MODULES, ORG_KINDS, PERMISSIONS, type Module, type Permission } from '../vocab.ts';
import { canAccess, canReadReferral, clears, readFilter, referralFilter, referralMarkings, type Action, type Actor, type PolicyContext, type RecordMarkings } from './policy.ts';
import { bankFilter, bankMarkings, canReadBank, BANK_OWNER_ONLY_TLPS } from './policy.ts';
import { TLPS } from '../vocab.ts';

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

describe('screening referrals: who reads them', () => {
  const pctx = { now: NOW, graceDays: 30 };
  const ref = { id: 'r', fromOrgId: 'o2' };
  const border: Actor = { userId: 'b', orgId: 'o2', orgKind: 'border', clearance: 'unclassified', roles: { screening: ['read', 'write'] }, groupIds: [] };
  const intel: Actor = { userId: 'i', orgId: 'o1', orgKind: 'intelligence', clearance: 'unclassified', roles: { screening: ['read'] }, groupIds: [] };
  const police: Actor = { userId: 'p', orgId: 'o3', orgKind: 'police', clearance: 'top_secret', roles: { screening: ['read'] }, groupIds: ['g1'] };

  it('the referring organisation reads its own referral', () => expect(canReadReferral(border, ref, pctx)).toBe(true));
  it('an intelligence service (the addressee) reads every referral', () => expect(canReadReferral(intel, ref, pctx)).toBe(true));
  it('another organisation does not, whatever its clearance', () => expect(canReadReferral(police, ref, pctx)).toBe(false));
  it('nobody reads without read permission on screening', () => {
    expect(canReadReferral({ ...intel, roles: { intel: ['read', 'write'] } }, ref, pctx)).toBe(false);
    expect(canReadReferral({ ...border, roles: {} }, ref, pctx)).toBe(false);
  });
  it('oversight reads only a granted referral', () => {
    const o: Actor = { userId: 'x', orgId: 'o4', orgKind: 'oversight', clearance: 'top_secret', roles: { audit: ['read'] }, groupIds: [] };
    expect(canReadReferral(o, ref, pctx)).toBe(false);
    expect(canReadReferral({ ...o, grantedRecordIds: new Set(['r']) }, ref, pctx)).toBe(true);
  });
  it('the rule is canAccess on the referral markings, and its filter agrees for every actor', () => {
    fc.assert(
      fc.property(arbActor, fc.constantFrom(...ORGS), (a, from) => {
        const r = { id: 'r', fromOrgId: from };
        const byRule = canReadReferral(a, r, pctx);
        expect(canAccess(a, referralMarkings(a, r), 'read', ctx('screening')) === 'full').toBe(byRule);
        const f = referralFilter(a, pctx);
        const byFilter = f.mode === 'all' || (f.mode === 'own' && f.orgId === from) || (f.mode === 'grants' && f.grantedRecordIds.includes('r'));
        return byFilter === byRule;
      }),
      { numRuns: 5000 },
    );
  });
});

describe('hash banks: visibility by TLP', () => {
  const pctx = { now: NOW, graceDays: 30 };
  const reader: Actor = { userId: 'c', orgId: 'o1', orgKind: 'intelligence', clearance: 'unclassified', roles: { content: ['read'] }, groupIds: [] };
  const bank = (tlp: string, ownerOrgId = 'o2') => ({ id: 'r', ownerOrgId, tlp });

  it('red and amber+strict banks are read by their owner organisation only', () => {
    expect(BANK_OWNER_ONLY_TLPS).toEqual(['red', 'amber+strict']);
    for (const tlp of ['red', 'amber+strict']) {
      expect(canReadBank(reader, bank(tlp), pctx)).toBe(false);
      expect(canReadBank(reader, bank(tlp, 'o1'), pctx)).toBe(true);
    }
  });
  it('clear, green and amber banks are read by every organisation with content read', () => {
    for (const tlp of ['clear', 'green', 'amber']) expect(canReadBank(reader, bank(tlp), pctx)).toBe(true);
  });
  it('nobody reads a bank without read permission on content, not even its owner', () => {
    expect(canReadBank({ ...reader, roles: { intel: ['read', 'write', 'approve'] } }, bank('green'), pctx)).toBe(false);
    expect(canReadBank({ ...reader, roles: {} }, bank('red', 'o1'), pctx)).toBe(false);
  });
  it('oversight reads only a granted bank', () => {
    const o: Actor = { userId: 'x', orgId: 'o4', orgKind: 'oversight', clearance: 'top_secret', roles: { audit: ['read'], content: ['read'] }, groupIds: [] };
    expect(canReadBank(o, bank('green'), pctx)).toBe(false);
    expect(canReadBank({ ...o, grantedRecordIds: new Set(['r']) }, bank('red'), pctx)).toBe(true);
  });
  it('the rule is canAccess on the bank markings, and its filter agrees for every actor, owner and TLP', () => {
    fc.assert(
      fc.property(arbActor, fc.constantFrom(...ORGS), fc.constantFrom(...TLPS), (a, owner, tlp) => {
        const b = { id: 'r', ownerOrgId: owner, tlp };
        const byRule = canReadBank(a, b, pctx);
        expect(canAccess(a, bankMarkings(b), 'read', ctx('content')) === 'full').toBe(byRule);
        const f = bankFilter(a, pctx);
        const byFilter = (f.mode === 'normal' && (f.orgId === owner || !f.ownerOnlyTlps.includes(tlp))) || (f.mode === 'grants' && f.grantedRecordIds.includes('r'));
        return byFilter === byRule;
      }),
      { numRuns: 5000 },
    );
  });
});

describe('review state (the flags the owner sees)', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  it('is due from the review date, restricted after the grace period, nothing without a date', async () => {
    const { reviewState } = await import('./policy.ts');
    expect(reviewState({ reviewDate: null }, { now, graceDays: 30 })).toEqual({ reviewDue: false, restricted: false });
    expect(reviewState({ reviewDate: '2026-06-16' }, { now, graceDays: 30 })).toEqual({ reviewDue: false, restricted: false });
    expect(reviewState({ reviewDate: '2026-06-15' }, { now, graceDays: 30 })).toEqual({ reviewDue: true, restricted: false });
    expect(reviewState({ reviewDate: '2026-05-16' }, { now, graceDays: 30 })).toEqual({ reviewDue: true, restricted: false });
    expect(reviewState({ reviewDate: '2026-05-15' }, { now, graceDays: 30 })).toEqual({ reviewDue: true, restricted: true });
  });
});
