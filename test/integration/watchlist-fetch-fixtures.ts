/**
 * A local HTTP server standing in for the UN and OFAC addresses (or an internal mirror), serving
 * versions of the public UN list made from the reference file: v1 without one listed person (who is
 * "listed after travel" in v2) and with one alias of another person left out (a changed entry in v2);
 * v2 the file itself; a file that does not parse; and, when the full reference sets are present, a
 * slice of the OFAC legacy CSV pair.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseUnXml, type WatchlistEntry } from '../../src/core/screening/engine.ts';
import { FIXTURES, HAVE_FULL_REFERENCE, REFERENCE } from '../helpers/reference-data.ts';

/** The UN list text: the full reference file when present (CI), else the shipped subset. */
export const UN_V2 = readFileSync(REFERENCE + 'watchlists/un-sc-consolidated/UN_consolidated.xml', 'utf8');
const SMALL = readFileSync(FIXTURES + 'watchlists/un-sc-consolidated/UN_consolidated.xml', 'utf8');

const blocks = (xml: string) => [...xml.matchAll(/<INDIVIDUAL>[\s\S]*?<\/INDIVIDUAL>/g)].map((m) => m[0]);

/** The listed person added by v2 (3rd individual of the file), and the one whose aliases change (5th with an alias). */
export async function listFixtures() {
  const bs = blocks(UN_V2);
  const added = bs[2]!;
  const withAlias = bs.filter((b) => /<ALIAS_NAME>[^<]+<\/ALIAS_NAME>/.test(b))[4]!;
  const changedBlock = withAlias.replace(/<INDIVIDUAL_ALIAS>\s*<QUALITY>[^<]*<\/QUALITY>\s*<ALIAS_NAME>[^<]+<\/ALIAS_NAME>\s*<\/INDIVIDUAL_ALIAS>/, '');
  const v1 = UN_V2.replace(added, '').replace(withAlias, changedBlock);
  const ref = (b: string) => /<REFERENCE_NUMBER>([^<]+)<\/REFERENCE_NUMBER>/.exec(b)![1]!.trim();
  const { entries } = await parseUnXml(UN_V2);
  const addedEntry = entries.find((e) => e.id === `un:${ref(added)}`)! as WatchlistEntry;
  return { v1, v2: UN_V2, small: SMALL, addedEntry, changedId: `un:${ref(withAlias)}` };
}

/** OFAC legacy CSV pair (first 300 SDN lines and their aliases), when the full sets are there. */
export function ofacFixture(): { sdn: string; alt: string } | undefined {
  const dir = REFERENCE + 'watchlists/ofac-sdn-2021/';
  if (!HAVE_FULL_REFERENCE || !existsSync(dir + 'sdn.csv')) return undefined;
  const sdn = readFileSync(dir + 'sdn.csv', 'latin1').split('\n').slice(0, 300).join('\n') + '\n';
  const ids = new Set(sdn.split('\n').map((l) => l.split(',')[0]));
  const alt = readFileSync(dir + 'alt.csv', 'latin1').split('\n').filter((l) => ids.has(l.split(',')[0]!)).join('\n') + '\n';
  return { sdn, alt };
}

/** Serves `files` (path → body) on 127.0.0.1; `hits` counts the requests per path. */
export async function listServer(files: Record<string, string>): Promise<{ base: string; files: Record<string, string>; hits: Record<string, number>; close(): Promise<void> }> {
  const hits: Record<string, number> = {};
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits[path] = (hits[path] ?? 0) + 1;
    const body = files[path];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': path.endsWith('.xml') ? 'application/xml' : 'text/csv' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, files, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
