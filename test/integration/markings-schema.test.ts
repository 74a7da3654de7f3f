/**
 * The marking columns are defined once: vigil_add_markings (migrations/0011_markings.sql) gives a table
 * exactly the columns MARKING_COLUMNS lists, with the value checks of src/core/vocab.ts — on a real
 * database, by adding them to a scratch table and trying every value and one outside each list.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, DISTRIBUTIONS, HANDLING_CODES, TLPS } from '../../src/core/vocab.ts';
import { MARKING_COLUMNS } from '../../src/server/platform/records.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let org: string;
beforeAll(async () => {
  s = await startTestServer({ template: 'empty' });
  const db = s.platform.db;
  await sql`CREATE TABLE markings_probe (id uuid PRIMARY KEY DEFAULT gen_random_uuid())`.execute(db);
  await sql`SELECT vigil_add_markings('markings_probe')`.execute(db);
  org = (await db.insertInto('organisations').values({ id: crypto.randomUUID(), name: 'Probe', kind: 'police' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await s?.close();
});

const row = (over: Record<string, unknown>) => ({ owner_org_id: org, classification: 'restricted', tlp: 'amber', distribution: 'all', legal_basis: 'basis', purpose: 'purpose', ...over });

async function accepts(over: Record<string, unknown>): Promise<boolean> {
  try {
    await s.platform.db.transaction().execute(async (tx) => {
      await sql`INSERT INTO markings_probe ${sql.raw('(' + Object.keys(row(over)).join(', ') + ')')} VALUES (${sql.join(Object.values(row(over)))})`.execute(tx);
      throw new Error('rollback');
    });
  } catch (e) {
    return (e as Error).message === 'rollback';
  }
  return false;
}

describe('the marking schema', () => {
  it('adds exactly the columns MARKING_COLUMNS lists', async () => {
    const { rows } = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns WHERE table_name = 'markings_probe' AND column_name <> 'id'`.execute(s.platform.db);
    expect(rows.map((r) => r.column_name).sort()).toEqual([...MARKING_COLUMNS].sort());
  });

  it.each([
    ['classification', CLASSIFICATIONS],
    ['tlp', TLPS],
    ['distribution', DISTRIBUTIONS],
    ['handling_code', HANDLING_CODES],
  ] as const)('%s accepts every value of the vocabulary and nothing else', async (col, values) => {
    for (const v of values) expect(await accepts({ [col]: v }), `${col}=${v}`).toBe(true);
    expect(await accepts({ [col]: 'not-a-value' })).toBe(false);
  });

  it('the intelligence tables have the same columns', async () => {
    for (const t of ['subjects', 'reports', 'links', 'threat_assessments']) {
      const { rows } = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns WHERE table_name = ${t}`.execute(s.platform.db);
      const cols = new Set(rows.map((r) => r.column_name));
      for (const c of MARKING_COLUMNS) expect(cols.has(c), `${t}.${c}`).toBe(true);
    }
  });
});
