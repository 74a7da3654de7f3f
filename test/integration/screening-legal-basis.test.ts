/**
 * Screening runs and the legal registry (issue #16): a batch, a passenger list or a single screen is
 * made under a legal basis chosen from the registry (default: the law on passenger data, pnr-2016),
 * kept with the run and shown with it; an unknown basis is refused naming the field. The review of a
 * basis in the legal module lists the runs citing it — only the reader's organisation's, and only for a
 * reader with rights on border screening.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let border: Client, intel: Client, registrar: Client;
let pnr: { id: string; citation: string };
let other: { id: string; citation: string };
const MISSING = '00000000-0000-4000-8000-000000000000';
type Basis = { id: string; code: string; citation: string; inForce: boolean };
type Listed = { module: string; recordType: string; id: string; reference: string; state: string; date: string | null; level: number | null };

beforeAll(async () => {
  s = await startTestServer();
  // The registry's review needs a right on legal: these screening users hold legal read besides.
  await sql`UPDATE users SET roles = roles || '{"legal": ["read"]}'::jsonb WHERE username IN ('border.officer', 'analyst.intel')`.execute(s.platform.db);
  [border, intel, registrar] = (await Promise.all(['border.officer', 'analyst.intel', 'legal.registrar'].map((u) => s.client(u)))) as [Client, Client, Client];
  const bases = (await border.get('/api/legal/bases')).body as Basis[];
  pnr = bases.find((b) => b.code === 'pnr-2016' && b.inForce)!;
  other = bases.find((b) => b.code !== 'pnr-2016' && b.inForce)!;
  expect(pnr && other).toBeTruthy();
});
afterAll(() => s?.close());

const reviewOf = async (c: Client, id: string) => {
  const r = await c.get(`/api/legal/registry/${id}/review`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body.records as Listed[]).filter((x) => x.module === 'screening');
};

describe('a screening run carries a legal basis from the registry', () => {
  let batchId = '';
  let singleId = '';

  it('a batch is made under the basis chosen, a single screen under the default; both show it', async () => {
    const b = await border.post('/api/screening/batches', { format: 'jsonl', flight: 'SN123', content: '{"id":"1","name":"Jan Peeters","birthDate":"1980-01-02"}\n', legalBasisId: other.id });
    expect(b.status, JSON.stringify(b.body)).toBe(202);
    expect(b.body.legalBasis).toEqual({ id: other.id, citation: other.citation });
    batchId = b.body.id;
    const created = await s.platform.db.selectFrom('audit_log').select(['details']).where('action', '=', 'screening.batch_create').where('record_id', '=', batchId).executeTakeFirstOrThrow();
    expect(JSON.parse(created.details)).toMatchObject({ legalBasisId: other.id });

    const one = await border.post('/api/screening/screen', { name: 'Marie Dubois', birthDate: '1975-03-04' });
    expect(one.status, JSON.stringify(one.body)).toBe(201);
    expect(one.body.batch.legalBasis).toEqual({ id: pnr.id, citation: pnr.citation });
    singleId = one.body.batch.id;
    const row = (await sql<{ legal_basis_id: string; legal_basis: string }>`SELECT legal_basis_id, legal_basis FROM screening_batches WHERE id = ${singleId}`.execute(s.platform.db)).rows[0];
    expect(row).toEqual({ legal_basis_id: pnr.id, legal_basis: pnr.citation });
    expect((await border.get(`/api/screening/batches/${batchId}`)).body.legalBasis).toEqual({ id: other.id, citation: other.citation });
  });

  it('refuses a basis that is not in the registry, naming the field, and stores nothing', async () => {
    const before = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM screening_batches`.execute(s.platform.db)).rows[0]!.n);
    const r = await border.post('/api/screening/batches', { format: 'jsonl', content: '{"id":"1","name":"Jan Peeters"}\n', legalBasisId: MISSING });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('legalBasisId');
    const one = await border.post('/api/screening/screen', { name: 'Marie Dubois', legalBasisId: MISSING });
    expect(one.status).toBe(400);
    expect(Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM screening_batches`.execute(s.platform.db)).rows[0]!.n)).toBe(before);
  });

  it("the basis's review lists the organisation's runs citing it, to screening readers of that organisation only", async () => {
    const mine = await reviewOf(border, other.id);
    expect(mine).toEqual([{ module: 'screening', recordType: 'screening_batch', id: batchId, reference: expect.stringContaining('SN123'), state: expect.stringMatching(/^(queued|running|done)$/), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), level: null }]);
    expect((await reviewOf(border, pnr.id)).map((r) => r.id)).toContain(singleId);
    // Another organisation's screening reader, and a legal reader without screening rights: none listed.
    expect(await reviewOf(intel, other.id)).toEqual([]);
    expect(await reviewOf(registrar, other.id)).toEqual([]);
  });
});
