/** The key that signs the audit chain's checkpoints (AuditLog). */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { signCheckpoint } from '../../core/audit/chain.ts';
import { keyFingerprint, loadOrCreateSigningKey } from './audit-keys.ts';
import type { Database } from './db.ts';

/** The Ed25519 key that signs checkpoints; its public half is registered in audit_keys. */
export class AuditSigner {
  private constructor(
    readonly keyId: string,
    private readonly privateKey: KeyObject,
    readonly publicKeyPem: string,
  ) {}

  /** Loads the key from `path`, creating it (mode 600) on first use. */
  static fromFile(path: string): AuditSigner {
    const { keyId, privateKey, publicKeyPem } = loadOrCreateSigningKey(path);
    return new AuditSigner(keyId, privateKey, publicKeyPem);
  }

  /** SHA-256 of the public key (SPKI DER): what an operator gives the verifier (VIGIL_AUDIT_KEY_FINGERPRINT). */
  get fingerprint(): string {
    return keyFingerprint(createPublicKey(this.publicKeyPem));
  }

  sign(seq: number, headHash: string): string {
    return signCheckpoint(this.privateKey, seq, headHash);
  }

  /** Registers the public key so verification can find it. */
  async register(db: Database): Promise<void> {
    await db
      .insertInto('audit_keys')
      .values({ key_id: this.keyId, public_key: this.publicKeyPem })
      .onConflict((oc) => oc.column('key_id').doNothing())
      .execute();
  }
}
