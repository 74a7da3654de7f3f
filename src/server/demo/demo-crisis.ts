/**
 * The demo dataset of the crisis pillar. It draws from its own seeded faker, so the rest of the
 * dataset stays as it was; every person is synthetic. An EXERCISE incident ("Iron Gate") run from
 * declaration to closing: phases, terror-plan alert, a protocol and its tasks, units, a log with a
 * correction and confirmed significant events, approved situation reports and a completed after-action
 * review whose corrective action was closed by publishing the revised protocol. A second, open
 * exercise incident involves only the crisis centre and the medical service (a restricted one).
 */
import { Faker, base as fbase, en } from '@faker-js/faker';
import type { Database } from '../platform/db.ts';
import type { AuditEvent } from '../platform/audit.ts';
import type { TemplateTask } from '../modules/crisis/crisis.tables.ts';
import { appendIncidentEvent, appendLogEntry } from '../modules/crisis/incident.writer.ts';
import * as inc from '../modules/crisis/incidents.repository.ts';
import * as logRepo from '../modules/crisis/log.repository.ts';
import * as prot from '../modules/crisis/protocols.repository.ts';
import * as rev from '../modules/crisis/reviews.repository.ts';
import { insertDemoUser, type PillarDemo } from './demo-users.ts';

const ACCOUNTS = [
  { username: 'crisis.officer', org: 'crisis', clearance: 'restricted', roles: { crisis: ['read', 'write', 'approve'] }, description: 'duty officer, National Crisis Centre (crisis: declare, phases, situation unit)' },
  { username: 'police.commander', org: 'local', clearance: 'restricted', roles: { crisis: ['read', 'write'] }, description: 'police commander (Dir-Pol), Local Police North Zone (crisis: tasks, units, log)' },
  { username: 'medical.lead', org: 'medical', clearance: 'restricted', roles: { crisis: ['read', 'write'] }, description: 'medical director (Dir-Med), Medical Emergency Service Riverside (crisis)' },
  { username: 'crisis.admin', org: 'crisis', clearance: 'restricted', roles: { crisis: ['read', 'write', 'approve', 'admin'] }, description: 'crisis administrator, National Crisis Centre (every incident, protocols)' },
] as const;

/** The terror-attack protocol (first hour), by discipline; orders go to roles and organisations. */
export function firstHourTasks(org: Record<string, string>): TemplateTask[] {
  return [
    { discipline: 'D1', title: 'Set up the relief post and the triage area', role: 'Fire officer in charge (Dir-Si)', orgId: null, dueMinutes: 20, checklist: ['Safe approach route chosen', 'Triage area marked', 'Second-blast check done'] },
    { discipline: 'D2', title: 'Open the advanced medical post and alert the hospitals', role: 'Medical director (Dir-Med)', orgId: org.medical!, dueMinutes: 30, checklist: ['Hospitals alerted (MIP)', 'Victim count reported'] },
    { discipline: 'D2', title: 'Open the psychosocial reception centre', role: 'Psychosocial manager (PSM)', orgId: org.medical!, dueMinutes: 60, checklist: [] },
    { discipline: 'D3', title: 'Set up the inner and outer cordon and the evacuation routes', role: 'Police director (Dir-Pol)', orgId: org.local!, dueMinutes: 15, checklist: ['Inner cordon', 'Outer cordon', 'Evacuation route kept free'] },
    { discipline: 'D3', title: 'Secure the scene for the investigating judge', role: 'Judicial police liaison', orgId: org.police!, dueMinutes: 45, checklist: ['Scene log opened', 'Evidence zone marked'] },
    { discipline: 'D4', title: 'Transport for evacuees and relief staff', role: 'Civil protection officer (Dir-Log)', orgId: null, dueMinutes: 60, checklist: [] },
    { discipline: 'D5', title: 'Inform the public (BE-Alert, press, social media)', role: 'Information officer (Dir-Info)', orgId: org.crisis!, dueMinutes: 20, checklist: ['First public message out', 'Press point chosen'] },
  ];
}

function explosionTasks(org: Record<string, string>, revised: boolean): TemplateTask[] {
  const base = firstHourTasks(org).map((t) => ({ ...t }));
  base[3] = revised
    ? { ...base[3]!, title: 'Set up the cordon, stop the metro and rail traffic at the station, keep evacuation routes free', checklist: ['Inner cordon', 'Outer cordon', 'Metro and rail operators told to stop (by the crisis line, never by e-mail)', 'Evacuation route kept free'] }
    : base[3]!;
  return base;
}

export const crisisDemo: PillarDemo = {
  accounts: ACCOUNTS.map((a) => ({ username: a.username, description: a.description })),
  async load(tx, b, events) {
    const f = new Faker({ locale: [en, fbase] });
    f.seed(20261213);
    const org: Record<string, string> = { ...b.org, medical: f.string.uuid() };
    await tx.insertInto('organisations').values({ id: org.medical!, name: 'Medical Emergency Service Riverside', kind: 'crisis', country: 'BE', contact: 'dispatch@mes-riverside.example' }).execute();
    events.push({ action: 'organisation.create', recordType: 'organisation', recordId: org.medical! });
    const users: Record<string, string> = {};
    for (const a of ACCOUNTS) {
      users[a.username] = f.string.uuid();
      const display = a.description.split(',')[0]!.replace(/^\w/, (c) => c.toUpperCase());
      await insertDemoUser(tx, { id: users[a.username]!, username: a.username, displayName: display, orgId: org[a.org]!, clearance: a.clearance, roles: a.roles as unknown as Record<string, string[]> }, b.passwordHash, events);
    }
    const officer = { userId: users['crisis.officer']!, orgId: org.crisis! };
    const police = { userId: users['police.commander']!, orgId: org.local! };
    const medic = { userId: users['medical.lead']!, orgId: org.medical! };
    const start = Date.now() - 9 * 86_400_000;
    const at = (minutes: number) => new Date(start + minutes * 60_000);

    // Protocol templates: the first hour of a terror attack, and an explosion in a transport hub (v1; v2 after the review).
    const firstHour = f.string.uuid();
    await prot.insertProtocol(tx, { id: firstHour, templateId: firstHour, version: 1, title: 'Terror attack — first hour', incidentType: 'terror-attack', tasks: firstHourTasks(org), changeNote: null, orgId: org.crisis!, userId: officer.userId, at: at(-60 * 24 * 30) });
    const hubV1 = f.string.uuid();
    await prot.insertProtocol(tx, { id: hubV1, templateId: hubV1, version: 1, title: 'Explosion in a public transport hub', incidentType: 'explosion', tasks: explosionTasks(org, false), changeNote: null, orgId: org.crisis!, userId: officer.userId, at: at(-60 * 24 * 20) });
    for (const id of [firstHour, hubV1]) events.push({ action: 'crisis.protocol_publish', recordType: 'protocol', recordId: id, details: { version: 1 } });

    // The exercise incident, run through.
    const id = f.string.uuid();
    b.shared.crisisIncidentId = id;
    const title = 'Exercise Iron Gate — explosion at Riverside Central station';
    await inc.insertIncident(tx, { id, title, type: 'explosion', description: 'Full-scale exercise: an explosion on the metro platform at 07:58, many casualties announced, a second device suspected.', lat: 50.8455, lon: 4.3571, municipality: 'Brussels', occurredAt: at(0).toISOString(), exercise: true, orgId: org.crisis!, userId: officer.userId, at: at(4) });
    const evt = (minutes: number, kind: string, payload: Record<string, unknown>, by = officer) => appendIncidentEvent(tx, id, kind, { ...payload, byOrgId: by.orgId }, at(minutes));
    const log = (minutes: number, by: { userId: string; orgId: string }, e: Parameters<typeof appendLogEntry>[3]) => appendLogEntry(tx, { now: at(minutes), actor: by }, id, e);
    await inc.upsertParticipant(tx, id, org.crisis!, 'active', officer.userId, at(4));
    await log(4, officer, { kind: 'phase', text: `Incident declared in the municipal phase: ${title}`, data: { declared: true, phase: 'municipal', exercise: true } });
    await evt(4, 'incident.declared', { title, type: 'explosion', municipality: 'Brussels', exercise: true });
    for (const [k, status, m] of [['local', 'active', 6], ['medical', 'active', 7], ['police', 'active', 9], ['civil', 'standing-by', 12]] as const) {
      await inc.upsertParticipant(tx, id, org[k]!, status, officer.userId, at(m));
      await log(m, officer, { kind: 'participant', text: `Organisation → ${status}`, data: { orgId: org[k], from: null, to: status } });
      await evt(m, 'participant.changed', { orgId: org[k], from: null, to: status });
    }
    await inc.setIncidentField(tx, id, { phase: 'provincial' }, at(10));
    await log(10, officer, { kind: 'phase', text: 'Phase: municipal → provincial', reason: 'Several municipalities affected by the cordon and the metro network.', data: { from: 'municipal', to: 'provincial' } });
    await evt(10, 'incident.phase', { from: 'municipal', to: 'provincial', reason: 'Several municipalities affected' });
    await inc.setIncidentField(tx, id, { terror_state: 'alert', phase: 'federal' }, at(14));
    await log(14, officer, { kind: 'terror-state', text: 'Terror plan: none → alert', reason: 'A second device is reported; the attack is deliberate.', data: { from: 'none', to: 'alert' } });
    await evt(14, 'incident.terror-state', { from: 'none', to: 'alert', reason: 'Second device reported' });
    await log(15, officer, { kind: 'phase', text: 'Phase: provincial → federal', reason: 'The Minister of the Interior declares the federal phase.', data: { from: 'provincial', to: 'federal' } });
    await evt(15, 'incident.phase', { from: 'provincial', to: 'federal', reason: 'Declared by the Minister of the Interior' });

    const activation = f.string.uuid();
    await prot.insertActivation(tx, { id: activation, incidentId: id, protocolId: hubV1, userId: officer.userId, at: at(16) });
    const tasks = explosionTasks(org, false).map((t) => ({ id: f.string.uuid(), incidentId: id, activationId: activation, discipline: t.discipline, title: t.title, role: t.role, orgId: t.orgId, dueAt: at(16 + (t.dueMinutes ?? 60)), checklist: t.checklist.map((text) => ({ text, done: true })), userId: officer.userId, at: at(16) }));
    await prot.insertTasks(tx, tasks);
    await log(16, officer, { kind: 'protocol', text: `Protocol activated: Explosion in a public transport hub (version 1), ${tasks.length} tasks`, data: { protocolId: hubV1, version: 1, tasks: tasks.length } });
    await evt(16, 'protocol.activated', { protocolId: hubV1, title: 'Explosion in a public transport hub', version: 1, tasks: tasks.length });
    for (const [i, t] of tasks.entries()) {
      await prot.updateTask(tx, t.id, { status: 'done' }, officer.userId, at(40 + i * 7));
      await evt(40 + i * 7, 'task.updated', { taskId: t.id, title: t.title, discipline: t.discipline, from: 'todo', to: 'done' }, i === 3 ? police : officer);
    }

    const units = [
      ['Fire brigade pump 12', 'fire engine', 'D1', 'local'], ['Ambulance 305', 'ambulance', 'D2', 'medical'], ['Mobile medical team 2', 'medical team', 'D2', 'medical'],
      ['Intervention team North 4', 'police patrol', 'D3', 'local'], ['Explosive ordnance team', 'bomb disposal', 'D3', 'police'],
    ] as const;
    for (const [i, [name, kind, discipline, o]] of units.entries()) {
      const unitId = f.string.uuid();
      await prot.insertUnit(tx, { id: unitId, incidentId: id, name, kind, discipline, orgId: org[o]!, lat: 50.8455 + (i - 2) * 0.001, lon: 4.3571 + (i - 2) * 0.0012, userId: police.userId, at: at(8 + i) });
      await evt(8 + i, 'unit.requested', { unitId, name, kind, discipline }, police);
      await prot.updateUnit(tx, unitId, { status: 'released' }, police.userId, at(200 + i));
      await evt(200 + i, 'unit.updated', { unitId, name, discipline, from: 'on-site', to: 'released' }, police);
    }

    const entries: Array<[number, { userId: string; orgId: string }, 'decision' | 'communication', string, string | null, boolean]> = [
      [18, police, 'decision', 'Outer cordon at 300 m; metro and rail traffic through the station stopped.', 'Second device suspected on the platform.', true],
      [21, medic, 'communication', 'Four hospitals alerted; 23 casualties announced, 6 critical.', null, false],
      [25, officer, 'communication', 'First public message sent: avoid the station area, follow police instructions.', null, true],
      [33, police, 'decision', 'Explosive ordnance team cleared the second device: it was a bag without explosives.', null, false],
    ];
    const ids: string[] = [];
    for (const [m, by, kind, text, reason, significant] of entries) {
      const e = await log(m, by, { kind, text, reason });
      ids.push(e.id);
      await evt(m, 'log.appended', { entryId: e.id, seq: e.seq, kind, text, significant }, by);
      if (significant) {
        await logRepo.insertFlag(tx, e.id, id, by.userId, at(m));
        await logRepo.confirmFlag(tx, e.id, officer.userId, at(m + 3));
        await evt(m + 3, 'log.confirmed', { entryId: e.id, seq: e.seq, text });
      }
    }
    const corr = await log(27, medic, { kind: 'communication', text: 'Correction: 21 casualties, 5 critical (two were counted twice).', correctsId: ids[1]!, reason: 'Double count between two hospitals.' });
    await evt(27, 'log.appended', { entryId: corr.id, seq: corr.seq, kind: 'communication', correctsId: ids[1], text: 'Correction: 21 casualties, 5 critical' }, medic);
    for (const [n, m, summary] of [[1, 45, 'Federal phase, terror plan in alert. Cordon in place, metro stopped. 21 casualties (5 critical) in four hospitals. Second device cleared.'], [2, 180, 'Scene handed to the investigating judge. All casualties in hospital; psychosocial centre open. Metro to restart tomorrow 06:00.']] as const) {
      const sitrep = f.string.uuid();
      await logRepo.insertSitrep(tx, { id: sitrep, incidentId: id, number: n, summary, userId: officer.userId, at: at(m) });
      await logRepo.approveSitrep(tx, sitrep, officer.userId, at(m + 5));
      await evt(m, 'sitrep.created', { sitrepId: sitrep, number: n });
      await evt(m + 5, 'sitrep.approved', { sitrepId: sitrep, number: n });
    }
    await inc.setIncidentField(tx, id, { terror_state: 'none' }, at(230));
    await log(230, officer, { kind: 'terror-state', text: 'Terror plan: alert → none', reason: 'No further threat; the exercise ends.', data: { from: 'alert', to: 'none' } });
    await evt(230, 'incident.terror-state', { from: 'alert', to: 'none', reason: 'No further threat' });
    await inc.setIncidentField(tx, id, { status: 'closed' }, at(240));
    await log(240, officer, { kind: 'closure', text: 'Incident closed', reason: 'End of exercise.', data: {} });
    await evt(240, 'incident.closed', { reason: 'End of exercise' });
    events.push({ action: 'crisis.declare', recordType: 'incident', recordId: id, details: { exercise: true } });

    // After-action review: completed; its action on the protocol closed by the revised version.
    const review = f.string.uuid();
    await rev.saveReview(tx, {
      id: review, incidentId: id, userId: officer.userId, at: at(60 * 24 * 2),
      objectives: [
        { objective: 'Stop the metro and rail traffic through the station within 10 minutes', capability: 'Critical transportation', rating: 'M' },
        { objective: 'Alert the hospitals and distribute casualties within 20 minutes', capability: 'Public health, healthcare and emergency medical services', rating: 'S' },
        { objective: 'First public message within 30 minutes', capability: 'Public information and warning', rating: 'P' },
      ],
      strengths: ['Cordon in place within 15 minutes', 'Casualty count corrected on the log within minutes, visible to every agency'],
      improvements: [{ observation: 'The order to stop the metro reached the operator by e-mail after 12 minutes.', analysis: 'The protocol named no channel for the order; an inbox was used.', recommendation: 'Name the crisis line as the channel to the transport operators in the protocol.' }],
    });
    await rev.completeReview(tx, review, officer.userId, at(60 * 24 * 3));
    const action = f.string.uuid();
    await rev.insertAction(tx, { id: action, reviewId: review, incidentId: id, description: 'Add the stop order to metro and rail operators, by the crisis line, to the transport-hub protocol.', ownerOrgId: org.crisis!, dueDate: at(60 * 24 * 30).toISOString().slice(0, 10), templateId: hubV1, userId: officer.userId, at: at(60 * 24 * 3) });
    const action2 = f.string.uuid();
    await rev.insertAction(tx, { id: action2, reviewId: review, incidentId: id, description: 'Train the medical dispatchers on the double-count check between hospitals.', ownerOrgId: org.medical!, dueDate: at(60 * 24 * 60).toISOString().slice(0, 10), templateId: null, userId: officer.userId, at: at(60 * 24 * 3) });
    const hubV2 = f.string.uuid();
    await prot.insertProtocol(tx, { id: hubV2, templateId: hubV1, version: 2, title: 'Explosion in a public transport hub', incidentType: 'explosion', tasks: explosionTasks(org, true), changeNote: 'D3: the stop order to metro and rail operators goes by the crisis line (after-action review of Exercise Iron Gate).', orgId: org.crisis!, userId: officer.userId, at: at(60 * 24 * 5) });
    const closed = await rev.closeActionsForTemplate(tx, hubV1, hubV2, at(60 * 24 * 5));
    await evt(60 * 24 * 5, 'action.closed', { actionId: action, protocolId: hubV2, version: 2 });
    events.push({ action: 'crisis.protocol_publish', recordType: 'protocol', recordId: hubV2, recordIds: [hubV2, ...closed.map((c) => c.id)], details: { version: 2, closedActions: closed.length } });

    await loadRestricted(tx, f, org, officer, medic, events);
  },
};

/** An open exercise incident only the crisis centre and the medical service take part in. */
async function loadRestricted(tx: Database, f: Faker, org: Record<string, string>, officer: { userId: string; orgId: string }, medic: { userId: string; orgId: string }, events: AuditEvent[]) {
  const id = f.string.uuid();
  const now = new Date(Date.now() - 30 * 60_000);
  const title = 'Exercise Quiet Harbour — threat call at Riverside hospital';
  await inc.insertIncident(tx, { id, title, type: 'terror-attack', description: 'Table-top exercise: an anonymous call threatens the emergency department.', lat: 50.8503, lon: 4.3517, municipality: 'Brussels', occurredAt: now.toISOString(), exercise: true, orgId: org.crisis!, userId: officer.userId, at: now });
  await inc.upsertParticipant(tx, id, org.crisis!, 'active', officer.userId, now);
  await inc.upsertParticipant(tx, id, org.medical!, 'active', officer.userId, now);
  await appendLogEntry(tx, { now, actor: officer }, id, { kind: 'phase', text: `Incident declared in the municipal phase: ${title}`, data: { declared: true, phase: 'municipal', exercise: true } });
  await appendIncidentEvent(tx, id, 'incident.declared', { title, type: 'terror-attack', municipality: 'Brussels', exercise: true, byOrgId: officer.orgId }, now);
  await inc.setIncidentField(tx, id, { terror_state: 'pre-alert' }, now);
  await appendLogEntry(tx, { now, actor: officer }, id, { kind: 'terror-state', text: 'Terror plan: none → pre-alert', reason: 'Threat call judged credible enough to prepare.', data: { from: 'none', to: 'pre-alert' } });
  await appendIncidentEvent(tx, id, 'incident.terror-state', { from: 'none', to: 'pre-alert', reason: 'Threat call', byOrgId: officer.orgId }, now);
  await appendLogEntry(tx, { now, actor: medic }, id, { kind: 'communication', text: 'Emergency department on standby; no patients moved yet.' });
  events.push({ action: 'crisis.declare', recordType: 'incident', recordId: id, details: { exercise: true } });
}
