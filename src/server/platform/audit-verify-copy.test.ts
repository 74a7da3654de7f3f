import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, entryHash, type AuditFields } from '../../core/audit/chain.ts';
import { RangeChecker, joinRanges } from '../../core/audit/ranges.ts';
import { CopyRowHasher } from './audit-verify-copy.ts';

/** A row as PostgreSQL's COPY text format writes it. */
function copyRow(values: Array<string | number | null>): Buffer {
  const esc = (v: string | number | null) =>
    v === null ? '\\N' : String(v).replace(/[\\\t\n\r\b\f\v]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v' })[c]!);
  return Buffer.from(`${values.map(esc).join('\t')}\n`, 'utf8');
}

function chain(fields: Array<Omit<AuditFields, 'seq'>>): Buffer[] {
  let prev = GENESIS_HASH;
  return fields.map((f, i) => {
    const full = { ...f, seq: i + 1 };
    const h = entryHash(prev, full);
    const row = copyRow([full.seq, f.at, f.actorId, f.actorName, f.orgId, f.orgName, f.action, f.recordType, f.recordId, f.purpose, f.requestId, f.details, prev, h]);
    prev = h;
    return row;
  });
}

const base = { at: '2026-11-22T10:00:00.123Z', actorId: null, actorName: 'ana', orgId: '6b1f0c3e-0000-4000-8000-000000000001', orgName: 'Tést ✓', action: 'subject.read', recordType: 'subject', recordId: 'r1', purpose: null, requestId: 'q', details: '{}' };

describe('CopyRowHasher', () => {
  it('hashes plain rows from the bytes and escaped rows from decoded text, as entryHash does', () => {
    const rows = chain([
      base,
      { ...base, actorName: 'quote " back\\slash', recordId: 'tab\there\nnew', details: '{"note":"a \\" b\\\\c"}' },
      { ...base, orgName: 'ctrl \u0001 \u001f end', purpose: 'cr\r\b\f\v', requestId: null },
      { ...base, details: '{"k":"line\\nbreak"}', actorName: '✓ unicode ünïcödé' },
    ]);
    const checker = new RangeChecker();
    const hasher = new CopyRowHasher(checker);
    for (const r of rows) hasher.row(r);
    expect(joinRanges([checker.finish()])).toMatchObject({ ok: true, entries: 4, headSeq: 4 });
  });

  it('finds an altered byte', () => {
    const rows = chain([base, base, base]);
    rows[1] = Buffer.from(rows[1]!.toString('utf8').replace('ana', 'anb'));
    const checker = new RangeChecker();
    const hasher = new CopyRowHasher(checker);
    for (const r of rows) hasher.row(r);
    expect(joinRanges([checker.finish()])).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: 'entry 2 was altered (its hash does not match its content)' });
  });
});
