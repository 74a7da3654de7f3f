/**
 * The data of bench/crisis, synthetic (seeded faker): the agencies of a Belgian terror-attack response
 * (crisis centre, federal and local police, fire and rescue, medical service, municipality) with crisis
 * users spread over them, each with an API token, and one police zone that does not take part (its
 * users must be refused). Written straight to the tables before the servers start: the setup is not
 * what is measured.
 */
import { Faker, base as fakerBase, en, fr, nl_BE } from '@faker-js/faker';
import { createApiToken, hashPassword } from '../../src/server/platform/auth.ts';
import type { Database } from '../../src/server/platform/db.ts';

export interface BenchUser {
  id: string;
  username: string;
  orgId: string;
  token: string;
}

export interface CrisisBenchData {
  declarer: BenchUser;
  /** users of the participating organisations (live clients and writers) */
  participants: BenchUser[];
  /** users of a police zone that does not take part */
  outsiders: BenchUser[];
  participantOrgIds: string[];
}

const ORGS: Array<{ name: string; kind: string; share: number }> = [
  { name: 'National Crisis Centre (bench)', kind: 'crisis', share: 2 },
  { name: 'Federal Police (bench)', kind: 'police', share: 2 },
  { name: 'Local Police Zone Brussels-Capital (bench)', kind: 'police', share: 3 },
  { name: 'Local Police Zone Brussels-West (bench)', kind: 'police', share: 2 },
  { name: 'Fire and Rescue Brussels (bench)', kind: 'crisis', share: 2 },
  { name: 'Medical Emergency Service (bench)', kind: 'crisis', share: 2 },
  { name: 'Municipality of Brussels (bench)', kind: 'crisis', share: 1 },
];

/** Creates the organisations and `n` participating users (plus the declarer and 5 outsiders). */
export async function seedCrisisBench(db: Database, n: number): Promise<CrisisBenchData> {
  const f = new Faker({ locale: [fr, nl_BE, en, fakerBase] });
  f.seed(13_2026);
  const hash = await hashPassword('bench-password-not-used');
  const orgs = ORGS.map((o) => ({ ...o, id: f.string.uuid() }));
  const outsiderOrg = { id: f.string.uuid(), name: 'Local Police Zone Antwerp (bench, not taking part)', kind: 'police' };
  await db.insertInto('organisations').values([...orgs, outsiderOrg].map((o) => ({ id: o.id, name: o.name, kind: o.kind, country: 'BE', contact: 'duty@bench.example' }))).execute();
  const shares = orgs.flatMap((o) => Array.from({ length: o.share }, () => o));
  const users: Array<{ id: string; username: string; orgId: string; roles: Record<string, string[]> }> = [];
  const add = (orgId: string, username: string, roles: string[]) => users.push({ id: f.string.uuid(), username, orgId, roles: { crisis: roles } });
  add(orgs[0]!.id, 'bench.declarer', ['read', 'write', 'approve']);
  for (let i = 0; i < n; i++) add(shares[i % shares.length]!.id, `bench.user${i}`, ['read', 'write']);
  for (let i = 0; i < 5; i++) add(outsiderOrg.id, `bench.outsider${i}`, ['read', 'write']);
  await db
    .insertInto('users')
    .values(users.map((u) => ({ id: u.id, username: u.username, display_name: f.person.fullName(), org_id: u.orgId, clearance: 'restricted', roles: JSON.stringify(u.roles), password_hash: hash })))
    .execute();
  const withTokens: BenchUser[] = [];
  for (const u of users) withTokens.push({ id: u.id, username: u.username, orgId: u.orgId, token: (await createApiToken(db, u.id, 'bench/crisis', ['crisis'])).token });
  return {
    declarer: withTokens[0]!,
    participants: withTokens.slice(1, n + 1),
    outsiders: withTokens.slice(n + 1),
    participantOrgIds: orgs.map((o) => o.id),
  };
}
