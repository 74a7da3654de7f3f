/** The wire shape of registry entries and deadline rules. */
import { z } from 'zod';
import type { RegistryRow } from './registry.repository.ts';

export const registryWire = z.object({
  id: z.string(),
  kind: z.enum(['offence', 'basis']),
  code: z.string(),
  version: z.number(),
  title: z.string(),
  article: z.string(),
  textReference: z.string(),
  scope: z.enum(['processing', 'method']).nullable(),
  method: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  successorId: z.string().nullable(),
  replacesId: z.string().nullable(),
  inForce: z.boolean(),
});
export type RegistryWire = z.infer<typeof registryWire>;

export function presentEntry(r: RegistryRow, today: string): RegistryWire {
  return {
    id: r.id,
    kind: r.kind as RegistryWire['kind'],
    code: r.code,
    version: r.version,
    title: r.title,
    article: r.article,
    textReference: r.text_reference,
    scope: r.scope as RegistryWire['scope'],
    method: r.method,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    successorId: r.successor_id,
    replacesId: r.replaces_id,
    inForce: r.valid_from <= today && (r.valid_to === null || r.valid_to >= today),
  };
}

/** A basis for processing as the markings' picker offers it. */
export const basisOptionWire = registryWire.extend({ citation: z.string() });

export const entryWithVersions = registryWire.extend({ versions: z.array(registryWire) });

export const ruleWire = z.object({ key: z.string(), days: z.number(), reference: z.string(), indicative: z.boolean(), note: z.string() });

/** A record citing a legal basis, for the review after an amendment or expiry. */
export const citingWire = z.object({
  module: z.string(),
  recordType: z.string(),
  id: z.string(),
  reference: z.string(),
  /** A code of the record's kind (its state, stage or status; for a threat assessment 'level'), worded by the screen. */
  state: z.string(),
  /** The day that goes with the state: next review (intel, threat), creation (screening batch). */
  date: z.string().nullable(),
  /** A threat assessment's level. */
  level: z.number().nullable(),
});
export const reviewWire = z.object({
  basis: registryWire,
  /** The text a record's markings carry for this basis (what intel records are matched on). */
  citation: z.string(),
  records: z.array(citingWire),
  /** More records cite it than one look-up returns (1000 per kind). */
  truncated: z.boolean(),
  /** What the list covers, in plain words (other modules keep their legal basis as free text). */
  coverage: z.string(),
});

/** The intelligence subjects classified under an offence that the reader may read (count: those only). */
export const offenceSubjectsWire = z.object({
  offence: registryWire,
  subjects: z.array(z.object({ id: z.string(), label: z.string(), category: z.string().nullable() })),
  count: z.number().int(),
  /** More subjects are classified under it than one look-up returns (1000). */
  truncated: z.boolean(),
});

/** The prevention cases classified under an offence that the reader may read (count: those only; reference, stage and cell only). */
export const offenceCasesWire = z.object({
  offence: registryWire,
  cases: z.array(z.object({ id: z.string(), reference: z.string(), stage: z.string(), cellName: z.string() })),
  count: z.number().int(),
  /** More cases are classified under it than one look-up returns (1000). */
  truncated: z.boolean(),
});
