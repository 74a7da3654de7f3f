import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './config.ts';
import { LoginThrottle, SignInAuditAggregator, type SignInAggregate } from './throttle.ts';

describe('sign-in throttle', () => {
  it('reserves before verifying: the limit holds however many attempts arrive before any is verified', () => {
    const t = new LoginThrottle(10);
    const granted = Array.from({ length: 50 }, () => t.reserve('203.0.113.1', 'someone')).filter(Boolean);
    expect(granted).toHaveLength(10);
  });

  it('refunds a successful attempt; the window passes', () => {
    const t = new LoginThrottle(2, 1000);
    t.reserve('203.0.113.1', 'u', 0)!.refund();
    t.reserve('203.0.113.1', 'u', 0)!.refund();
    expect(t.reserve('203.0.113.1', 'u', 0)).not.toBeNull();
    expect(t.reserve('203.0.113.1', 'u', 0)).not.toBeNull();
    expect(t.reserve('203.0.113.1', 'u', 0)).toBeNull();
    expect(t.reserve('203.0.113.2', 'u', 0)).not.toBeNull();
    expect(t.reserve('203.0.113.1', 'u', 1000)).not.toBeNull();
  });
});

describe('aggregated audit of failed sign-ins', () => {
  it('writes 1,000 failures and 1,000 throttled attempts as a bounded number of entries with their counts', async () => {
    const written: Array<SignInAggregate<string>> = [];
    const a = new SignInAuditAggregator<string>(async (e) => void written.push(...e), 1000);
    for (let i = 0; i < 1000; i++) await a.note('failed', '203.0.113.1', 'someone', 'someone', 10 + (i % 100));
    for (let i = 0; i < 1000; i++) await a.note('throttled', '203.0.113.1', `user${i}`, `user${i}`, 10 + (i % 100));
    expect(written.map((e) => [e.kind, e.phase, e.count])).toEqual([
      ['failed', 'start', 1],
      ['throttled', 'start', 1],
    ]);
    await a.flush(2000); // the windows closed
    expect(written).toHaveLength(4);
    expect(written.filter((e) => e.kind === 'failed').reduce((n, e) => n + e.count, 0)).toBe(1000);
    expect(written.filter((e) => e.kind === 'throttled').reduce((n, e) => n + e.count, 0)).toBe(1000);
    expect(written[2]!.phase).toBe('end');
    // A single failure in a window is one entry (nothing to close).
    await a.note('failed', '203.0.113.9', 'once', 'once', 3000);
    await a.flush(Infinity);
    expect(written).toHaveLength(5);
  });
});

describe('VIGIL_TRUST_PROXY', () => {
  it('is off by default, or a hop count, or a list of proxy addresses; refuses "trust everyone"', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('off')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.1, 10.1.0.0/16,::1')).toEqual(['10.0.0.1', '10.1.0.0/16', '::1']);
    expect(() => parseTrustProxy('true')).toThrow(/VIGIL_TRUST_PROXY/);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/proxy\.example/);
  });
});
