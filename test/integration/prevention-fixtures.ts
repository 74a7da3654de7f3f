/** Demo records the prevention tests use: ids by reference, members by username. */
import { sql } from 'kysely';
import type { TestServer } from '../helpers/server.ts';

export async function preventionFixtures(s: TestServer) {
  const db = s.platform.db;
  const cases = await sql<{ id: string; reference: string; cell_id: string }>`SELECT id, reference, cell_id FROM prevention_cases`.execute(db);
  const members = await sql<{ id: string; username: string; cell_id: string }>`SELECT m.id, u.username, m.cell_id FROM prevention_members m JOIN users u ON u.id = m.user_id`.execute(db);
  const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows[0]!;
  const caseId = (ref: string) => cases.rows.find((c) => c.reference === ref)!.id;
  const c1 = caseId('RIV-2026-001');
  const cellId = cases.rows.find((c) => c.reference === 'RIV-2026-001')!.cell_id;
  const eastCellId = cases.rows.find((c) => c.reference === 'EAS-2026-001')!.cell_id;
  return {
    caseId,
    c1,
    cellId,
    eastCellId,
    memberId: (username: string) => members.rows.find((m) => m.username === username)!.id,
    meetingId: (await one(sql<{ id: string }>`SELECT id FROM prevention_meetings LIMIT 1`)).id,
    sheetId: (await one(sql<{ id: string }>`SELECT id FROM prevention_feedback_sheets WHERE case_id = ${c1}`)).id,
    programmeId: (await one(sql<{ id: string }>`SELECT id FROM prevention_programmes WHERE kind = 'reintegration'`)).id,
    partnerId: (await one(sql<{ id: string }>`SELECT x.id FROM prevention_partners x JOIN prevention_programmes p ON p.id = x.programme_id WHERE p.kind = 'reintegration' ORDER BY x.name LIMIT 1`)).id,
    enrolmentId: (await one(sql<{ id: string }>`SELECT id FROM prevention_enrolments LIMIT 1`)).id,
    sessionId: (await one(sql<{ id: string }>`SELECT s.id FROM prevention_sessions s JOIN prevention_programmes p ON p.id = s.programme_id WHERE p.kind = 'reintegration' ORDER BY held_on LIMIT 1`)).id,
    exchangeId: (await one(sql<{ id: string }>`SELECT id FROM prevention_exchanges WHERE type = 'mother-schools'`)).id,
    lessonId: (await one(sql<{ id: string }>`SELECT id FROM prevention_lessons LIMIT 1`)).id,
    moduleId: (await one(sql<{ id: string }>`SELECT id FROM prevention_training_modules WHERE slug = 'first-contact'`)).id,
    subjectId: (await one(sql<{ id: string }>`SELECT id FROM subjects LIMIT 1`)).id,
    orgId: async (name: string) => (await one(sql<{ id: string }>`SELECT id FROM organisations WHERE name = ${name}`)).id,
  };
}
export type PreventionFixtures = Awaited<ReturnType<typeof preventionFixtures>>;

/** Audit entries naming a record (in record_ids), oldest first. */
export async function auditOf(s: TestServer, recordId: string) {
  const r = await sql<{ action: string; record_ids: string[]; details: Record<string, unknown> }>`SELECT action, record_ids, details FROM audit_log WHERE ${recordId} = ANY(record_ids) ORDER BY seq`.execute(s.platform.db);
  return r.rows.map((a) => ({ ...a, details: (typeof a.details === 'string' ? JSON.parse(a.details) : a.details) as Record<string, unknown> }));
}
