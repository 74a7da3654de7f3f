/**
 * `vigil content hash` and `vigil content match` as the README documents them, run as a user would:
 * an image hashed to the reference PDQ hash (test/fixtures/reference/pdq), a video given file hashes
 * only, a file that is neither named on stderr with exit 1; a bank matched within --distance, with and
 * without --labels, a malformed query line answered on its line, a bad --distance and a bank with a
 * malformed hash refused naming the line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PDQ = join(ROOT, 'test', 'fixtures', 'reference', 'pdq');
const dir = mkdtempSync(join(tmpdir(), 'vigil-content-cli-'));

function vigil(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'content', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const jsonLines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

// The reference hash of the bridge image (PDQ's reference implementation on the full-size image, test/fixtures/reference/pdq/expected/pdq-fullsize.csv).
const expected = readFileSync(join(PDQ, 'expected', 'pdq-fullsize.csv'), 'utf8').split('\n').find((l) => l.endsWith('reg-test-input/dih/bridge-1-original.jpg'))!.split(',');
const BRIDGE = { file: join(PDQ, 'data', 'reg-test-input', 'dih', 'bridge-1-original.jpg'), hash: expected[0]!, quality: Number(expected[1]) };

describe('vigil content hash', () => {
  it('prints the PDQ and file hashes of an image, file hashes only for a video, and names a file that is neither', () => {
    const video = join(dir, 'clip.mp4');
    writeFileSync(video, Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(64)]));
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not an image');
    const r = vigil(['hash', BRIDGE.file, video, text]);
    expect(r.code).toBe(1);
    const [image, clip] = jsonLines(r.stdout);
    expect(image).toMatchObject({ file: BRIDGE.file, pdq: BRIDGE.hash, quality: BRIDGE.quality });
    expect(image!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(clip).toMatchObject({ file: video, pdq: null, quality: null });
    expect(clip!.md5).toMatch(/^[0-9a-f]{32}$/);
    expect(r.stderr).toContain(`vigil content hash: ${text}: not an image or video`);
  });
});

describe('vigil content match', () => {
  // One bit away from the bridge's hash, and one far from it; the bridge twice with other labels.
  const near = (BRIDGE.hash.slice(0, -1) + (parseInt(BRIDGE.hash.slice(-1), 16) ^ 1).toString(16)).toLowerCase();
  const far = 'f'.repeat(64);
  const bank = join(dir, 'bank.csv');
  writeFileSync(bank, `hash,quality,label\n${BRIDGE.hash},100,bridge\n${BRIDGE.hash},100,bridge copy\n${far},90,other\n`);
  const queries = join(dir, 'queries.txt');
  writeFileSync(queries, `${near}\nnot-a-hash\n`);

  it('lists the bank hashes within --distance, once per hash, or every row with --labels; a malformed query line is answered on its line', () => {
    const r = vigil(['match', '--bank', bank, '--input', queries, '--distance', '1']);
    expect(r.code).toBe(1);
    const [hit, bad] = jsonLines(r.stdout);
    expect(hit).toEqual({ query: near, matches: [{ hash: BRIDGE.hash, distance: 1 }] });
    expect(bad).toEqual({ query: 'not-a-hash', error: 'line 2: malformed hash (expected 64 hex characters)' });

    const labelled = jsonLines(vigil(['match', '--bank', bank, '--input', queries, '--labels']).stdout)[0]!;
    expect((labelled.matches as Array<{ labels: unknown }>).map((m) => m.labels)).toHaveLength(2);

    const none = jsonLines(vigil(['match', '--bank', bank, '--input', queries, '--distance', '0']).stdout)[0]!;
    expect(none.matches).toEqual([]);
  });

  it('refuses a bad --distance and a bank with a malformed hash, naming them', () => {
    const d = vigil(['match', '--bank', bank, '--input', queries, '--distance', 'far']);
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('--distance must be an integer 0..256');
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `hash\n${BRIDGE.hash}\nzz\n`);
    const b = vigil(['match', '--bank', broken, '--input', queries]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(`${broken}:3:`);
    expect(b.stderr).toContain('nothing was matched');
    expect(b.stdout).toBe('');
  });
}, 300_000);
