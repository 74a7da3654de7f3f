/**
 * Resumable background work (screening batches, re-screenings): a run per record id, at most one per
 * process, claimed from the database so a run a stopped process left is taken up by the next sweep.
 * Subclasses say how to claim, run and fail one; stopping lets the current chunk finish and leaves the
 * record resumable.
 */
import type { Platform } from './platform.ts';

export abstract class ResumableRunner {
  private readonly running = new Map<string, Promise<void>>();
  protected stopped = false;

  constructor(protected readonly p: Platform) {}

  /** The ids waiting to run or left by a stopped process (claimed by `run`). */
  protected abstract claimable(): Promise<string[]>;
  /** Runs (or goes on with) one record; returns at once when another process holds it. */
  protected abstract run(id: string): Promise<void>;
  /** Records a failure on the record (not called while stopping: the record stays resumable). */
  protected abstract markFailed(id: string, message: string): Promise<void>;

  /** Starts (or goes on with) a run in the background unless this process runs it already. */
  kick(id: string): void {
    if (this.stopped || this.running.has(id)) return;
    const run = this.run(id)
      .catch((e: unknown) => this.fail(id, e))
      .finally(() => this.running.delete(id));
    this.running.set(id, run);
  }

  /** Resolves when the run of `id` (or every run) in this process ends (tests, CLI). */
  async idle(id?: string): Promise<void> {
    if (id) await this.running.get(id);
    else await Promise.all(this.running.values());
  }

  /** Claims waiting runs and those a stopped process left. */
  async sweep(): Promise<number> {
    if (this.stopped) return 0;
    const ids = await this.claimable();
    for (const id of ids) this.kick(id);
    return ids.length;
  }

  /** Stops after the current chunk (the runs stay resumable). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled(this.running.values());
  }

  protected async fail(id: string, e: unknown): Promise<void> {
    if (this.stopped) return;
    await this.markFailed(id, String((e as Error)?.message ?? e)).catch(() => undefined);
  }
}
