/**
 * A module's SQL names only its own tables (docs/MODULES.md): each module lists the tables it owns
 * (its VigilModule.tables), and no other module's source may name them in a query. Modules that still
 * reach into another's tables are listed in CROSSING (issue #12's renovation); the list only shrinks —
 * the test fails on a new crossing and on a listed one that is gone (remove it from the list).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULE_LIST } from '../src/server/modules/index.ts';

const MODULES_DIR = join(import.meta.dirname, '..', 'src', 'server', 'modules');

/** module → foreign tables its SQL still names. */
const CROSSING: Record<string, string[]> = {};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
  });
}

/** Whether `text` names `table` in a query: a Kysely table argument or after FROM/JOIN/INTO/UPDATE. */
function names(text: string, table: string): boolean {
  return new RegExp(`(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|with)\\(\\s*['"\`]${table}(\\s+as\\s+\\w+)?['"\`]`).test(text) || new RegExp(`\\b(FROM|JOIN|INTO|UPDATE)\\s+${table}\\b`, 'i').test(text);
}

export function crossings(): Record<string, string[]> {
  const owner = new Map<string, string>();
  for (const m of MODULE_LIST) for (const t of m.tables) owner.set(t, m.name);
  const out: Record<string, string[]> = {};
  for (const m of MODULE_LIST) {
    const text = sources(join(MODULES_DIR, m.name)).map((f) => readFileSync(f, 'utf8')).join('\n');
    const foreign = [...owner].filter(([t, o]) => o !== m.name && names(text, t)).map(([t]) => t).sort();
    if (foreign.length) out[m.name] = foreign;
  }
  return out;
}

describe('modules keep to their own tables', () => {
  it('no table is owned twice', () => {
    const all = MODULE_LIST.flatMap((m) => m.tables);
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
  });

  it('no module names another module’s tables beyond the known crossings', () => {
    expect(crossings()).toEqual(CROSSING);
  });
});
