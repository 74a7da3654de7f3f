/**
 * Outbound webhooks to hosting providers: signing, verifying (what a provider runs) and one attempt.
 *
 * Each attempt POSTs JSON with headers
 *   x-vigil-event, x-vigil-delivery, x-vigil-timestamp (Unix seconds),
 *   x-vigil-signature: "v1=<hex HMAC-SHA256(key, timestamp + '.' + body)>"          (hmac-sha256)
 *                   or "ed25519=<base64 Ed25519 signature of timestamp + '.' + body>" (ed25519)
 * A 2xx answer delivers; anything else (or no answer in time) is retried on the schedule, and every
 * attempt is recorded. Each attempt of an order carries a fresh portal token (stored hashed only).
 */
import { createHash, createHmac, createPrivateKey, createPublicKey, sign, timingSafeEqual, verify } from 'node:crypto';
import { outboundFetch } from '../../platform/outbound.ts';
import type { Platform } from '../../platform/platform.ts';
import { loadKeyring, unseal } from '../../platform/secrets.ts';

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

/** The outcome of one POST: the HTTP status (if any answer came) and the error when it did not deliver. */
export interface AttemptResult {
  status: number | null;
  error: string | null;
}

/**
 * POSTs a signed body to a provider's webhook through the outbound door: allowed addresses only, https
 * for the signature, bounded answer, no redirects.
 */
export async function postWebhook(
  p: Platform,
  provider: { webhook_url: string; signing: string; secret: string },
  d: { id: string; event: string },
  body: string,
  timeoutMs: number,
): Promise<AttemptResult> {
  const ts = String(Math.floor(Date.now() / 1000));
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await outboundFetch(p.config.outboundAllow, provider.webhook_url, {
      method: 'POST',
      secret: true,
      maxRedirects: 0,
      maxBytes: p.config.outboundWebhookMaxBytes,
      timeoutMs,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Vigil-TCO-Webhook/1',
        'x-vigil-event': d.event,
        'x-vigil-delivery': d.id,
        'x-vigil-timestamp': ts,
        'x-vigil-signature': signBody(provider.signing, unseal(loadKeyring(p.config), 'content_providers.secret', provider.secret), ts, body),
      },
      body,
    });
    status = res.status;
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (e) {
    error = ((e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message || 'network error').slice(0, 300);
  }
  return { status, error };
}
