/**
 * Partner instances (administrators): register, change, remove, status page, sync now. The partner's
 * token is kept to call it and never shown again. And the long-poll that wakes partners pulling from us.
 */
import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { checkTarget, OutboundRefused } from '../../platform/outbound.ts';
import type { Platform } from '../../platform/platform.ts';
import { loadKeyring, seal } from '../../platform/secrets.ts';
import { readableSql } from '../../platform/records.ts';
import type { Federation } from './federation.ts';
import * as repo from './partners.repository.ts';
import type { PartnerStatusRow } from './partners.repository.ts';
import { lastAdded } from './taxii.repository.ts';
import type { Outbox } from './outbox.ts';
import { MODULE } from './taxii.service.ts';
import { iso, isoOrNull } from '../../platform/markings.presenter.ts';
import { organisationExists } from '../admin/directory.service.ts';

const apiRoot = z
  .string()
  .trim()
  .url('must be the URL of a TAXII 2.1 API root')
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')
  .transform((u) => (u.endsWith('/') ? u : `${u}/`));

export const partnerInput = z.object({
  name: z.string().trim().min(2).max(200),
  apiRoot,
  token: z.string().trim().min(8).max(500),
  collections: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  receivingOrgId: z.string().uuid().optional(),
});
export const partnerPatch = partnerInput.omit({ name: true }).partial().extend({ enabled: z.boolean().optional() });

/** The partner's token is stored encrypted (src/server/platform/secrets.ts). */
const sealToken = (p: Platform, token: string) => seal(loadKeyring(p.config), 'sharing_partners.token', token);

/** An API root must pass the outbound rules now (and again at every pull): 400 naming apiRoot. */
async function checkApiRoot(p: Platform, url: string): Promise<void> {
  try {
    await checkTarget(url, p.config.outboundAllow, { secret: true });
  } catch (e) {
    if (e instanceof OutboundRefused) {
      // A name that does not resolve yet is checked at each pull; anything resolved must be allowed now.
      if (/cannot be resolved/.test(e.message)) return;
      throw new AppError('INVALID_INPUT', `The API root ${e.message}.`, 'apiRoot');
    }
    throw e;
  }
}

function requireAdmin(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, 'admin', 'admin') && !hasPermission(ctx.actor, MODULE, 'admin')) {
    throw forbidden('Only administrators manage sharing partners.');
  }
}

function present(r: PartnerStatusRow, cursors: Array<{ collection_id: string; added_after: string | null }> = []) {
  const failing = r.consecutive_failures > 0;
  return {
    id: r.id,
    name: r.name,
    apiRoot: r.api_root,
    collections: r.collections,
    receivingOrgId: r.receiving_org_id,
    enabled: r.enabled,
    createdAt: iso(r.created_at),
    status: {
      state: (!r.enabled ? 'disabled' : failing ? 'failing' : r.last_success_at ? 'ok' : 'pending') as 'disabled' | 'failing' | 'ok' | 'pending',
      lastAttemptAt: isoOrNull(r.last_attempt_at),
      lastSuccessAt: isoOrNull(r.last_success_at),
      lastError: r.last_error,
      lastErrorAt: isoOrNull(r.last_error_at),
      consecutiveFailures: r.consecutive_failures,
      objectsReceived: Number(r.objects_received),
      objectsRejected: Number(r.objects_rejected),
      cursors: cursors.map((c) => ({ collection: c.collection_id, addedAfter: c.added_after })),
    },
  };
}

async function load(p: Platform, id: string): Promise<PartnerStatusRow> {
  const r = await repo.findPartner(p.db, id);
  if (!r) throw notFound('partner');
  return r;
}

export async function listPartners(p: Platform, ctx: Ctx) {
  requireAdmin(ctx);
  return { partners: (await repo.listPartners(p.db)).map((r) => present(r)) };
}

export async function getPartner(p: Platform, ctx: Ctx, id: string) {
  requireAdmin(ctx);
  const r = await load(p, id);
  return present(r, await repo.partnerCursors(p.db, id));
}

async function checkOrg(p: Platform, orgId: string): Promise<void> {
  if (!(await organisationExists(p.db, orgId))) throw new AppError('INVALID_INPUT', 'No such organisation.', 'receivingOrgId');
}

export async function createPartner(p: Platform, ctx: Ctx, fed: Federation, input: z.infer<typeof partnerInput>) {
  requireAdmin(ctx);
  const orgId = input.receivingOrgId ?? ctx.actor.orgId;
  await checkOrg(p, orgId);
  await checkApiRoot(p, input.apiRoot);
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    if (await repo.partnerNameTaken(tx, input.name)) throw new AppError('CONFLICT', 'A partner with this name exists.', 'name');
    await repo.insertPartner(tx, { id, name: input.name, apiRoot: input.apiRoot, sealedToken: sealToken(p, input.token), collections: input.collections, receivingOrgId: orgId, createdBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'sharing.partner.create', recordType: 'partner', recordId: id, details: { apiRoot: input.apiRoot } }], tx);
  });
  await fed.restart(id);
  return getPartner(p, ctx, id);
}

export async function updatePartner(p: Platform, ctx: Ctx, fed: Federation, id: string, input: z.infer<typeof partnerPatch>) {
  requireAdmin(ctx);
  await load(p, id);
  if (input.receivingOrgId) await checkOrg(p, input.receivingOrgId);
  if (input.apiRoot !== undefined) await checkApiRoot(p, input.apiRoot);
  const change = {
    apiRoot: input.apiRoot,
    sealedToken: input.token !== undefined ? sealToken(p, input.token) : undefined,
    collections: input.collections,
    receivingOrgId: input.receivingOrgId,
    enabled: input.enabled,
    resetFailures: input.token !== undefined || input.enabled === true,
  };
  await p.db.transaction().execute(async (tx) => {
    await repo.updatePartner(tx, id, change);
    if (input.apiRoot !== undefined || input.collections !== undefined) await repo.clearCursors(tx, id);
    await p.record(ctx, [{ action: 'sharing.partner.update', recordType: 'partner', recordId: id, details: { fields: Object.keys(input) } }], tx);
  });
  await fed.restart(id);
  return getPartner(p, ctx, id);
}

/** Removes a partner: its loop stops at once; what it sent stays, with its provenance. */
export async function deletePartner(p: Platform, ctx: Ctx, fed: Federation, id: string) {
  requireAdmin(ctx);
  await load(p, id);
  await p.db.transaction().execute(async (tx) => {
    await repo.deletePartner(tx, id);
    await p.record(ctx, [{ action: 'sharing.partner.delete', recordType: 'partner', recordId: id }], tx);
  });
  await fed.restart(id);
}

/** Pulls from a partner now (the status page shows the outcome). */
export async function syncNow(p: Platform, ctx: Ctx, fed: Federation, id: string) {
  requireAdmin(ctx);
  const r = await load(p, id);
  if (!r.enabled) throw new AppError('CONFLICT', 'The partner is disabled.');
  let stored = 0;
  let error: string | null = null;
  try {
    stored = await fed.syncPartner(r);
  } catch (e) {
    error = (e as Error).message;
    await repo.markFailure(p.db, id, error);
  }
  await p.record(ctx, [{ action: 'sharing.partner.sync', recordType: 'partner', recordId: id, details: { stored, failed: error === null ? 0 : 1 } }]);
  return { stored, error, partner: await getPartner(p, ctx, id) };
}

export const eventsQuery = z.object({
  // An ISO 8601 timestamp (Date.parse alone takes "-1", which PostgreSQL refuses).
  after: z.string().max(40).refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 timestamp').optional(),
  wait: z.coerce.number().int().min(0).max(60).default(25),
});

/**
 * Long-poll for partners: answers as soon as an object the caller may receive was added after `after`
 * ({changed: true, last}), or after `wait` seconds ({changed: false}). Nothing but the time is told.
 */
export async function waitForEvents(p: Platform, ctx: Ctx, outbox: Outbox, q: z.infer<typeof eventsQuery>, closed: AbortSignal) {
  if (!hasPermission(ctx.actor, MODULE, 'read')) throw forbidden('You need read permission on sharing.');
  const readable = readableSql(ctx, MODULE, p.config.retentionGraceDays, 'o');
  const deadline = Date.now() + q.wait * 1000;
  await outbox.catchUp();
  for (;;) {
    const last = await lastAdded(p.db, readable, q.after ?? null);
    if (last) return { changed: true, last };
    const left = deadline - Date.now();
    if (left <= 0 || closed.aborted) return { changed: false, last: q.after ?? null };
    await new Promise<void>((resolve) => {
      const t = setTimeout(done, left);
      t.unref();
      function done() {
        clearTimeout(t);
        outbox.events.off('added', done);
        closed.removeEventListener('abort', done);
        resolve();
      }
      outbox.events.once('added', done);
      closed.addEventListener('abort', done, { once: true });
    });
  }
}
