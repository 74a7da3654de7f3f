/** The wire shape of hash banks, their entries, upload signals and matches. */
import { z } from 'zod';
import type { BankRow, EntryRow } from './banks.repository.ts';
import { iso, isoWire, orgRefWire } from './content.presenter.ts';
import { MIN_QUALITY } from './content.rules.ts';

export const bankWire = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  sourceOrg: z.string(),
  tlp: z.string(),
  enabled: z.boolean(),
  threshold: z.number(),
  owner: orgRefWire,
  entries: z.number(),
  lowQualityEntries: z.number(),
  canEdit: z.boolean(),
  createdAt: isoWire,
  updatedAt: isoWire,
});
export const bankListWire = z.object({ items: z.array(bankWire) });

export function presentBank(b: BankRow, orgName: (id: string) => string, canEdit: boolean, c?: { entries: number; lowQuality: number }): z.infer<typeof bankWire> {
  return {
    id: b.id,
    name: b.name,
    description: b.description,
    sourceOrg: b.source_org,
    tlp: b.tlp,
    enabled: b.enabled,
    threshold: b.threshold,
    owner: { id: b.owner_org_id, name: orgName(b.owner_org_id) },
    entries: c?.entries ?? 0,
    lowQualityEntries: c?.lowQuality ?? 0,
    canEdit,
    createdAt: iso(b.created_at),
    updatedAt: iso(b.updated_at),
  };
}

export const entryWire = z.object({
  id: z.string(),
  pdq: z.string().nullable(),
  quality: z.number().nullable(),
  lowQuality: z.boolean(),
  md5: z.string().nullable(),
  sha256: z.string().nullable(),
  label: z.string(),
  source: z.string(),
  createdAt: isoWire,
});
export const entryListWire = z.object({ items: z.array(entryWire) });

export function presentEntry(r: EntryRow): z.infer<typeof entryWire> {
  return { id: r.id, pdq: r.pdq, quality: r.pdq ? r.quality : null, lowQuality: r.pdq !== null && r.quality < MIN_QUALITY, md5: r.md5, sha256: r.sha256, label: r.label, source: r.source, createdAt: iso(r.created_at) };
}

/** The signals of one uploaded file. */
export const signalsWire = z.object({
  kind: z.enum(['image', 'video']),
  format: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  pdq: z.string().nullable(),
  quality: z.number().nullable(),
  /** Quality below 50: kept where stored, never matched. */
  lowQuality: z.boolean(),
  md5: z.string(),
  sha256: z.string(),
});
export type UploadSignals = z.infer<typeof signalsWire>;

export const uploadWire = z.object({ entry: entryWire, signals: signalsWire, warning: z.string().optional() });
export const importWire = z.object({ imported: z.number(), lowQuality: z.number() });

export const matchWire = z.object({
  bankId: z.string(),
  bankName: z.string(),
  entryId: z.string(),
  label: z.string(),
  source: z.string(),
  signalType: z.enum(['pdq', 'md5', 'sha256']),
  distance: z.number(),
  threshold: z.number(),
});
export type Match = z.infer<typeof matchWire>;
export const hashWire = z.object({ signals: signalsWire, matches: z.array(matchWire), warning: z.string().optional() });
export const lookupWire = z.object({ matches: z.array(matchWire) });
