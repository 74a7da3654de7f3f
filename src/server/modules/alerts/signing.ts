/**
 * The key that signs published CAP messages: an Ed25519 key in the data folder (created mode 600 on
 * first start, like the audit key), its public half registered in alerts_keys and served at
 * /cap/keys.pem. The signature is detached: Ed25519 over the exact bytes of the message as served.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class AlertSigner {
  private constructor(
    readonly keyId: string,
    private readonly privateKey: KeyObject,
    readonly publicKeyPem: string,
  ) {}

  /** The signer of the data folder's key (<data>/keys/cap-ed25519.pem), created when missing. */
  static forDataDir(dataDir: string): AlertSigner {
    const path = join(dataDir, 'keys', 'cap-ed25519.pem');
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      const { privateKey } = generateKeyPairSync('ed25519');
      writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    }
    const privateKey = createPrivateKey(readFileSync(path));
    const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
    return new AlertSigner(createHash('sha256').update(publicKeyPem).digest('hex').slice(0, 16), privateKey, publicKeyPem);
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
