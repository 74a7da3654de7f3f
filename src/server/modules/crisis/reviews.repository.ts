/** SQL of after-action reviews and their improvement plans (corrective actions). */
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { CrisisTables, Improvement, Objective } from './crisis.tables.ts';

const db = (d: Database) => withTables<CrisisTables>(d);

export type ReviewRow = Awaited<ReturnType<typeof findReview>> & {};
export type ActionRow = Awaited<ReturnType<typeof listActions>>[number];

export function findReview(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_reviews').selectAll().where('incident_id', '=', incidentId).executeTakeFirst();
}

export async function saveReview(tx: Database, v: { id: string; incidentId: string; objectives: Objective[]; strengths: string[]; improvements: Improvement[]; userId: string; at: Date }) {
  await db(tx)
    .insertInto('crisis_reviews')
    .values({ id: v.id, incident_id: v.incidentId, objectives: JSON.stringify(v.objectives), strengths: JSON.stringify(v.strengths), improvements: JSON.stringify(v.improvements), created_by: v.userId, updated_at: v.at })
    .onConflict((oc) => oc.column('incident_id').doUpdateSet({ objectives: JSON.stringify(v.objectives), strengths: JSON.stringify(v.strengths), improvements: JSON.stringify(v.improvements), updated_at: v.at }))
    .execute();
}

export async function completeReview(tx: Database, id: string, userId: string, at: Date) {
  await db(tx).updateTable('crisis_reviews').set({ status: 'completed', completed_by: userId, completed_at: at, updated_at: at }).where('id', '=', id).execute();
}

export function listActions(d: Database, reviewId: string) {
  return db(d).selectFrom('crisis_actions').selectAll().where('review_id', '=', reviewId).orderBy('due_date').orderBy('created_at').execute();
}

export function findAction(d: Database, reviewId: string, id: string) {
  return db(d).selectFrom('crisis_actions').selectAll().where('review_id', '=', reviewId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertAction(tx: Database, v: { id: string; reviewId: string; incidentId: string; description: string; ownerOrgId: string; ownerRole?: string | null; dueDate: string; templateId: string | null; userId: string; at: Date }) {
  await db(tx)
    .insertInto('crisis_actions')
    .values({ id: v.id, review_id: v.reviewId, incident_id: v.incidentId, description: v.description, owner_org_id: v.ownerOrgId, owner_role: v.ownerRole ?? null, due_date: v.dueDate, template_id: v.templateId, created_by: v.userId, created_at: v.at })
    .execute();
}

export async function setActionStatus(tx: Database, id: string, status: string, at: Date) {
  await db(tx).updateTable('crisis_actions').set({ status, closed_at: status === 'closed' ? at : null }).where('id', '=', id).execute();
}

/** Closes the open actions linked to a template, naming the version that closed them. */
export function closeActionsForTemplate(tx: Database, templateId: string, protocolId: string, at: Date) {
  return db(tx)
    .updateTable('crisis_actions')
    .set({ status: 'closed', closed_by_protocol_id: protocolId, closed_at: at })
    .where('template_id', '=', templateId)
    .where('status', '<>', 'closed')
    .returning(['id', 'incident_id'])
    .execute();
}

/** Open actions past their due day not yet reminded about today. */
export function overdueActions(d: Database, today: string, remindedBefore: Date) {
  return db(d)
    .selectFrom('crisis_actions')
    .selectAll()
    .where('status', '<>', 'closed')
    .where('due_date', '<', today)
    .where((eb) => eb.or([eb('reminded_at', 'is', null), eb('reminded_at', '<', remindedBefore)]))
    .limit(500)
    .execute();
}

export async function markReminded(tx: Database, id: string, at: Date) {
  await db(tx).updateTable('crisis_actions').set({ reminded_at: at }).where('id', '=', id).execute();
}
