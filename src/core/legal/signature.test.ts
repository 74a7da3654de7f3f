import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIRST_HASH, chainHead, checkChain, signStep, transitionHash, type ChainKind, type SignedFields, type StoredStep } from './signature.ts';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');

function chain(n: number, signFrom = 1, kind: ChainKind = 'transition'): StoredStep[] {
  let prev = FIRST_HASH;
  return Array.from({ length: n }, (_, i) => {
    const f: SignedFields = { recordId: 'a1', seq: i + 1, action: 'x', fromState: null, toState: 'draft', actorId: 'u', at: '2026-01-01T00:00:00.000Z', reason: `r${i}`, data: '{}' };
    const hash = transitionHash(prev, f);
    const signed = i + 1 >= signFrom;
    const t = { ...f, prevHash: prev, hash, keyId: signed ? 'k1' : null, signature: signed ? signStep(privateKey, kind, 'a1', f.seq, hash) : null };
    prev = hash;
    return t;
  });
}
const keys = (id: string) => (id === 'k1' ? publicKey : `key ${id} is not trusted`);

describe('checkChain', () => {
  it('accepts a signed chain and an unsigned prefix', () => {
    expect(checkChain('transition', chain(3), keys)).toEqual({ transitions: 3, signed: 3, unsigned: 0, firstBad: null });
    expect(checkChain('transition', chain(3, 3), keys)).toEqual({ transitions: 3, signed: 1, unsigned: 2, firstBad: null });
  });
  it('names the first bad step', () => {
    const c = chain(3);
    expect(checkChain('transition', c.map((t) => (t.seq === 2 ? { ...t, reason: 'edited' } : t)), keys).firstBad).toMatchObject({ seq: 2, kind: 'bad-hash' });
    expect(checkChain('transition', c.map((t) => (t.seq === 2 ? { ...t, signature: signStep(other.privateKey, 'transition', 'a1', 2, t.hash!) } : t)), keys).firstBad).toMatchObject({ seq: 2, kind: 'bad-signature' });
    expect(checkChain('transition', c.map((t) => (t.seq === 3 ? { ...t, keyId: null, signature: null } : t)), keys).firstBad).toMatchObject({ seq: 3, kind: 'unsigned' });
    expect(checkChain('transition', c.map((t) => (t.seq === 1 ? { ...t, keyId: 'k2' } : t)), keys).firstBad).toMatchObject({ seq: 1, kind: 'untrusted-key' });
    expect(checkChain('transition', [c[0]!, c[2]!], keys).firstBad).toMatchObject({ seq: 3, kind: 'broken-link' });
    // A signature of another authorisation's step does not carry over.
    expect(checkChain('transition', c.map((t) => (t.seq === 1 ? { ...t, signature: signStep(privateKey, 'transition', 'a2', 1, t.hash!) } : t)), keys).firstBad).toMatchObject({ seq: 1, kind: 'bad-signature' });
  });
  it('keeps the two chains apart: a cooperation step signature is not an authorisation transition signature', () => {
    const coop = chain(2, 1, 'cooperation-step');
    expect(checkChain('cooperation-step', coop, keys).firstBad).toBeNull();
    expect(checkChain('transition', coop, keys).firstBad).toMatchObject({ seq: 1, kind: 'bad-signature' });
  });
  it('covers steps stored before hashing began with the first hashed step after them', () => {
    const legacy = chain(2).map((t) => ({ ...t, prevHash: null, hash: null, keyId: null, signature: null }));
    const prev = chainHead(legacy);
    const f: SignedFields = { recordId: 'a1', seq: 3, action: 'y', fromState: null, toState: 'draft', actorId: 'u', at: '2026-01-02T00:00:00.000Z', reason: '', data: '{}' };
    const hash = transitionHash(prev, f);
    const next: StoredStep = { ...f, prevHash: prev, hash, keyId: 'k1', signature: signStep(privateKey, 'cooperation-step', 'a1', 3, hash) };
    expect(checkChain('cooperation-step', [...legacy, next], keys)).toEqual({ transitions: 3, signed: 1, unsigned: 2, firstBad: null });
    // An old step edited afterwards breaks the link of the first hashed step.
    expect(checkChain('cooperation-step', [{ ...legacy[0]!, reason: 'edited' }, legacy[1]!, next], keys).firstBad).toMatchObject({ seq: 3, kind: 'broken-link' });
    // An unhashed step after a hashed one is refused.
    expect(checkChain('cooperation-step', [...legacy, next, { ...legacy[1]!, seq: 4 }], keys).firstBad).toMatchObject({ seq: 4, kind: 'unsigned' });
    expect(chainHead([])).toBe(FIRST_HASH);
  });
});
