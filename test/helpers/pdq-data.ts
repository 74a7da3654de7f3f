/**
 * Test helpers: the PDQ conformance data (ThreatExchange's reference images and hashes): the full set
 * from ../shared/data/pdq when present, else the subset in test/fixtures/reference/pdq.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { RgbRaster } from '../../src/core/content/pdq.ts';
import { HAVE_FULL_REFERENCE, REFERENCE } from './reference-data.ts';

/** Root of the PDQ reference data. */
export const PDQ_DATA = join(REFERENCE, 'pdq');
/** Whether the whole upstream set is there (47 images); else the fixture subset. */
export const FULL_PDQ_DATA = HAVE_FULL_REFERENCE;

/** Rows of an expected CSV as objects keyed by the header. */
export function readCsv(rel: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(PDQ_DATA, rel), 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

/** Reads a binary PPM (P6, maxval 255), gunzipping a .gz file. */
export function readPpm(path: string): RgbRaster {
  let buf = readFileSync(path);
  if (path.endsWith('.gz')) buf = gunzipSync(buf);
  const fields: string[] = [];
  let pos = 0;
  const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
  while (fields.length < 4) {
    while (isSpace(buf[pos]!)) pos++;
    if (buf[pos] === 0x23) {
      while (buf[pos] !== 0x0a) pos++;
      continue;
    }
    let t = '';
    while (!isSpace(buf[pos]!)) t += String.fromCharCode(buf[pos++]!);
    fields.push(t);
  }
  pos++;
  if (fields[0] !== 'P6' || fields[3] !== '255') throw new Error(`${path}: not a P6 PPM with maxval 255`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { data: new Uint8Array(buf.buffer, buf.byteOffset + pos, width * height * 3), width, height };
}
