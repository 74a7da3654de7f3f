/**
 * Hosting service providers: where referrals and removal orders go (a webhook URL) and how Vigil
 * signs them (an HMAC-SHA256 key shown once, or an Ed25519 key pair whose public half the provider
 * keeps). Every content user reads the registry; approvers change it (a webhook URL decides where
 * binding orders go).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { checkTarget, OutboundRefused } from '../../platform/outbound.ts';
import { loadKeyring, seal } from '../../platform/secrets.ts';
import { requirePermission } from './content.rules.ts';
import { presentProvider } from './providers.presenter.ts';
import * as repo from './providers.repository.ts';

/** The signing key is stored encrypted (src/server/platform/secrets.ts). */
export const sealProviderSecret = (p: Platform, secret: string) => seal(loadKeyring(p.config), 'content_providers.secret', secret);

/** A webhook URL must pass the outbound rules now (and again at every delivery): 400 naming webhookUrl. */
async function checkWebhookUrl(p: Platform, url: string): Promise<void> {
  try {
    await checkTarget(url, p.config.outboundAllow, { secret: true });
  } catch (e) {
    if (e instanceof OutboundRefused) {
      // A name that does not resolve yet is checked at each delivery; anything resolved must be allowed now.
      if (/cannot be resolved/.test(e.message)) return;
      throw new AppError('INVALID_INPUT', `The webhook URL ${e.message}.`, 'webhookUrl');
    }
    throw e;
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An https URL, or http on the loopback interface (a local relay, tests). */
export const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      if (u.username || u.password) return false;
      return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
    } catch {
      return false;
    }
  }, 'must be an https URL without credentials (http only on localhost)');

export const providerInput = z.object({
  name: z.string().trim().min(2).max(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code (the main establishment)'),
  contact: z.string().trim().max(300).default(''),
  webhookUrl,
  signing: z.enum(['hmac-sha256', 'ed25519']).default('hmac-sha256'),
});
export const providerPatch = providerInput.omit({ signing: true }).partial().extend({
  /** Issue a new signing secret (HMAC key or Ed25519 key pair); the old one stops working at once. */
  rotateSecret: z.boolean().optional(),
});

/** A new signing secret: the stored secret, the public key (Ed25519) and what the provider is shown once. */
export function newSecret(signing: string): { secret: string; publicKey: string | null; shown: { secret?: string; publicKey?: string } } {
  if (signing === 'ed25519') {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pub = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    return { secret: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: pub, shown: { publicKey: pub } };
  }
  const key = `whsec_${randomBytes(32).toString('base64url')}`;
  return { secret: key, publicKey: null, shown: { secret: key } };
}

export async function listProviders(p: Platform, ctx: Ctx) {
  requirePermission(ctx, 'read', 'read the provider registry');
  const rows = await repo.listProviders(p.db);
  await p.record(ctx, [{ action: 'content.provider.list', recordType: 'content_provider', details: { providers: rows.length } }]);
  return { items: rows.map(presentProvider) };
}

export async function createProvider(p: Platform, ctx: Ctx, input: z.infer<typeof providerInput>) {
  requirePermission(ctx, 'approve', 'register hosting providers');
  await checkWebhookUrl(p, input.webhookUrl);
  const id = crypto.randomUUID();
  const s = newSecret(input.signing);
  await p.db.transaction().execute(async (tx) => {
    if (await repo.providerNameTaken(tx, input.name)) throw new AppError('CONFLICT', 'A provider with this name exists.', 'name');
    await repo.insertProvider(tx, { id, name: input.name, country: input.country, contact: input.contact, webhook_url: input.webhookUrl, signing: input.signing, secret: sealProviderSecret(p, s.secret), public_key: s.publicKey, owner_org_id: ctx.actor.orgId, created_by: ctx.actor.userId });
    await p.record(ctx, [{ action: 'content.provider.create', recordType: 'content_provider', recordId: id }], tx);
  });
  const row = (await repo.findProvider(p.db, id))!;
  // The HMAC key is shown here and never again.
  return { ...presentProvider(row), ...s.shown };
}

export async function updateProvider(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof providerPatch>) {
  requirePermission(ctx, 'approve', 'change hosting providers');
  if (input.webhookUrl !== undefined) await checkWebhookUrl(p, input.webhookUrl);
  let shown: { secret?: string; publicKey?: string } = {};
  await p.db.transaction().execute(async (tx) => {
    const row = await repo.findProvider(tx, id);
    if (!row) throw notFound('provider');
    // Who may redirect a provider (webhook URL, signing key, contact): only the organisation that registered it.
    if (row.owner_org_id !== ctx.actor.orgId) throw forbidden('Only the organisation that registered this provider can change it.');
    if (input.name && (await repo.providerNameTaken(tx, input.name, id))) {
      throw new AppError('CONFLICT', 'A provider with this name exists.', 'name');
    }
    const s = input.rotateSecret ? newSecret(row.signing) : undefined;
    if (s) shown = s.shown;
    await repo.updateProvider(tx, id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.country !== undefined ? { country: input.country } : {}),
        ...(input.contact !== undefined ? { contact: input.contact } : {}),
        ...(input.webhookUrl !== undefined ? { webhook_url: input.webhookUrl } : {}),
        ...(s ? { secret: sealProviderSecret(p, s.secret), public_key: s.publicKey } : {}),
        updated_at: new Date(),
      });
    await p.record(ctx, [{ action: 'content.provider.update', recordType: 'content_provider', recordId: id, details: { fields: Object.keys(input) } }], tx);
  });
  const row = (await repo.findProvider(p.db, id))!;
  return { ...presentProvider(row), ...shown };
}
