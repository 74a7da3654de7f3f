/** SQL of cases: minimum data, extra fields, participants, stages, contributions, plan, feedback sheets, intel links. */
import { sql } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { PreventionTables, Texts } from './prevention.tables.ts';

const db = (d: Database) => withTables<PreventionTables>(d);

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;
export type ContributionRow = Awaited<ReturnType<typeof contributionsOf>>[number];
export type PlanRow = Awaited<ReturnType<typeof planOf>>[number];
export type SheetRow = Awaited<ReturnType<typeof sheetsOf>>[number];

/** A case with its cell's organisation. */
export function findCase(d: Database, id: string) {
  return db(d)
    .selectFrom('prevention_cases as c')
    .innerJoin('prevention_cells as cell', 'cell.id', 'c.cell_id')
    .selectAll('c')
    .select(['cell.org_id as cell_org_id', 'cell.name as cell_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export function lockCase(tx: Database, id: string) {
  return db(tx).selectFrom('prevention_cases').select(['id', 'stage', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * The SQL twin of canReadCase for the cases of a cell: the reader's participating cases, and among them
 * those past the retention cutoff only when the reader coordinates the cell.
 */
export function listCases(d: Database, f: { cellId: string | null; userId: string; coordinatorCellIds: readonly string[]; cutoff: string }) {
  let q = db(d)
    .selectFrom('prevention_cases as c')
    .innerJoin('prevention_cells as cell', 'cell.id', 'c.cell_id')
    .selectAll('c')
    .select(['cell.org_id as cell_org_id', 'cell.name as cell_name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('prevention_case_participants as p')
          .innerJoin('prevention_members as m', 'm.id', 'p.member_id')
          .select(sql`1`.as('one'))
          .whereRef('p.case_id', '=', 'c.id')
          .where('m.user_id', '=', f.userId)
          .where('m.removed_at', 'is', null),
      ),
    )
    .where((eb) => eb.or([eb('c.review_date', '>=', f.cutoff), ...(f.coordinatorCellIds.length ? [eb('c.cell_id', 'in', f.coordinatorCellIds)] : [])]));
  if (f.cellId) q = q.where('c.cell_id', '=', f.cellId);
  return q.orderBy('c.updated_at', 'desc').limit(500).execute();
}

/** Cases of the given cells due for review by `until` (the coordinator's review queue). */
export function dueCases(d: Database, cellIds: readonly string[], until: string) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db(d)
    .selectFrom('prevention_cases as c')
    .innerJoin('prevention_cells as cell', 'cell.id', 'c.cell_id')
    .selectAll('c')
    .select(['cell.org_id as cell_org_id', 'cell.name as cell_name'])
    .where('c.cell_id', 'in', cellIds)
    .where('c.review_date', '<=', until)
    .orderBy('c.review_date')
    .execute();
}

export async function insertCase(
  tx: Database,
  c: { id: string; cellId: string; reference: string; birthYear: number; nisCode: string; municipality: string; legalBasis: string; legalBasisId: string | null; consent: string; consentNote: string; broughtBy: string; reviewDate: string },
) {
  await db(tx)
    .insertInto('prevention_cases')
    .values({ id: c.id, cell_id: c.cellId, reference: c.reference, birth_year: c.birthYear, nis_code: c.nisCode, municipality: c.municipality, legal_basis: c.legalBasis, legal_basis_id: c.legalBasisId, consent: c.consent, consent_note: c.consentNote, brought_by: c.broughtBy, review_date: c.reviewDate })
    .execute();
}

export async function touchCase(tx: Database, id: string, set: { stage?: string; review_date?: string; consent?: string; consent_note?: string; legal_basis?: string; legal_basis_id?: string | null }) {
  await db(tx)
    .updateTable('prevention_cases')
    .set({ ...set, updated_at: new Date(), version: sql`version + 1` as unknown as number })
    .where('id', '=', id)
    .execute();
}

export function referenceTaken(d: Database, cellId: string, reference: string) {
  return db(d).selectFrom('prevention_cases').select('id').where('cell_id', '=', cellId).where('reference', '=', reference).executeTakeFirst();
}

export function fieldsOf(d: Database, caseId: string) {
  return db(d).selectFrom('prevention_case_fields').selectAll().where('case_id', '=', caseId).orderBy('added_at').execute();
}

export async function insertField(tx: Database, f: { id: string; caseId: string; field: string; value: string; reason: string; addedBy: string }) {
  await db(tx).insertInto('prevention_case_fields').values({ id: f.id, case_id: f.caseId, field: f.field, value: f.value, reason: f.reason, added_by: f.addedBy }).execute();
}

/**
 * Participating members of a case, with their user, organisation and role (names: people.ts). A member
 * removed from the cell no longer takes part (nor is their consent asked); the participation row stays.
 */
export function participantsOf(d: Database, caseId: string) {
  return db(d)
    .selectFrom('prevention_case_participants as p')
    .innerJoin('prevention_members as m', 'm.id', 'p.member_id')
    .select(['m.id', 'm.user_id', 'm.org_id', 'm.role', 'm.core'])
    .where('p.case_id', '=', caseId)
    .where('m.removed_at', 'is', null)
    .orderBy('p.added_at')
    .execute();
}

/** The cases a member takes part in (ids). */
export async function casesOfMember(d: Database, memberId: string): Promise<string[]> {
  return (await db(d).selectFrom('prevention_case_participants').select('case_id').where('member_id', '=', memberId).execute()).map((r) => r.case_id);
}

export async function addParticipant(tx: Database, caseId: string, memberId: string, addedBy: string) {
  await db(tx).insertInto('prevention_case_participants').values({ case_id: caseId, member_id: memberId, added_by: addedBy }).onConflict((oc) => oc.doNothing()).execute();
}

export function stagesOf(d: Database, caseId: string) {
  return db(d).selectFrom('prevention_case_stages').selectAll().where('case_id', '=', caseId).orderBy('at').execute();
}

export async function insertStage(tx: Database, s: { id: string; caseId: string; from: string | null; to: string; reason: string; memberId: string }) {
  await db(tx).insertInto('prevention_case_stages').values({ id: s.id, case_id: s.caseId, from_stage: s.from, to_stage: s.to, reason: s.reason, member_id: s.memberId }).execute();
}

export function contributionsOf(d: Database, caseId: string) {
  return db(d)
    .selectFrom('prevention_contributions as n')
    .innerJoin('prevention_members as m', 'm.id', 'n.member_id')
    .selectAll('n')
    .select(['m.role', 'm.user_id'])
    .where('n.case_id', '=', caseId)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
}

export async function insertContribution(tx: Database, n: { id: string; caseId: string; memberId: string; orgId: string; sharing: string; kind: string; text: string }) {
  await db(tx).insertInto('prevention_contributions').values({ id: n.id, case_id: n.caseId, member_id: n.memberId, org_id: n.orgId, sharing: n.sharing, kind: n.kind, text: n.text }).execute();
}

export function planOf(d: Database, caseId: string) {
  return db(d).selectFrom('prevention_plan_items').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
}

export async function insertPlanItem(tx: Database, i: { id: string; caseId: string; kind: string; text: string; responsibleOrgId: string | null; reviewDate: string | null; createdBy: string }) {
  await db(tx).insertInto('prevention_plan_items').values({ id: i.id, case_id: i.caseId, kind: i.kind, text: i.text, responsible_org_id: i.responsibleOrgId, review_date: i.reviewDate, created_by: i.createdBy }).execute();
}

export function sheetsOf(d: Database, caseId: string) {
  return db(d).selectFrom('prevention_feedback_sheets').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
}

export function findSheet(d: Database, id: string) {
  return db(d).selectFrom('prevention_feedback_sheets').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockSheet(tx: Database, id: string) {
  return db(tx).selectFrom('prevention_feedback_sheets').select(['id', 'state', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertSheet(tx: Database, s: { id: string; caseId: string; texts: Texts; contributionIds: string[]; draftedBy: string }) {
  await db(tx).insertInto('prevention_feedback_sheets').values({ id: s.id, case_id: s.caseId, texts: JSON.stringify(s.texts), contribution_ids: s.contributionIds, drafted_by: s.draftedBy }).execute();
}

export async function markSent(tx: Database, id: string, memberId: string, at: Date) {
  await db(tx).updateTable('prevention_feedback_sheets').set({ state: 'sent', sent_by: memberId, sent_at: at }).where('id', '=', id).execute();
}

export function consentsOf(d: Database, sheetIds: readonly string[]) {
  if (sheetIds.length === 0) return Promise.resolve([]);
  return db(d).selectFrom('prevention_feedback_consents').selectAll().where('sheet_id', 'in', sheetIds).execute();
}

export async function recordConsent(tx: Database, c: { sheetId: string; memberId: string; version: number; decision: string }) {
  await db(tx)
    .insertInto('prevention_feedback_consents')
    .values({ sheet_id: c.sheetId, member_id: c.memberId, version: c.version, decision: c.decision })
    .onConflict((oc) => oc.columns(['sheet_id', 'member_id', 'version']).doUpdateSet({ decision: c.decision, at: new Date() }))
    .execute();
}

export function intelLinksOf(d: Database, caseId: string) {
  return db(d).selectFrom('prevention_intel_links').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
}

export async function insertIntelLink(tx: Database, l: { id: string; caseId: string; subjectId: string; reason: string; decisionRef: string; decidedBy: string }) {
  await db(tx).insertInto('prevention_intel_links').values({ id: l.id, case_id: l.caseId, subject_id: l.subjectId, reason: l.reason, decision_ref: l.decisionRef, decided_by: l.decidedBy }).execute();
}

/** Links to a subject about to be deleted go with it; returns the cases that lost a link. */
export async function dropIntelLinks(tx: Database, subjectId: string): Promise<string[]> {
  const rows = await db(tx).deleteFrom('prevention_intel_links').where('subject_id', '=', subjectId).returning('case_id').execute();
  return rows.map((r) => r.case_id);
}

/** The municipalities (NIS codes) a cell's cases are in. */
export async function caseMunicipalities(d: Database, cellId: string): Promise<string[]> {
  return (await db(d).selectFrom('prevention_cases').select('nis_code').distinct().where('cell_id', '=', cellId).execute()).map((r) => r.nis_code);
}

/** Cases citing a legal basis of the legal registry (by id), with their cell. */
export function casesCitingBasis(d: Database, basisId: string) {
  return db(d).selectFrom('prevention_cases').select(['id', 'cell_id', 'review_date']).where('legal_basis_id', '=', basisId).execute();
}

/** Brings the review date of these cases forward to `date` (a case already due earlier keeps its date). */
export async function reviewBy(tx: Database, ids: readonly string[], date: string) {
  if (ids.length === 0) return;
  await db(tx).updateTable('prevention_cases').set({ review_date: date, updated_at: new Date(), version: sql`version + 1` as unknown as number }).where('id', 'in', ids).where('review_date', '>', date).execute();
}
