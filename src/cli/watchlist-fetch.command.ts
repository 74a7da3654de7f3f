/**
 * `vigil watchlist fetch --source un|ofac [--url URL] [--alt-url URL] [--apply|--dry-run]` downloads a
 * global list from its configured address (VIGIL_WATCHLIST_UN_URL, VIGIL_WATCHLIST_OFAC_URL: the official
 * one, or an internal mirror) or --url, through the outbound allow-list like the server, checks that it
 * parses, and prints the diff against the active version (added, removed, changed with the changed
 * fields). --dry-run (the default) changes nothing; --apply stores it as a new version and re-screens the
 * travellers of the look-back window against its new and changed entries before it ends.
 */
import type { Command } from 'commander';
import { loadConfig } from '../server/platform/config.ts';

interface FetchCliOptions {
  source: string;
  url?: string;
  altUrl?: string;
  apply?: boolean;
  dryRun?: boolean;
  limit: string;
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** Registers `watchlist fetch` under `vigil watchlist`. */
export function registerWatchlistFetch(wl: Command): void {
  wl.command('fetch')
    .description('Download the UN or OFAC list from its configured address (or --url), check it parses and print the diff; --apply stores it as a new version and re-screens past travellers')
    .requiredOption('--source <source>', 'un or ofac')
    .option('--url <url>', 'another address than the configured one (it must pass VIGIL_OUTBOUND_ALLOW when not public)')
    .option('--alt-url <url>', 'ofac: the alias file (default: alt.csv beside an sdn.csv address, else VIGIL_WATCHLIST_OFAC_ALT_URL)')
    .option('--apply', 'store the list as a new version (past travellers are re-screened against its new and changed entries)')
    .option('--dry-run', 'only print the diff (the default)')
    .option('--limit <n>', 'changes printed at most', '200')
    .action(async (o: FetchCliOptions) => {
      if (o.source !== 'un' && o.source !== 'ofac') {
        process.stderr.write(`vigil watchlist fetch: --source must be un or ofac (got ${o.source})\n`);
        process.exitCode = 2;
        return;
      }
      if (o.apply && o.dryRun) {
        process.stderr.write('vigil watchlist fetch: choose --apply or --dry-run, not both\n');
        process.exitCode = 2;
        return;
      }
      const limit = Math.max(0, Number(o.limit) || 0);
      // Loaded when the command runs, not when `vigil` starts (src/cli/main.ts).
      const [{ openPlatform }, { findFetch }, { fetchList }, { findRescreen }, { rescreenerOf }, { stopScreeningWork }] = await Promise.all([
        import('../server/platform/platform.ts'),
        import('../server/modules/screening/fetches.repository.ts'),
        import('../server/modules/screening/fetches.service.ts'),
        import('../server/modules/screening/rescreens.repository.ts'),
        import('../server/modules/screening/rescreens.runner.ts'),
        import('../server/modules/screening/screening.jobs.ts'),
      ]);
      const p = await openPlatform(loadConfig());
      try {
        const f = await fetchList(p, null, o.source, { url: o.url, altUrl: o.altUrl, mode: o.apply ? 'apply' : 'check', trigger: 'cli' });
        const what = { applied: 'applied as a new version', checked: 'not applied (dry run)', unchanged: 'unchanged: nothing to apply', previewed: 'previewed' }[f.status as 'applied' | 'checked' | 'unchanged' | 'previewed'];
        console.log(`${f.source} from ${f.url}: ${f.entryCount} entries, ${f.added} added, ${f.removed} removed, ${f.changed} changed — ${what}`);
        const changes = (await findFetch(p.db, f.id))?.changes ?? f.changes;
        for (const c of changes.slice(0, limit)) console.log(`${MARK[c.change]} ${c.entryId}  ${c.name}${c.fields.length ? `  (${c.fields.join(', ')})` : ''}`);
        if (changes.length > limit) console.log(`… and ${changes.length - limit} more (--limit)`);
        if (f.rescreenId) {
          await rescreenerOf(p).idle();
          const r = await findRescreen(p.db, f.rescreenId);
          console.log(`re-screened ${r?.processed ?? 0} past travellers (since ${r?.since.toISOString().slice(0, 10)}): ${r?.hit_count ?? 0} new hit(s), listed after travel, in hit review (${r?.status})`);
        }
      } catch (e) {
        process.stderr.write(`vigil watchlist fetch: ${(e as Error).message}\n`);
        process.exitCode = 2;
      } finally {
        await stopScreeningWork(p);
        await p.close();
      }
    });
}
