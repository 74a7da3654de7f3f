/**
 * Admission under load: at most `limit` ordinary requests are worked on at once; the next ones wait in
 * arrival order, and beyond `queueMax` waiting the server answers 503 with Retry-After instead of
 * letting every request slow down. Urgent requests (a border officer screening a traveller at the desk)
 * never wait here: they pass ahead of analysts' searches and partners' pulls, which is what keeps a
 * screen fast on a busy server. A limit of 0 admits everything at once (the gate is off).
 */
import { AppError } from './errors.ts';

export interface AdmissionStats {
  active: number;
  waiting: number;
  refused: number;
}

export class Admission {
  private active = 0;
  private refused = 0;
  private readonly waiting: Array<{ admit: (yes: boolean) => void; gone: () => boolean }> = [];

  constructor(
    readonly limit: number,
    readonly queueMax: number,
  ) {}

  /**
   * Waits for a place (at once when the gate is off, the request urgent or a place free); returns the
   * function that gives the place back (call it once, when the answer is sent or the client left), or
   * null when the client left while waiting (`gone`): it is never worked on. Throws UNAVAILABLE (503)
   * when `queueMax` requests are already waiting.
   */
  async enter(urgent: boolean, gone: () => boolean = () => false): Promise<(() => void) | null> {
    if (urgent || this.limit <= 0) return () => undefined;
    if (this.active < this.limit && this.waiting.length === 0) {
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

  /** Gives a freed place to the first waiting request whose client is still there. */
  private handOver(): void {
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
    return { active: this.active, waiting: this.waiting.length, refused: this.refused };
  }
}
