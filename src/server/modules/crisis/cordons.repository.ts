/** SQL of an incident's cordons (crisis_cordons, migration 0038). */
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { CordonCircle, CordonRing, CrisisTables } from './crisis.tables.ts';

const db = (d: Database) => withTables<CrisisTables>(d);

export type CordonRow = Awaited<ReturnType<typeof listCordons>>[number];

/** Every cordon of an incident, active first, then newest first. */
export function listCordons(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_cordons').selectAll().where('incident_id', '=', incidentId).orderBy('status').orderBy('created_at', 'desc').orderBy('id').execute();
}

export function findCordon(d: Database, incidentId: string, id: string) {
  return db(d).selectFrom('crisis_cordons').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertCordon(tx: Database, v: { id: string; incidentId: string; kind: string; label: string; polygon: CordonRing | null; circle: CordonCircle | null; userId: string; at: Date }) {
  await db(tx)
    .insertInto('crisis_cordons')
    .values({ id: v.id, incident_id: v.incidentId, kind: v.kind, label: v.label, polygon: v.polygon ? JSON.stringify(v.polygon) : null, circle: v.circle ? JSON.stringify(v.circle) : null, created_by: v.userId, created_at: v.at })
    .execute();
}

export async function liftCordon(tx: Database, id: string, userId: string, at: Date) {
  await db(tx).updateTable('crisis_cordons').set({ status: 'lifted', lifted_by: userId, lifted_at: at }).where('id', '=', id).execute();
}
