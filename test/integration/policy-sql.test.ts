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
