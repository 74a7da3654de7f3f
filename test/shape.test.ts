/**
 * Checks that keep the code base's shape: src/core does no I/O, and no source file grows past 500
 * lines (split by sub-resource or verb well before that).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'fixtures') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

/** Files written by a command, not by hand (each says so in its header and has a test that it is current). */
const GENERATED = new Set(['src/web/lib/api-schema.d.ts']);

describe('the shape of the code', () => {
  it('src/core does no I/O: no file system, network, processes or environment', () => {
    const offenders = files(join(ROOT, 'src/core'), /\.tsx?$/)
      .filter((f) => !f.endsWith('.test.ts'))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        const found = [/from 'node:(fs|net|http|https|dns|child_process|fs\/promises)'/, /\bprocess\.env\b/, /from '(fs|net|http|https|child_process)'/].filter((re) => re.test(text));
        return found.length ? [`${relative(ROOT, f)}: ${found.map(String).join(', ')}`] : [];
      });
    expect(offenders).toEqual([]);
  });

  it('no source file passes 500 lines (generated files aside)', () => {
    const long = ['src', 'test', 'bench', 'scripts']
      .flatMap((d) => files(join(ROOT, d), /\.(ts|tsx|mjs)$/))
      .filter((f) => !GENERATED.has(relative(ROOT, f)))
      .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 500)
      .map(([f, n]) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });
});
