/**
 * Compiles queries without a database, for snapshot tests of the SQL a repository sends (PostgreSQL
 * dialect): `compileOnly()` is a Kysely that never connects; `sqlText(query)` is the statement text, one
 * clause a line, with the number of its parameters.
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type Compilable } from 'kysely';
import type { Database } from '../../src/server/platform/db.ts';

export function compileOnly(): Database {
  return new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

export function sqlText(q: Compilable): string {
  const c = q.compile();
  const text = c.sql
    .replace(/\s+/g, ' ')
    .replace(/ (from|where|order by|limit|offset|union all|union|group by|on conflict|returning) /g, '\n$1 ')
    .replace(/ and /g, '\n  and ');
  return `${text}\n-- ${c.parameters.length} parameters`;
}
