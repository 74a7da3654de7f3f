/** The wire shape of a hosting provider (never its secret; a new one is shown once, beside it). */
import { z } from 'zod';
import { iso, isoWire } from './content.presenter.ts';
import type { ProviderRow } from './providers.repository.ts';

export const providerWire = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  contact: z.string(),
  webhookUrl: z.string(),
  signing: z.string(),
  publicKey: z.string().nullable(),
  ownerOrgId: z.string(),
  createdAt: isoWire,
  updatedAt: isoWire,
});
export const providerListWire = z.object({ items: z.array(providerWire) });
/** A provider after a change: a new HMAC secret or Ed25519 public key is in this answer only. */
export const providerSecretWire = providerWire.extend({ secret: z.string().optional() });

export function presentProvider(r: ProviderRow): z.infer<typeof providerWire> {
  return { id: r.id, name: r.name, country: r.country, contact: r.contact, webhookUrl: r.webhook_url, signing: r.signing, publicKey: r.public_key, ownerOrgId: r.owner_org_id, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) };
}
