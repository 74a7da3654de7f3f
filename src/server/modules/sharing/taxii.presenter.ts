/**
 * The TAXII 2.1 resources Vigil answers (OASIS TAXII 2.1, section 4–5), as response schemas for the
 * OpenAPI document. The routes send them as application/taxii+json bodies written by taxii.routes.ts.
 */
import { z } from 'zod';

const stixObject = z.object({ type: z.string(), id: z.string() }).catchall(z.unknown());

export const discoveryWire = z.object({ title: z.string(), description: z.string(), contact: z.string(), default: z.string(), api_roots: z.array(z.string()) });
export const apiRootWire = z.object({ title: z.string(), description: z.string(), versions: z.array(z.string()), max_content_length: z.number() });
export const collectionWire = z.object({ id: z.string(), title: z.string(), description: z.string(), can_read: z.boolean(), can_write: z.boolean(), media_types: z.array(z.string()) });
export const collectionsWire = z.object({ collections: z.array(collectionWire) });
export const envelopeWire = z.object({ more: z.boolean(), next: z.string().optional(), objects: z.array(stixObject) });
export const manifestWire = z.object({ more: z.boolean(), next: z.string().optional(), objects: z.array(z.object({ id: z.string(), date_added: z.string(), version: z.string(), media_type: z.string() })) });
export const versionsWire = z.object({ more: z.boolean(), next: z.string().optional(), versions: z.array(z.string()) });
const statusDetail = z.object({ id: z.string(), version: z.string(), message: z.string().optional() });
export const statusWire = z.object({
  id: z.string(),
  status: z.string(),
  request_timestamp: z.string(),
  total_count: z.number(),
  success_count: z.number(),
  successes: z.array(statusDetail),
  failure_count: z.number(),
  failures: z.array(statusDetail),
  pending_count: z.number(),
  pendings: z.array(statusDetail),
});
export const extensionWire = z.object({ objects: z.array(stixObject) });
export const extensionSchemaWire = z.record(z.string(), z.unknown());
