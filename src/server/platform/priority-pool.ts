/**
 * Connections handed out in order of urgency. Under load every connection of the request pool is busy
 * and statements wait for one; pg's pool serves them in arrival order, so a traveller screened at the
 * desk waited behind the statements of every search, read and TAXII page queued before it, once for
 * each of its round trips. Here the statements of urgent work (sent through the `urgent()` view: the
 * platform's urgentDb, dbFor) take the next free connection before any ordinary statement waiting, and
 * may use `reserve` connections beyond the ordinary limit that ordinary work never takes, so they find
 * one free at once unless urgent work already fills them. (Urgency is passed explicitly, not through
 * AsyncLocalStorage: on Node.js 20 that turns on promise hooks for the whole process, and every
 * request paid for them.)
 */
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

export interface PoolWaits {
  /** Connections handed out, by class. */
  urgent: number;
  ordinary: number;
  /** Of those, how many waited for one, and the total time waited (ms). */
  urgentWaited: number;
  urgentWaitMs: number;
  ordinaryWaited: number;
  ordinaryWaitMs: number;
}

export class PriorityPool implements PostgresPool {
  private out = 0;
  private readonly urgentQueue: Array<() => void> = [];
  private readonly ordinaryQueue: Array<() => void> = [];
  private readonly counts: PoolWaits = { urgent: 0, ordinary: 0, urgentWaited: 0, urgentWaitMs: 0, ordinaryWaited: 0, ordinaryWaitMs: 0 };

  /** `inner` must allow at least `limit + reserve` connections. */
  constructor(
    private readonly inner: pg.Pool,
    readonly limit: number,
    readonly reserve: number,
  ) {}

  /** A connection for ordinary work. */
  connect(): Promise<PostgresPoolClient> {
    return this.take(false);
  }

  /** The same pool as urgent work sees it (for a second Kysely instance; ending it ends nothing). */
  urgent(): PostgresPool {
    return { connect: () => this.take(true), end: () => Promise.resolve() };
  }

  private async take(urgent: boolean): Promise<PostgresPoolClient> {
    if (urgent) this.counts.urgent++;
    else this.counts.ordinary++;
    if (this.out < this.limit + (urgent ? this.reserve : 0)) {
      this.out++;
    } else {
      // The place is handed over by the client released (out stays counted for us).
      const since = performance.now();
      await new Promise<void>((go) => (urgent ? this.urgentQueue : this.ordinaryQueue).push(go));
      const waited = performance.now() - since;
      if (urgent) {
        this.counts.urgentWaited++;
        this.counts.urgentWaitMs += waited;
      } else {
        this.counts.ordinaryWaited++;
        this.counts.ordinaryWaitMs += waited;
      }
    }
    let client: pg.PoolClient;
    try {
      client = await this.inner.connect();
    } catch (e) {
      this.handOver();
      throw e;
    }
    // pg sets a new release on every checkout; ours gives the place on once the client is back.
    const release = client.release.bind(client);
    let released = false;
    client.release = (err?: Error | boolean) => {
      if (released) return;
      released = true;
      release(err);
      this.handOver();
    };
    return client as unknown as PostgresPoolClient;
  }

  /** Gives a freed place to the first urgent waiter, else the first ordinary one whose place is within the limit. */
  private handOver(): void {
    const next = this.urgentQueue.shift() ?? (this.out <= this.limit ? this.ordinaryQueue.shift() : undefined);
    if (next) next();
    else this.out--;
  }

  waits(): PoolWaits {
    return { ...this.counts };
  }

  end(): Promise<void> {
    return this.inner.end();
  }
}
