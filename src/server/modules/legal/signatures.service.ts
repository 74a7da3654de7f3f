/**
 * Ed25519 signatures of authorisation transitions. The server signs each transition's hash with its
 * key (the audit signing key, VIGIL_AUDIT_KEY_FILE); oversight verifies every chain against the key it
 * trusts from outside the database (VIGIL_AUDIT_PUBLIC_KEY_FILE, VIGIL_AUDIT_KEY_FINGERPRINT or the
 * key file, as for the audit log) and is told the first bad transition of each authorisation.
 */
import type { KeyObject } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { canonical, checkChain, signTransition, type ChainCheck } from '../../../core/legal/signature.ts';
import { loadOrCreateSigningKey, trustedAuditKeys, trustedKeyLookup } from '../../platform/audit-keys.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { passLegalList, passLegalOne, requireLegalRead, requireOverseer, legalReadableSql } from './legal.access.ts';
import * as repo from './authorisations.repository.ts';

const signers = new Map<string, { keyId: string; privateKey: KeyObject }>();

/** The server's signature of a transition's hash: the key id and the base64 Ed25519 signature. */
export function signHash(p: Platform, authorisationId: string, seq: number, hash: string): { keyId: string; signature: string } {
  let s = signers.get(p.config.auditKeyFile);
  if (!s) {
    const k = loadOrCreateSigningKey(p.config.auditKeyFile);
    s = { keyId: k.keyId, privateKey: k.privateKey };
    signers.set(p.config.auditKeyFile, s);
  }
  return { keyId: s.keyId, signature: signTransition(s.privateKey, authorisationId, seq, hash) };
}

type TrustSettings = Parameters<typeof trustedAuditKeys>[0];

/** Resolves a key id to a trusted public key, or the reason it is not trusted. */
export async function transitionKeys(d: Database, settings: TrustSettings): Promise<(keyId: string) => KeyObject | string> {
  const lookup = await trustedKeyLookup(d, trustedAuditKeys(settings));
  return (keyId) => {
    const r = lookup(keyId);
    return 'key' in r ? r.key : r.problem;
  };
}

/** The chain of stored transitions in the shape the check reads. */
export function chainOf(rows: readonly repo.TransitionRow[]) {
  return rows.map((t) => ({
    authorisationId: t.authorisation_id, seq: t.seq, action: t.action, fromState: t.from_state, toState: t.to_state, actorId: t.actor_id,
    at: new Date(t.at).toISOString(), reason: t.reason, data: canonical(typeof t.data === 'string' ? JSON.parse(t.data) : t.data),
    prevHash: t.prev_hash, hash: t.hash, keyId: t.key_id, signature: t.signature,
  }));
}

export const chainCheckWire = z.object({
  authorisationId: z.string(),
  reference: z.string(),
  transitions: z.number(),
  signed: z.number(),
  unsigned: z.number(),
  ok: z.boolean(),
  firstBad: z.object({ seq: z.number(), kind: z.string(), detail: z.string() }).nullable(),
});
export const signaturesReportWire = z.object({
  ok: z.boolean(),
  authorisations: z.number(),
  transitions: z.number(),
  signed: z.number(),
  unsigned: z.number(),
  broken: z.array(chainCheckWire),
});

const wire = (id: string, reference: string, c: ChainCheck): z.infer<typeof chainCheckWire> => ({ authorisationId: id, reference, ...c, ok: c.firstBad === null });

/** Checks the signatures of one authorisation the reader may read (404 otherwise). */
export async function verifyAuthorisation(p: Platform, ctx: Ctx, id: string) {
  requireLegalRead(ctx);
  const row = await passLegalOne(p, ctx, 'legal-authorisation', 'legal.signatures-verify', await repo.findAuthorisation(p.db, id));
  const keyFor = await transitionKeys(p.db, p.config);
  return wire(row.id, row.reference, checkChain(chainOf(await repo.transitionsOf(p.db, id)), keyFor));
}

/** Every authorisation's chain and signatures (oversight bodies): the totals and the first bad transition of each broken one. */
export async function verifyAll(p: Platform, ctx: Ctx) {
  requireOverseer(ctx);
  const rows = await repo.listForVerification(p.db, legalReadableSql(p, ctx, 'a'));
  const passed = await passLegalList(p, ctx, 'legal-authorisation', 'legal.signatures-verify', rows, { count: rows.length });
  return verifyRows(p.db, p.config, passed);
}

/** Every authorisation, for the command line (`vigil legal verify`): an operator on the server, no user, no door. */
export async function verifyEvery(d: Database, settings: TrustSettings) {
  return verifyRows(d, settings, await repo.listForVerification(d, sql<boolean>`TRUE`));
}

/** The check itself (the API passes only the authorisations the caller may read). */
export async function verifyRows(d: Database, settings: TrustSettings, rows: ReadonlyArray<{ id: string; reference: string }>) {
  const keyFor = await transitionKeys(d, settings);
  const byAuth = await repo.transitionsOfMany(d, rows.map((r) => r.id));
  const checks = rows.map((r) => wire(r.id, r.reference, checkChain(chainOf(byAuth.get(r.id) ?? []), keyFor)));
  const sum = (k: 'transitions' | 'signed' | 'unsigned') => checks.reduce((n, c) => n + c[k], 0);
  const broken = checks.filter((c) => !c.ok);
  return { ok: broken.length === 0, authorisations: checks.length, transitions: sum('transitions'), signed: sum('signed'), unsigned: sum('unsigned'), broken };
}
