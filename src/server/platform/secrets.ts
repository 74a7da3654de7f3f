/**
 * Secrets Vigil must send (a partner's token for pulls, a provider's webhook signing key) are stored
 * encrypted with AES-256-GCM under a key kept outside the database:
 *   VIGIL_SECRET_KEY (base64 or hex of 32 bytes; several comma-separated, the first encrypts), or
 *   the key file VIGIL_SECRET_KEY_FILE (default <data>/keys/secrets.key, created mode 600 on first
 *   start; one key per line, base64, the first encrypts — add a new first line to rotate).
 * A stored value is "vigil-enc:v1:<key id>:<base64url(iv | tag | ciphertext)>"; the key id is the first
 * 16 hex digits of SHA-256 of the key, so older values still open after a rotation while their key is
 * listed. The column name is bound in as associated data: a value cannot be moved to another column.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import type { Database } from './db.ts';

const PREFIX = 'vigil-enc:v1:';

export interface SecretKeyring {
  current: { id: string; key: Buffer };
  byId: Map<string, Buffer>;
}

export const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 16);

function decodeKey(text: string, where: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${where}: a secret key must be 32 bytes (base64 or hex), got ${key.length}`);
  return key;
}

/** Builds a keyring from key texts (the first encrypts). */
export function keyringOf(texts: string[], where: string): SecretKeyring {
  const keys = texts.map((t) => t.trim()).filter(Boolean).map((t) => decodeKey(t, where));
  if (keys.length === 0) throw new Error(`${where}: no secret key`);
  const byId = new Map(keys.map((k) => [keyId(k), k] as const));
  return { current: { id: keyId(keys[0]!), key: keys[0]! }, byId };
}

const cache = new Map<string, SecretKeyring>();

/** The keyring of a configuration: the environment key(s), else the key file (created mode 600 when missing). */
export function loadKeyring(cfg: { secretKey?: string | undefined; secretKeyFile: string }): SecretKeyring {
  const cacheKey = cfg.secretKey ? `env:${keyId(Buffer.from(cfg.secretKey))}` : `file:${cfg.secretKeyFile}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let ring: SecretKeyring;
  if (cfg.secretKey) ring = keyringOf(cfg.secretKey.split(','), 'VIGIL_SECRET_KEY');
  else {
    const file = cfg.secretKeyFile;
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    }
    chmodSync(file, 0o600);
    ring = keyringOf(readFileSync(file, 'utf8').split('\n'), `VIGIL_SECRET_KEY_FILE (${file})`);
  }
  cache.set(cacheKey, ring);
  return ring;
}

export const isSealed = (stored: string) => stored.startsWith(PREFIX);

/** Encrypts a secret for the column `purpose` (e.g. "sharing_partners.token"). */
export function seal(ring: SecretKeyring, purpose: string, plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', ring.current.key, iv);
  c.setAAD(Buffer.from(purpose));
  const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return `${PREFIX}${ring.current.id}:${Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url')}`;
}

/** Decrypts a stored secret; an error names the missing key id or the tampering, never the value. */
export function unseal(ring: SecretKeyring, purpose: string, stored: string): string {
  if (!isSealed(stored)) throw new Error(`${purpose}: the stored secret is not encrypted (it is encrypted at start)`);
  const [id, data] = stored.slice(PREFIX.length).split(':') as [string, string | undefined];
  const key = ring.byId.get(id);
  if (!key) throw new Error(`${purpose}: encrypted with key ${id}, which is not in VIGIL_SECRET_KEY / VIGIL_SECRET_KEY_FILE`);
  const buf = Buffer.from(data ?? '', 'base64url');
  const d = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
  d.setAAD(Buffer.from(purpose));
  d.setAuthTag(buf.subarray(12, 28));
  try {
    return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString('utf8');
  } catch {
    throw new Error(`${purpose}: the stored secret does not decrypt (altered, or a different key with the same id)`);
  }
}

/** The columns holding secrets Vigil sends, each with its table's key column. */
export const SEALED_COLUMNS = [
  { table: 'sharing_partners', column: 'token', id: 'id' },
  { table: 'content_providers', column: 'secret', id: 'id' },
] as const;

/**
 * Encrypts every clear value (from before encryption) and re-encrypts values under an older key with
 * the current one. Idempotent: a second run changes nothing. Returns how many values it changed.
 */
export async function sealStoredSecrets(db: Database, ring: SecretKeyring): Promise<number> {
  let changed = 0;
  for (const c of SEALED_COLUMNS) {
    const purpose = `${c.table}.${c.column}`;
    const current = `${PREFIX}${ring.current.id}:`;
    const { rows } = await sql<{ id: string; v: string }>`SELECT ${sql.ref(c.id)}::text AS id, ${sql.ref(c.column)} AS v FROM ${sql.table(c.table)}
      WHERE ${sql.ref(c.column)} NOT LIKE ${`${current}%`}`.execute(db);
    for (const r of rows) {
      const plain = isSealed(r.v) ? unseal(ring, purpose, r.v) : r.v;
      const res = await sql`UPDATE ${sql.table(c.table)} SET ${sql.ref(c.column)} = ${seal(ring, purpose, plain)}
        WHERE ${sql.ref(c.id)}::text = ${r.id} AND ${sql.ref(c.column)} = ${r.v}`.execute(db);
      changed += Number(res.numAffectedRows ?? 0);
    }
  }
  return changed;
}
