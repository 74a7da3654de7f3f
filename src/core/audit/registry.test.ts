/**
 * Every audit action written in src/server (and the CLI) is registered with its details schema. Other
 * modules add actions; this test names each one that is not registered yet.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditSchemaProblem, isAuditAction } from './registry.ts';
import { AUDIT_ACTION_LABELS, actionLabel } from './action-labels.ts';
import { canonicalText, canonicalValue } from './canonical.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Action names in `action: …` expressions and in auditRead(…, '<action>', …) calls; template literals give their static prefix. */
export function actionLiterals(text: string): Array<{ name: string; prefix: boolean; line: number }> {
  const out: Array<{ name: string; prefix: boolean; line: number }> = [];
  const lineOf = (i: number) => text.slice(0, i).split('\n').length;
  const exprs = /\baction\s*:\s*([^,}\n;]+)|auditRead\([^,]+,[^,]+,\s*([^,)]+)/g;
  let m: RegExpExecArray | null;
  while ((m = exprs.exec(text))) {
    const expr = m[1] ?? m[2] ?? '';
    if (/^\s*z\./.test(expr)) continue; // a zod schema field named action
    for (const lit of expr.matchAll(/'([a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+)'/g)) out.push({ name: lit[1]!, prefix: false, line: lineOf(m.index) });
    for (const lit of expr.matchAll(/`([a-z][a-z0-9_.-]*)\$\{/g)) out.push({ name: lit[1]!, prefix: true, line: lineOf(m.index) });
  }
  return out;
}

describe('audit action registry', () => {
  it('registers every action written in src/server and src/cli', () => {
    const missing: string[] = [];
    const actions = Object.keys(AUDIT_ACTIONS);
    for (const f of [...files(join(ROOT, 'src/server')), ...files(join(ROOT, 'src/cli'))]) {
      for (const a of actionLiterals(readFileSync(f, 'utf8'))) {
        const ok = a.prefix ? actions.some((x) => x.startsWith(a.name)) : isAuditAction(a.name);
        if (!ok) missing.push(`${relative(ROOT, f)}:${a.line} ${a.name}${a.prefix ? '…' : ''}`);
      }
    }
    expect(missing, `register these in src/core/audit/registry.ts (and labels.ts):\n${missing.join('\n')}`).toEqual([]);
  });

  it('finds action literals of every form the code uses', () => {
    const found = actionLiterals(`p.record(ctx, [{ action: ok ? 'auth.login' : 'auth.login_failed' }]); x = { action: \`content.order.\${s}\` };
      auditRead(p, ctx, 'taxii.read', id, rows); const s = z.object({ action: z.enum(['removed']) });`);
    expect(found.map((f) => f.name)).toEqual(['auth.login', 'auth.login_failed', 'content.order.', 'taxii.read']);
  });

  it('refuses an unknown action, an unknown detail key and a wrong type, naming them', () => {
    expect(auditSchemaProblem('subject.read', { via: 'search' })).toBeNull();
    expect(auditSchemaProblem('subject.read', undefined, { recordIds: ['a'], hitIds: [] })).toBeNull();
    expect(auditSchemaProblem('subject.peek', {})).toMatch(/"subject.peek" is not registered/);
    expect(auditSchemaProblem('subject.read', { name: 'Jane Roe' })).toMatch(/unknown detail key\(s\) "name"/);
    expect(auditSchemaProblem('subject.update', { version: 'two' })).toMatch(/detail "version"/);
    expect(auditSchemaProblem('subject.read', { recordIds: ['x'] })).toMatch(/event field/);
  });

  it('names every action in plain words in en, nl, fr and de', () => {
    for (const a of Object.keys(AUDIT_ACTIONS)) {
      for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
        expect(AUDIT_ACTION_LABELS[a as keyof typeof AUDIT_ACTION_LABELS]?.[lang], `${a} in ${lang}`).toBeTruthy();
      }
    }
    expect(actionLabel('subject.read', 'nl')).not.toBe('subject.read');
    expect(actionLabel('brand.new', 'de')).toBe('brand.new');
  });
});

describe('canonical audit text', () => {
  it('replaces lone surrogates by U+FFFD and NUL by an escape, and keeps everything else', () => {
    expect(canonicalText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(canonicalText('\uD83D\uDE00')).toBe('\uD83D\uDE00');
    expect(canonicalText('x\u0000y')).toBe('x\\u0000y');
    expect(canonicalText('\uFFFE\uFFFF\u0001')).toBe('\uFFFE\uFFFF\u0001');
    expect(canonicalValue({ 'k\u0000': ['\uDFFF', 1, null], __proto__x: 1 })).toEqual({ 'k\\u0000': ['\uFFFD', 1, null], __proto__x: 1 });
  });
});
