import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { badText, checkJson, loggedUrl, logErr, scrubbed } from './edge.ts';

function refusal(f: () => void): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('edge checks', () => {
  it('finds NUL characters and lone surrogates, and accepts proper pairs', () => {
    expect(badText('ok 😀 Ünïcode')).toBeUndefined();
    expect(badText('a\u0000b')).toMatch(/NUL/);
    expect(badText('a\ud800')).toMatch(/surrogate/);
    expect(badText('\udc00a')).toMatch(/surrogate/);
  });

  it('names a JSON pointer for bad values and keys, escaping ~ and /', () => {
    expect(refusal(() => checkJson({ a: [{ b: 'x\u0000' }] })).field).toBe('/a/0/b');
    expect(refusal(() => checkJson({ 'p/q~r': { 'k\u0000': 1 } })).field).toBe('/p~1q~0r/k\\u0000');
    expect(() => checkJson({ objects: [{ name: 'fine', n: 1, t: true, z: null }] })).not.toThrow();
  });

  it('refuses nesting past the limit without overflowing its own stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const e = refusal(() => checkJson(deep, 64));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/nested more than 64 levels/);
    let ok: unknown = 'x';
    for (let i = 0; i < 63; i++) ok = { a: ok };
    expect(() => checkJson(ok, 64)).not.toThrow();
  });

  it('logs the route pattern, or the path with only route words kept', () => {
    const words = new Set(['api', 'subjects', 'portal', 'orders']);
    const matched = { url: '/api/subjects?q=Name', routeOptions: { url: '/api/subjects' } } as unknown as FastifyRequest;
    expect(loggedUrl(matched, words)).toBe('/api/subjects');
    const unmatched = { url: '/api/portal/orders/tok3n/Jane?token=x', routeOptions: {} } as unknown as FastifyRequest;
    expect(loggedUrl(unmatched, words)).toBe('/api/portal/orders/:?/:?');
  });

  it('logs errors without the values they quote', () => {
    const err = Object.assign(new Error('invalid input syntax for type uuid: "Jane Testperson"'), { code: '22P02', detail: 'Key (name)=(Jane) exists', query: 'SELECT', params: ['Jane'] });
    const logged = logErr(err);
    expect(JSON.stringify(logged)).not.toContain('Jane');
    expect(logged).toMatchObject({ code: '22P02', message: 'invalid input syntax for type uuid: "…"' });
    expect(scrubbed("Key (name)=(Jane Doe) already exists, 'x'")).toBe("Key (name)=(…) already exists, '…'");
  });
});
