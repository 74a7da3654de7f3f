/**
 * The audit signing key that verification trusts, given OUTSIDE the database, so that whoever can
 * write to the database cannot swap the key and re-sign the chain:
 * - VIGIL_AUDIT_PUBLIC_KEY_FILE: a PEM file with the Ed25519 public key(s) (several for a rotation);
 * - VIGIL_AUDIT_KEY_FINGERPRINT: SHA-256 fingerprint(s) of the public key (hex of its SPKI DER,
 *   comma-separated); the public keys are then taken from audit_keys but only where they match;
 * - by default: the public half of the signing key file in the data folder (VIGIL_AUDIT_KEY_FILE).
 * The fingerprint is printed at start, so it can be written down and given to the verifier.
 *
 * Every checkpoint's signature is checked by default: on a large log in worker threads (one slice of the
 * checkpoints each, so all cores work on it), on a small one in this thread.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkpointMessage } from '../../core/audit/chain.ts';
import type { Database } from './db.ts';

/** SHA-256 (hex) of an Ed25519 public key's SPKI DER: the fingerprint an operator writes down. */
export function keyFingerprint(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** The key id the writer records with each checkpoint (first 16 hex of SHA-256 of the PEM). */
export function keyIdOf(key: KeyObject): string {
  const pem = key.export({ type: 'spki', format: 'pem' }).toString();
  return createHash('sha256').update(pem).digest('hex').slice(0, 16);
}

/** What verification trusts: public keys, or fingerprints to check the stored public keys against. */
export interface TrustedAuditKeys {
  /** Where the trust comes from, for messages. */
  source: string;
  keys: KeyObject[];
  fingerprints: string[];
}

const normFp = (s: string) => s.trim().toLowerCase().replace(/^sha256:/, '').replace(/:/g, '');

/** Reads the public keys in a PEM file (one or more PUBLIC KEY blocks, or a private key). */
export function readPublicKeys(path: string): KeyObject[] {
  const text = readFileSync(path, 'utf8');
  const blocks = text.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
  const keys = blocks.map((b) => (b.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(b)) : createPublicKey(b)));
  if (keys.length === 0) throw new Error(`${path} holds no PEM public key`);
  for (const k of keys) if (k.asymmetricKeyType !== 'ed25519') throw new Error(`${path}: the audit key must be Ed25519`);
  return keys;
}

/** The trusted keys from the settings (see the file comment). Throws with a clear message on a bad setting. */
export function trustedAuditKeys(s: { auditPublicKeyFile?: string | undefined; auditKeyFingerprint?: string | undefined; auditKeyFile: string }): TrustedAuditKeys {
  if (s.auditPublicKeyFile) return { source: `VIGIL_AUDIT_PUBLIC_KEY_FILE (${s.auditPublicKeyFile})`, keys: readPublicKeys(s.auditPublicKeyFile), fingerprints: [] };
  if (s.auditKeyFingerprint) {
    const fps = s.auditKeyFingerprint.split(',').map(normFp).filter(Boolean);
    for (const f of fps) if (!/^[0-9a-f]{64}$/.test(f)) throw new Error(`VIGIL_AUDIT_KEY_FINGERPRINT must be SHA-256 fingerprints (64 hex digits), got "${f}"`);
    return { source: 'VIGIL_AUDIT_KEY_FINGERPRINT', keys: [], fingerprints: fps };
  }
  if (!existsSync(s.auditKeyFile)) throw new Error(`No trusted audit key: ${s.auditKeyFile} does not exist; set VIGIL_AUDIT_PUBLIC_KEY_FILE or VIGIL_AUDIT_KEY_FINGERPRINT`);
  return { source: `the signing key file (${s.auditKeyFile})`, keys: readPublicKeys(s.auditKeyFile), fingerprints: [] };
}

/** A trusted key by the key id a checkpoint names, or the reason it is not trusted. */
export type KeyLookup = ((keyId: string) => { key: KeyObject } | { problem: string }) & { trusted: ReadonlyMap<string, KeyObject> };

/** Resolves checkpoint key ids to trusted keys: never a key only the database vouches for. */
export async function trustedKeyLookup(db: Database, trust: TrustedAuditKeys): Promise<KeyLookup> {
  const byId = new Map<string, KeyObject>();
  for (const k of trust.keys) byId.set(keyIdOf(k), k);
  const stored = new Map<string, string>();
  if (trust.fingerprints.length > 0) {
    for (const r of await db.selectFrom('audit_keys').select(['key_id', 'public_key']).execute()) stored.set(r.key_id, r.public_key);
  }
  const cache = new Map<string, { problem: string }>();
  const resolved = new Map<string, KeyObject>(byId);
  for (const [id, pem] of stored) {
    let k: KeyObject;
    try {
      k = createPublicKey(pem);
    } catch {
      cache.set(id, { problem: `key ${id} in audit_keys is not a valid public key` });
      continue;
    }
    if (!trust.fingerprints.includes(keyFingerprint(k))) {
      cache.set(id, { problem: `key ${id} (fingerprint ${keyFingerprint(k)}) is not the trusted audit key (${trust.source})` });
    } else if (keyIdOf(k) !== id) {
      cache.set(id, { problem: `key ${id} in audit_keys holds a key whose id is ${keyIdOf(k)}` });
    } else resolved.set(id, k);
  }
  const lookup = (keyId: string) => {
    const k = resolved.get(keyId);
    if (k) return { key: k };
    return cache.get(keyId) ?? { problem: `key ${keyId} is not the trusted audit key (${trust.source})` };
  };
  return Object.assign(lookup, { trusted: resolved as ReadonlyMap<string, KeyObject> });
}

export interface CheckpointRow {
  seq: number;
  head_hash: string;
  key_id: string;
  signature: string;
}

/** Below this many checkpoints, worker threads cost more to start than they save. */
const SIG_WORKER_THRESHOLD = 20_000;

/**
 * Problems (seq, text) of checkpoint signatures: an untrusted key, or a signature that does not verify.
 * `workers`: how many worker threads (default: the cores, at most 4, on a large log; 0 = this thread).
 */
export async function checkSignatures(rows: readonly CheckpointRow[], lookup: KeyLookup, workers?: number): Promise<Array<{ seq: number; text: string }>> {
  const out: Array<{ seq: number; text: string }> = [];
  const toCheck: CheckpointRow[] = [];
  for (const c of rows) {
    const k = lookup(c.key_id);
    if ('problem' in k) out.push({ seq: Number(c.seq), text: `checkpoint at entry ${c.seq} is signed by ${k.problem}` });
    else toCheck.push(c);
  }
  const n = workers ?? (toCheck.length >= SIG_WORKER_THRESHOLD ? Math.max(2, Math.min(4, availableParallelism())) : 0);
  const bad = n > 0 ? await inWorkers(toCheck, lookup.trusted, n) : inThread(toCheck, lookup);
  for (const c of bad) out.push({ seq: Number(c.seq), text: `checkpoint at entry ${c.seq} has an invalid signature` });
  return out.sort((a, b) => a.seq - b.seq);
}

function inThread(rows: readonly CheckpointRow[], lookup: KeyLookup): CheckpointRow[] {
  return rows.filter((c) => {
    const k = lookup(c.key_id);
    return 'problem' in k || !verify(null, checkpointMessage(Number(c.seq), c.head_hash), k.key, Buffer.from(c.signature, 'base64'));
  });
}

async function inWorkers(rows: readonly CheckpointRow[], trusted: ReadonlyMap<string, KeyObject>, n: number): Promise<CheckpointRow[]> {
  const keys = Object.fromEntries([...trusted].map(([id, k]) => [id, k.export({ type: 'spki', format: 'pem' }).toString()]));
  const size = Math.ceil(rows.length / n);
  const slices = Array.from({ length: n }, (_, i) => rows.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  const results = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<CheckpointRow[]>((resolve, reject) => {
          const w = new Worker(new URL('./audit-verify-sig-worker.mjs', import.meta.url), {
            workerData: { keys, seqs: slice.map((c) => Number(c.seq)), heads: slice.map((c) => c.head_hash), keyIds: slice.map((c) => c.key_id), signatures: slice.map((c) => c.signature) },
          });
          let done = false;
          w.once('message', (m: { bad?: number[]; error?: string }) => {
            done = true;
            if (m.bad) resolve(m.bad.map((i) => slice[i]!));
            else reject(new Error(`audit signature worker: ${m.error}`));
          });
          w.once('error', (e) => {
            done = true;
            reject(e);
          });
          w.once('exit', (code) => {
            if (!done) reject(new Error(`audit signature worker exited (${code}) without a result`));
          });
        }),
    ),
  );
  return results.flat();
}

/** An Ed25519 signing key kept in a PEM file (mode 600), created on first use: the key, its public half and its short id. */
export function loadOrCreateSigningKey(path: string): { privateKey: KeyObject; publicKeyPem: string; keyId: string } {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  const privateKey = createPrivateKey(readFileSync(path));
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKeyPem, keyId: createHash('sha256').update(publicKeyPem).digest('hex').slice(0, 16) };
}
