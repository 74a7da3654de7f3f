/**
 * The key that signs published CAP messages: an Ed25519 key in the data folder (created mode 600 on
 * first start, like the audit key), its public half registered in alerts_keys and served at
 * /cap/keys.pem. The signature is detached: Ed25519 over the exact bytes of the message as served.
 */
import { createHash, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateSigningKey } from '../../platform/audit-keys.ts';

export class AlertSigner {
  private constructor(
    readonly keyId: string,
    private readonly privateKey: KeyObject,
    readonly publicKeyPem: string,
  ) {}

  /** The signer of the data folder's key (<data>/keys/cap-ed25519.pem), created when missing. */
  static forDataDir(dataDir: string): AlertSigner {
    const { keyId, privateKey, publicKeyPem } = loadOrCreateSigningKey(join(dataDir, 'keys', 'cap-ed25519.pem'));
    return new AlertSigner(keyId, privateKey, publicKeyPem);
  }

  /** SHA-256 (hex) of the public key's SPKI DER: what a notice board operator compares. */
  get fingerprint(): string {
    return createHash('sha256').update(createPublicKey(this.publicKeyPem).export({ type: 'spki', format: 'der' })).digest('hex');
  }

  /** The detached signature of a message (base64 of the 64 bytes). */
  sign(message: string): string {
    return sign(null, Buffer.from(message, 'utf8'), this.privateKey).toString('base64');
  }
}
