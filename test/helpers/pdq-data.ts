/** Test helpers: the shared PDQ conformance data (read-only, at ../shared/data/pdq). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { RgbRaster } from './pdq.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Root of the PDQ reference data (VIGIL_SHARED_DATA overrides ../shared/data). */
export const PDQ_DATA = resolve(process.env.VIGIL_SHARED_DATA ?? join(here, '../../../../shared/data'), 'pdq');
/** True when the reference data is present. */
export const HAVE_PDQ_DATA = existsSync(join(PDQ_DATA, 'expected/pdq-fullsize.csv'));

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
