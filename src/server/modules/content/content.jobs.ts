/**
 * What the content module keeps per process, and its background job. The runtime (the match index and
 * the job) exists from the first time a service or the routes ask for it, but nothing runs until the
 * module's start() (content.module.ts): it loads the index and starts the job once the server listens,
 * and stops the job when the server closes. Tests reach it as `app.contentRuntime` (to run the job now,
 * or shorten the retry schedule).
 *
 * The job: webhook deliveries and their retries, escalation of overdue removal orders, and the index's
 * freshness (another process may have changed banks).
 */
import { randomBytes } from 'node:crypto';
import type { Platform } from '../../platform/platform.ts';
import type { ContentSettings } from '../../platform/config.ts';
import { notify } from '../notifications/notifications.service.ts';
import { ContentMatcher } from './matcher.ts';
import * as deliveries from './deliveries.repository.ts';
import * as orders from './orders.repository.ts';
import { providerSigning } from './providers.repository.ts';
import { SYSTEM_ACTOR } from './content.rules.ts';
import { caseWatchers } from './content.watchers.ts';
import { portalTokenHash, postWebhook } from './webhook.ts';

export interface WorkerOptions {
  /** Waits before the 2nd, 3rd, … attempt; after the last one the delivery fails. */
  retryDelaysMs: number[];
  /** How long one attempt may take. */
  timeoutMs: number;
  /** How often the job runs (deliveries, overdue escalation, index freshness). */
  intervalMs: number;
}

export const DEFAULT_WORKER: WorkerOptions = {
  retryDelaysMs: [15_000, 60_000, 300_000, 900_000, 1_800_000, 3_600_000],
  timeoutMs: 10_000,
  intervalMs: 5_000,
};

/** Worker settings from the config module's content settings. */
export function workerOptions(s: ContentSettings): WorkerOptions {
  return { ...DEFAULT_WORKER, retryDelaysMs: [...s.retryDelaysMs], intervalMs: s.jobIntervalMs };
}

type Log = (e: unknown, what: string) => void;

/** The content module's background job: webhook deliveries and retries, overdue escalation, index freshness. */
export class ContentWorker {
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private log: Log = () => {};

  constructor(
    private readonly p: Platform,
    readonly options: WorkerOptions,
    private readonly extra: () => Promise<void> = async () => {},
  ) {}

  start(log: Log): void {
    this.log = log;
    this.stopped = false;
    this.timer = setInterval(() => void this.tick().catch((e) => this.log(e, 'content job failed')), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.chain.catch(() => undefined);
  }

  /** Runs the job soon (after an order is issued), without waiting for it. */
  kick(): void {
    void this.tick().catch((e) => this.log(e, 'content job failed'));
  }

  /** Runs the job once (serialised with any run in progress); `now` decides what is due. */
  tick(now?: Date): Promise<{ attempted: number; escalated: number }> {
    const run = this.chain.then(() => (this.stopped ? { attempted: 0, escalated: 0 } : this.runOnce(now ?? new Date())));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async runOnce(now: Date): Promise<{ attempted: number; escalated: number }> {
    const rows = await deliveries.claimDue(this.p.db, now, new Date(Date.now() + this.options.timeoutMs * 3));
    await Promise.all(rows.map((d) => this.attempt(d).catch((e) => this.log(e, 'webhook attempt failed'))));
    const escalated = await this.escalate(now);
    await this.extra();
    return { attempted: rows.length, escalated };
  }

  private async attempt(d: deliveries.ClaimedDelivery): Promise<void> {
    const p = this.p;
    const provider = await providerSigning(p.db, d.provider_id);
    const n = d.attempts + 1;
    const payload: Record<string, unknown> = { ...d.payload, deliveryId: d.id, attempt: n, sentAt: new Date().toISOString() };
    const base = String(d.payload.portalBase ?? '');
    delete payload.portalBase;
    if (d.event.endsWith('.issued')) {
      // Each attempt of an order carries a fresh portal token (stored hashed only).
      const token = randomBytes(32).toString('base64url');
      await orders.appendPortalToken(p.db, d.order_id, portalTokenHash(token));
      payload.portal = { url: `${base}/portal/orders/${d.order_id}#token=${token}`, api: `${base}/api/portal/orders/${d.order_id}`, token };
    }
    const started = Date.now();
    const { status, error } = await postWebhook(p, provider, d, JSON.stringify(payload), this.options.timeoutMs);
    const ok = error === null;
    const delays = this.options.retryDelaysMs;
    const final = !ok && n > delays.length;
    await p.db.transaction().execute(async (tx) => {
      await deliveries.recordAttempt(
        tx,
        { deliveryId: d.id, attempt: n, at: new Date(started), statusCode: status, error, durationMs: Date.now() - started },
        { status: ok ? 'delivered' : final ? 'failed' : 'pending', deliveredAt: ok ? new Date() : null, nextAttemptAt: ok || final ? null : new Date(Date.now() + delays[n - 1]!) },
      );
      if (ok || final) {
        await p.audit.append(SYSTEM_ACTOR, [{ action: ok ? 'content.order.delivered' : 'content.order.delivery_failed', recordType: 'content_order', recordId: d.order_id, details: { deliveryId: d.id, event: d.event, attempts: n } }], tx);
      }
      if (final) {
        const c = await orders.orderCase(tx, d.order_id);
        if (c) await notify(tx, await caseWatchers(p, tx, c, new Date()), { kind: 'content.delivery_failed', recordType: 'content_case', recordId: c.case_id, payload: { orderId: d.order_id, attempts: n, event: d.event } });
      }
    });
  }

  /** Removal orders past their hour without a confirmed removal: escalated once to the case owner's organisation. */
  private async escalate(now: Date): Promise<number> {
    return this.p.db.transaction().execute(async (tx) => {
      const due = await orders.escalateOverdue(tx, now);
      for (const o of due) {
        const c = await orders.orderCase(tx, o.id);
        if (!c) continue;
        await notify(tx, await caseWatchers(this.p, tx, c, now), { kind: 'content.order_overdue', recordType: 'content_case', recordId: c.case_id, payload: { orderId: o.id, dueAt: o.due_at } });
      }
      if (due.length) await this.p.audit.append(SYSTEM_ACTOR, due.map((o) => ({ action: 'content.order.escalate', recordType: 'content_order', recordId: o.id })), tx);
      return due.length;
    });
  }
}

export interface ContentRuntime {
  matcher: ContentMatcher;
  worker: ContentWorker;
}

declare module 'fastify' {
  interface FastifyInstance {
    contentRuntime?: ContentRuntime;
  }
}

const runtimes = new WeakMap<Platform, ContentRuntime>();

/** The runtime of this platform (created on first use; its job runs only after startContentJobs). */
export function contentRuntime(p: Platform): ContentRuntime {
  let rt = runtimes.get(p);
  if (!rt) {
    const matcher = new ContentMatcher(p.db);
    const worker = new ContentWorker(p, workerOptions(p.config.content), async () => {
      await matcher.refreshIfStale();
    });
    rt = { matcher, worker };
    runtimes.set(p, rt);
  }
  return rt;
}

/** Builds the index from the database and starts the job; returns what stops it. */
export async function startContentJobs(p: Platform, log: Log): Promise<() => Promise<void>> {
  const rt = contentRuntime(p);
  await rt.matcher.load();
  rt.worker.start(log);
  return () => rt.worker.stop();
}
