import { describe, expect, it } from 'vitest';
import { Admission, URGENT_WINDOW_MS } from './admission.ts';
import { AppError } from './errors.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('admission under load', () => {
  it('admits up to the limit at once and the rest in arrival order as places are given back', async () => {
    const a = new Admission(2, 10);
    const first = (await a.enter(false))!;
    const second = (await a.enter(false))!;
    const order: number[] = [];
    const waiting = [3, 4, 5].map((n) => a.enter(false).then((leave) => (order.push(n), leave!)));
    await tick();
    expect(order).toEqual([]);
    expect(a.stats()).toMatchObject({ active: 2, waiting: 3 });
    first();
    await tick();
    expect(order).toEqual([3]);
    second();
    await tick();
    expect(order).toEqual([3, 4]);
    const l3 = await waiting[0]!;
    const l4 = await waiting[1]!;
    l3();
    l3(); // a second call gives nothing back twice
    await tick();
    expect(order).toEqual([3, 4, 5]);
    l4();
    (await waiting[2]!)();
    expect(a.stats()).toMatchObject({ active: 0, waiting: 0 });
  });

  it('lets urgent requests pass while every place is taken and the queue is full', async () => {
    const a = new Admission(1, 0);
    const held = (await a.enter(false))!;
    const urgent = await a.enter(true);
    expect(urgent).toBeTypeOf('function');
    urgent!();
    expect(a.stats().active).toBe(1);
    held();
  });

  it('answers UNAVAILABLE (503) beyond the queue and counts the refusals', async () => {
    const a = new Admission(1, 1);
    const held = (await a.enter(false))!;
    const queued = a.enter(false);
    const refused = await a.enter(false).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect(a.stats()).toMatchObject({ active: 1, waiting: 1, refused: 1 });
    held();
    (await queued)!();
    expect(a.stats()).toMatchObject({ active: 0, waiting: 0 });
  });

  it('never admits a request whose client left while it waited, and gives the place to the next one', async () => {
    const a = new Admission(1, 10);
    const held = (await a.enter(false))!;
    let gone = false;
    const left = a.enter(false, () => gone);
    const next = a.enter(false);
    gone = true;
    held();
    expect(await left).toBeNull();
    const leave = await next;
    expect(leave).toBeTypeOf('function');
    expect(a.stats()).toMatchObject({ active: 1, waiting: 0 });
    leave!();
    expect(a.stats().active).toBe(0);
  });

  it('admits everything at once when the limit is 0 (the gate is off)', async () => {
    const a = new Admission(0, 0);
    const all = await Promise.all(Array.from({ length: 50 }, () => a.enter(false)));
    expect(all.every((l) => typeof l === 'function')).toBe(true);
    expect(a.stats()).toMatchObject({ active: 0, waiting: 0, refused: 0 });
  });

  it('gives ordinary requests fewer places while urgent work goes on, and all of them back a window after it stopped', async () => {
    let now = 0;
    const a = new Admission(3, 10, 1, () => now);
    const o1 = (await a.enter(false))!;
    const o2 = (await a.enter(false))!;
    const o3 = (await a.enter(false))!;
    expect(a.stats()).toMatchObject({ active: 3, limitNow: 3 });
    // A screen comes: it passes at once, and from now on ordinary requests have one place.
    const screen = (await a.enter(true))!;
    expect(a.stats()).toMatchObject({ urgent: 1, limitNow: 1 });
    const admitted: number[] = [];
    const w4 = a.enter(false).then((l) => (admitted.push(4), l!));
    const w5 = a.enter(false).then((l) => (admitted.push(5), l!));
    await tick();
    // Places given back are not handed over while more than one ordinary request is working.
    o1();
    o2();
    await tick();
    expect(admitted).toEqual([]);
    expect(a.stats()).toMatchObject({ active: 1, waiting: 2 });
    // The screen is answered; within the window after it, one place still: the next goes when o3 leaves.
    screen();
    now += URGENT_WINDOW_MS / 2;
    o3();
    await tick();
    expect(admitted).toEqual([4]);
    expect(a.stats()).toMatchObject({ active: 1, waiting: 1, urgent: 0, limitNow: 1 });
    // The window passes with no screen: the places come back to those waiting, without a request leaving.
    now += URGENT_WINDOW_MS;
    await new Promise((r) => setTimeout(r, URGENT_WINDOW_MS + 50));
    expect(admitted).toEqual([4, 5]);
    expect(a.stats()).toMatchObject({ active: 2, waiting: 0, limitNow: 3 });
    (await w4)();
    (await w5)();
    expect(a.stats()).toMatchObject({ active: 0, waiting: 0 });
  });

  it('keeps every place for ordinary requests when the reduced number is at or above the limit', async () => {
    const a = new Admission(2, 10, 8);
    const screen = (await a.enter(true))!;
    const both = await Promise.all([a.enter(false), a.enter(false)]);
    expect(a.stats()).toMatchObject({ active: 2, limitNow: 2, urgent: 1 });
    screen();
    for (const l of both) l!();
    expect(a.stats()).toMatchObject({ active: 0, urgent: 0 });
  });
});
