/**
 * The worker threads' read for the thorough verifier: one COPY … TO STDOUT per range, each row hashed
 * straight from the bytes the server sent, without a JavaScript string per column. A row whose fields
 * JSON.stringify would escape (a quote, a backslash, a control character) is decoded to strings and
 * checked the ordinary way (RangeChecker.feed), so both paths hash the same text as entryPayload().
 */
import { hash } from 'node:crypto';
import type pg from 'pg';
import type { AuditRow, RangeChecker } from '../../core/audit/ranges.ts';

const TAB = 0x09;
const NL = 0x0a;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const COMMA = 0x2c;
const FIELDS = 14;
/** Fields 1–10 (at … request_id) are JSON strings in the payload. */
const JSON_FIELDS = 0b111_1111_1110;
const NULL_BYTES = Buffer.from('null');

/** Hashes COPY text rows (the columns of AuditRow) and feeds them to a RangeChecker. */
export class CopyRowHasher {
  private buf = Buffer.allocUnsafe(8192);
  private readonly start = new Int32Array(FIELDS + 1);
  private broken = false;

  constructor(private readonly checker: RangeChecker) {}

  /** One CopyData message: a row ending in '\n'. */
  row(chunk: Buffer): void {
    if (this.broken) return;
    const start = this.start;
    const end = chunk[chunk.length - 1] === NL ? chunk.length - 1 : chunk.length;
    let f = 0;
    let escaped = 0; // fields with a backslash (COPY escapes, or \N)
    let special = 0; // fields with a quote or a control character
    start[0] = 0;
    for (let i = 0; i < end; i++) {
      const b = chunk[i]!;
      if (b === TAB) {
        if (++f >= FIELDS) throw new Error('audit row with too many columns');
        start[f] = i + 1;
      } else if (b === BACKSLASH) escaped |= 1 << f;
      else if (b < 0x20 || b === QUOTE) special |= 1 << f;
    }
    if (f !== FIELDS - 1) throw new Error('audit row with too few columns');
    start[FIELDS] = end + 1;
    let nulls = 0;
    for (let k = 1; k <= 10; k++) {
      if (start[k + 1]! - start[k]! === 3 && chunk[start[k]!] === BACKSLASH && chunk[start[k]! + 1] === 0x4e) nulls |= 1 << k;
    }
    const seqLen = start[1]! - 1;
    const ok = (escaped & ~nulls) === 0 && (special & JSON_FIELDS & ~nulls) === 0 && seqLen > 0 && seqLen <= 15;
    const seq = ok ? Number(chunk.toString('latin1', 0, seqLen)) : NaN;
    if (!Number.isSafeInteger(seq)) {
      this.broken = !this.checker.feed(decodeRow(chunk, start));
      return;
    }
    const prev = chunk.toString('utf8', start[12]!, start[13]! - 1);
    const stored = chunk.toString('utf8', start[13]!, end);
    this.broken = !this.checker.feedHashed(seq, prev, stored, hash('sha256', this.payload(chunk, nulls), 'hex'));
  }

  /** prev_hash '\n' [seq,"at",…] '\n' details, as bytes (the simple case: nothing to escape). */
  private payload(chunk: Buffer, nulls: number): Buffer {
    const start = this.start;
    if (this.buf.length < chunk.length * 2 + 128) this.buf = Buffer.allocUnsafe(chunk.length * 2 + 128);
    const out = this.buf;
    let o = copyBytes(chunk, start[12]!, start[13]! - 1, out, 0);
    out[o++] = NL;
    out[o++] = 0x5b; // [
    o = copyBytes(chunk, 0, start[1]! - 1, out, o);
    for (let k = 1; k <= 10; k++) {
      out[o++] = COMMA;
      if (nulls & (1 << k)) {
        o = copyBytes(NULL_BYTES, 0, 4, out, o);
      } else {
        out[o++] = QUOTE;
        o = copyBytes(chunk, start[k]!, start[k + 1]! - 1, out, o);
        out[o++] = QUOTE;
      }
    }
    out[o++] = 0x5d; // ]
    out[o++] = NL;
    o = copyBytes(chunk, start[11]!, start[12]! - 1, out, o);
    return out.subarray(0, o);
  }
}

/** Copies src[s, e) to dst at o; returns the new end. (A loop beats Buffer#copy for short fields.) */
function copyBytes(src: Buffer, s: number, e: number, dst: Buffer, o: number): number {
  if (e - s > 256) return o + src.copy(dst, o, s, e);
  for (let i = s; i < e; i++) dst[o++] = src[i]!;
  return o;
}

const SIMPLE_ESCAPES: Record<number, number> = { 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 };

/** Decodes one COPY text field: \N is NULL; \b \f \n \r \t \v, octal, \x hex and \<char> are unescaped. */
function decodeField(chunk: Buffer, s: number, e: number): string | null {
  if (e - s === 2 && chunk[s] === BACKSLASH && chunk[s + 1] === 0x4e) return null;
  if (chunk.indexOf(BACKSLASH, s) === -1 || chunk.indexOf(BACKSLASH, s) >= e) return chunk.toString('utf8', s, e);
  const out = Buffer.allocUnsafe(e - s);
  let o = 0;
  for (let i = s; i < e; i++) {
    let b = chunk[i]!;
    if (b === BACKSLASH && i + 1 < e) {
      const c = chunk[++i]!;
      if (SIMPLE_ESCAPES[c] !== undefined) b = SIMPLE_ESCAPES[c]!;
      else if (c >= 0x30 && c <= 0x37) {
        b = c - 0x30;
        for (let n = 0; n < 2 && i + 1 < e && chunk[i + 1]! >= 0x30 && chunk[i + 1]! <= 0x37; n++) b = b * 8 + (chunk[++i]! - 0x30);
        b &= 0xff;
      } else if (c === 0x78 && i + 1 < e && /[0-9a-fA-F]/.test(String.fromCharCode(chunk[i + 1]!))) {
        b = 0;
        for (let n = 0; n < 2 && i + 1 < e && /[0-9a-fA-F]/.test(String.fromCharCode(chunk[i + 1]!)); n++) b = b * 16 + parseInt(String.fromCharCode(chunk[++i]!), 16);
      } else b = c;
    }
    out[o++] = b;
  }
  return out.toString('utf8', 0, o);
}

function decodeRow(chunk: Buffer, start: Int32Array): AuditRow {
  const v: Array<string | null> = [];
  for (let k = 0; k < FIELDS; k++) v.push(decodeField(chunk, start[k]!, start[k + 1]! - 1));
  return [Number(v[0]), ...v.slice(1)] as AuditRow;
}

/** Runs `COPY … TO STDOUT` on a pg client, handing each row (CopyData message) to `onRow`. */
export function copyOut(client: pg.Client, text: string, onRow: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed: Error | null = null;
    const submittable = {
      submit: (connection: { query(text: string): void }) => connection.query(text),
      handleCopyData: (msg: { chunk: Buffer }) => {
        if (failed) return;
        try {
          onRow(msg.chunk);
        } catch (e) {
          failed = e instanceof Error ? e : new Error(String(e));
        }
      },
      handleCommandComplete: () => undefined,
      handleRowDescription: () => undefined,
      handleDataRow: () => undefined,
      handleEmptyQuery: () => undefined,
      handleCopyInResponse: (connection: { sendCopyFail(m: string): void }) => connection.sendCopyFail('not expected'),
      handleError: (err: Error) => {
        failed ??= err;
      },
      handleReadyForQuery: () => (failed ? reject(failed) : resolve()),
    };
    void client.query(submittable as never);
  });
}
