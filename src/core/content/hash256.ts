/**
 * 256-bit perceptual hashes (PDQ): hex parsing and formatting, Hamming distance.
 *
 * Representations:
 * - bytes: `Uint8Array(32)`, byte 0 = the first two hex characters (big-endian, as printed by the
 *   reference: sixteen 16-bit words, most significant first).
 * - words: 8 unsigned 32-bit integers, word 0 = the first 8 hex characters. The match index stores
 *   hashes this way, 8 consecutive entries of one `Uint32Array` per hash.
 */

/** Number of bits in a PDQ hash. */
export const HASH_BITS = 256;
/** Number of 32-bit words in a PDQ hash. */
export const HASH_WORDS = 8;

const HEX_RE = /^[0-9a-fA-F]{64}$/;

/** True when `s` is exactly 64 hexadecimal characters (either case). */
export function isHashHex(s: string): boolean {
  return HEX_RE.test(s);
}

/** Error thrown for a string that is not a 64-character hex hash. */
export class InvalidHashError extends Error {
  constructor(input: string) {
    const shown = input.length > 80 ? `${input.slice(0, 77)}...` : input;
    super(`invalid PDQ hash (expected 64 hex characters, got ${input.length}): ${JSON.stringify(shown)}`);
    this.name = 'InvalidHashError';
  }
}

/** Parses a 64-hex-character hash (surrounding whitespace allowed) into 32 bytes; throws InvalidHashError. */
export function hexToBytes(hex: string): Uint8Array {
  const s = hex.trim();
  if (!HEX_RE.test(s)) throw new InvalidHashError(hex);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Parses a 64-hex-character hash into 8 words, written to `out` at `offset`; throws InvalidHashError. */
export function hexToWords(hex: string, out: Uint32Array = new Uint32Array(8), offset = 0): Uint32Array {
  const s = hex.trim();
  if (!HEX_RE.test(s)) throw new InvalidHashError(hex);
  for (let w = 0; w < 8; w++) out[offset + w] = parseInt(s.slice(8 * w, 8 * w + 8), 16) >>> 0;
  return out;
}

const HEX = '0123456789abcdef';

/** Formats 32 bytes as 64 lower-case hex characters. */
export function bytesToHex(bytes: Uint8Array): string {
  if (bytes.length !== 32) throw new RangeError(`a PDQ hash has 32 bytes, got ${bytes.length}`);
  let s = '';
  for (let i = 0; i < 32; i++) {
    const b = bytes[i]!;
    s += HEX[b >>> 4]! + HEX[b & 15]!;
  }
  return s;
}

/** Formats 8 words (from `words` at `offset`) as 64 lower-case hex characters. */
export function wordsToHex(words: Uint32Array, offset = 0): string {
  let s = '';
  for (let w = 0; w < 8; w++) s += (words[offset + w]! >>> 0).toString(16).padStart(8, '0');
  return s;
}

/** Converts 32 bytes to 8 big-endian words. */
export function bytesToWords(bytes: Uint8Array, out: Uint32Array = new Uint32Array(8), offset = 0): Uint32Array {
  for (let w = 0; w < 8; w++) {
    const b = 4 * w;
    out[offset + w] = ((bytes[b]! << 24) | (bytes[b + 1]! << 16) | (bytes[b + 2]! << 8) | bytes[b + 3]!) >>> 0;
  }
  return out;
}

/** Converts 8 big-endian words to 32 bytes. */
export function wordsToBytes(words: Uint32Array, offset = 0): Uint8Array {
  const out = new Uint8Array(32);
  for (let w = 0; w < 8; w++) {
    const v = words[offset + w]!;
    out[4 * w] = v >>> 24;
    out[4 * w + 1] = (v >>> 16) & 255;
    out[4 * w + 2] = (v >>> 8) & 255;
    out[4 * w + 3] = v & 255;
  }
  return out;
}

/** Population count of a 32-bit integer (SWAR). */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Hamming distance between two hashes stored as words (`a` at `ao`, `b` at `bo`). */
export function hammingWords(a: Uint32Array, ao: number, b: Uint32Array, bo: number): number {
  let d = 0;
  for (let w = 0; w < 8; w++) d += popcount32(a[ao + w]! ^ b[bo + w]!);
  return d;
}

/** Hamming distance between two 32-byte hashes. */
export function hammingBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== 32 || b.length !== 32) throw new RangeError('a PDQ hash has 32 bytes');
  let d = 0;
  for (let i = 0; i < 32; i += 4) {
    const x = ((a[i]! ^ b[i]!) << 24) | ((a[i + 1]! ^ b[i + 1]!) << 16) | ((a[i + 2]! ^ b[i + 2]!) << 8) | (a[i + 3]! ^ b[i + 3]!);
    d += popcount32(x);
  }
  return d;
}

/** Hamming distance between two hex hashes; throws InvalidHashError on malformed input. */
export function hammingHex(a: string, b: string): number {
  const wa = hexToWords(a);
  const wb = hexToWords(b);
  return hammingWords(wa, 0, wb, 0);
}
