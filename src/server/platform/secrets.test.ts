import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSealed, keyringOf, loadKeyring, seal, unseal } from './secrets.ts';

describe('secrets at rest', () => {
  const k1 = randomBytes(32).toString('base64');
  const k2 = randomBytes(32).toString('hex');

  it('encrypts with AES-256-GCM under a key id, bound to its column', () => {
    const ring = keyringOf([k1], 'test');
    const s = seal(ring, 'sharing_partners.token', 'partner-token-123456');
    expect(isSealed(s)).toBe(true);
    expect(s).not.toContain('partner-token');
    expect(s).toContain(ring.current.id);
    expect(unseal(ring, 'sharing_partners.token', s)).toBe('partner-token-123456');
    expect(seal(ring, 'x', 'same')).not.toBe(seal(ring, 'x', 'same'));
    expect(() => unseal(ring, 'content_providers.secret', s)).toThrow(/does not decrypt/);
    const tampered = s.slice(0, -3) + (s.endsWith('A') ? 'BBB' : 'AAA');
    expect(() => unseal(ring, 'sharing_partners.token', tampered)).toThrow(/does not decrypt/);
  });

  it('rotates: values under the older key still open while it is listed', () => {
    const old = keyringOf([k1], 'test');
    const s = seal(old, 'p', 'v');
    const rotated = keyringOf([k2, k1], 'test');
    expect(unseal(rotated, 'p', s)).toBe('v');
    expect(seal(rotated, 'p', 'v')).toContain(rotated.current.id);
    expect(() => unseal(keyringOf([k2], 'test'), 'p', s)).toThrow(/not in VIGIL_SECRET_KEY/);
    expect(() => keyringOf(['c2hvcnQ='], 'VIGIL_SECRET_KEY')).toThrow(/32 bytes/);
  });

  it('creates the key file mode 600 on first use', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-secrets-')), 'keys', 'secrets.key');
    const ring = loadKeyring({ secretKeyFile: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(loadKeyring({ secretKeyFile: file }).current.id).toBe(ring.current.id);
    expect(loadKeyring({ secretKey: k1, secretKeyFile: file }).current.id).not.toBe(ring.current.id);
  });
});
