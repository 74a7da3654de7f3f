/**
 * The SQL twin of the legal read rule (legalReadableSql) selects exactly the authorisations
 * canReadLegal reads in full, on the real database, for random records and random actors.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canReadLegal } from '../../src/core/access/legal.ts';
import type { Actor } from '../../src/core/access/policy.ts';
import { CLASSIFICATIONS, ORG_KINDS, PERMISSIONS, type Classification } from '../../src/core/vocab.ts';
import type { Ctx } from '../../src/server/platform/context.ts';
import { legalReadableSql } from '../../src/server/modules/legal/legal.access.ts';
import { listAuthorisations } from '../../src/server/modules/legal/authorisations.repository.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let orgs: string[];
const ids: string[] = [];

beforeAll(async () => {
  s = await startTestServer({ template: 'empty' });
  const db = s.platform.db;
  orgs = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  for (const [i, id] of orgs.entries()) await db.insertInto('organisations').values({ id, name: `Org ${i}`, kind: i === 2 ? 'oversight' : 'intelligence' }).execute();
  const user = crypto.randomUUID();
  await db.insertInto('users').values({ id: user, username: 'seed', display_name: 'Seed', org_id: orgs[0]!, clearance: 'top_secret', roles: '{}', password_hash: 'x' }).execute();
  const basis = (await db.selectFrom('legal_registry' as never).select('id' as never).executeTakeFirstOrThrow()) as { id: string };
  const rows = fc.sample(fc.record({ org: fc.constantFrom(orgs[0]!, orgs[1]!), classification: fc.constantFrom(...CLASSIFICATIONS) }), { numRuns: 120, seed: 16 });
  for (const [i, r] of rows.entries()) {
    const id = crypto.randomUUID();
    ids.push(id);
    await db.insertInto('legal_authorisations' as never).values({ id, reference: `T-${i}`, org_id: r.org, method: 'interception', tier: 'exceptional', basis_id: basis.id, offence_ids: [], facts: 'f', subsidiarity: 's', proportionality: 'p', duration_days: 10, classification: r.classification, state: 'draft', state_since: new Date(), created_by: user } as never).execute();
  }
});
afterAll(() => s?.close());

describe('legalReadableSql ≡ canReadLegal on the database', () => {
  it('selects exactly the records the rule reads in full, for every sampled actor', async () => {
    const all = (await s.platform.db.selectFrom('legal_authorisations' as never).select(['id', 'org_id', 'classification'] as never).execute()) as Array<{ id: string; org_id: string; classification: Classification }>;
    const actors = fc.sample(
      fc.record({
        orgId: fc.constantFrom(...orgs),
        orgKind: fc.constantFrom(...ORG_KINDS),
        clearance: fc.constantFrom(...CLASSIFICATIONS),
        legal: fc.subarray([...PERMISSIONS]),
        audit: fc.boolean(),
        grants: fc.subarray(ids.slice(0, 10)),
      }),
      { numRuns: 150, seed: 61 },
    );
    for (const a of actors) {
      const actor: Actor & { username: string } = { userId: 'u', username: 'u', orgId: a.orgId, orgKind: a.orgKind, clearance: a.clearance, roles: { ...(a.legal.length ? { legal: a.legal } : {}), ...(a.audit ? { audit: ['read'] } : {}) }, groupIds: [], grantedRecordIds: new Set(a.grants) };
      const ctx = { actor, now: new Date(), requestId: 'r', purpose: null } as unknown as Ctx;
      const expected = all.filter((r) => canReadLegal(actor, { id: r.id, orgId: r.org_id, classification: r.classification }, { now: ctx.now, graceDays: 30 })).map((r) => r.id).sort();
      const got = (await listAuthorisations(s.platform.db, legalReadableSql(s.platform, ctx, 'a'), {})).map((r) => r.id).sort();
      expect(got, JSON.stringify(a)).toEqual(expected);
    }
  });
});
