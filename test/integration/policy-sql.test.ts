/**
 * The SQL form of the read policy (readableSql) must select exactly the rows canAccess reads in full,
 * on the real database, for random records and random actors.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAccess, type Actor } from '../../src/core/access/policy.ts';
import { CLASSIFICATIONS, DISTRIBUTIONS, MODULES, ORG_KINDS, PERMISSIONS, type Module, type Permission } from '../../src/core/vocab.ts';
import { policyCtx, policyMarkings, readableSql, type MarkingRow } from '../../src/server/platform/records.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { canReadReferral } from '../../src/core/access/policy.ts';
import { referralReadableSql } from '../../src/server/platform/records.ts';

let s: TestServer;
let orgs: string[];
let groups: string[];

beforeAll(async () => {
  s = await startTestServer({ template: 'empty' });
  const db = s.platform.db;
  orgs = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  groups = [crypto.randomUUID(), crypto.randomUUID()];
  for (const [i, id] of orgs.entries()) await db.insertInto('organisations').values({ id, name: `Org ${i}`, kind: 'intelligence' }).execute();
  for (const [i, id] of groups.entries()) await db.insertInto('sharing_groups').values({ id, name: `Group ${i}` }).execute();
  const user = crypto.randomUUID();
  await db.insertInto('users').values({ id: user, username: 'seed', display_name: 'Seed', org_id: orgs[0]!, clearance: 'top_secret', roles: '{}', password_hash: 'x' }).execute();
  const rows = fc.sample(
    fc.record({
      owner: fc.constantFrom(...orgs),
      classification: fc.constantFrom(...CLASSIFICATIONS),
      distribution: fc.constantFrom(...DISTRIBUTIONS),
      shared: fc.subarray(orgs),
      groups: fc.subarray(groups),
      hit: fc.boolean(),
      review: fc.constantFrom(null, '2020-01-01', '2026-10-01', new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10), '2031-01-01'),
    }),
    { numRuns: 400, seed: 7 },
  );
  await db
    .insertInto('subjects')
    .values(
      rows.map((r) => ({
        id: crypto.randomUUID(), kind: 'person', names: ['Synthetic Person'], birth_date: null, gender: null, category: null, threat_level: null,
        documents: '[]', owner_org_id: r.owner, classification: r.classification, tlp: 'amber', distribution: r.distribution,
        shared_org_ids: r.shared, group_ids: r.groups, hit_no_hit: r.hit, legal_basis: 'test basis', purpose: 'test purpose', review_date: r.review,
        created_by: user, updated_by: user,
      })),
    )
    .execute();
});
afterAll(() => s?.close());

describe('readableSql ≡ canAccess on the database', () => {
  it('selects exactly the records the policy reads in full, for every sampled actor', async () => {
    const all = (await s.platform.db.selectFrom('subjects').selectAll().execute()) as unknown as MarkingRow[];
    const actors = fc.sample(
      fc.record({
        userId: fc.constant('u'),
        orgId: fc.constantFrom(...orgs),
        orgKind: fc.constantFrom(...ORG_KINDS),
        clearance: fc.constantFrom(...CLASSIFICATIONS),
        roles: fc.dictionary(fc.constantFrom<Module>('intel', 'audit', 'threat'), fc.subarray([...PERMISSIONS])) as fc.Arbitrary<Partial<Record<Module, Permission[]>>>,
        groupIds: fc.subarray(groups),
        grantedRecordIds: fc.subarray(all.slice(0, 5).map((r) => r.id)).map((a) => new Set(a)),
      }),
      { numRuns: 60, seed: 11 },
    ) as Actor[];
    expect(MODULES).toContain('intel');
    for (const actor of actors) {
      const ctx = { actor: { ...actor, username: 'u', displayName: 'u', orgName: 'o', locale: 'en', via: 'session' as const }, requestId: 'r', purpose: null, now: new Date() };
      const viaSql = new Set(
        (await s.platform.db.selectFrom('subjects as s').select('s.id').where(readableSql(ctx, 'intel', 30, 's')).execute()).map((r) => r.id),
      );
      const viaPolicy = new Set(all.filter((r) => canAccess(actor, policyMarkings(r), 'read', policyCtx(ctx, 'intel', 30)) === 'full').map((r) => r.id));
      expect([...viaSql].sort()).toEqual([...viaPolicy].sort());
    }
    expect(sql).toBeDefined();
  });
});

describe('referralReadableSql ≡ canReadReferral on the database (screening referrals)', () => {
  it('selects exactly the referrals the rule lets each sampled actor read', async () => {
    const refs = fc.sample(fc.record({ id: fc.uuid(), fromOrgId: fc.constantFrom(...orgs) }), { numRuns: 60, seed: 13 });
    const rows = sql.join(refs.map((r) => sql`(${r.id}::uuid, ${r.fromOrgId}::uuid)`));
    const actors = fc.sample(
      fc.record({
        userId: fc.constant('u'),
        orgId: fc.constantFrom(...orgs),
        orgKind: fc.constantFrom(...ORG_KINDS),
        clearance: fc.constantFrom(...CLASSIFICATIONS),
        roles: fc.dictionary(fc.constantFrom<Module>('screening', 'audit', 'intel'), fc.subarray([...PERMISSIONS])) as fc.Arbitrary<Partial<Record<Module, Permission[]>>>,
        groupIds: fc.subarray(groups),
        grantedRecordIds: fc.subarray(refs.slice(0, 5).map((r) => r.id)).map((a) => new Set(a)),
      }),
      { numRuns: 80, seed: 17 },
    ) as Actor[];
    let some = 0;
    for (const actor of actors) {
      const ctx = { actor: { ...actor, username: 'u', displayName: 'u', orgName: 'o', locale: 'en', via: 'session' as const }, requestId: 'r', purpose: null, now: new Date() };
      const viaSql = (await sql<{ id: string }>`SELECT t.id FROM (VALUES ${rows}) AS t(id, from_org_id) WHERE ${referralReadableSql(ctx, 30, 't')}`.execute(s.platform.db)).rows.map((r) => r.id);
      const viaRule = refs.filter((r) => canReadReferral(actor, r, { now: ctx.now, graceDays: 30 })).map((r) => r.id);
      expect([...viaSql].sort()).toEqual([...viaRule].sort());
      some += viaRule.length > 0 && viaRule.length < refs.length ? 1 : 0;
    }
    expect(some).toBeGreaterThan(0);
  });
});

describe('bankReadableSql ≡ canReadBank on the database (hash banks by TLP)', () => {
  it('selects exactly the banks the rule lets each sampled actor read and match', async () => {
    const { canReadBank } = await import('../../src/core/access/policy.ts');
    const { bankReadableSql } = await import('../../src/server/platform/records.ts');
    const { TLPS } = await import('../../src/core/vocab.ts');
    const banks = fc.sample(fc.record({ id: fc.uuid(), ownerOrgId: fc.constantFrom(...orgs), tlp: fc.constantFrom(...TLPS) }), { numRuns: 80, seed: 19 });
    const rows = sql.join(banks.map((b) => sql`(${b.id}::uuid, ${b.ownerOrgId}::uuid, ${b.tlp}::text)`));
    const actors = fc.sample(
      fc.record({
        userId: fc.constant('u'),
        orgId: fc.constantFrom(...orgs),
        orgKind: fc.constantFrom(...ORG_KINDS),
        clearance: fc.constantFrom(...CLASSIFICATIONS),
        roles: fc.dictionary(fc.constantFrom<Module>('content', 'audit', 'intel'), fc.subarray([...PERMISSIONS])) as fc.Arbitrary<Partial<Record<Module, Permission[]>>>,
        groupIds: fc.subarray(groups),
        grantedRecordIds: fc.subarray(banks.slice(0, 5).map((b) => b.id)).map((a) => new Set(a)),
      }),
      { numRuns: 80, seed: 23 },
    ) as Actor[];
    let some = 0;
    for (const actor of actors) {
      const ctx = { actor: { ...actor, username: 'u', displayName: 'u', orgName: 'o', locale: 'en', via: 'session' as const }, requestId: 'r', purpose: null, now: new Date() };
      const viaSql = (await sql<{ id: string }>`SELECT t.id FROM (VALUES ${rows}) AS t(id, owner_org_id, tlp) WHERE ${bankReadableSql(ctx, 30, 't')}`.execute(s.platform.db)).rows.map((r) => r.id);
      const viaRule = banks.filter((b) => canReadBank(actor, b, { now: ctx.now, graceDays: 30 })).map((b) => b.id);
      expect([...viaSql].sort()).toEqual([...viaRule].sort());
      some += viaRule.length > 0 && viaRule.length < banks.length ? 1 : 0;
    }
    expect(some).toBeGreaterThan(0);
  });
});
