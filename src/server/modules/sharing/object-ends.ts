/**
 * What a relationship on the held-objects list is about: its two ends, named only where the reader may
 * read them. The ends are looked up in the sharing copy and let out through the same `release` as the
 * page (one audit event names them with the page); an end the reader may not read, or one not held
 * here, is answered as restricted, without its name or id.
 */
import { z } from 'zod';
import type { StixObject } from '../../../core/sharing/stix.ts';
import type { Released } from './release.ts';
import type { ObjectRow } from './objects.repository.ts';

export const endWire = z.object({
  restricted: z.boolean(),
  /** The held object's record id (its page), when the reader may read it. */
  id: z.string().nullable(),
  type: z.string().nullable(),
  label: z.string().nullable(),
});
export const endsWire = z.object({ source: endWire, target: endWire });
export type Ends = z.infer<typeof endsWire>;

const isRelationship = (o: StixObject) => o.type === 'relationship' && typeof o.source_ref === 'string' && typeof o.target_ref === 'string';

/** The STIX ids the relationships among `rows` point at, less those already on the page. */
export function endRefs(rows: readonly ObjectRow[]): string[] {
  const onPage = new Set(rows.map((r) => r.stix_id));
  const refs = rows.flatMap((r) => (isRelationship(r.object) ? [r.object.source_ref as string, r.object.target_ref as string] : []));
  return [...new Set(refs)].filter((ref) => !onPage.has(ref));
}

/** The ends of a released relationship, named from what was released with it (else restricted). */
export function endsOf(object: StixObject, released: ReadonlyMap<string, Released>): Ends | null {
  if (!isRelationship(object)) return null;
  const end = (ref: string) => {
    const x = released.get(ref);
    if (!x) return { restricted: true, id: null, type: null, label: null };
    const name = typeof x.object.name === 'string' && x.object.name.trim() ? x.object.name : null;
    return { restricted: false, id: x.row.id, type: x.row.stix_type, label: name ?? x.row.stix_type };
  };
  return { source: end(object.source_ref as string), target: end(object.target_ref as string) };
}
