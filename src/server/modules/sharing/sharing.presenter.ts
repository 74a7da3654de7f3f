/**
 * The wire shapes of the sharing module's answers (the response schemas of sharing.routes.ts). STIX
 * objects and MISP events are open by their standards: their own fields are kept as they are.
 */
import { z } from 'zod';
import { markingsWire, okWire } from '../../platform/markings.presenter.ts';
import { endsWire } from './object-ends.ts';

const stixObject = z.object({ type: z.string(), id: z.string() }).catchall(z.unknown());

export const objectWire = z.object({
  id: z.string(),
  stixId: z.string(),
  type: z.string(),
  recordType: z.string().nullable(),
  version: z.string(),
  dateAdded: z.string(),
  revoked: z.boolean(),
  origin: z.string(),
  provenance: z.object({ instance: z.string().nullable(), organisationId: z.string().nullable(), organisation: z.string().nullable(), partnerId: z.string().nullable() }).nullable(),
  scope: z.string(),
  markings: markingsWire,
  readOnly: z.boolean(),
  object: stixObject,
});

/** A page of held objects: each relationship names its ends (restricted where the reader may not read one); `total` counts under the same policy filter. */
export const objectListWire = z.object({ results: z.array(objectWire.extend({ ends: endsWire.nullable() })), total: z.number().int() });
export const objectDetailWire = objectWire.extend({ ends: endsWire.nullable(), versions: z.array(z.object({ version: z.string(), dateAdded: z.string(), revoked: z.boolean() })) });
export const bundleWire = z.object({ type: z.string(), id: z.string() }).catchall(z.unknown());
export const mispWire = z.object({ Event: z.record(z.string(), z.unknown()) });
export const importWire = z.object({
  received: z.number(),
  stored: z.number(),
  ids: z.array(z.string()),
  refused: z.array(z.object({ id: z.string(), message: z.string() })).optional(),
});

export const previewWire = z.object({
  classification: z.string(),
  note: z.string(),
  organisations: z.array(
    z.object({
      organisationId: z.string(),
      organisation: z.string(),
      kind: z.string(),
      access: z.enum(['full', 'hit', 'none']),
      reason: z.string(),
      federation: z.object({ sentAs: z.string(), thereAs: z.string() }).nullable().optional(),
    }),
  ),
});

const when = z.string().nullable();
export const partnerWire = z.object({
  id: z.string(),
  name: z.string(),
  apiRoot: z.string(),
  collections: z.array(z.string()),
  receivingOrgId: z.string(),
  enabled: z.boolean(),
  createdAt: z.string(),
  status: z.object({
    state: z.enum(['disabled', 'failing', 'ok', 'pending']),
    lastAttemptAt: when,
    lastSuccessAt: when,
    lastError: z.string().nullable(),
    lastErrorAt: when,
    consecutiveFailures: z.number(),
    objectsReceived: z.number(),
    objectsRejected: z.number(),
    cursors: z.array(z.object({ collection: z.string(), addedAfter: z.string().nullable() })),
  }),
});
export const partnerListWire = z.object({ partners: z.array(partnerWire) });
export const syncWire = z.object({ stored: z.number(), error: z.string().nullable(), partner: partnerWire });
export const eventsWire = z.object({ changed: z.boolean(), last: z.string().nullable() });
export { okWire };
