/**
 * Ed25519 signatures of authorisation steps and of cooperation request steps: every step the server
 * records is signed with its key; oversight checks one record or all of them and is told the first bad
 * step — a step changed in the database (hash differs), a step re-hashed by someone without the key
 * (signature fails), a signature stripped after signing began — and the command-line check agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyCoopRows, verifyRows } from '../../src/server/modules/legal/signatures.service.ts';
import { transitionHash } from '../../src/core/legal/signature.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { subjectBody } from '../helpers/fixtures.ts';

let s: TestServer;
let analyst: Client, head: Client, committee: Client, commission: Client, intel: Client;
let basisId: string, subjectId: string;

beforeAll(async () => {
  s = await startTestServer();
  [analyst, head, committee, commission, intel] = (await Promise.all(['legal.analyst', 'head.civil', 'committee.member', 'commission.member', 'analyst.intel'].map((u) => s.client(u)))) as [Client, Client, Client, Client, Client];
  subjectId = (await intel.post('/api/subjects', subjectBody({ names: ['Oskar Lindqvist-Amara'] }, { distribution: 'organisation' }))).body.id;
  basisId = (await analyst.get('/api/legal/registry?kind=basis&method=location-data')).body[0].id;
});
afterAll(() => s?.close());

async function running(): Promise<string> {
  const a = await analyst.post('/api/legal/authorisations', {
    method: 'location-data', basisId, targets: [subjectId], durationDays: 30,
    facts: 'Repeated contact with a recruiter and an announced departure.',
    subsidiarity: 'Open sources gave no indication of the travel route.',
    proportionality: 'Location data for thirty days only, one person.',
  });
  expect(a.status).toBe(201);
  const r = await head.post(`/api/legal/authorisations/${a.body.id}/transitions`, { action: 'approve', reason: 'Decided: facts and reasoning justify the method.' });
  expect(r.status).toBe(200);
  return a.body.id as string;
}

async function tamper(statement: ReturnType<typeof sql>, table: 'legal_transitions' | 'legal_cooperation_events' = 'legal_transitions') {
  // Only someone who can switch off the append-only trigger can do this; the check must still see it.
  await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER ${sql.raw(`${table}_append_only`)}`.execute(s.platform.db);
  try {
    await statement.execute(s.platform.db);
  } finally {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE TRIGGER ${sql.raw(`${table}_append_only`)}`.execute(s.platform.db);
  }
}

describe('legal: signed transitions', () => {
  it('signs every step with the server key and verifies it', async () => {
    const id = await running();
    const a = (await head.get(`/api/legal/authorisations/${id}`)).body;
    expect(a.history).toHaveLength(2);
    for (const h of a.history) expect(h).toMatchObject({ keyId: expect.stringMatching(/^[0-9a-f]{16}$/), signature: expect.any(String) });
    expect(a.chainIntact).toBe(true);
    expect((await committee.get(`/api/legal/authorisations/${id}/signatures`)).body).toMatchObject({ authorisationId: id, transitions: 2, signed: 2, unsigned: 0, ok: true, firstBad: null });
    const all = (await committee.get('/api/legal/signatures')).body;
    expect(all.ok).toBe(true);
    // The demo's steps are signed with the same key, so every step of every authorisation is.
    expect(all.authorisations).toBeGreaterThan(1);
    expect(all).toMatchObject({ unsigned: 0, signed: all.transitions });
  });

  it('names the first bad step: edited, re-hashed without the key, or stripped', async () => {
    // An edited reason: the hash no longer holds.
    const edited = await running();
    await tamper(sql`UPDATE legal_transitions SET reason = 'Decided without reasons.' WHERE authorisation_id = ${edited} AND seq = 2`);
    expect((await committee.get(`/api/legal/authorisations/${edited}/signatures`)).body).toMatchObject({ ok: false, firstBad: { seq: 2, kind: 'bad-hash' } });

    // An edit with the hash recomputed (as anyone with database access could): the signature fails.
    const rehashed = await running();
    const rows = (await sql<{ seq: number; action: string; from_state: string | null; to_state: string; actor_id: string; at: Date; data: unknown; prev_hash: string }>`SELECT * FROM legal_transitions WHERE authorisation_id = ${rehashed} ORDER BY seq`.execute(s.platform.db)).rows;
    const t = rows[1]!;
    const hash = transitionHash(t.prev_hash, { recordId: rehashed, seq: t.seq, action: t.action, fromState: t.from_state, toState: t.to_state, actorId: t.actor_id, at: new Date(t.at).toISOString(), reason: 'Rewritten later.', data: JSON.stringify(typeof t.data === 'string' ? JSON.parse(t.data) : t.data) });
    await tamper(sql`UPDATE legal_transitions SET reason = 'Rewritten later.', hash = ${hash} WHERE authorisation_id = ${rehashed} AND seq = 2`);
    const r = (await commission.get(`/api/legal/authorisations/${rehashed}/signatures`)).body;
    expect(r).toMatchObject({ ok: false, firstBad: { seq: 2, kind: 'bad-signature' } });
    expect((await head.get(`/api/legal/authorisations/${rehashed}`)).body).toMatchObject({ chainIntact: false, firstBadStep: { seq: 2, kind: 'bad-signature' } });

    // A signature removed after signing began.
    const stripped = await running();
    await tamper(sql`UPDATE legal_transitions SET key_id = NULL, signature = NULL WHERE authorisation_id = ${stripped} AND seq = 2`);
    expect((await committee.get(`/api/legal/authorisations/${stripped}/signatures`)).body).toMatchObject({ ok: false, firstBad: { seq: 2, kind: 'unsigned' } });

    // The oversight report and the command-line check list the three.
    const all = (await committee.get('/api/legal/signatures')).body;
    expect(all.ok).toBe(false);
    expect(all.broken.map((b: { authorisationId: string }) => b.authorisationId).sort()).toEqual([edited, rehashed, stripped].sort());
    const ids = (await sql<{ id: string; reference: string }>`SELECT id, reference FROM legal_authorisations`.execute(s.platform.db)).rows;
    const cli = await verifyRows(s.platform.db, s.platform.config, ids);
    expect(cli.broken.map((b) => b.authorisationId).sort()).toEqual([edited, rehashed, stripped].sort());
  });

  it('trusts only the key given from outside the database', async () => {
    const id = await running();
    const other = { ...s.platform.config, auditKeyFingerprint: 'a'.repeat(64), auditPublicKeyFile: undefined };
    const v = await verifyRows(s.platform.db, other, [{ id, reference: 'x' }]);
    expect(v.broken[0]?.firstBad).toMatchObject({ seq: 1, kind: 'untrusted-key' });
  });
});

/** A cooperation request (EAW, incoming) with two steps recorded through the API: received, then arrest. */
async function coopWithSteps(): Promise<string> {
  const c = await analyst.post('/api/legal/cooperation', { kind: 'eaw', direction: 'incoming', otherCountry: 'FR', counterpart: 'Parquet de Lille', basisId, subjectIds: [subjectId] });
  expect(c.status).toBe(201);
  const today = new Date().toISOString().slice(0, 10);
  expect((await analyst.post(`/api/legal/cooperation/${c.body.id}/events`, { event: 'received', onDate: today, note: 'Received through the central authority.' })).status).toBe(200);
  const r = await head.post(`/api/legal/cooperation/${c.body.id}/events`, { event: 'arrest', onDate: today, note: 'Arrested at the address given.' });
  expect(r.status).toBe(200);
  return c.body.id as string;
}

describe('legal: signed cooperation steps', () => {
  it('signs every step with the server key; the detail shows the signature state', async () => {
    const id = await coopWithSteps();
    const c = (await analyst.get(`/api/legal/cooperation/${id}`)).body;
    expect(c.events).toHaveLength(2);
    for (const e of c.events) expect(e).toMatchObject({ signed: true, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(c.signatures).toEqual({ ok: true, steps: 2, signed: 2, unsigned: 0, firstBad: null });
    expect((await committee.get(`/api/legal/cooperation/${id}/signatures`)).body).toMatchObject({ requestId: id, transitions: 2, signed: 2, unsigned: 0, ok: true, firstBad: null });
    const all = (await committee.get('/api/legal/signatures')).body;
    expect(all.cooperation.ok).toBe(true);
    // The demo's cooperation steps are signed as well.
    expect(all.cooperation.requests).toBeGreaterThan(1);
    expect(all.cooperation).toMatchObject({ unsigned: 0, signed: all.cooperation.transitions, broken: [] });
  });

  it('names the request and the step that was altered', async () => {
    const edited = await coopWithSteps();
    await tamper(sql`UPDATE legal_cooperation_events SET note = 'Arrested elsewhere.' WHERE request_id = ${edited} AND seq = 2`, 'legal_cooperation_events');
    expect((await committee.get(`/api/legal/cooperation/${edited}/signatures`)).body).toMatchObject({ requestId: edited, ok: false, firstBad: { seq: 2, kind: 'bad-hash' } });
    expect((await analyst.get(`/api/legal/cooperation/${edited}`)).body.signatures).toMatchObject({ ok: false, firstBad: { seq: 2, kind: 'bad-hash' } });

    // Re-hashed without the key: the signature fails. An earlier date moved: the hash of step 1 and so the link of step 2.
    const rehashed = await coopWithSteps();
    const rows = (await sql<{ seq: number; event: string; from_state: string | null; to_state: string; actor_id: string; at: Date; on_date: string; prev_hash: string }>`SELECT * FROM legal_cooperation_events WHERE request_id = ${rehashed} ORDER BY seq`.execute(s.platform.db)).rows;
    const t = rows[0]!;
    const hash = transitionHash(t.prev_hash, { recordId: rehashed, seq: 1, action: t.event, fromState: t.from_state, toState: t.to_state, actorId: t.actor_id, at: new Date(t.at).toISOString(), reason: 'Rewritten later.', data: JSON.stringify({ onDate: t.on_date }) });
    await tamper(sql`UPDATE legal_cooperation_events SET note = 'Rewritten later.', hash = ${hash} WHERE request_id = ${rehashed} AND seq = 1`, 'legal_cooperation_events');
    expect((await commission.get(`/api/legal/cooperation/${rehashed}/signatures`)).body).toMatchObject({ ok: false, firstBad: { seq: 1, kind: 'bad-signature' } });

    const all = (await committee.get('/api/legal/signatures')).body;
    expect(all.ok).toBe(false);
    expect(all.cooperation.broken.map((b: { requestId: string }) => b.requestId).sort()).toEqual([edited, rehashed].sort());
    const ids = (await sql<{ id: string; reference: string }>`SELECT id, reference FROM legal_cooperation`.execute(s.platform.db)).rows;
    const cli = await verifyCoopRows(s.platform.db, s.platform.config, ids);
    expect(cli.broken.map((b) => [b.requestId, b.firstBad?.seq]).sort()).toEqual([[edited, 2], [rehashed, 1]].sort());
  });
});
