/**
 * Admission under load: at most `limit` ordinary requests are worked on at once; the next ones wait in
 * arrival order, and beyond `queueMax` waiting the server answers 503 with Retry-After instead of
 * letting every request slow down. Urgent requests (a border officer screening a traveller at the desk)
 * never wait here: they pass ahead of analysts' searches and partners' pulls, which is what keeps a
 * screen fast on a busy server. A limit of 0 admits everything at once (the gate is off).
 *
 * While urgent work is going on (an urgent request in flight, or one answered less than URGENT_WINDOW_MS
 * ago), ordinary requests get fewer places (`limitWhileUrgent`): the two cores, the connections and the
 * audit chain's turns they would take are left to the screens. The places come back when the urgent work
 * stops, so name search alone keeps its full throughput (bench/load, docs/PERFORMANCE.md).
 */
import { AppError } from './errors.ts';

export interface AdmissionStats {
  active: number;
  waiting: number;
  refused: number;
  /** Urgent requests in flight. */
  urgent: number;
  /** The places ordinary requests have now (`limitWhileUrgent` while urgent work goes on). */
  limitNow: number;
}

/** How long after the last urgent request answered ordinary requests keep the reduced number of places. */
export const URGENT_WINDOW_MS = 1000;

export class Admission {
  private active = 0;
  private refused = 0;
  private urgent = 0;
  private lastUrgentAt = -Infinity;
  private refill: NodeJS.Timeout | undefined;
  private readonly waiting: Array<{ admit: (yes: boolean) => void; gone: () => boolean }> = [];
  private readonly whileUrgent: number;

  constructor(
    readonly limit: number,
    readonly queueMax: number,
    /** Places of ordinary requests while urgent work goes on (at least 1; at or above `limit`, no change). */
    limitWhileUrgent: number = limit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.whileUrgent = Math.max(1, Math.min(limit, limitWhileUrgent));
  }

  /** The places ordinary requests have now. */
  private limitNow(): number {
    return this.urgent > 0 || this.now() - this.lastUrgentAt < URGENT_WINDOW_MS ? this.whileUrgent : this.limit;
  }

  /**
   * Waits for a place (at once when the gate is off, the request urgent or a place free); returns the
   * function that gives the place back (call it once, when the answer is sent or the client left), or
   * null when the client left while waiting (`gone`): it is never worked on. Throws UNAVAILABLE (503)
   * when `queueMax` requests are already waiting.
   */
  async enter(urgent: boolean, gone: () => boolean = () => false): Promise<(() => void) | null> {
    if (this.limit <= 0) return () => undefined;
    if (urgent) return this.enterUrgent();
    if (this.active < this.limitNow() && this.waiting.length === 0) {
      this.active++;
    } else {
      if (this.waiting.length >= this.queueMax) {
        this.refused++;
        throw new AppError('UNAVAILABLE', 'The server is busy; try again in a moment.');
      }
      // The place is handed over by the request that leaves (active stays counted for us).
      const admitted = await new Promise<boolean>((admit) => this.waiting.push({ admit, gone }));
      if (!admitted) return null;
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.handOver();
    };
  }

  /** An urgent request never waits; while it is in flight and for URGENT_WINDOW_MS after, ordinary ones have fewer places. */
  private enterUrgent(): () => void {
    this.urgent++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.urgent--;
      this.lastUrgentAt = this.now();
      if (this.urgent > 0 || this.whileUrgent >= this.limit) return;
      // When the window has passed with no urgent request since, the places come back to those waiting.
      clearTimeout(this.refill);
      this.refill = setTimeout(() => this.admitWaiting(), URGENT_WINDOW_MS + 1);
      this.refill.unref();
    };
  }

  /** Admits waiting requests into the places free now. */
  private admitWaiting(): void {
    while (this.waiting.length > 0 && this.active < this.limitNow()) {
      this.active++;
      this.handOver();
    }
  }

  /** Gives a freed place to the first waiting request whose client is still there (none beyond the places of now). */
  private handOver(): void {
    if (this.active > this.limitNow()) {
      this.active--;
      return;
    }
    for (let w = this.waiting.shift(); w; w = this.waiting.shift()) {
      if (!w.gone()) {
        w.admit(true);
        return;
      }
      w.admit(false);
    }
    this.active--;
  }

  stats(): AdmissionStats {
    return { active: this.active, waiting: this.waiting.length, refused: this.refused, urgent: this.urgent, limitNow: this.limitNow() };
  }
}
