/**
 * The demo dataset of the prevention pillar. It draws from its own seeded faker, so the rest of the
 * dataset stays as it was; every person is synthetic. A cell for Vilvoorde and Machelen (coordinated
 * by the Municipal Prevention Service Riverside) with a mayor, the local police chief and the social
 * services; a second cell elsewhere; cases in several stages (one overdue for review); a meeting with
 * minutes; programmes with enrolments; CVE exchanges with cohorts; the training with two teams.
 */
import { Faker, base, en, nl_BE } from '@faker-js/faker';
import { SHIPPED_MODULES } from '../../core/prevention/training-content.ts';
import type { Database } from '../platform/db.ts';
import type { AuditEvent } from '../platform/audit.ts';
import { withTables } from '../platform/db.ts';
import type { PreventionTables } from '../modules/prevention/prevention.tables.ts';
import { insertEntry } from '../modules/legal/registry.repository.ts';
import { insertDemoUser, type PillarDemo } from './demo-users.ts';

const P = { prevention: ['read', 'write', 'approve', 'admin'], member: ['read', 'write'] };

export const PREVENTION_ACCOUNTS = [
  { username: 'prevention.official', org: 'prevention', roles: { prevention: P.prevention, legal: ['read'] }, description: 'prevention official and LIVC-R coordinator, Municipal Prevention Service Riverside (also reads the legal registry)' },
  { username: 'mayor.riverside', org: 'city', roles: { prevention: P.member }, description: 'mayor, chairs the LIVC-R of Vilvoorde and Machelen' },
  { username: 'police.livc', org: 'local', roles: { prevention: P.member }, description: 'police chief, Local Police North Zone, LIVC-R member' },
  { username: 'social.worker', org: 'social', roles: { prevention: P.member }, description: 'social worker, Riverside Social Services, invited per case' },
  { username: 'prevention.east', org: 'east', roles: { prevention: P.member.concat('approve') }, description: 'prevention official of another cell (Eastbrook)' },
  { username: 'training.officer', org: 'local', roles: {}, description: 'police officer, Local Police North Zone, takes the cultural-competency training' },
  { username: 'trainer', org: 'local', roles: { prevention: ['read'] }, description: 'trainer of the North Zone teams (team results in aggregate)' },
] as const;

const NEW_ORGS = {
  city: { name: 'City of Riverside, Mayor’s Office', kind: 'prevention', contact: 'mayor@riverside.example' },
  social: { name: 'Riverside Social Services', kind: 'prevention', contact: 'social@riverside.example' },
  east: { name: 'Municipal Prevention Service Eastbrook', kind: 'prevention', contact: 'prevention@eastbrook.example' },
} as const;

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export const preventionDemo: PillarDemo = {
  accounts: PREVENTION_ACCOUNTS.map((a) => ({ username: a.username, description: a.description })),
  async load(tx: Database, b, events: AuditEvent[]) {
    const f = new Faker({ locale: [nl_BE, en, base] });
    f.seed(20261214);
    const db = withTables<PreventionTables>(tx);
    const id = () => f.string.uuid();
    const org: Record<string, string> = { prevention: b.org.prevention!, local: b.org.local! };
    for (const [k, o] of Object.entries(NEW_ORGS)) {
      org[k] = id();
      await tx.insertInto('organisations').values({ id: org[k]!, name: o.name, kind: o.kind, country: 'BE', contact: o.contact }).execute();
      events.push({ action: 'organisation.create', recordType: 'organisation', recordId: org[k]! });
    }
    const u: Record<string, string> = {};
    for (const a of PREVENTION_ACCOUNTS) {
      u[a.username] = id();
      const name = f.person.fullName();
      await insertDemoUser(tx, { id: u[a.username]!, username: a.username, displayName: name, orgId: org[a.org]!, clearance: 'restricted', roles: a.roles as Record<string, string[]> }, b.passwordHash, events);
      b.users[a.username] = u[a.username]!;
    }

    // Cells and members.
    const cell = id();
    const east = id();
    await db.insertInto('prevention_cells').values([
      { id: cell, name: 'LIVC-R Vilvoorde–Machelen', org_id: org.prevention!, municipalities: JSON.stringify([{ nisCode: '23088', name: 'Vilvoorde' }, { nisCode: '23047', name: 'Machelen' }]), created_by: u['prevention.official']! },
      { id: east, name: 'LIVC-R Eastbrook (Verviers)', org_id: org.east!, municipalities: JSON.stringify([{ nisCode: '63079', name: 'Verviers' }]), created_by: u['prevention.official']! },
    ]).execute();
    const m: Record<string, string> = {};
    const member = async (key: string, cellId: string, username: string, orgKey: string, role: string, core: boolean) => {
      m[key] = id();
      await db.insertInto('prevention_members').values({ id: m[key]!, cell_id: cellId, user_id: u[username]!, org_id: org[orgKey]!, role, core, added_by: u['prevention.official']! }).execute();
    };
    await member('official', cell, 'prevention.official', 'prevention', 'prevention_official', true);
    await member('mayor', cell, 'mayor.riverside', 'city', 'mayor', true);
    await member('police', cell, 'police.livc', 'local', 'police_chief', true);
    await member('social', cell, 'social.worker', 'social', 'social_services', false);
    await member('east', east, 'prevention.east', 'east', 'prevention_official', true);
    events.push({ action: 'prevention.cell-create', recordType: 'prevention-cell', recordId: cell }, { action: 'prevention.cell-create', recordType: 'prevention-cell', recordId: east });

    // The legal basis of LIVC-R case consultation, in the legal registry (kept by the legal module; the registrar adds it on a real instance).
    const livcBasis = id();
    await insertEntry(tx, {
      id: livcBasis, kind: 'basis', code: 'livc-2018', version: 1, title: 'Case consultation in local integrated security cells on radicalism, extremism and terrorism', article: 'art. 3–5',
      textReference: 'Law of 30 July 2018 establishing local integrated security cells', scope: 'processing', method: null, validFrom: '2018-09-24', validTo: null, replacesId: null, createdBy: b.users['legal.registrar'] ?? u['prevention.official']!,
    });
    events.push({ action: 'legal.registry-create', recordType: 'legal-registry', recordId: livcBasis, details: { kind: 'basis', code: 'livc-2018', version: 1 } });

    // Cases: minimum data, each in its stage.
    const core = [m.official!, m.mayor!, m.police!];
    const kase = async (ref: string, stage: string, nis: string, muni: string, reviewDate: string, participants: string[], cellId = cell) => {
      const caseId = id();
      await db.insertInto('prevention_cases').values({
        id: caseId, cell_id: cellId, reference: ref, birth_year: f.number.int({ min: 1996, max: 2010 }), nis_code: nis, municipality: muni,
        legal_basis: 'Case consultation in local integrated security cells on radicalism, extremism and terrorism (art. 3–5, Law of 30 July 2018 establishing local integrated security cells)', legal_basis_id: livcBasis, consent: stage === 'identification' ? 'not_applicable' : 'given',
        consent_note: stage === 'identification' ? 'Identification stage: the person is not yet approached (art. 4).' : '', brought_by: participants[0]!, stage, review_date: reviewDate,
      }).execute();
      for (const p of participants) await db.insertInto('prevention_case_participants').values({ case_id: caseId, member_id: p, added_by: u['prevention.official']! }).execute();
      const order = ['identification', 'assessment', 'planning', 'delivery', 'monitoring', 'exit'];
      let from: string | null = null;
      for (const s of order.slice(0, order.indexOf(stage) + 1)) {
        await db.insertInto('prevention_case_stages').values({ id: id(), case_id: caseId, from_stage: from, to_stage: s, reason: s === 'exit' ? 'Goals reached; no further concern raised by any service.' : '', member_id: participants[0]! }).execute();
        from = s;
      }
      events.push({ action: 'prevention.case-create', recordType: 'prevention-case', recordId: caseId });
      return caseId;
    };
    const c1 = await kase('RIV-2026-001', 'delivery', '23088', 'Vilvoorde', day(120), [...core, m.social!]);
    await kase('RIV-2026-002', 'assessment', '23047', 'Machelen', day(150), [m.police!, m.official!, m.mayor!]);
    await kase('RIV-2026-003', 'identification', '23088', 'Vilvoorde', day(-60), [...core]);
    await kase('RIV-2025-014', 'exit', '23088', 'Vilvoorde', day(20), [...core, m.social!]);
    await kase('EAS-2026-001', 'assessment', '63079', 'Verviers', day(90), [m.east!], east);
    b.shared.preventionCaseId = c1;

    await db.insertInto('prevention_case_fields').values({ id: id(), case_id: c1, field: 'school', value: 'Vocational secondary school, 5th year', reason: 'The plan works through the school’s pupil guidance centre.', added_by: m.official! }).execute();
    const note = async (who: string, orgKey: string, sharing: string, kind: string, text: string) => {
      const nid = id();
      await db.insertInto('prevention_contributions').values({ id: nid, case_id: c1, member_id: m[who]!, org_id: org[orgKey]!, sharing, kind, text }).execute();
      return nid;
    };
    await note('police', 'local', 'own_service', 'note', 'Police file: two stops near the station with older contacts known to the zone; no offence recorded.');
    await note('social', 'social', 'own_service', 'note', 'Social file: household receives income support; the youth worker sees him weekly.');
    await note('social', 'social', 'secrecy', 'note', 'Under shared secrecy: the family faces eviction and the father left the household in spring.');
    const concl = await note('official', 'prevention', 'cell', 'conclusion', 'The cell agrees on a support trajectory through school and a mentor; no police measure is needed now.');
    await db.insertInto('prevention_plan_items').values([
      { id: id(), case_id: c1, kind: 'goal', text: 'Completes the school year with a recognised certificate', responsible_org_id: null, review_date: null, created_by: m.official! },
      { id: id(), case_id: c1, kind: 'action', text: 'Weekly mentoring by a youth worker', responsible_org_id: org.social!, review_date: day(45), created_by: m.official! },
      { id: id(), case_id: c1, kind: 'action', text: 'Talk with the family about housing support', responsible_org_id: org.social!, review_date: day(30), created_by: m.social! },
    ]).execute();
    const sheet = id();
    await db.insertInto('prevention_feedback_sheets').values({ id: sheet, case_id: c1, texts: JSON.stringify({ summary: 'The cell follows the person in a support trajectory.', advice: 'No police measure is advised at this stage.' }), contribution_ids: [concl], drafted_by: m.official! }).execute();
    await db.insertInto('prevention_feedback_consents').values([{ sheet_id: sheet, member_id: m.official!, version: 1, decision: 'consent' }, { sheet_id: sheet, member_id: m.mayor!, version: 1, decision: 'consent' }]).execute();

    const meeting = id();
    await db.insertInto('prevention_meetings').values({
      id: meeting, cell_id: cell, held_on: day(-14), agenda: JSON.stringify([{ title: 'Progress of the support trajectory', caseId: c1 }, { title: 'Mother Schools: next cohort', caseId: null }]),
      minutes: 'Present: the mayor, the police chief, the prevention official, social services (item 1). Item 1: the trajectory continues; the social services report progress at school. Item 2: the next cohort starts in spring.',
      minutes_by: m.official!, created_by: m.official!,
    }).execute();
    events.push({ action: 'prevention.meeting-create', recordType: 'prevention-meeting', recordId: meeting });

    // Programmes.
    const prog = id();
    const derad = id();
    await db.insertInto('prevention_programmes').values([
      { id: prog, org_id: org.prevention!, name: 'Riverside Reintegration Pathway', kind: 'reintegration', description: 'Mentoring, schooling and work placements after detention or a long break from school.', nis_code: '23088', municipality: 'Vilvoorde' },
      { id: derad, org_id: org.prevention!, name: 'Turning Point counselling', kind: 'deradicalisation', description: 'One-to-one counselling with trained mentors and family sessions.', nis_code: '23047', municipality: 'Machelen' },
    ]).execute();
    const partners = [
      { id: id(), programme_id: prog, name: 'Riverside Community Centre', kind: 'community', contact: 'centre@riverside.example' },
      { id: id(), programme_id: prog, name: 'Council of Riverside Mosques', kind: 'religious', contact: 'council@mosques-riverside.example' },
      { id: id(), programme_id: prog, name: 'North Zone Vocational School', kind: 'education', contact: 'guidance@nzvs.example' },
      { id: id(), programme_id: derad, name: 'Interfaith Dialogue Riverside', kind: 'religious', contact: 'dialogue@riverside.example' },
    ];
    await db.insertInto('prevention_partners').values(partners).execute();
    const enrolment = id();
    await db.insertInto('prevention_enrolments').values({ id: enrolment, programme_id: prog, case_id: c1, enrolled_on: day(-50), created_by: u['prevention.official']! }).execute();
    for (const [k, topic] of ['Getting to know the mentor', 'School plan', 'Work placement visit'].entries()) {
      const s = id();
      await db.insertInto('prevention_sessions').values({ id: s, programme_id: prog, held_on: day(-40 + k * 14), topic, partner_id: partners[k % 3]!.id }).execute();
      await db.insertInto('prevention_attendance').values({ session_id: s, enrolment_id: enrolment, present: k !== 1 }).execute();
    }
    await db.insertInto('prevention_milestones').values({ id: id(), enrolment_id: enrolment, domain: 'education', description: 'Back in class full-time', reached_on: day(-20) }).execute();

    // CVE exchanges: cohorts are counts, never persons.
    const exchange = async (type: string, title: string, nis: string, city: string, partnersList: string[], start: number, cohorts: Array<[string, number, number]>, lesson?: [string, string, string | null], donors: Array<{ nisCode: string; name: string }> = []) => {
      const eid = id();
      await db.insertInto('prevention_exchanges').values({ id: eid, org_id: org.prevention!, type, title, nis_code: nis, city, donor_municipalities: JSON.stringify(donors), partner_cities: partnersList, starts_on: day(start), ends_on: day(start + 10), description: '' }).execute();
      for (const [label, year, n] of cohorts) await db.insertInto('prevention_cohorts').values({ id: id(), exchange_id: eid, label, year, participants: n }).execute();
      await db.insertInto('prevention_activities').values({ id: id(), exchange_id: eid, held_on: day(start + 1), description: 'Site visits and a joint workshop with the partner city’s prevention team' }).execute();
      if (lesson) {
        const lid = id();
        await db.insertInto('prevention_lessons').values({ id: lid, exchange_id: eid, text: lesson[0] }).execute();
        await db.insertInto('prevention_follow_ups').values({ id: id(), lesson_id: lid, action: lesson[1], plan_ref: 'City prevention plan 2026–2028, §4', status: 'in_progress', due_on: day(200), indicator_id: lesson[2] }).execute();
      }
      events.push({ action: 'prevention.exchange-create', recordType: 'prevention-exchange', recordId: eid });
    };
    await exchange('city-pair', 'City Pair: Vilvoorde and a US partner city', '23088', 'Vilvoorde', ['Columbus, Ohio'], -700, [['Delegation 2024', 2024, 6]], ['Families are reached best through trusted community workers, not letters from the city.', 'Hire two community workers for family outreach', 'families-reached-per-10000']);
    await exchange('mother-schools', 'Mother Schools Antwerpen', '11002', 'Antwerpen', [], -400, [['Cohort spring', 2025, 18], ['Cohort autumn', 2025, 22]], ['Mothers asked for sessions in the evening and with childcare.', 'Move the sessions to evenings with childcare', 'mother-schools-completion-rate']);
    await exchange('young-cities', 'Young Cities: youth leaders Liège', '62063', 'Liège', ['Lyon', 'Rotterdam'], -300, [['Youth leaders 2025', 2025, 12]]);
    await exchange('ivlp', 'IVLP: countering violent extremism at local level', '21012', 'Molenbeek-Saint-Jean / Sint-Jans-Molenbeek', ['Washington, DC', 'Minneapolis'], -900, [['Visitors 2023', 2023, 4]]);
    await exchange('strong-cities', 'Strong Cities workshop on local prevention networks', '23088', 'Vilvoorde', ['Aarhus'], -150, [['Workshop', 2026, 35]], undefined, [{ nisCode: '12025', name: 'Mechelen' }, { nisCode: '23047', name: 'Machelen' }]);

    // Training: the shipped modules, two teams of the North Zone.
    const moduleIds: string[] = [];
    for (const mod of SHIPPED_MODULES) {
      const mid = id();
      moduleIds.push(mid);
      await db.insertInto('prevention_training_modules').values({ id: mid, slug: mod.slug, title: JSON.stringify(mod.title), summary: JSON.stringify(mod.summary), scenarios: JSON.stringify(mod.scenarios), created_by: u.trainer! }).execute();
    }
    const officers: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const oid = id();
      await insertDemoUser(tx, { id: oid, username: `officer.north${i}`, displayName: f.person.fullName(), orgId: org.local!, clearance: 'restricted', roles: {} }, b.passwordHash, events);
      officers.push(oid);
    }
    await db.insertInto('prevention_training_teams').values([
      { id: id(), name: 'North Zone, patrol team A', org_id: org.local!, trainer_id: u.trainer!, member_ids: [u['training.officer']!, ...officers.slice(0, 5)] },
      { id: id(), name: 'North Zone, community team', org_id: org.local!, trainer_id: u.trainer!, member_ids: officers.slice(5) },
    ]).execute();
    const first = SHIPPED_MODULES[0]!;
    for (const [k, o] of officers.entries()) {
      for (const s of first.scenarios) {
        const right = f.number.int({ min: 0, max: 9 }) < 7;
        const opt = s.options.find((x) => x.correct === right) ?? s.options[0]!;
        await db.insertInto('prevention_training_answers').values({ id: id(), module_id: moduleIds[0]!, scenario_id: s.id, option_id: opt.id, correct: opt.correct, user_id: o, at: new Date(Date.now() - (k + 1) * 86_400_000) }).execute();
      }
    }
  },
};
