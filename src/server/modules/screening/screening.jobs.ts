/**
 * The screening module's background jobs, started by screeningModule.start once the server listens:
 * the index loaded in the background (the server answers meanwhile; only a screening request before
 * the first load waits for it), batches a stopped process left taken up again, national-list changes
 * followed within about p.config.screeningSyncMs, and a periodic upkeep every
 * p.config.screeningRefreshSeconds (0: off). With p.config.screeningJobs false nothing runs (benchmarks
 * of other modules); screening requests still bring the index up to date themselves.
 */
import type { Platform } from '../../platform/platform.ts';
import { runnerOf } from './batches.runner.ts';
import { startFetchJobs } from './fetches.jobs.ts';
import { rescreenerOf } from './rescreens.runner.ts';
import { runtimeOf } from './screening.runtime.ts';

/** Starts the jobs; returns what stops them (the batches in progress stay resumable). */
export function startScreeningJobs(p: Platform, log: (e: unknown, what: string) => void): () => Promise<void> {
  const runner = runnerOf(p);
  const rt = runtimeOf(p);
  let timer: NodeJS.Timeout | undefined;
  // Lists kept current and re-screening after a change (issue #15).
  let stopFetches: (() => Promise<void>) | undefined;
  if (p.config.screeningJobs) {
    stopFetches = startFetchJobs(p, log);
    void rt
      .ensureCurrent()
      .then(() => runner.sweep())
      .catch((e: unknown) => log(e, 'screening start-up failed'));
    rt.startSync((e: unknown) => log(e, 'screening list update failed'));
    const refreshMs = p.config.screeningRefreshSeconds * 1000;
    if (refreshMs > 0) {
      timer = setInterval(() => {
        rt.ensureCurrent()
          .then(() => runner.sweep())
          .catch((e: unknown) => log(e, 'screening upkeep failed'));
      }, refreshMs);
      timer.unref();
    }
  }
  return async () => {
    if (timer) clearInterval(timer);
    await rt.stopSync();
    await runner.stop();
    await (stopFetches ? stopFetches() : rescreenerOf(p).stop());
  };
}

/**
 * For a command that used the screening module without its jobs (`vigil watchlist …`): the work it
 * started in the background (a re-screen, an update of the index) ends before the database closes.
 */
export async function stopScreeningWork(p: Platform): Promise<void> {
  await rescreenerOf(p).stop();
  await runtimeOf(p).stopSync();
}
