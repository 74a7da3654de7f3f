import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIRST_HASH, checkChain, signTransition, transitionHash, type SignedFields } from './signature.ts';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');

function chain(n: number, signFrom = 1) {
  let prev = FIRST_HASH;
  return Array.from({ length: n }, (_, i) => {
    const f: SignedFields = { authorisationId: 'a1', seq: i + 1, action: 'x', fromState: null, toState: 'draft', actorId: 'u', at: '2026-01-01T00:00:00.000Z', reason: `r${i}`, data: '{}' };
    const hash = transitionHash(prev, f);
    const signed = i + 1 >= signFrom;
    const t = { ...f, prevHash: prev, hash, keyId: signed ? 'k1' : null, signature: signed ? signTransition(privateKey, 'a1', f.seq, hash) : null };
    prev = hash;
    return t;
  });
}
const keys = (id: string) => (id === 'k1' ? publicKey : `key ${id} is not trusted`);

describe('checkChain', () => {
  it('accepts a signed chain and an unsigned prefix', () => {
    expect(checkChain(chain(3), keys)).toEqual({ transitions: 3, signed: 3, unsigned: 0, firstBad: null });
    expect(checkChain(chain(3, 3), keys)).toEqual({ transitions: 3, signed: 1, unsigned: 2, firstBad: null });
  });
  it('names the first bad step', () => {
    const c = chain(3);
    expect(checkChain(c.map((t) => (t.seq === 2 ? { ...t, reason: 'edited' } : t)), keys).firstBad).toMatchObject({ seq: 2, kind: 'bad-hash' });
    expect(checkChain(c.map((t) => (t.seq === 2 ? { ...t, signature: signTransition(other.privateKey, 'a1', 2, t.hash) } : t)), keys).firstBad).toMatchObject({ seq: 2, kind: 'bad-signature' });
    expect(checkChain(c.map((t) => (t.seq === 3 ? { ...t, keyId: null, signature: null } : t)), keys).firstBad).toMatchObject({ seq: 3, kind: 'unsigned' });
    expect(checkChain(c.map((t) => (t.seq === 1 ? { ...t, keyId: 'k2' } : t)), keys).firstBad).toMatchObject({ seq: 1, kind: 'untrusted-key' });
    expect(checkChain([c[0]!, c[2]!], keys).firstBad).toMatchObject({ seq: 3, kind: 'broken-link' });
    // A signature of another authorisation's step does not carry over.
    expect(checkChain(c.map((t) => (t.seq === 1 ? { ...t, signature: signTransition(privateKey, 'a2', 1, t.hash) } : t)), keys).firstBad).toMatchObject({ seq: 1, kind: 'bad-signature' });
  });
});
