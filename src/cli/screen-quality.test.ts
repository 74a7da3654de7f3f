/**
 * `vigil screen` never drops a traveller for bad data (issue #15): every input line has a result line;
 * malformed fields are read leniently or left out, and named in `quality`. Runs the CLI as a user would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('vigil screen: bad data never hides a traveller', () => {
  it('screens every line, flags malformed fields and still finds the listed traveller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-screen-'));
    const list = join(dir, 'list.jsonl');
    writeFileSync(list, JSON.stringify({ id: 'c1', names: ['Radomir Quillfeather'], birthDates: ['1977-08-19'], nationalities: ['BE'] }) + '\n');
    const input = [
      { id: 'a', name: 'Radomir Quillfeather', birthDate: '1977-8-19', nationality: 'Belgique' },
      { id: 'b', name: 'Radomir Quillfeather', birthDate: '32.13.1977', documentNumber: '###' },
      { id: 'c', familyName: 'Quillfeather', gender: '??' },
    ].map((x) => JSON.stringify(x)).join('\n') + '\n';
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'screen', '-w', list], { input, encoding: 'utf8', timeout: 60_000 });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; hits: Array<{ entryId: string }>; quality?: Array<{ field: string; outcome: string }> });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0]!.hits[0]!.entryId).toBe('c1');
    expect(lines[0]!.quality!.map((q) => `${q.field}:${q.outcome}`)).toEqual(['birthDate:read', 'nationality:read']);
    expect(lines[1]!.hits[0]!.entryId).toBe('c1');
    expect(lines[1]!.quality!.map((q) => `${q.field}:${q.outcome}`)).toEqual(['birthDate:unknown', 'documentNumber:unknown']);
    expect(lines[2]!.quality!.map((q) => q.field)).toEqual(['gender', 'name']);
  }, 90_000);
});
