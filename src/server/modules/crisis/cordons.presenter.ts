/** The wire shape of an incident's cordons. */
import { z } from 'zod';
import { CORDON_KINDS, CORDON_STATUSES } from '../../../core/crisis/rules.ts';
import type { CordonRow } from './cordons.repository.ts';
import { exerciseMark } from './incidents.presenter.ts';

export const cordonWire = z.object({
  id: z.string(),
  kind: z.enum(CORDON_KINDS),
  label: z.string(),
  /** A ring of [lat, lon] points (closed), or null for a circle. */
  polygon: z.array(z.tuple([z.number(), z.number()])).nullable(),
  circle: z.object({ lat: z.number(), lon: z.number(), radiusKm: z.number() }).nullable(),
  status: z.enum(CORDON_STATUSES),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  liftedBy: z.string().nullable(),
  liftedAt: z.string().nullable(),
});
export const cordonListWire = z.object({ incidentId: z.string(), ...exerciseMark, items: z.array(cordonWire) });

export function presentCordon(r: CordonRow, names: Map<string, string>): z.infer<typeof cordonWire> {
  return {
    id: r.id,
    kind: r.kind as z.infer<typeof cordonWire>['kind'],
    label: r.label,
    polygon: r.polygon,
    circle: r.circle,
    status: r.status as z.infer<typeof cordonWire>['status'],
    createdBy: names.get(r.created_by) ?? null,
    createdAt: r.created_at.toISOString(),
    liftedBy: r.lifted_by ? (names.get(r.lifted_by) ?? null) : null,
    liftedAt: r.lifted_at ? r.lifted_at.toISOString() : null,
  };
}
