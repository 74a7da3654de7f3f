/**
 * The sharing module's background work: the outbox projection (intel records → STIX objects), the
 * federation pulls from partner instances and the correlation of what arrives. One set per platform,
 * made when the routes register (they need the outbox and federation), started by the module's
 * start() once the server listens and stopped on close.
 */
import type { Platform } from '../../platform/platform.ts';
import { Correlator } from './correlation.ts';
import { Federation } from './federation.ts';
import type { OnStored } from './objects.repository.ts';
import { Outbox } from './outbox.ts';

export interface SharingJobs {
  outbox: Outbox;
  correlator: Correlator;
  federation: Federation;
  onStored: OnStored;
  /** Aborted when the server begins to close (ends waiting long-polls). */
  closing: AbortSignal;
  /** Ends the waiting long-polls and stops the partner pulls (the server's preClose). */
  beginClose(): void;
}

interface Held extends SharingJobs {
  abort: AbortController;
  log: (msg: string, err?: unknown) => void;
}

const held = new WeakMap<Platform, Held>();

/** The platform's sharing jobs (made on first use, not started). */
export function sharingJobs(p: Platform): SharingJobs {
  const found = held.get(p);
  if (found) return found;
  const abort = new AbortController();
  const h = { log: (msg: string, err?: unknown) => console.error(msg, err) } as Held;
  const log = (msg: string, err?: unknown) => h.log(msg, err);
  const correlator = new Correlator(p, p.config.sharing.fanOut, log);
  const onStored: OnStored = (ids, rows) => correlator.enqueue(ids, rows);
  Object.assign(h, {
    abort,
    closing: abort.signal,
    beginClose: () => {
      abort.abort();
      h.federation.stop();
    },
    correlator,
    onStored,
    outbox: new Outbox(p, onStored),
    federation: new Federation(p, p.config.sharing, onStored, log),
  });
  held.set(p, h);
  return h;
}

/** Starts the outbox interval and the partner pulls; returns what stops them. */
export async function startSharingJobs(p: Platform, log: (e: unknown, what: string) => void): Promise<() => Promise<void>> {
  const h = sharingJobs(p) as Held;
  h.log = (msg, err) => log(err, msg);
  const s = p.config.sharing;
  let timer: NodeJS.Timeout | undefined;
  if (s.jobs) {
    timer = setInterval(() => void h.outbox.catchUp().catch((e) => h.log('outbox failed', e)), s.indexMs);
    timer.unref();
    await h.federation.start();
  }
  return async () => {
    h.beginClose();
    if (timer) clearInterval(timer);
    await h.correlator.idle();
  };
}
