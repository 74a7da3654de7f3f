/**
 * Every documented option of the screening and watch-list commands, run as a user would (issue #15 item
 * 8): `vigil screen` (every watch-list format, input and output files, threshold, limit, progress,
 * entities, malformed lists), `vigil screen pairs`, `vigil watchlist import` (custom, UN, OFAC; name,
 * format, note, skip-invalid, include-entities) and `vigil watchlist rebuild-national`. `--help` is
 * read for the options, so an option added without a case here fails. `vigil watchlist fetch` has its
 * own test (cli-watchlist-fetch.test.ts); passenger messages (`--format paxlst|pnrgov`) are in
 * src/cli/screen-messages.test.ts. Synthetic names only.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreeningTables } from '../../src/server/modules/screening/screening.tables.ts';
import { withTables, type Database } from '../../src/server/platform/db.ts';
import { runVigil, withCliDb } from '../helpers/cli.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), 'vigil-screen-cli-'));
const f = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const vigil = (args: string[], input?: string) => runVigil(env, args, input === undefined ? {} : { input });

const withDb = <T>(fn: (db: Database) => Promise<T>) => withCliDb(s.platform, fn);

// Watch lists in every format the commands read.
const UN_XML = f(
  'un.xml',
  // One element a line, as the UN publishes it.
  `<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>QUENTILLA</FIRST_NAME><SECOND_NAME>MARSHWOOD</SECOND_NAME><REFERENCE_NUMBER>XXi.801</REFERENCE_NUMBER><INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1972-04-09</DATE></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>\n</INDIVIDUALS><ENTITIES>\n<ENTITY><DATAID>2</DATAID><FIRST_NAME>GLASSHARBOR TRADING COMPANY</FIRST_NAME><REFERENCE_NUMBER>XXe.802</REFERENCE_NUMBER></ENTITY>\n</ENTITIES></CONSOLIDATED_LIST>\n`,
);
const OFAC = join(dir, 'ofac');
mkdirSync(OFAC);
writeFileSync(join(OFAC, 'sdn.csv'), '9101,"BRACKENFORD, Ulrich","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 03 Mar 1968."\n9102,"NORTHFEN SHIPPING LTD",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n');
writeFileSync(join(OFAC, 'alt.csv'), '9101,501,"aka","BRAKENFORD, Ulrik",-0- \n');
const JSONL = f('watch.jsonl', JSON.stringify({ id: 'j1', names: ['Perpetua Inglewhistle'], birthDates: ['1980-10-10'] }) + '\n');
const CSV = f('watch.csv', 'id,name,aliases,birthDate,nationality,document,gender\nc1,Barnaby Thistlecombe,B. Thistlecombe,1975-06-01,BE,EK1234567,male\n');
const CSV_BAD = f('watch-bad.csv', 'id,name,birthDate\nb1,Ottoline Farrowdale,1966-01-01\nb2,"unterminated,1970\n');

const TRAVELLERS = f(
  'travellers.jsonl',
  [
    { id: 't1', name: 'Quentilla Marshwood', birthDate: '1972-04-09' },
    { id: 't2', name: 'Ulrik Brakenford' },
    { id: 't3', name: 'Perpetua Inglewhistle', birthDate: '1980-10-10' },
    { id: 't4', name: 'Barnaby Thistlecombe', documentNumber: 'EK1234567' },
    { id: 't5', name: 'Glassharbor Trading Company' },
    { id: 't6', name: 'Nobody Particular' },
  ]
    .map((x) => JSON.stringify(x))
    .join('\n') + '\n',
);

/** Every `--option` a command's help lists. */
const optionsOf = (help: string) => new Set([...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help'));

beforeAll(async () => {
  s = await startTestServer();
  env = { ...process.env, VIGIL_DATA_DIR: s.platform.config.dataDir, DATABASE_URL: s.platform.config.databaseUrl ?? '', VIGIL_AUDIT_KEY_FILE: s.platform.config.auditKeyFile, LOG_LEVEL: 'silent' };
  // PGlite is single-process: let go of it before the CLI opens the folder.
  await s.app.close();
  if (s.platform.backend === 'pglite') await s.platform.close();
}, 180_000);
afterAll(async () => s?.close().catch(() => undefined));

describe('vigil screen: every option', () => {
  const used = new Set<string>();
  const screen = (args: string[], input?: string) => {
    for (const a of args) if (a.startsWith('--')) used.add(a);
    return vigil(['screen', ...args], input);
  };

  it('screens against UN XML, an OFAC folder, JSON Lines and CSV lists, to a file, with threshold, limit and progress', async () => {
    const out = join(dir, 'out.jsonl');
    const r = await screen(['--watchlist', UN_XML, '--watchlist', OFAC, '--watchlist', JSONL, '--watchlist', CSV, '--input', TRAVELLERS, '--format', 'jsonl', '--output', out, '--threshold', '0.85', '--limit', '1', '--progress']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/index: 4 entries/);
    expect(r.stderr).toMatch(/6 lines in/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; hits: Array<{ entryId: string; score: number }> });
    expect(lines.map((l) => [l.id, l.hits.map((h) => h.entryId)])).toEqual([
      ['t1', ['un:XXi.801']],
      ['t2', ['ofac:9101']],
      ['t3', ['j1']],
      ['t4', ['c1']],
      ['t5', []],
      ['t6', []],
    ]);
    for (const l of lines) expect(l.hits.every((h) => h.score >= 0.85)).toBe(true);
  }, 240_000);

  it('--include-entities screens against listed organisations too; stdin and stdout by default', async () => {
    const input = readFileSync(TRAVELLERS, 'utf8');
    const without = await screen(['-w', UN_XML, '-w', OFAC], input);
    const withEntities = await screen(['-w', UN_XML, '-w', OFAC, '--include-entities'], input);
    const hitsOf = (text: string, id: string) => (JSON.parse(text.trim().split('\n').find((l) => l.includes(`"id":"${id}"`))!) as { hits: Array<{ entryId: string }> }).hits.map((h) => h.entryId);
    expect(hitsOf(without.stdout, 't5')).toEqual([]);
    expect(hitsOf(withEntities.stdout, 't5')).toEqual(['un:XXe.802']);
  }, 240_000);

  it('a list with a malformed line is refused (exit 2) unless --skip-invalid', async () => {
    const refused = await screen(['-w', CSV_BAD], '{"id":"x","name":"Ottoline Farrowdale"}\n');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/watch-bad\.csv: 1 malformed line\(s\), nothing imported/);
    expect(refused.stdout).toBe('');
    const skipped = await screen(['-w', CSV_BAD, '--skip-invalid'], '{"id":"x","name":"Ottoline Farrowdale"}\n');
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toMatch(/skipped line 3/);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ id: 'x', hits: [{ entryId: 'b1' }] });
  }, 240_000);

  // `screen`'s own --input/--output used to take these (the pairs read stdin and wrote nothing to the file).
  it('vigil screen pairs: input and output files, threshold, explanations, progress', async () => {
    const pairs = f('pairs.jsonl', [{ id: 'p1', a: { name: 'Quentilla Marshwood', birthDate: '1972-04-09' }, b: { name: 'MARSHWOOD Quentila', birthDate: '1972-04-09' } }, { id: 'p2', a: { name: 'Quentilla Marshwood' }, b: { name: 'Barnaby Thistlecombe' } }].map((x) => JSON.stringify(x)).join('\n') + '\n');
    const out = join(dir, 'scores.jsonl');
    const args = ['--input', pairs, '--output', out, '--threshold', '0.9', '--explain', '--progress'];
    for (const a of args) if (a.startsWith('--')) used.add(`pairs ${a}`);
    const r = await vigil(['screen', 'pairs', ...args]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2 lines in/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; match: boolean; score: number; explanation?: { summary: string } });
    expect(lines.map((l) => [l.id, l.match])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    expect(lines[0]!.explanation!.summary).toBeTruthy();
  }, 240_000);

  it('every option --help lists has a case here', async () => {
    const main = optionsOf((await vigil(['screen', '--help'])).stdout);
    const pairs = optionsOf((await vigil(['screen', 'pairs', '--help'])).stdout);
    // --format with a passenger message: src/cli/screen-messages.test.ts.
    expect([...main].filter((o) => !used.has(o))).toEqual([]);
    expect([...pairs].filter((o) => !used.has(`pairs ${o}`))).toEqual([]);
    expect(main.size).toBeGreaterThanOrEqual(9);
  }, 240_000);
});

describe('vigil watchlist: every option', () => {
  const used = new Set<string>();
  const wl = (args: string[]) => {
    for (const a of args) if (a.startsWith('--')) used.add(a);
    return vigil(['watchlist', ...args]);
  };

  it('import: a custom list with --name, --format and --note; a malformed one refused, then imported with --skip-invalid', async () => {
    const r = await wl(['import', '--source', 'custom', '--file', CSV, '--name', 'cli-custom', '--format', 'csv', '--note', 'from the partner, March']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^cli-custom version 1: 1 entries \(1 added, 0 removed, 0 changed\)/);
    const refused = await wl(['import', '--source', 'custom', '--file', CSV_BAD, '--name', 'cli-bad']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/line 3: .*\n.*1 malformed line\(s\); nothing was imported \(use --skip-invalid/);
    const skipped = await wl(['import', '--source', 'custom', '--file', CSV_BAD, '--name', 'cli-bad', '--skip-invalid']);
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stdout).toMatch(/cli-bad version 1: 1 entries .*1 line\(s\) skipped/);
    const rows = await withDb((db) => withTables<ScreeningTables>(db).selectFrom('watchlist_versions').select(['source_id', 'note', 'entry_count']).where('source_id', 'in', ['cli-custom', 'cli-bad']).orderBy('source_id').execute());
    expect(rows).toEqual([
      { source_id: 'cli-bad', note: '', entry_count: 1 },
      { source_id: 'cli-custom', note: 'from the partner, March', entry_count: 1 },
    ]);
  }, 300_000);

  it('import: the UN list with --include-entities and an OFAC folder', async () => {
    const un = await wl(['import', '--source', 'un', '--file', UN_XML, '--include-entities']);
    expect(un.code, un.stderr).toBe(0);
    expect(un.stdout).toMatch(/^un version \d+: 2 entries/);
    const ofac = await wl(['import', '--source', 'ofac', '--file', OFAC, '--name', 'ofac-cli']);
    expect(ofac.code, ofac.stderr).toBe(0);
    expect(ofac.stdout).toMatch(/^ofac-cli version 1: 1 entries/);
    const wrong = await wl(['import', '--source', 'nope', '--file', CSV]);
    expect(wrong.code).toBe(2);
  }, 300_000);

  it('rebuild-national builds the national list from intelligence subjects', async () => {
    const r = await wl(['rebuild-national']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^(national version \d+: \d+ entries|The national list is up to date\.)/);
  }, 300_000);

  it('every option import --help lists has a case here', async () => {
    const opts = optionsOf((await vigil(['watchlist', 'import', '--help'])).stdout);
    expect([...opts].filter((o) => !used.has(o))).toEqual([]);
    expect(opts.size).toBeGreaterThanOrEqual(7);
  }, 240_000);
});
