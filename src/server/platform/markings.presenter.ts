/**
 * The wire shape of a record's markings, for the response schemas of every module that returns marked
 * records: as presented (`presentMarkings` in records.ts) and as given in a request (echoed back).
 */
import { z } from 'zod';
import { CLASSIFICATIONS, DISTRIBUTIONS, HANDLING_CODES, TLPS } from '../../core/vocab.ts';

/** The markings as the API returns them (records.ts `presentMarkings`). */
export const markingsWire = z.object({
  ownerOrgId: z.string(),
  ownerOrgName: z.string(),
  classification: z.enum(CLASSIFICATIONS),
  tlp: z.enum(TLPS),
  distribution: z.enum(DISTRIBUTIONS),
  sharedWith: z.array(z.string()),
  groupIds: z.array(z.string()),
  handlingCode: z.enum(HANDLING_CODES),
  hitNoHit: z.boolean(),
  legalBasis: z.string(),
  purpose: z.string(),
  reviewDate: z.string().nullable(),
});

/** The markings as a request gave them (core/contracts.ts `markingsInput`, after its defaults). */
export const markingsInputWire = z.object({
  classification: z.enum(CLASSIFICATIONS),
  tlp: z.enum(TLPS),
  distribution: z.enum(DISTRIBUTIONS),
  sharedWith: z.array(z.string()),
  groupIds: z.array(z.string()),
  handlingCode: z.enum(HANDLING_CODES),
  hitNoHit: z.boolean(),
  legalBasis: z.string(),
  purpose: z.string(),
  reviewDate: z.string().nullable(),
});

/** What a hit/no-hit answer reveals: the record exists, and whom to ask (door.ts `HitAnswer`, the id optional). */
export const hitWire = z.object({
  id: z.string().optional(),
  hit: z.literal(true),
  contact: z.object({ organisationId: z.string(), organisation: z.string() }),
});

/** A plain acknowledgement. */
export const okWire = z.object({ ok: z.literal(true) });

/** A date-time as ISO text (rows hold Dates; the wire holds their JSON form). */
export const iso = (d: Date | string): string => new Date(d).toISOString();
export const isoOrNull = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);
