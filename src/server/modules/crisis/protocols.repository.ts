/** SQL of protocol templates (versions), their activations, the task board and the unit board. */
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { ChecklistItem, CrisisTables, TemplateTask } from './crisis.tables.ts';

const db = (d: Database) => withTables<CrisisTables>(d);

export type ProtocolRow = Awaited<ReturnType<typeof findProtocol>> & {};
export type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];
export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number];

export function findProtocol(d: Database, id: string) {
  return db(d).selectFrom('crisis_protocols').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The latest version of every template, or every version of one template. */
export function listProtocols(d: Database, templateId?: string) {
  let q = db(d).selectFrom('crisis_protocols as p').selectAll('p');
  q = templateId
    ? q.where('p.template_id', '=', templateId)
    : q.where((eb) => eb('p.version', '=', eb.selectFrom('crisis_protocols as q').select((e) => e.fn.max('q.version').as('v')).whereRef('q.template_id', '=', 'p.template_id')));
  return q.orderBy('p.title').orderBy('p.version', 'desc').execute();
}

export async function latestVersion(tx: Database, templateId: string): Promise<number> {
  const r = await db(tx).selectFrom('crisis_protocols').select((eb) => eb.fn.max('version').as('v')).where('template_id', '=', templateId).executeTakeFirst();
  return Number(r?.v ?? 0);
}

export async function insertProtocol(tx: Database, v: { id: string; templateId: string; version: number; title: string; incidentType: string; tasks: TemplateTask[]; changeNote: string | null; orgId: string; userId: string; at: Date }) {
  await db(tx)
    .insertInto('crisis_protocols')
    .values({ id: v.id, template_id: v.templateId, version: v.version, title: v.title, incident_type: v.incidentType, tasks: JSON.stringify(v.tasks), change_note: v.changeNote, owner_org_id: v.orgId, published_by: v.userId, published_at: v.at })
    .execute();
}

export function findActivation(d: Database, incidentId: string, protocolId: string) {
  return db(d).selectFrom('crisis_activations').selectAll().where('incident_id', '=', incidentId).where('protocol_id', '=', protocolId).executeTakeFirst();
}

export function listActivations(d: Database, incidentId: string) {
  return db(d)
    .selectFrom('crisis_activations as a')
    .innerJoin('crisis_protocols as p', 'p.id', 'a.protocol_id')
    .select(['a.id', 'a.protocol_id', 'a.activated_at', 'a.activated_by', 'p.title', 'p.version', 'p.template_id'])
    .where('a.incident_id', '=', incidentId)
    .orderBy('a.activated_at')
    .execute();
}

export async function insertActivation(tx: Database, v: { id: string; incidentId: string; protocolId: string; userId: string; at: Date }) {
  await db(tx).insertInto('crisis_activations').values({ id: v.id, incident_id: v.incidentId, protocol_id: v.protocolId, activated_by: v.userId, activated_at: v.at }).execute();
}

export async function insertTasks(tx: Database, rows: Array<{ id: string; incidentId: string; activationId: string | null; discipline: string; title: string; role: string; orgId: string | null; dueAt: Date | string | null; checklist: ChecklistItem[]; userId: string; at: Date }>) {
  if (!rows.length) return;
  await db(tx)
    .insertInto('crisis_tasks')
    .values(rows.map((t) => ({ id: t.id, incident_id: t.incidentId, activation_id: t.activationId, discipline: t.discipline, title: t.title, role: t.role, org_id: t.orgId, due_at: t.dueAt, checklist: JSON.stringify(t.checklist), updated_by: t.userId, created_at: t.at, updated_at: t.at })))
    .execute();
}

export function listTasks(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_tasks').selectAll().where('incident_id', '=', incidentId).orderBy('discipline').orderBy('created_at').orderBy('id').execute();
}

export function findTask(d: Database, incidentId: string, id: string) {
  return db(d).selectFrom('crisis_tasks').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateTask(tx: Database, id: string, set: { status?: string; blocked_reason?: string | null; checklist?: ChecklistItem[] }, userId: string, at: Date) {
  await db(tx)
    .updateTable('crisis_tasks')
    .set({ ...(set.status ? { status: set.status, blocked_reason: set.blocked_reason ?? null } : {}), ...(set.checklist ? { checklist: JSON.stringify(set.checklist) } : {}), updated_by: userId, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export function listUnits(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_units').selectAll().where('incident_id', '=', incidentId).orderBy('discipline').orderBy('name').execute();
}

export function findUnit(d: Database, incidentId: string, id: string) {
  return db(d).selectFrom('crisis_units').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertUnit(tx: Database, v: { id: string; incidentId: string; name: string; kind: string; discipline: string; orgId: string; lat: number | null; lon: number | null; userId: string; at: Date }) {
  await db(tx).insertInto('crisis_units').values({ id: v.id, incident_id: v.incidentId, name: v.name, kind: v.kind, discipline: v.discipline, org_id: v.orgId, lat: v.lat, lon: v.lon, updated_by: v.userId, updated_at: v.at }).execute();
}

/** Changes a unit's status and/or position (what is given). */
export async function updateUnit(tx: Database, id: string, v: { status?: string; position?: { lat: number | null; lon: number | null } }, userId: string, at: Date) {
  await db(tx)
    .updateTable('crisis_units')
    .set({ ...(v.status ? { status: v.status } : {}), ...(v.position ? { lat: v.position.lat, lon: v.position.lon } : {}), updated_by: userId, updated_at: at })
    .where('id', '=', id)
    .execute();
}
