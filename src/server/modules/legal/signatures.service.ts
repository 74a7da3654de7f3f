/**
 * Ed25519 signatures of the legal module's signed steps: the transitions of special-method
 * authorisations and the dated steps of judicial cooperation requests. The server signs each step's
 * hash with its key (the audit signing key, VIGIL_AUDIT_KEY_FILE); oversight verifies every chain
 * against the key it trusts from outside the database (VIGIL_AUDIT_PUBLIC_KEY_FILE,
 * VIGIL_AUDIT_KEY_FINGERPRINT or the key file, as for the audit log) and is told the first bad step of
 * each record.
 */
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonical, checkChain, signStep, type ChainCheck, type ChainKind, type StoredStep } from '../../../core/legal/signature.ts';
import { loadOrCreateSigningKey, trustedAuditKeys, trustedKeyLookup } from '../../platform/audit-keys.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { passLegalList, passLegalOne, requireLegalRead, requireOverseer, legalReadableSql } from './legal.access.ts';
import * as repo from './authorisations.repository.ts';
import * as coopRepo from './cooperation.repository.ts';
import { everyRecordSql } from './access.repository.ts';

const signers = new Map<string, { keyId: string; privateKey: KeyObject }>();

/** The server's signature of a step's hash: the key id and the base64 Ed25519 signature. */
export function signHash(p: Platform, kind: ChainKind, recordId: string, seq: number, hash: string): { keyId: string; signature: string } {
  let s = signers.get(p.config.auditKeyFile);
  if (!s) {
    const k = loadOrCreateSigningKey(p.config.auditKeyFile);
    s = { keyId: k.keyId, privateKey: k.privateKey };
    signers.set(p.config.auditKeyFile, s);
  }
  return { keyId: s.keyId, signature: signStep(s.privateKey, kind, recordId, seq, hash) };
}

type TrustSettings = Parameters<typeof trustedAuditKeys>[0];
type KeyFor = (keyId: string) => KeyObject | string;

/** Resolves a key id to a trusted public key, or the reason it is not trusted. */
export async function transitionKeys(d: Database, settings: TrustSettings): Promise<KeyFor> {
  const lookup = await trustedKeyLookup(d, trustedAuditKeys(settings));
  return (keyId) => {
    const r = lookup(keyId);
    return 'key' in r ? r.key : r.problem;
  };
}

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

/** An authorisation's stored transitions in the shape the check reads. */
export function chainOf(rows: readonly repo.TransitionRow[]): StoredStep[] {
  return rows.map((t) => ({
    recordId: t.authorisation_id, seq: t.seq, action: t.action, fromState: t.from_state, toState: t.to_state, actorId: t.actor_id,
    at: new Date(t.at).toISOString(), reason: t.reason, data: canonical(json(t.data)),
    prevHash: t.prev_hash, hash: t.hash, keyId: t.key_id, signature: t.signature,
  }));
}

/** What a cooperation step signs besides its event, states, maker, time and note. */
export const coopStepData = (onDate: string) => canonical({ onDate });

/** A cooperation request's stored steps in the shape the check reads (steps recorded before migration 0029 carry no hash). */
export function coopChainOf(rows: readonly coopRepo.CoopEventRow[]): StoredStep[] {
  return rows.map((e) => ({
    recordId: e.request_id, seq: e.seq, action: e.event, fromState: e.from_state, toState: e.to_state ?? '', actorId: e.actor_id,
    at: new Date(e.at).toISOString(), reason: e.note, data: coopStepData(e.on_date),
    prevHash: e.prev_hash, hash: e.hash, keyId: e.key_id, signature: e.signature,
  }));
}

const checkFields = {
  reference: z.string(),
  transitions: z.number(),
  signed: z.number(),
  unsigned: z.number(),
  ok: z.boolean(),
  firstBad: z.object({ seq: z.number(), kind: z.string(), detail: z.string() }).nullable(),
};
export const chainCheckWire = z.object({ authorisationId: z.string(), ...checkFields });
export const coopCheckWire = z.object({ requestId: z.string(), ...checkFields });
const totals = { transitions: z.number(), signed: z.number(), unsigned: z.number() };
export const signaturesReportWire = z.object({
  /** Every chain of both kinds holds. */
  ok: z.boolean(),
  authorisations: z.number(),
  ...totals,
  broken: z.array(chainCheckWire),
  cooperation: z.object({ ok: z.boolean(), requests: z.number(), ...totals, broken: z.array(coopCheckWire) }),
});

const fields = (reference: string, c: ChainCheck) => ({ reference, ...c, ok: c.firstBad === null });
const sum = (checks: readonly ChainCheck[], k: 'transitions' | 'signed' | 'unsigned') => checks.reduce((n, c) => n + c[k], 0);

/** Checks the signatures of one authorisation the reader may read (404 otherwise). */
export async function verifyAuthorisation(p: Platform, ctx: Ctx, id: string) {
  requireLegalRead(ctx);
  const row = await passLegalOne(p, ctx, 'legal-authorisation', 'legal.signatures-verify', await repo.findAuthorisation(p.db, id));
  const keyFor = await transitionKeys(p.db, p.config);
  return { authorisationId: row.id, ...fields(row.reference, checkChain('transition', chainOf(await repo.transitionsOf(p.db, id)), keyFor)) };
}

/** Checks the signed steps of one cooperation request the reader may read (404 otherwise). */
export async function verifyCooperation(p: Platform, ctx: Ctx, id: string) {
  requireLegalRead(ctx);
  const row = await passLegalOne(p, ctx, 'legal-cooperation', 'legal.signatures-verify', await coopRepo.findRequest(p.db, id));
  const keyFor = await transitionKeys(p.db, p.config);
  return { requestId: row.id, ...fields(row.reference, checkChain('cooperation-step', coopChainOf(await coopRepo.eventsOf(p.db, id)), keyFor)) };
}

/** Every authorisation's and cooperation request's chain and signatures (oversight bodies): the totals and the first bad step of each broken one. */
export async function verifyAll(p: Platform, ctx: Ctx) {
  requireOverseer(ctx);
  const rows = await repo.listForVerification(p.db, legalReadableSql(p, ctx, 'a'));
  const passed = await passLegalList(p, ctx, 'legal-authorisation', 'legal.signatures-verify', rows, { count: rows.length });
  const coops = await coopRepo.listForVerification(p.db, legalReadableSql(p, ctx, 'c'));
  const passedCoops = await passLegalList(p, ctx, 'legal-cooperation', 'legal.signatures-verify', coops, { count: coops.length });
  return report(await verifyRows(p.db, p.config, passed), await verifyCoopRows(p.db, p.config, passedCoops));
}

/** Every authorisation and cooperation request, for the command line (`vigil legal verify`): an operator on the server, no user, no door. */
export async function verifyEvery(d: Database, settings: TrustSettings) {
  const all = everyRecordSql();
  return report(await verifyRows(d, settings, await repo.listForVerification(d, all)), await verifyCoopRows(d, settings, await coopRepo.listForVerification(d, all)));
}

function report(a: Awaited<ReturnType<typeof verifyRows>>, c: Awaited<ReturnType<typeof verifyCoopRows>>): z.infer<typeof signaturesReportWire> {
  return { ...a, ok: a.ok && c.ok, cooperation: c };
}

/** The check of authorisations (the API passes only those the caller may read). */
export async function verifyRows(d: Database, settings: TrustSettings, rows: ReadonlyArray<{ id: string; reference: string }>) {
  const keyFor = await transitionKeys(d, settings);
  const byAuth = await repo.transitionsOfMany(d, rows.map((r) => r.id));
  const checks = rows.map((r) => ({ authorisationId: r.id, ...fields(r.reference, checkChain('transition', chainOf(byAuth.get(r.id) ?? []), keyFor)) }));
  const broken = checks.filter((c) => !c.ok);
  return { ok: broken.length === 0, authorisations: checks.length, transitions: sum(checks, 'transitions'), signed: sum(checks, 'signed'), unsigned: sum(checks, 'unsigned'), broken };
}

/** The check of cooperation requests (the API passes only those the caller may read). */
export async function verifyCoopRows(d: Database, settings: TrustSettings, rows: ReadonlyArray<{ id: string; reference: string }>) {
  const keyFor = await transitionKeys(d, settings);
  const byRequest = await coopRepo.eventsOfMany(d, rows.map((r) => r.id));
  const checks = rows.map((r) => ({ requestId: r.id, ...fields(r.reference, checkChain('cooperation-step', coopChainOf(byRequest.get(r.id) ?? []), keyFor)) }));
  const broken = checks.filter((c) => !c.ok);
  return { ok: broken.length === 0, requests: checks.length, transitions: sum(checks, 'transitions'), signed: sum(checks, 'signed'), unsigned: sum(checks, 'unsigned'), broken };
}
