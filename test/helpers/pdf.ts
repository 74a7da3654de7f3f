/**
 * The text of a PDF written by pdfkit with a standard font: its content streams (inflated when
 * compressed), the hex strings of their TJ arrays decoded and the kerning gaps joined, one line per text
 * run; for tests that look for a known figure.
 */
import { inflateSync } from 'node:zlib';

// WinAnsi's bytes 0x80–0x9F (the rest is Latin-1).
const WIN_ANSI: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
const winAnsi = (hex: string) => [...Buffer.from(hex, 'hex')].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');

export function pdfText(pdf: Buffer | Uint8Array): string {
  const buf = Buffer.from(pdf);
  const raw = buf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    const data = buf.subarray(start, end);
    try {
      streams.push(inflateSync(data).toString('latin1'));
    } catch {
      streams.push(data.toString('latin1'));
    }
  }
  return streams
    .flatMap((s) => [...s.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)])
    .map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => winAnsi(h[1]!)).join(''))
    .join('\n');
}

/** The number of page objects in a PDF. */
export function pdfPages(pdf: Buffer | Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
