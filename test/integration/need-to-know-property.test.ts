/**
 * Property test of need-to-know over HTTP: random markings × users × endpoints. Records are created
 * with random owners, classifications, distributions, hit/no-hit opt-ins and review dates; every
 * reader then calls the read endpoints (get, list, search, graph, queues, export, TAXII,
 * notifications, screening). No response may contain the id or a name of a record the policy refuses
 * that reader, and a hit/no-hit answer never carries a name.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAccess, type RecordMarkings } from '../../src/core/access/policy.ts';
import { actorById, type SessionActor } from '../../src/server/platform/auth.ts';
import { markings as markingsBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

const TAXII = 'application/taxii+json;version=2.1';
const ALL_COLLECTION = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

interface Reader {
  username: string;
  client: Client;
  taxii: Client | null;
  actor: SessionActor;
}

let s: TestServer;
const readers: Reader[] = [];
const owners: Record<'civil' | 'police', Client> = {} as never;
let orgIds: Record<string, string> = {};
let groupId = '';
let run = 0;

/** A word of letters only, unique per record, so a leaked name is found by plain text search. */
function word(n: number): string {
  let out = '';
  let x = n + 7 * 26 * 26 * 26;
  while (x > 0) {
    out = String.fromCharCode(97 + (x % 26)) + out;
    x = Math.floor(x / 26);
  }
  return out;
}

const recordArb = fc.record({
  owner: fc.constantFrom<'civil' | 'police'>('civil', 'police'),
  classification: fc.constantFrom('unclassified', 'restricted', 'confidential', 'secret'),
  distribution: fc.constantFrom('organisation', 'organisations', 'group', 'all'),
  sharedWith: fc.subarray(['police', 'civil', 'threat', 'border'], { minLength: 1 }),
  hitNoHit: fc.boolean(),
  review: fc.constantFrom<'future' | 'expired'>('future', 'future', 'future', 'expired'),
  linkNext: fc.boolean(),
  report: fc.boolean(),
});
type Rec = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

interface Made {
  id: string;
  given: string;
  document: string;
  markings: RecordMarkings;
  reportId?: string;
  reportWord?: string;
  linkId?: string;
  linkMarkings?: RecordMarkings;
}

function markingsOf(r: Rec, sharedIds: string[]) {
  return markingsBody({
    classification: r.classification,
    distribution: r.distribution,
    ...(r.distribution === 'organisations' ? { sharedWith: sharedIds } : {}),
    ...(r.distribution === 'group' ? { groupIds: [groupId] } : {}),
    hitNoHit: r.hitNoHit,
  });
}

function policyView(id: string, r: Rec, ownerOrgId: string, sharedIds: string[], reviewDate: string): RecordMarkings {
  return {
    id,
    ownerOrgId,
    classification: r.classification as RecordMarkings['classification'],
    distribution: r.distribution as RecordMarkings['distribution'],
    sharedOrgIds: r.distribution === 'organisations' ? sharedIds : [],
    groupIds: r.distribution === 'group' ? [groupId] : [],
    hitNoHit: r.hitNoHit,
    reviewDate,
    deleted: false,
  };
}

async function makeRecords(recs: Rec[]): Promise<{ made: Made[]; family: string }> {
  run++;
  const family = `Dravek${word(run * 97)}`;
  const made: Made[] = [];
  for (const [i, r] of recs.entries()) {
    const given = `Ilvar${word(run * 1000 + i)}`;
    const document = `VX${run}${String(i).padStart(3, '0')}Q`;
    const sharedIds = r.sharedWith.map((k) => orgIds[k]!);
    const res = await owners[r.owner].post('/api/subjects', {
      kind: 'person',
      names: [`${given} ${family}`],
      birthDate: '1988-02-11',
      nationalities: ['BE'],
      category: 'PVE',
      gender: 'male',
      documents: [{ type: 'passport', number: document, country: 'BE' }],
      markings: markingsOf(r, sharedIds),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.id as string;
    let reviewDate = '2030-01-01';
    if (r.review === 'expired') {
      reviewDate = '2020-01-01';
      // The review date passed long ago: on the record and on its copy in the sharing module (as if the
      // time had come, not as an edit the change feed would carry later).
      await s.platform.db.updateTable('subjects').set({ review_date: reviewDate, updated_at: new Date() }).where('id', '=', id).execute();
      await sql`UPDATE sharing_objects SET review_date = ${reviewDate}::date WHERE id = ${id}::uuid`.execute(s.platform.db);
    }
    const m: Made = { id, given, document, markings: policyView(id, r, orgIds[r.owner]!, sharedIds, reviewDate) };
    if (r.report) {
      const reportWord = `Quillon${word(run * 1000 + i)}`;
      const rep = await owners[r.owner].post('/api/reports', {
        title: `Sighting ${reportWord}`,
        body: `Seen near the station, ${reportWord}.`,
        reportedOn: '2026-03-01',
        sourceReliability: 'B',
        infoCredibility: '2',
        subjectIds: [id],
        markings: markingsOf(r, sharedIds),
      });
      expect(rep.status, JSON.stringify(rep.body)).toBe(201);
      m.reportId = rep.body.id;
      m.reportWord = reportWord;
      // The report carries the subject's markings, review date included.
      if (r.review === 'expired') {
        await s.platform.db.updateTable('reports').set({ review_date: reviewDate, updated_at: new Date() }).where('id', '=', m.reportId!).execute();
        await sql`UPDATE sharing_objects SET review_date = ${reviewDate}::date WHERE id = ${m.reportId!}::uuid`.execute(s.platform.db);
      }
    }
    made.push(m);
  }
  // Links between neighbours, marked like the record they start from (owner must be able to read both).
  for (const [i, r] of recs.entries()) {
    const next = made[i + 1];
    if (!r.linkNext || !next || recs[i + 1]!.owner !== r.owner) continue;
    const sharedIds = r.sharedWith.map((k) => orgIds[k]!);
    const l = await owners[r.owner].post('/api/links', { fromSubjectId: made[i]!.id, toSubjectId: next.id, type: 'associate', markings: markingsOf({ ...r, review: 'future' }, sharedIds) });
    if (l.status === 201) {
      made[i]!.linkId = l.body.id;
      made[i]!.linkMarkings = policyView(l.body.id, { ...r, review: 'future' }, orgIds[r.owner]!, sharedIds, '2030-01-01');
    }
  }
  return { made, family };
}

function decision(reader: Reader, m: RecordMarkings) {
  return canAccess(reader.actor, m, 'read', { module: 'intel', now: new Date(), graceDays: s.platform.config.retentionGraceDays });
}

/** Fails when `text` holds the id or a name of a record refused to the reader. */
function expectNoLeak(where: string, text: string, refused: Made[]) {
  for (const m of refused) {
    expect(text.includes(m.id), `${where} leaks the id of a refused record`).toBe(false);
    expect(text.includes(m.given), `${where} leaks the name of a refused record`).toBe(false);
    expect(text.includes(m.document), `${where} leaks the document of a refused record`).toBe(false);
    if (m.reportId) expect(text.includes(m.reportId), `${where} leaks a refused subject's report id`).toBe(false);
  }
}

beforeAll(async () => {
  s = await startTestServer();
  const admin = await s.client('admin');
  const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>;
  const byName = (n: string) => orgs.find((o) => o.name === n)!.id;
  orgIds = { civil: byName('Civil Intelligence Service'), police: byName('Federal Judicial Police'), threat: byName('Threat Analysis Unit'), border: byName('Passenger Information Unit') };
  const groups = (await admin.get('/api/groups')).body as Array<{ id: string; name: string }>;
  groupId = groups.find((g) => g.name === 'Joint Information Box')!.id;
  owners.civil = await s.client('analyst.intel');
  owners.police = await s.client('analyst.police');
  for (const username of ['analyst.intel', 'analyst.police', 'analyst.threat', 'border.officer', 'oversight']) {
    const client = await s.client(username);
    const me = (await client.get('/api/auth/me')).body as { id?: string; userId?: string; user?: { id: string } };
    const userId = me.id ?? me.userId ?? me.user?.id;
    const actor = await actorById(s.platform.db, userId!);
    let taxii: Client | null = null;
    if ((actor!.roles.sharing ?? []).length > 0) {
      const t = await client.post('/api/tokens', { name: `property ${username}` });
      taxii = await s.client();
      taxii.bearer = t.body.token;
    }
    readers.push({ username, client, taxii, actor: actor! });
  }
});
afterAll(() => s?.close());

describe('no response reveals a record the policy refuses (random markings × users × endpoints)', () => {
  it('holds for every reader on every read endpoint', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 3, maxLength: 6 }), async (recs) => {
        const { made, family } = await makeRecords(recs);
        for (const reader of readers) {
          const c = reader.client;
          const refused = made.filter((m) => decision(reader, m.markings) === 'none');
          const hit = made.filter((m) => decision(reader, m.markings) === 'hit');
          const get = async (path: string) => JSON.stringify((await c.get(path)).body);
          const who = reader.username;

          // Search by the shared family name and by each given name and document number.
          expectNoLeak(`${who} GET /api/subjects?q=family`, await get(`/api/subjects?q=${encodeURIComponent(family)}`), refused);
          for (const m of made) {
            const byName = await c.get(`/api/subjects?q=${encodeURIComponent(`${m.given} ${family}`)}`);
            expectNoLeak(`${who} search by name`, JSON.stringify(byName.body), refused);
            if (hit.includes(m)) expect(JSON.stringify(byName.body).includes(m.given), `${who}: a hit answer carries no name`).toBe(false);
            expectNoLeak(`${who} search by category filter`, await get(`/api/subjects?q=${encodeURIComponent(family)}&category=PVE`), refused);
          }
          // Direct reads: refused records answer exactly like missing ones.
          for (const m of made) {
            const d = decision(reader, m.markings);
            const r = await c.get(`/api/subjects/${m.id}`);
            if (d === 'none') {
              expect(r.status, `${who} GET subject refused`).toBe(404);
              const missing = await c.get(`/api/subjects/${crypto.randomUUID()}`);
              expect(r.body, `${who}: a refusal reads like a missing record`).toEqual(missing.body);
            } else if (d === 'hit') {
              expect(r.status).toBe(200);
              expect(JSON.stringify(r.body).includes(m.given), `${who}: hit answer without the name`).toBe(false);
            } else {
              expect(r.status, `${who} GET subject readable`).toBe(200);
              expectNoLeak(`${who} GET /api/subjects/:id`, JSON.stringify(r.body), refused);
              expectNoLeak(`${who} GET graph`, await get(`/api/subjects/${m.id}/graph`), refused);
              expectNoLeak(`${who} GET subject reports`, await get(`/api/subjects/${m.id}/reports`), refused);
            }
            if (m.reportWord) expectNoLeak(`${who} GET /api/reports?q=`, await get(`/api/reports?q=${m.reportWord}`), refused);
          }
          expectNoLeak(`${who} GET /api/review-queue`, await get('/api/review-queue'), refused);
          expectNoLeak(`${who} GET /api/threat-queue`, await get('/api/threat-queue'), refused);
          expectNoLeak(`${who} GET /api/notifications`, await get('/api/notifications'), refused);
          expectNoLeak(`${who} GET /api/sharing/objects`, await get('/api/sharing/objects?limit=200'), refused);
          expectNoLeak(`${who} POST stix export`, JSON.stringify((await c.post('/api/sharing/stix/export', { ids: made.map((m) => m.id) })).body), refused);
          expectNoLeak(`${who} POST misp export`, JSON.stringify((await c.post('/api/sharing/misp/export', { ids: made.map((m) => m.id) })).body), refused);
          if (reader.taxii) {
            const t = await reader.taxii.req('GET', `/taxii2/vigil/collections/${ALL_COLLECTION}/objects/?limit=1000`, undefined, { accept: TAXII });
            expectNoLeak(`${who} TAXII objects`, JSON.stringify(t.body), refused);
            const mf = await reader.taxii.req('GET', `/taxii2/vigil/collections/${ALL_COLLECTION}/manifest/?limit=1000`, undefined, { accept: TAXII });
            expectNoLeak(`${who} TAXII manifest`, JSON.stringify(mf.body), refused);
          }
          if ((reader.actor.roles.screening ?? []).length > 0) {
            for (const m of refused) {
              const sc = await c.post('/api/screening/screen', { name: `${m.given} ${family}`, birthDate: '1988-02-11' });
              // The answer repeats the traveller screened (the name typed); it must not hold the listed
              // record's id or document.
              const text = JSON.stringify(sc.body);
              expect(text.includes(m.id), `${who} screening leaks the id of a refused record`).toBe(false);
              expect(text.includes(m.document), `${who} screening leaks the document of a refused record`).toBe(false);
            }
          }
        }
      }),
      { numRuns: Number(process.env.VIGIL_PROPERTY_RUNS ?? 6), endOnFailure: true },
    );
  });
});
