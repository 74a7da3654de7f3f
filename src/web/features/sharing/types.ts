/** Shapes of the sharing API's answers (docs/SHARING.md), as the sharing screens read them. */
import type { OrgKind } from '../../../core/vocab.ts';
import type { Markings } from '../../lib/types.ts';

export type Scope = 'connected' | 'community' | 'organisation';
export type Origin = 'local' | 'partner' | 'import';
export type Access = 'full' | 'hit' | 'none';
export type PreviewReason = 'owner' | 'distribution' | 'hit-no-hit' | 'oversight-grant-only' | 'not-in-distribution';

export interface PreviewLine {
  organisationId: string;
  organisation: string;
  kind: OrgKind;
  access: Access;
  reason: PreviewReason;
  federation: { sentAs: Scope; thereAs: Scope } | null;
}

export interface PreviewAnswer {
  classification: string;
  note: string;
  organisations: PreviewLine[];
}

export type StixObject = Record<string, unknown> & { id: string; type: string };

export interface SharingObject {
  id: string;
  stixId: string;
  type: string;
  recordType: string | null;
  version: string;
  dateAdded: string;
  revoked: boolean;
  origin: Origin;
  provenance: { instance: string | null; organisationId: string | null; organisation: string | null; partnerId: string | null } | null;
  scope: Scope;
  markings: Markings;
  readOnly: boolean;
  object: StixObject;
  /** A relationship's two ends, named where the reader may read them (list and detail). */
  ends?: { source: ObjectEnd; target: ObjectEnd } | null;
}

/** One end of a relationship: its object (id, type, name) or, where the reader may not read it, only "restricted". */
export interface ObjectEnd {
  restricted: boolean;
  id: string | null;
  type: string | null;
  label: string | null;
}

export interface SharingObjectDetail extends SharingObject {
  versions: Array<{ version: string; dateAdded: string; revoked: boolean }>;
}

export interface ImportResult {
  received: number;
  stored: number;
  ids: string[];
}

export type PartnerState = 'ok' | 'failing' | 'pending' | 'disabled';

export interface Partner {
  id: string;
  name: string;
  apiRoot: string;
  collections: string[];
  receivingOrgId: string;
  enabled: boolean;
  createdAt: string;
  status: {
    state: PartnerState;
    lastAttemptAt: string | null;
    lastSuccessAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
    consecutiveFailures: number;
    objectsReceived: number;
    objectsRejected: number;
    cursors: Array<{ collection: string; addedAfter: string | null }>;
  };
}

export interface SyncResult {
  stored: number;
  error: string | null;
  partner: Partner;
}

/**
 * A readable label for a STIX object: its name, else its relationship type (as the link type in the
 * user's language when `t` is given and knows it), else its id.
 */
export function objectLabel(o: StixObject, t?: (key: string, opts: { defaultValue: string }) => string): string {
  if (typeof o.name === 'string' && o.name.trim()) return o.name;
  if (typeof o.relationship_type === 'string') return t ? t(`vocab.link.${o.relationship_type.replace(/-/g, '_')}`, { defaultValue: o.relationship_type }) : o.relationship_type;
  return o.id;
}

/** The record id a STIX id stands for, when its suffix is a UUID ("identity--X" → X). */
export function recordIdOf(stixId: string): string | null {
  const u = stixId.slice(stixId.indexOf('--') + 2);
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(u) ? u : null;
}
