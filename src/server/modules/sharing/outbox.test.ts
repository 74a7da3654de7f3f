import { describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../platform/platform.ts';
import { Outbox } from './outbox.ts';

/** The freshness bound of partner reads: a slow catch-up is not awaited past the bound, and its failure is logged. */
describe('Outbox.freshWithin', () => {
  const outbox = () => new Outbox({} as Platform, () => undefined);

  it('returns once the catch-up is done when it is quick', async () => {
    const o = outbox();
    vi.spyOn(o, 'catchUp').mockResolvedValue(3);
    await expect(o.freshWithin(10_000, () => undefined)).resolves.toBeUndefined();
  });

  it('stops waiting at the bound while the catch-up goes on', async () => {
    const o = outbox();
    let finish!: (n: number) => void;
    vi.spyOn(o, 'catchUp').mockReturnValue(new Promise<number>((r) => (finish = r)));
    let done = false;
    const p = o.freshWithin(20, () => undefined).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(done).toBe(true);
    finish(1);
    await p;
  });

  it('does not wait at all when the bound is 0, but starts the catch-up', async () => {
    const o = outbox();
    const spy = vi.spyOn(o, 'catchUp').mockReturnValue(new Promise<number>(() => undefined));
    await o.freshWithin(0, () => undefined);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('waits for a slow catch-up up to a long bound', async () => {
    const o = outbox();
    let finish!: (n: number) => void;
    vi.spyOn(o, 'catchUp').mockReturnValue(new Promise<number>((r) => (finish = r)));
    let done = false;
    const p = o.freshWithin(60_000, () => undefined).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(done).toBe(false);
    finish(1);
    await p;
    expect(done).toBe(true);
  });

  it('logs a catch-up that fails after the bound', async () => {
    const o = outbox();
    let fail!: (e: Error) => void;
    vi.spyOn(o, 'catchUp').mockReturnValue(new Promise<number>((_r, j) => (fail = j)));
    const log = vi.fn();
    await o.freshWithin(10, log);
    fail(new Error('database gone'));
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toHaveBeenCalledWith('outbox failed', expect.objectContaining({ message: 'database gone' }));
  });

  it('starts no new catch-up for a read that does not wait when one started moments ago', async () => {
    const o = outbox();
    const run = vi.spyOn(o as unknown as { run: () => Promise<number> }, 'run').mockResolvedValue(0);
    await o.freshWithin(0, () => undefined);
    await new Promise((r) => setTimeout(r, 5));
    await o.freshWithin(0, () => undefined);
    expect(run).toHaveBeenCalledTimes(1);
    // A read that waits always brings the projection up to date.
    await o.freshWithin(10_000, () => undefined);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
