/** The wire shape of content cases (orders hang on them: orders.presenter.ts). */
import { z } from 'zod';
import { markingsWire } from '../../platform/markings.presenter.ts';
import { presentMarkings } from '../../platform/records.ts';
import type { CaseRow, CaseSignal } from './content-cases.repository.ts';
import { iso, isoWire, providerRefWire } from './content.presenter.ts';
import { OFFENCE_TEXT } from './content.rules.ts';
import type { ProviderRef } from './providers.repository.ts';

export const caseSignalWire = z.object({ pdq: z.string().nullable(), quality: z.number().nullable(), md5: z.string().nullable(), sha256: z.string().nullable() });

export const caseWire = z.object({
  id: z.string(),
  url: z.string(),
  provider: providerRefWire,
  offence: z.string(),
  offenceText: z.string(),
  assessment: z.string(),
  status: z.string(),
  closedAt: isoWire.nullable(),
  signals: z.array(caseSignalWire),
  evidence: z.object({ type: z.string(), sha256: z.string().nullable(), uploadedAt: isoWire.nullable() }).nullable(),
  markings: markingsWire,
  createdAt: isoWire,
  updatedAt: isoWire,
});
export const caseListWire = z.object({ items: z.array(caseWire) });

export function presentCase(r: CaseRow, orgName: (id: string) => string, providers: Map<string, ProviderRef>, signals: CaseSignal[]): z.infer<typeof caseWire> {
  return {
    id: r.id,
    url: r.url,
    provider: providers.get(r.provider_id) ?? { id: r.provider_id, name: 'unknown provider', country: '' },
    offence: r.offence,
    offenceText: OFFENCE_TEXT[r.offence as keyof typeof OFFENCE_TEXT],
    assessment: r.assessment,
    status: r.status,
    closedAt: iso(r.closed_at),
    signals,
    evidence: r.evidence_type ? { type: r.evidence_type, sha256: r.evidence_sha256, uploadedAt: iso(r.evidence_at) } : null,
    markings: presentMarkings(r, orgName) as z.infer<typeof markingsWire>,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export const evidenceWire = z.object({ type: z.string(), sha256: z.string(), bytes: z.number(), uploadedAt: isoWire });
