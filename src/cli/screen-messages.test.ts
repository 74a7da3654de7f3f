/**
 * `vigil screen` with passenger messages (issue #15), run as a user would: a PAXLST file recognised by
 * its UNA/UNB start, a PNRGOV message on stdin with --format, one result line per passenger (line and
 * segment), the malformed birth date flagged; a message that cannot be read or is not the announced type
 * exits 2 naming the segment and line and writes nothing. Synthetic people (test/fixtures/passenger-messages).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'passenger-messages');
const PAXLST = join(FIXTURES, 'paxlst-sample.edi');
const PNRGOV = join(FIXTURES, 'pnrgov-sample.edi');
let dir = '';
let list = '';

function vigil(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'screen', ...args], { input, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Line = { id: string | null; line: number; segment: number; hits?: Array<{ entryId: string }>; quality?: Array<{ field: string; outcome: string }>; error?: string };
const lines = (text: string): Line[] => text.trim().split('\n').map((l) => JSON.parse(l) as Line);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-screen-msg-'));
  list = join(dir, 'list.csv');
  writeFileSync(list, ['id,name,birthDate,nationality,document', 'v1,Maarten Jan Verhoeven,1981-05-05,NL,NX4512987', 'v2,Eloise Darcy,1992-02-13,FR,', 'v4,Oskar Lindqvist,1979-02-13,SE,91288734'].join('\n') + '\n');
});

describe('vigil screen: passenger messages', () => {
  it('a PAXLST file is recognised and every passenger screened, the impossible birth date flagged', () => {
    const out = join(dir, 'paxlst.jsonl');
    const r = vigil(['-w', list, '--input', PAXLST, '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    const got = lines(readFileSync(out, 'utf8'));
    expect(got.map((l) => [l.id, l.line, l.segment, l.hits?.[0]?.entryId])).toEqual([
      ['pax-1', 12, 11, 'v1'],
      ['pax-2', 22, 21, 'v2'],
    ]);
    expect(got[0]!.quality).toBeUndefined();
    expect(got[1]!.quality!.map((q) => `${q.field}:${q.outcome}`)).toEqual(['birthDate:unknown']);
  }, 600_000);

  it('a PNRGOV message on stdin with --format pnrgov', () => {
    const r = vigil(['-w', list, '-f', 'pnrgov', '--threshold', '0.85'], readFileSync(PNRGOV, 'utf8'));
    expect(r.code, r.stderr).toBe(0);
    const got = lines(r.stdout);
    expect(got.map((l) => [l.id, l.hits?.map((h) => h.entryId)])).toEqual([
      ['K7TR2M-1', []],
      ['K7TR2M-2', ['v4']],
    ]);
    expect(got[1]!.quality!.map((q) => q.field)).toEqual(['birthDate']);
  }, 600_000);

  it('a message that cannot be read, or of another type than --format, exits 2 and writes nothing', () => {
    const broken = join(dir, 'broken.edi');
    writeFileSync(broken, readFileSync(PAXLST, 'utf8').replace("UNT+27+PAX001'", "UNT+30+PAX001'"));
    const out = join(dir, 'broken.jsonl');
    const r = vigil(['-w', list, '-i', broken, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot be read, nothing screened: segment 29 \(UNT, element 1, line 30\): UNT counts 30 segments, the message has 27/);
    expect(existsSync(out)).toBe(false);
    const wrong = vigil(['-w', list, '-i', PAXLST, '--format', 'pnrgov']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/the input is a PAXLST message, not PNRGOV/);
    expect(wrong.stdout).toBe('');
    const bad = vigil(['-w', list, '-i', PAXLST, '--format', 'edi']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--format.*expected one of jsonl, paxlst, pnrgov, got edi/);
  }, 600_000);

  it('JSON Lines still work as before (no --format)', () => {
    const r = vigil(['-w', list], JSON.stringify({ id: 'j1', name: 'Maarten Verhoeven', birthDate: '1981-05-05' }) + '\n');
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout)[0]).toMatchObject({ id: 'j1', hits: [{ entryId: 'v1' }] });
  }, 600_000);
});
