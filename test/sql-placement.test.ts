/**
 * SQL lives in repositories (docs/MODULES.md): in a module, only its *.repository.ts files may build
 * statements — no query builder start (selectFrom, insertInto, updateTable, deleteFrom…) and no sql``
 * tag or sql.raw/ref/join helper in services, routes, jobs or anything else. Modules still carrying SQL
 * elsewhere are listed in PENDING with the number of places (issue #12's renovation); the list only
 * shrinks — the test fails when a module gains SQL outside its repositories, and when a listed count
 * went down (lower it, or remove the module once it reaches 0).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULES_DIR = join(import.meta.dirname, '..', 'src', 'server', 'modules');

/** module → places of SQL outside its repositories still to move. */
const PENDING: Record<string, number> = {};

/** A query builder start, the sql tag (also with a type argument) or one of its helpers. */
export const SQL_PATTERN = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)\(|\bsql(?:\s*<[^`;]*?>)?\s*`|\bsql\.(?:raw|ref|join|lit|id|table|val)\(/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) && !/\.repository\.ts$/.test(n) ? [p] : [];
  });
}

/** Each place of SQL outside a repository: `path:line: text`. */
export function sqlOutsideRepositories(dir: string): string[] {
  return sources(dir).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .flatMap((line, i) => [...line.matchAll(SQL_PATTERN)].map(() => `${relative(MODULES_DIR, f)}:${i + 1}: ${line.trim().slice(0, 120)}`)),
  );
}

function counts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of readdirSync(MODULES_DIR).filter((n) => statSync(join(MODULES_DIR, n)).isDirectory()).sort()) {
    const n = sqlOutsideRepositories(join(MODULES_DIR, m)).length;
    if (n) out[m] = n;
  }
  return out;
}

describe('SQL only in repositories', () => {
  it('the pattern finds every form of a statement', () => {
    const found = (text: string) => [...text.matchAll(SQL_PATTERN)].length;
    expect(found("db.selectFrom('x')")).toBe(1);
    expect(found("tx.deleteFrom('x').where(…)")).toBe(1);
    expect(found('sql`SELECT 1`')).toBe(1);
    expect(found('sql<{ n: number }>`SELECT 1 AS n`')).toBe(1);
    expect(found('sql<Array<{ id: string }>>`SELECT id FROM t`')).toBe(1);
    expect(found("sql.raw('x'), sql.join(parts)")).toBe(2);
    expect(found('const sqlText = 1; // selectFrom is a word here')).toBe(0);
  });

  it('sharing has no SQL outside its repositories', () => {
    expect(sqlOutsideRepositories(join(MODULES_DIR, 'sharing'))).toEqual([]);
  });

  it('no module has more SQL outside its repositories than listed (and the list is current)', () => {
    const now = counts();
    const grown = Object.keys(now).filter((m) => now[m]! > (PENDING[m] ?? 0)).flatMap((m) => sqlOutsideRepositories(join(MODULES_DIR, m)));
    expect(grown, 'SQL outside a repository: move it into the module’s *.repository.ts').toEqual([]);
    expect(now, 'lower PENDING to these counts (or remove a module at 0)').toEqual(PENDING);
  });
});
