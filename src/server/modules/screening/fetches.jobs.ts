/**
 * The schedule that keeps the global lists current (issue #15): each source (un, ofac) is fetched once
 * per p.config.watchlistFetch.scheduleHours (VIGIL_WATCHLIST_FETCH_HOURS; 0: off), counted from its last
 * fetch — or, for a source never fetched, from the server's start (a fresh or test server calls no
 * address before an administrator has seen the settings). A changed list is applied at once or only
 * checked, its diff waiting for an administrator (VIGIL_WATCHLIST_FETCH_MODE). Failures are kept as failed
 * fetches, shown to administrators on the list screen (GET /api/screening/fetches: failing, lastError),
 * on the audit record, in the server log, and in a notification to the list administrators (the
 * version in use stays). Also sweeps re-screenings: those a stopped process left, and the national
 * list's, which wait here for the sweep (several subject changes to one run).
 */
import type { Platform } from '../../platform/platform.ts';
import { fetchList, fetchSources } from './fetches.service.ts';
import { latestOf } from './fetches.repository.ts';
import { rescreenerOf } from './rescreens.runner.ts';

/**
 * One round of the schedule: each source whose last fetch (or, never fetched, `started`) is a period
 * old is fetched now, applied or checked as configured; a failure is kept as a failed fetch and logged.
 * Returns the sources fetched.
 */
export async function scheduledFetches(p: Platform, started: number, log: (e: unknown, what: string) => void): Promise<string[]> {
  const periodMs = p.config.watchlistFetch.scheduleHours * 3_600_000;
  const done: string[] = [];
  for (const s of fetchSources(p)) {
    const { last } = await latestOf(p.db, s.source);
    const from = last ? new Date(last.created_at).getTime() : started;
    if (periodMs === 0 || Date.now() - from < periodMs) continue;
    const mode = p.config.watchlistFetch.scheduleMode === 'apply' ? 'apply' : 'check';
    await fetchList(p, null, s.source, { mode, trigger: 'schedule' }).catch((e: unknown) => log(e, `scheduled fetch of the ${s.source} list failed`));
    done.push(s.source);
  }
  return done;
}

/** Starts the schedule and the re-screening sweep; returns what stops them. */
export function startFetchJobs(p: Platform, log: (e: unknown, what: string) => void): () => Promise<void> {
  const rescreener = rescreenerOf(p);
  const started = Date.now();
  const timers: NodeJS.Timeout[] = [];
  let running = false;
  void rescreener.sweep().catch((e: unknown) => log(e, 'screening re-screening sweep failed'));
  const sweep = setInterval(() => void rescreener.sweep().catch((e: unknown) => log(e, 'screening re-screening sweep failed')), 60_000);
  sweep.unref();
  timers.push(sweep);
  const hours = p.config.watchlistFetch.scheduleHours;
  if (hours > 0) {
    const periodMs = hours * 3_600_000;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await scheduledFetches(p, started, log);
      } finally {
        running = false;
      }
    };
    const t = setInterval(() => void tick().catch((e: unknown) => log(e, 'watch-list schedule failed')), Math.min(periodMs, 15 * 60_000));
    t.unref();
    timers.push(t);
  }
  return async () => {
    for (const t of timers) clearInterval(t);
    await rescreener.stop();
  };
}
