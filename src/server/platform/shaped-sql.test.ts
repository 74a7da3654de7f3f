import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './db.ts';
import { executeShaped, shapeOf, withShape } from './shaped-sql.ts';

let dir: string;
let handle: DatabaseHandle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-shaped-'));
  handle = await openDatabase({ dataDir: dir });
});
afterAll(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A statement whose parts repeat a value and nest a named part, as name search does. */
const statement = (a: number, b: string, withB: boolean) => {
  const part = withShape(sql<boolean>`${a}::int > 0`, 'positive');
  const cond = withB ? sql`${part} AND ${b}::text <> ''` : sql`${part}`;
  return sql<{ a: number; b: string | null }>`SELECT ${a}::int AS a, ${withB ? sql`${b}::text` : sql`NULL::text`} AS b WHERE ${cond} AND ${cond}`;
};

describe('executeShaped', () => {
  it('answers with each call\'s own values once the text of its shape is cached', async () => {
    expect(await executeShaped(handle.db, 'test-1|b', statement(1, 'x', true))).toEqual([{ a: 1, b: 'x' }]);
    expect(await executeShaped(handle.db, 'test-1|b', statement(2, 'y', true))).toEqual([{ a: 2, b: 'y' }]);
    expect(await executeShaped(handle.db, 'test-1|b', statement(-1, 'y', true))).toEqual([]);
    expect(await executeShaped(handle.db, 'test-1|-', statement(3, 'z', false))).toEqual([{ a: 3, b: null }]);
  });

  it('fails under tests when a choice that changes the text is missing from the shape', async () => {
    await executeShaped(handle.db, 'test-2', statement(1, 'x', true));
    await expect(executeShaped(handle.db, 'test-2', statement(1, 'x', false))).rejects.toThrow(/missing from the shape/);
  });

  it('compiles as usual a statement with an inlined literal, or without a shape', async () => {
    expect(await executeShaped(handle.db, 'test-3', sql<{ v: string }>`SELECT ${sql.lit('lit')}::text AS v`)).toEqual([{ v: 'lit' }]);
    expect(await executeShaped(handle.db, 'test-3', sql<{ v: string }>`SELECT ${sql.lit('other')}::text AS v`)).toEqual([{ v: 'other' }]);
    expect(await executeShaped(handle.db, undefined, sql<{ v: number }>`SELECT ${5}::int AS v`)).toEqual([{ v: 5 }]);
  });

  it('names the shape of a part only where it was given', () => {
    const named = withShape(sql<boolean>`TRUE`, 'true');
    expect(shapeOf(named)).toBe('true');
    expect(shapeOf(sql<boolean>`TRUE`)).toBeUndefined();
  });
});
