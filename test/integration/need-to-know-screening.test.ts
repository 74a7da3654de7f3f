/**
 * Need-to-know in border screening (issue #11): national-list subjects leave the screening module only
 * through the read door — one audit event naming the subjects shown in full (recordIds) and those
 * answered "listed — contact" (hitIds) — and queues, counts, versions and entries filter by the whole
 * policy (clearance included) before paging. Referrals follow the policy's referral rule. Every refusal
 * uses records that exist. People are synthetic.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAccess, type RecordMarkings } from '../../src/core/access/policy.ts';
import { accessSql } from '../../src/server/modules/screening/national.repository.ts';
import { runtimeOf } from '../../src/server/modules/screening/screening.runtime.ts';
import { actorById } from '../../src/server/platform/auth.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer, waitBatchDone } from '../helpers/server.ts';

let s: TestServer;
let border: Client;
let reader: Client;
let intel: Client;
let police: Client;
/** Subjects: open to all (restricted), confidential to all (the reader's clearance is below), and organisation-only with hit/no-hit. */
const subj = { open: '', conf: '', secret: '' };
let batchId = '';

interface AuditRow {
  action: string;
  actor_name: string;
  record_type: string | null;
  details: string;
}

/** Audit events of an action by a user, newest last, with their door ids. */
async function events(action: string, username: string) {
  const rows = (await s.platform.db
    .selectFrom('audit_log')
    .select(['action', 'actor_name', 'record_type', 'details'])
    .where('action', '=', action)
    .where('actor_name', '=', username)
    .orderBy('seq')
    .execute()) as AuditRow[];
  return rows.map((r) => {
    const d = JSON.parse(r.details) as Record<string, unknown>;
    return { recordType: r.record_type, recordIds: (d.recordIds as string[] | undefined) ?? [], hitIds: (d.hitIds as string[] | undefined) ?? [], details: d };
  });
}

/** A user of the border organisation (demo password) with the given clearance and roles. */
async function borderUser(username: string, clearance: string, roles: Record<string, string[]>): Promise<Client> {
  const db = s.platform.db;
  const ref = await db.selectFrom('users').select(['org_id', 'password_hash']).where('username', '=', 'border.officer').executeTakeFirstOrThrow();
  await db.insertInto('users').values({ id: crypto.randomUUID(), username, display_name: username, org_id: ref.org_id, clearance, roles: JSON.stringify(roles), password_hash: ref.password_hash }).execute();
  return s.client(username);
}

const waitDone = waitBatchDone;

beforeAll(async () => {
  s = await startTestServer();
  [border, intel, police] = (await Promise.all(['border.officer', 'analyst.intel', 'analyst.police'].map((u) => s.client(u)))) as [Client, Client, Client];
  reader = await borderUser('border.reader', 'restricted', { screening: ['read'], intel: ['read'] });
  const mk = async (name: string, birth: string, m: Record<string, unknown>) => {
    const r = await intel.post('/api/subjects', subjectBody({ names: [name], birthDate: birth, nationalities: ['BE'] }, m));
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  subj.open = await mk('Ottokar Doorway-Openlisted', '1981-02-03', { distribution: 'all' });
  subj.conf = await mk('Leopold Doorway-Conflisted', '1977-07-07', { distribution: 'all', classification: 'confidential' });
  subj.secret = await mk('Wendelin Doorway-Hitlisted', '1969-09-09', { distribution: 'organisation', hitNoHit: true });
  // A custom list entry that matches a traveller less closely than the confidential subject does.
  const csv = 'id,name,birthDate\nq1,Leopold Doorway Confilsted,\n';
  expect((await fetch(border.base + '/api/screening/lists/door-test/import', { method: 'POST', headers: { 'content-type': 'text/csv', cookie: border.cookie, 'x-csrf-token': border.csrf }, body: csv })).status).toBe(201);
  const content = [
    JSON.stringify({ id: 't1', name: 'Ottokar Doorway Openlisted', birthDate: '1981-02-03' }),
    JSON.stringify({ id: 't2', name: 'Leopold Doorway Conflisted', birthDate: '1977-07-07' }),
    JSON.stringify({ id: 't3', name: 'Wendelin Doorway Hitlisted', birthDate: '1969-09-09' }),
  ].join('\n');
  // Subject changes reach the live index in the background (issue #15): bring it up to date first.
  await runtimeOf(s.platform).sync();
  const b = await border.post('/api/screening/batches', { format: 'jsonl', content, flight: 'SN404' });
  expect(b.status).toBe(202);
  batchId = b.body.id;
  await waitDone(border, batchId);
});
afterAll(() => s?.close());

describe('the read door in screening', () => {
  it('screening one traveller names the national subjects it shows in its audit event (full and hit/no-hit)', async () => {
    const full = await border.post('/api/screening/screen', { name: 'Ottokar Doorway Openlisted', birthDate: '1981-02-03' });
    expect(full.body.hits[0]).toMatchObject({ view: 'full', subjectId: subj.open });
    const hit = await border.post('/api/screening/screen', { name: 'Wendelin Doorway Hitlisted', birthDate: '1969-09-09' });
    expect(hit.body.hits[0]).toMatchObject({ view: 'hit', listed: true });
    expect(JSON.stringify(hit.body)).not.toContain(subj.secret);
    const ev = await events('screening.screen', 'border.officer');
    expect(ev.some((e) => e.recordIds.includes(subj.open) && e.details.batchId === full.body.batch.id)).toBe(true);
    expect(ev.some((e) => e.hitIds.includes(subj.secret) && !e.recordIds.includes(subj.secret))).toBe(true);
  });

  it('the review queue, a hit, entries, versions and suppressions put the subjects they show on the record', async () => {
    const q = await border.get(`/api/screening/batches/${batchId}/hits?status=all`);
    const shown = q.body.items.filter((h: { view: string; subjectId?: string }) => h.view === 'full' && h.subjectId).map((h: { subjectId: string }) => h.subjectId);
    expect(shown).toEqual(expect.arrayContaining([subj.open, subj.conf]));
    const queue = (await events('screening.queue_read', 'border.officer')).at(-1)!;
    expect(queue.recordType).toBe('subject');
    expect([...queue.recordIds].sort()).toEqual([subj.open, subj.conf].sort());
    expect(queue.hitIds).toEqual([subj.secret]);
    expect(queue.details).toMatchObject({ batchId });

    const one = q.body.items.find((h: { subjectId?: string }) => h.subjectId === subj.open);
    expect((await border.get(`/api/screening/hits/${one.id}`)).status).toBe(200);
    expect((await events('screening.hit_read', 'border.officer')).at(-1)).toMatchObject({ recordIds: [subj.open], details: { hitId: one.id } });

    await border.get(`/api/screening/entries?id=national:${subj.conf}`);
    expect((await events('watchlist.entries', 'border.officer')).at(-1)!.recordIds).toEqual([subj.conf]);

    // National-list changes are applied as they come (issue #15): a version's diff may name one subject; read the recent ones.
    const v = await border.get('/api/screening/lists/national/versions');
    const recent = v.body.items.slice(0, 6);
    for (const item of recent) await border.get(`/api/screening/versions/${item.id}?limit=500`);
    const reads = (await events('watchlist.version_read', 'border.officer')).slice(-recent.length);
    expect(reads.flatMap((e) => e.recordIds)).toEqual(expect.arrayContaining([subj.open, subj.conf]));

    const fp = await border.post(`/api/screening/hits/${one.id}/decision`, { decision: 'false_positive', reason: 'different person, passport compared' });
    expect(fp.status).toBe(200);
    const sup = await border.get('/api/screening/suppressions');
    expect(sup.body.items.some((i: { entryId: string }) => i.entryId === `national:${subj.open}`)).toBe(true);
    expect((await events('screening.suppressions_read', 'border.officer')).at(-1)!.recordIds).toEqual([subj.open]);
  });
});

describe('queues and counts filter by the whole policy before paging', () => {
  it('a colleague below the subject\'s clearance gets its hit only as "listed — contact", and counts it (issue #15: no false clear)', async () => {
    // The officer (confidential) sees the confidential subject's hit in full; the reader (restricted) only "listed — contact".
    const mine = await border.get(`/api/screening/batches/${batchId}/hits?status=all`);
    const confHit = mine.body.items.find((h: { subjectId?: string }) => h.subjectId === subj.conf);
    expect(confHit).toBeTruthy();

    const batch = await reader.get(`/api/screening/batches/${batchId}`);
    expect(batch.status).toBe(200);
    const queue = await reader.get(`/api/screening/batches/${batchId}/hits?status=all&limit=200`);
    const visible = queue.body.items.length;
    // Every count equals what the reader can open, and the listed hit is among them (never a silent "0 hits").
    expect(batch.body.hits + batch.body.suppressed).toBe(visible);
    expect(batch.body.openHits).toBe(queue.body.items.filter((h: { status: string }) => h.status === 'open').length);
    const listed = queue.body.items.find((h: { id: string }) => h.id === confHit.id);
    expect(listed).toMatchObject({ view: 'hit', listed: true, action: 'inform' });
    const results = await reader.get(`/api/screening/batches/${batchId}/results`);
    const t2 = results.body.items.find((r: { id: string }) => r.id === 't2');
    const t2Visible = queue.body.items.filter((h: { seq: number }) => h.seq === t2.seq);
    expect(t2.hits).toBe(t2Visible.filter((h: { status: string }) => h.status !== 'suppressed').length);
    expect(t2.hits).toBeGreaterThan(0);
    // The first page is the best visible hit.
    const first = await reader.get(`/api/screening/batches/${batchId}/hits?status=all&limit=1`);
    expect(first.body.items).toHaveLength(Math.min(1, visible));
    if (visible > 0) expect(first.body.items[0].id).toBe(queue.body.items[0].id);

    // Nothing of the subject itself: no id, no name, no entry or explanation.
    const text = JSON.stringify([batch.body, queue.body.items.map((i: Record<string, unknown>) => ({ ...i, traveller: undefined })), first.body.items.map((i: Record<string, unknown>) => ({ ...i, traveller: undefined }))]);
    expect(text).not.toContain(subj.conf);
    expect(text.toLowerCase()).not.toContain('doorway-conflisted');
    expect(listed.entry).toBeUndefined();
    expect(listed.explanation).toBeUndefined();
    const byId = await reader.get(`/api/screening/hits/${confHit.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ view: 'hit', listed: true });
    expect(JSON.stringify({ ...byId.body, traveller: undefined })).not.toContain(subj.conf);
    expect((await reader.post(`/api/screening/hits/${confHit.id}/decision`, { decision: 'true_match', reason: 'x' })).status).toBe(403);
    // The reader's queue read names the subject only as a hit/no-hit answer, never as released.
    const mineAudit = await events('screening.queue_read', 'border.reader');
    expect(mineAudit.flatMap((e) => e.recordIds)).not.toContain(subj.conf);
    expect(mineAudit.flatMap((e) => e.hitIds)).toContain(subj.conf);
  });

  it('a national version neither shows nor counts the changes of subjects the reader may not read', async () => {
    const versions = (await border.get('/api/screening/lists/national/versions')).body.items as Array<{ id: string }>;
    let id = '';
    for (const v of versions) {
      const d = await border.get(`/api/screening/versions/${v.id}?change=added&limit=500`);
      if (d.body.changes.some((c: { entryId: string }) => c.entryId === `national:${subj.conf}`)) id = v.id;
    }
    expect(id).not.toBe('');
    const officer = await border.get(`/api/screening/versions/${id}?change=added&limit=500`);
    const mine = await reader.get(`/api/screening/versions/${id}?change=added&limit=500`);
    expect(mine.body.hidden).toBe(0);
    expect(mine.body.total).toBe(mine.body.changes.length);
    expect(mine.body.total).toBe(officer.body.total - 1);
    expect(JSON.stringify(mine.body)).not.toContain(subj.conf);
    expect(JSON.stringify(officer.body)).not.toContain(subj.secret);
    const page = await reader.get('/api/screening/entries?source=national&limit=1');
    const entriesAll = await reader.get('/api/screening/entries?source=national&limit=200');
    expect(page.body.total).toBe(entriesAll.body.items.length);
    expect(JSON.stringify(entriesAll.body)).not.toContain(subj.conf);
    expect(JSON.stringify(entriesAll.body)).toContain(subj.open);
  });
});

describe('screening referrals follow the policy\'s referral rule', () => {
  it('the referring organisation and the intelligence services read a referral, through the door; another organisation sees nothing of it', async () => {
    const r = await border.post('/api/screening/screen', { name: 'Leopold Doorway Confilsted' });
    const custom = r.body.hits.find((h: { source: string }) => h.source === 'door-test');
    expect(custom).toBeTruthy();
    const esc = await border.post(`/api/screening/hits/${custom.id}/decision`, { decision: 'escalate', reason: 'refer to the intelligence services' });
    expect(esc.body.referralId).toEqual(expect.any(String));
    const ref = esc.body.referralId as string;

    expect((await border.get('/api/screening/referrals')).body.items.map((x: { id: string }) => x.id)).toContain(ref);
    expect((await intel.get('/api/screening/referrals')).body.items.map((x: { id: string }) => x.id)).toContain(ref);
    expect((await events('screening.referrals_read', 'analyst.intel')).at(-1)).toMatchObject({ recordType: 'screening_referral', recordIds: [ref] });

    const other = await police.get('/api/screening/referrals');
    expect(other.status).toBe(200);
    expect(other.body.items).toEqual([]);
    expect(JSON.stringify(other.body)).not.toContain(ref);
    expect((await events('screening.referrals_read', 'analyst.police')).at(-1)!.recordIds).toEqual([]);
  });
});

describe('the SQL twin over national entries', () => {
  it('selects exactly the entries canAccess reads in full (and in full or hit/no-hit), for every demo user', async () => {
    const db = s.platform.db;
    const grace = s.platform.config.retentionGraceDays;
    const users = await db.selectFrom('users').select(['id', 'username']).execute();
    let compared = 0;
    for (const u of users) {
      const actor = await actorById(db, u.id);
      if (!actor) continue;
      const ctx = { actor, requestId: 'r', purpose: null, now: new Date() };
      const { rows } = await sql<{ entry_id: string; access: RecordMarkings; full: boolean; any: boolean }>`
        SELECT e.entry_id, e.access, ${accessSql(s.platform, ctx, 'e.access', { hits: false })} AS full, ${accessSql(s.platform, ctx, 'e.access', { hits: true })} AS any
        FROM watchlist_entries e JOIN watchlist_versions v ON v.id = e.version_id WHERE v.active AND v.source_id = 'national'`.execute(db);
      for (const r of rows) {
        const d = canAccess(actor, r.access, 'read', { module: 'intel', now: ctx.now, graceDays: grace });
        expect([u.username, r.entry_id, r.full], JSON.stringify(r.access)).toEqual([u.username, r.entry_id, d === 'full']);
        expect([u.username, r.entry_id, r.any]).toEqual([u.username, r.entry_id, d !== 'none']);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
