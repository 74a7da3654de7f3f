import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvField } from './banks.service.ts';
import { urlKey } from './content.rules.ts';
import { orderState } from './orders.presenter.ts';
import { signBody, verifyBody } from './webhook.ts';
import { workerOptions } from './content.jobs.ts';
import { loadConfig } from '../../platform/config.ts';

describe('webhook signatures', () => {
  const body = JSON.stringify({ event: 'removal_order.issued', order: { id: 'x' } });
  const now = Date.UTC(2026, 0, 1, 12);
  const ts = String(now / 1000);

  it('HMAC-SHA256 over "timestamp.body": verifies, and fails on any change', () => {
    const sig = signBody('hmac-sha256', 'whsec_k', ts, body);
    expect(sig).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyBody('hmac-sha256', 'whsec_k', ts, body, sig, now)).toBe(true);
    expect(verifyBody('hmac-sha256', 'whsec_other', ts, body, sig, now)).toBe(false);
    expect(verifyBody('hmac-sha256', 'whsec_k', ts, body + ' ', sig, now)).toBe(false);
    expect(verifyBody('hmac-sha256', 'whsec_k', String(now / 1000 + 1), body, sig, now)).toBe(false);
    // A replay outside the tolerance is refused.
    expect(verifyBody('hmac-sha256', 'whsec_k', ts, body, sig, now + 301_000)).toBe(false);
  });

  it('Ed25519: verifies with the public key only', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const priv = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pub = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const sig = signBody('ed25519', priv, ts, body);
    expect(sig).toMatch(/^ed25519=/);
    expect(verifyBody('ed25519', pub, ts, body, sig, now)).toBe(true);
    expect(verifyBody('ed25519', pub, ts, body.replace('x', 'y'), sig, now)).toBe(false);
  });
});

describe('duplicate keys, CSV fields, order state, settings', () => {
  it('normalises URLs: scheme, host case, www, fragment, trailing slash, default port', () => {
    expect(urlKey('https://WWW.Video.example:443/watch/?v=1#t=3')).toBe(urlKey('http://video.example/watch?v=1'.replace('/watch', '/watch/')));
    expect(urlKey('https://video.example/watch?v=1')).not.toBe(urlKey('https://video.example/watch?v=2'));
    expect(urlKey('not a url')).toBe('not a url');
  });

  it('quotes and defuses CSV fields', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('computes pending and overdue at read time', () => {
    const due = new Date('2026-01-01T13:00:00Z');
    expect(orderState({ status: 'issued', kind: 'removal_order', due_at: due }, new Date('2026-01-01T12:59:59Z'))).toBe('pending');
    expect(orderState({ status: 'issued', kind: 'removal_order', due_at: due }, new Date('2026-01-01T13:00:01Z'))).toBe('overdue');
    expect(orderState({ status: 'issued', kind: 'referral', due_at: null }, new Date('2030-01-01'))).toBe('pending');
    expect(orderState({ status: 'removed', kind: 'removal_order', due_at: due }, new Date('2030-01-01'))).toBe('removed');
  });

  it('takes the retry schedule and interval from the config module, which refuses nonsense naming the variable', () => {
    expect(workerOptions(loadConfig({ VIGIL_CONTENT_RETRY_DELAYS_MS: '10, 20,30' }).content).retryDelaysMs).toEqual([10, 20, 30]);
    expect(workerOptions(loadConfig({}).content)).toMatchObject({ retryDelaysMs: [15_000, 60_000, 300_000, 900_000, 1_800_000, 3_600_000], intervalMs: 5000 });
    expect(workerOptions(loadConfig({ VIGIL_CONTENT_JOB_INTERVAL_MS: '250' }).content).intervalMs).toBe(250);
    expect(() => loadConfig({ VIGIL_CONTENT_RETRY_DELAYS_MS: 'soon' })).toThrow(/VIGIL_CONTENT_RETRY_DELAYS_MS/);
    expect(() => loadConfig({ VIGIL_CONTENT_JOB_INTERVAL_MS: '5' })).toThrow(/VIGIL_CONTENT_JOB_INTERVAL_MS must be at least 100/);
    expect(loadConfig({ VIGIL_PUBLIC_URL: 'https://vigil.example.org/' }).content.publicUrl).toBe('https://vigil.example.org');
    expect(() => loadConfig({ VIGIL_PUBLIC_URL: 'vigil.example.org' })).toThrow(/VIGIL_PUBLIC_URL/);
  });
});
