/**
 * `vigil watchlist import --source un|ofac|custom --file PATH` imports a watch list into the database
 * as a new version (as the API does: all or nothing, or --skip-invalid), and `vigil watchlist
 * rebuild-national` rebuilds the national list from intelligence subjects. Running servers pick the
 * new version up before their next screening.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../server/platform/config.ts';
import { sourceKind } from '../server/modules/screening/screening.access.ts';
import { sourceParam, type ImportPayload } from '../server/modules/screening/screening.inputs.ts';
import { registerWatchlistFetch } from './watchlist-fetch.command.ts';

/** The server's modules a command needs, loaded when it runs, not when `vigil` starts (src/cli/main.ts). */
const serverModules = async () => {
  const [{ openPlatform }, { importAs, ListImportError }, { runtimeOf }, { rescreenerOf }, { stopScreeningWork }] = await Promise.all([
    import('../server/platform/platform.ts'),
    import('../server/modules/screening/lists.service.ts'),
    import('../server/modules/screening/screening.runtime.ts'),
    import('../server/modules/screening/rescreens.runner.ts'),
    import('../server/modules/screening/screening.jobs.ts'),
  ]);
  return { openPlatform, importAs, ListImportError, runtimeOf, rescreenerOf, stopScreeningWork };
};

function readText(path: string): string {
  const buf = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return buf.toString('latin1');
  }
}

/** The OFAC legacy CSV pair from a folder, or from sdn.csv with alt.csv beside it. */
function ofacFiles(path: string): { sdn: string; alt?: string } {
  const dir = statSync(path).isDirectory() ? path : dirname(path);
  const pairs: Array<[string, string]> = [['sdn.csv', 'alt.csv'], ['cons_prim.csv', 'cons_alt.csv'], ['SDN.CSV', 'ALT.CSV']];
  const found = statSync(path).isDirectory() ? pairs.find(([s]) => existsSync(join(dir, s))) : pairs.find(([s]) => s.toLowerCase() === basename(path).toLowerCase()) ?? [basename(path), 'alt.csv'];
  if (!found) throw new Error(`${path}: no sdn.csv (an OFAC legacy CSV folder is expected)`);
  const alt = join(dir, found[1]);
  return { sdn: join(dir, found[0]), ...(existsSync(alt) ? { alt } : {}) };
}

interface ImportOptions {
  source: string;
  file: string;
  name?: string;
  format?: 'csv' | 'jsonl';
  skipInvalid?: boolean;
  includeEntities?: boolean;
  note?: string;
}

function payloadOf(o: ImportOptions): { list: string; body: ImportPayload } {
  if (!existsSync(o.file)) throw new Error(`not found: ${o.file}`);
  const flags = { skipInvalid: !!o.skipInvalid, includeEntities: !!o.includeEntities, ...(o.note ? { note: o.note } : {}) };
  if (!['un', 'ofac', 'custom'].includes(o.source)) throw new Error(`--source must be un, ofac or custom (got ${o.source})`);
  const list = o.name ?? (o.source === 'custom' ? basename(o.file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-') : o.source);
  if (!sourceParam.safeParse(list).success || sourceKind(list) !== o.source) {
    throw new Error(`--name: "${list}" is not a ${o.source} list name (lower-case letters, digits, dashes; un… and ofac… names are kept for those lists, national for the national list)`);
  }
  if (o.source === 'un') return { list, body: { content: readText(o.file), ...flags } };
  if (o.source === 'ofac') {
    const f = ofacFiles(o.file);
    return { list, body: { sdn: readText(f.sdn), ...(f.alt ? { alt: readText(f.alt) } : {}), ...flags } };
  }
  const format = o.format ?? (/\.(jsonl|ndjson|json)$/i.test(o.file) ? 'jsonl' : 'csv');
  return { list, body: { content: readText(o.file), format, ...flags } };
}

/** Registers `watchlist import` and `watchlist rebuild-national`. */
export function registerWatchlistCommands(program: Command): void {
  const wl = program.command('watchlist').description('Watch lists for border screening (stored as versions in the database)');

  wl.command('import')
    .description('Import a watch list as a new version: prints its counts and diff against the previous version')
    .requiredOption('--source <source>', 'un (consolidated XML), ofac (legacy CSV folder or sdn.csv) or custom (CSV with a header, or JSON Lines)')
    .requiredOption('--file <path>', 'the list file (for ofac: the folder holding sdn.csv and alt.csv)')
    .option('--name <list>', 'list name: for custom lists (default: from the file name); un-… or ofac-… to keep another UN or OFAC list apart (e.g. ofac-cons)')
    .option('--format <format>', 'custom list format: csv or jsonl (default: from the file name)')
    .option('--skip-invalid', 'import even when some lines are malformed (they are listed with the version)')
    .option('--include-entities', 'also import listed organisations, vessels and aircraft')
    .option('--note <text>', 'a note kept with the version')
    .action(async (o: ImportOptions) => {
      let payload: ReturnType<typeof payloadOf>;
      try {
        payload = payloadOf(o);
      } catch (e) {
        process.stderr.write(`vigil watchlist import: ${(e as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const { openPlatform, importAs, ListImportError, rescreenerOf, stopScreeningWork } = await serverModules();
      const p = await openPlatform(loadConfig());
      try {
        const v = await importAs(p, null, payload.list, payload.body);
        console.log(`${v.source} version ${v.number}: ${v.entryCount} entries (${v.added} added, ${v.removed} removed, ${v.changed} changed)` + (v.skipped.length ? `, ${v.skipped.length} line(s) skipped` : ''));
        for (const i of v.skipped) process.stderr.write(`${o.file}: skipped line ${i.line}: ${i.message}\n`);
        // Past travellers are re-screened against the new and changed entries before the command ends (issue #15).
        await rescreenerOf(p).idle();
      } catch (e) {
        if (e instanceof ListImportError) {
          for (const i of e.issues) process.stderr.write(`${o.file}: line ${i.line}: ${i.message}\n`);
          process.stderr.write(`vigil watchlist import: ${e.issues.length} malformed line(s); nothing was imported (use --skip-invalid to leave them out)\n`);
        } else process.stderr.write(`vigil watchlist import: ${(e as Error).message}\n`);
        process.exitCode = 2;
      } finally {
        await stopScreeningWork(p);
        await p.close();
      }
    });

  registerWatchlistFetch(wl);

  wl.command('rebuild-national')
    .description('Rebuild the national list from intelligence subjects now (servers also do so before screening when subjects changed)')
    .action(async () => {
      const { openPlatform, runtimeOf, stopScreeningWork } = await serverModules();
      const p = await openPlatform(loadConfig());
      try {
        const v = await runtimeOf(p).rebuildNational(null);
        console.log(v ? `national version ${v.number}: ${v.entryCount} entries (${v.added} added, ${v.removed} removed, ${v.changed} changed)` : 'The national list is up to date.');
      } finally {
        await stopScreeningWork(p);
        await p.close();
      }
    });
}
