/**
 * Outbound webhooks to hosting providers and the background job of the content module.
 *
 * Each attempt POSTs JSON with headers
 *   x-vigil-event, x-vigil-delivery, x-vigil-timestamp (Unix seconds),
 *   x-vigil-signature: "v1=<hex HMAC-SHA256(key, timestamp + '.' + body)>"          (hmac-sha256)
 *                   or "ed25519=<base64 Ed25519 signature of timestamp + '.' + body>" (ed25519)
 * A 2xx answer delivers; anything else (or no answer in time) is retried on the schedule, and every
 * attempt is recorded. Each attempt of an order carries a fresh portal token (stored hashed only).
 */
import { createHash, createHmac, createPrivateKey, createPublicKey, randomBytes, sign, timingSafeEqual, verify } from 'node:crypto';
import { sql } from 'kysely';
import { canAccess } from '../../../core/access/policy.ts';
import { actorById } from '../../platform/auth.ts';
import { outboundFetch } from '../../platform/outbound.ts';
import type { Platform } from '../../platform/platform.ts';
import { loadKeyring, unseal } from '../../platform/secrets.ts';
import { policyCtx, policyMarkings, type MarkingRow } from '../../platform/records.ts';
import { notify } from '../notifications/notifications.service.ts';
import { cdb, MODULE, pdb, SYSTEM_ACTOR, type ContentDb } from './content.db.ts';

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

/** The signature header value for a body sent at `timestamp`. */
export function signBody(signing: string, secret: string, timestamp: string, body: string): string {
  const data = Buffer.from(`${timestamp}.${body}`);
  if (signing === 'ed25519') return `ed25519=${sign(null, data, createPrivateKey(secret)).toString('base64')}`;
  return `v1=${createHmac('sha256', secret).update(data).digest('hex')}`;
}

/** What a provider runs: checks a signature (and that the timestamp is within `toleranceS`). */
export function verifyBody(signing: string, key: string, timestamp: string, body: string, header: string, now = Date.now(), toleranceS = 300): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > toleranceS) return false;
  const data = Buffer.from(`${timestamp}.${body}`);
  if (signing === 'ed25519') {
    if (!header.startsWith('ed25519=')) return false;
    return verify(null, data, createPublicKey(key), Buffer.from(header.slice(8), 'base64'));
  }
  const want = Buffer.from(`v1=${createHmac('sha256', key).update(data).digest('hex')}`);
  const got = Buffer.from(header);
  return got.length === want.length && timingSafeEqual(got, want);
}

export const portalTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Users of an organisation with content rights who may read a case: whom to tell about it. */
export async function caseWatchers(p: Platform, db: ContentDb, c: MarkingRow, now: Date): Promise<string[]> {
  const users = await db.selectFrom('users').select('id').where('org_id', '=', c.owner_org_id).where('disabled', '=', false).limit(500).execute();
  const out: string[] = [];
  for (const u of users) {
    const a = await actorById(pdb(db), u.id);
    if (a && canAccess(a, policyMarkings(c), 'read', policyCtx({ actor: a, requestId: '', purpose: null, now }, MODULE, p.config.retentionGraceDays)) === 'full') out.push(u.id);
  }
  return out;
}

async function caseRow(db: ContentDb, orderId: string): Promise<(MarkingRow & { order_id: string; case_id: string; url: string }) | undefined> {
  return (await db
    .selectFrom('content_orders as o')
    .innerJoin('content_cases as c', 'c.id', 'o.case_id')
    .select(['o.id as order_id', 'c.id as case_id', 'c.url', 'c.id', 'c.owner_org_id', 'c.classification', 'c.tlp', 'c.distribution', 'c.shared_org_ids', 'c.group_ids', 'c.handling_code', 'c.hit_no_hit', 'c.legal_basis', 'c.purpose', 'c.review_date'])
    .where('o.id', '=', orderId)
    .executeTakeFirst()) as (MarkingRow & { order_id: string; case_id: string; url: string }) | undefined;
}

interface DeliveryRow {
  id: string;
  order_id: string;
  provider_id: string;
  event: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** The content module's background job: webhook deliveries and retries, overdue escalation. */
export class ContentWorker {
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly p: Platform,
    readonly options: WorkerOptions,
    private readonly log: (msg: string, err?: unknown) => void,
    private readonly extra: () => Promise<void> = async () => {},
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick().catch((e) => this.log('content job failed', e)), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.chain.catch(() => undefined);
  }

  /** Runs the job soon (after an order is issued), without waiting for it. */
  kick(): void {
    void this.tick().catch((e) => this.log('content job failed', e));
  }

  /** Runs the job once (serialised with any run in progress); `now` decides what is due. */
  tick(now?: Date): Promise<{ attempted: number; escalated: number }> {
    const run = this.chain.then(() => (this.stopped ? { attempted: 0, escalated: 0 } : this.runOnce(now ?? new Date())));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async runOnce(now: Date): Promise<{ attempted: number; escalated: number }> {
    const db = cdb(this.p.db);
    const { rows } = await sql<DeliveryRow>`
      UPDATE content_deliveries SET lease_until = ${new Date(Date.now() + this.options.timeoutMs * 3)}
      WHERE id IN (
        SELECT id FROM content_deliveries
        WHERE status = 'pending' AND next_attempt_at <= ${now} AND (lease_until IS NULL OR lease_until < ${new Date()})
        ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED)
      RETURNING id, order_id, provider_id, event, payload, attempts`.execute(db);
    await Promise.all(rows.map((d) => this.attempt(d).catch((e) => this.log('webhook attempt failed', e))));
    const escalated = await this.escalate(now);
    await this.extra();
    return { attempted: rows.length, escalated };
  }

  private async attempt(d: DeliveryRow): Promise<void> {
    const db = cdb(this.p.db);
    const provider = await db.selectFrom('content_providers').select(['webhook_url', 'signing', 'secret']).where('id', '=', d.provider_id).executeTakeFirstOrThrow();
    const n = d.attempts + 1;
    const payload: Record<string, unknown> = { ...d.payload, deliveryId: d.id, attempt: n, sentAt: new Date().toISOString() };
    const base = String(d.payload.portalBase ?? '');
    delete payload.portalBase;
    if (d.event.endsWith('.issued')) {
      const token = randomBytes(32).toString('base64url');
      await sql`UPDATE content_orders SET portal_token_hashes = (array_append(portal_token_hashes, ${portalTokenHash(token)}::text))[greatest(1, cardinality(portal_token_hashes) - 18):]
        WHERE id = ${d.order_id}`.execute(db);
      payload.portal = { url: `${base}/portal/orders/${d.order_id}#token=${token}`, api: `${base}/api/portal/orders/${d.order_id}`, token };
    }
    const body = JSON.stringify(payload);
    const ts = String(Math.floor(Date.now() / 1000));
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      // Through the outbound door: allowed addresses only, https for the signature, bounded answer, no redirects.
      const res = await outboundFetch(this.p.config.outboundAllow, provider.webhook_url, {
        method: 'POST',
        secret: true,
        maxRedirects: 0,
        maxBytes: this.p.config.outboundWebhookMaxBytes,
        timeoutMs: this.options.timeoutMs,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Vigil-TCO-Webhook/1',
          'x-vigil-event': d.event,
          'x-vigil-delivery': d.id,
          'x-vigil-timestamp': ts,
          'x-vigil-signature': signBody(provider.signing, unseal(loadKeyring(this.p.config), 'content_providers.secret', provider.secret), ts, body),
        },
        body,
      });
      status = res.status;
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (e) {
      error = ((e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message || 'network error').slice(0, 300);
    }
    const ok = error === null;
    const delays = this.options.retryDelaysMs;
    const final = !ok && n > delays.length;
    await this.p.db.transaction().execute(async (t) => {
      const tx = cdb(t);
      await tx.insertInto('content_delivery_attempts').values({ delivery_id: d.id, attempt: n, at: new Date(started), status_code: status, error, duration_ms: Date.now() - started }).execute();
      await tx
        .updateTable('content_deliveries')
        .set({
          attempts: n,
          lease_until: null,
          status: ok ? 'delivered' : final ? 'failed' : 'pending',
          delivered_at: ok ? new Date() : null,
          next_attempt_at: ok || final ? null : new Date(Date.now() + delays[n - 1]!),
        })
        .where('id', '=', d.id)
        .execute();
      if (ok || final) {
        await this.p.audit.append(SYSTEM_ACTOR, [{ action: ok ? 'content.order.delivered' : 'content.order.delivery_failed', recordType: 'content_order', recordId: d.order_id, details: { deliveryId: d.id, event: d.event, attempts: n } }], t);
      }
      if (final) {
        const c = await caseRow(tx, d.order_id);
        if (c) await notify(t, await caseWatchers(this.p, tx, c, new Date()), { kind: 'content.delivery_failed', recordType: 'content_case', recordId: c.case_id, payload: { orderId: d.order_id, attempts: n, event: d.event } });
      }
    });
  }

  /** Removal orders past their hour without a confirmed removal: escalated once to the case owner's organisation. */
  private async escalate(now: Date): Promise<number> {
    return this.p.db.transaction().execute(async (t) => {
      const tx = cdb(t);
      const due = await tx
        .updateTable('content_orders')
        .set({ escalated_at: now })
        .where('status', '=', 'issued')
        .where('kind', '=', 'removal_order')
        .where('due_at', '<', now)
        .where('escalated_at', 'is', null)
        .returning(['id', 'due_at'])
        .execute();
      for (const o of due) {
        const c = await caseRow(tx, o.id);
        if (!c) continue;
        await notify(t, await caseWatchers(this.p, tx, c, now), { kind: 'content.order_overdue', recordType: 'content_case', recordId: c.case_id, payload: { orderId: o.id, dueAt: o.due_at } });
      }
      if (due.length) await this.p.audit.append(SYSTEM_ACTOR, due.map((o) => ({ action: 'content.order.escalate', recordType: 'content_order', recordId: o.id })), t);
      return due.length;
    });
  }
}
