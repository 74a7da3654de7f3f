/** Shapes of the sharing API's answers (docs/SHARING.md): aliases of the generated types (src/web/lib/api-schema.d.ts). */
import type { ApiOk } from '../../lib/api.ts';

export type PreviewAnswer = ApiOk<'/api/sharing/preview', 'post'>;
export type PreviewLine = PreviewAnswer['organisations'][number];
export type Access = PreviewLine['access'];
export type PreviewReason = PreviewLine['reason'];
export type SharingObjectDetail = ApiOk<'/api/sharing/objects/{id}', 'get'>;
export type SharingObject = ApiOk<'/api/sharing/objects', 'get'>['results'][number];
export type StixObject = SharingObject['object'];
export type Origin = SharingObject['origin'];
export type Scope = SharingObject['scope'];
/** One end of a relationship: its object (id, type, name) or, where the reader may not read it, only "restricted". */
export type ObjectEnd = NonNullable<SharingObject['ends']>['source'];
export type ImportResult = ApiOk<'/api/sharing/stix/import', 'post'>;
export type Partner = ApiOk<'/api/sharing/partners/{id}', 'get'>;
export type PartnerState = Partner['status']['state'];
export type SyncResult = ApiOk<'/api/sharing/partners/{id}/sync', 'post'>;

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
