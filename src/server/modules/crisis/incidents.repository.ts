/** SQL of incidents, their participating organisations and their links to intelligence subjects and threat assessments. */
import { sql, type RawBuilder } from 'kysely';
import type { IncidentFilter, IncidentRef } from '../../../core/access/crisis.ts';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { CrisisTables } from './crisis.tables.ts';

const db = (d: Database) => withTables<CrisisTables>(d);

export type IncidentRow = Awaited<ReturnType<typeof findIncident>> & {};

export function findIncident(d: Database, id: string) {
  return db(d).selectFrom('crisis_incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the incident row for the rest of the transaction (log numbering, transitions). */
export function lockIncident(tx: Database, id: string) {
  return db(tx).selectFrom('crisis_incidents').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function participantOrgIds(d: Database, incidentId: string): Promise<string[]> {
  const rows = await db(d).selectFrom('crisis_participants').select('org_id').where('incident_id', '=', incidentId).execute();
  return rows.map((r) => r.org_id);
}

/** The incident as the access policy sees it. */
export async function incidentRef(d: Database, row: { id: string; org_id: string }): Promise<IncidentRef> {
  return { id: row.id, orgId: row.org_id, participantOrgIds: await participantOrgIds(d, row.id) };
}

/** The incident rule (src/core/access/crisis.ts) as SQL on alias `i`. */
export function incidentVisibleSql(f: IncidentFilter): RawBuilder<boolean> {
  switch (f.mode) {
    case 'none':
      return sql<boolean>`FALSE`;
    case 'grants':
      return sql<boolean>`(i.id = ANY(${[...f.grantedRecordIds]}::uuid[]))`;
    case 'all':
      return sql<boolean>`TRUE`;
    case 'member':
      return sql<boolean>`(i.org_id = ${f.orgId}::uuid OR EXISTS (SELECT 1 FROM crisis_participants cp WHERE cp.incident_id = i.id AND cp.org_id = ${f.orgId}::uuid))`;
  }
}

export async function listIncidents(d: Database, f: IncidentFilter, opts: { status?: string | undefined; limit: number }) {
  let q = db(d).selectFrom('crisis_incidents as i').selectAll('i').where(incidentVisibleSql(f));
  if (opts.status) q = q.where('i.status', '=', opts.status);
  const rows = await q.orderBy('i.declared_at', 'desc').limit(opts.limit).execute();
  const refs = new Map<string, string[]>();
  if (rows.length) {
    const ps = await db(d).selectFrom('crisis_participants').select(['incident_id', 'org_id']).where('incident_id', 'in', rows.map((r) => r.id)).execute();
    for (const p of ps) refs.set(p.incident_id, [...(refs.get(p.incident_id) ?? []), p.org_id]);
  }
  return rows.map((r) => ({ row: r, ref: { id: r.id, orgId: r.org_id, participantOrgIds: refs.get(r.id) ?? [] } as IncidentRef }));
}

export async function insertIncident(tx: Database, v: { id: string; title: string; type: string; description: string; lat: number; lon: number; municipality: string; occurredAt: string; exercise: boolean; orgId: string; userId: string; at: Date }) {
  await db(tx)
    .insertInto('crisis_incidents')
    .values({ id: v.id, title: v.title, incident_type: v.type, description: v.description, lat: v.lat, lon: v.lon, municipality: v.municipality, occurred_at: v.occurredAt, exercise: v.exercise, org_id: v.orgId, declared_by: v.userId, declared_at: v.at, updated_at: v.at })
    .execute();
}

export async function setIncidentField(tx: Database, id: string, change: { phase?: string; terror_state?: string; status?: string }, at: Date) {
  await db(tx).updateTable('crisis_incidents').set({ ...change, updated_at: at }).where('id', '=', id).execute();
}

export function listParticipants(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_participants').selectAll().where('incident_id', '=', incidentId).orderBy('updated_at').execute();
}

export function findParticipant(d: Database, incidentId: string, orgId: string) {
  return db(d).selectFrom('crisis_participants').selectAll().where('incident_id', '=', incidentId).where('org_id', '=', orgId).executeTakeFirst();
}

export async function upsertParticipant(tx: Database, incidentId: string, orgId: string, status: string, userId: string, at: Date) {
  await db(tx)
    .insertInto('crisis_participants')
    .values({ incident_id: incidentId, org_id: orgId, status, updated_by: userId, updated_at: at })
    .onConflict((oc) => oc.columns(['incident_id', 'org_id']).doUpdateSet({ status, updated_by: userId, updated_at: at }))
    .execute();
}

export function listLinks(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_subject_links').selectAll().where('incident_id', '=', incidentId).orderBy('linked_at').execute();
}

export async function insertLink(tx: Database, v: { incidentId: string; subjectId: string; reason: string; userId: string; orgId: string }) {
  const r = await db(tx)
    .insertInto('crisis_subject_links')
    .values({ incident_id: v.incidentId, subject_id: v.subjectId, reason: v.reason, linked_by: v.userId, linked_org_id: v.orgId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteLink(tx: Database, incidentId: string, subjectId: string) {
  const r = await db(tx).deleteFrom('crisis_subject_links').where('incident_id', '=', incidentId).where('subject_id', '=', subjectId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export function listAssessmentLinks(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_assessment_links').selectAll().where('incident_id', '=', incidentId).orderBy('linked_at').execute();
}

export async function insertAssessmentLink(tx: Database, v: { incidentId: string; assessmentId: string; reason: string; userId: string; orgId: string }) {
  const r = await db(tx)
    .insertInto('crisis_assessment_links')
    .values({ incident_id: v.incidentId, assessment_id: v.assessmentId, reason: v.reason, linked_by: v.userId, linked_org_id: v.orgId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteAssessmentLink(tx: Database, incidentId: string, assessmentId: string) {
  const r = await db(tx).deleteFrom('crisis_assessment_links').where('incident_id', '=', incidentId).where('assessment_id', '=', assessmentId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** A deleted intelligence subject leaves no link behind. */
export async function unlinkSubject(tx: Database, subjectId: string) {
  await db(tx).deleteFrom('crisis_subject_links').where('subject_id', '=', subjectId).execute();
}
