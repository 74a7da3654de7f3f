/**
 * Cells (LIVC-R) and their meetings: a cell covers one or several municipalities, has members from
 * several organisations with their roles, and meets with an agenda and minutes. Members of a cell read
 * it; a case on an agenda shows only to those who read the case.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as cases from './cases.repository.ts';
import * as repo from './cells.repository.ts';
import { CORE_ROLES, MEMBER_ROLES, presentCellHead, presentMeeting, presentMember, type agendaBody, type cellBody, type cellUpdateBody, type meetingBody, type memberBody } from './cells.presenter.ts';
import type { AgendaItem, Municipality } from './prevention.tables.ts';
import { cellForMember, coordinates, doorCase, isPreventionAdmin, mustBeMember, requireRight } from './prevention.access.ts';
import { municipalityName } from '../../platform/geo.ts';
import { named } from './people.ts';
import { organisationIdOfUser, userDisplayNames } from '../admin/directory.service.ts';

/** The cells the caller is a member of (administrators: every cell). */
export async function listCells(p: Platform, ctx: Ctx) {
  requireRight(ctx, 'read');
  const rows = await repo.listCells(p.db, isPreventionAdmin(ctx) ? null : ctx.actor.userId);
  await p.orgs.fresh();
  const out = [];
  for (const c of rows) {
    const members = await repo.membersOf(p.db, c.id);
    const me = members.find((m) => m.user_id === ctx.actor.userId);
    out.push({ ...presentCellHead(c, p.orgs.name), memberCount: members.length, me: { memberId: me?.id ?? null, coordinator: coordinates(me, c.org_id) } });
  }
  await p.record(ctx, [{ action: 'prevention.cell-list', recordType: 'prevention-cell', recordIds: rows.map((r) => r.id), details: { count: rows.length } }]);
  return out;
}

/** A cell with its members (404 for a non-member). */
export async function getCell(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'read');
  const { cell, member } = await cellForMember(p, ctx, id);
  const members = await named(p.db, await repo.membersOf(p.db, id));
  await p.orgs.fresh();
  const record = await membershipRecord(p, id);
  await p.record(ctx, [{ action: 'prevention.cell-read', recordType: 'prevention-cell', recordId: id, details: { members: members.length } }]);
  return { ...presentCellHead(cell, p.orgs.name), members: members.map((m) => presentMember(m, p.orgs.name)), ...record, me: { memberId: member?.id ?? null, coordinator: coordinates(member, cell.org_id) } };
}

/** The cell's former members and membership history, as the cell's page shows them. */
async function membershipRecord(p: Platform, cellId: string) {
  const [former, changes] = await Promise.all([repo.formerMembersOf(p.db, cellId), repo.memberChangesOf(p.db, cellId)]);
  const names = await userDisplayNames(p.db, [...former.map((m) => m.user_id), ...changes.flatMap((c) => [c.user_id, c.changed_by])]);
  const name = (id: string) => names.get(id) ?? 'unknown user';
  const org = (id: string | null) => (id ? p.orgs.name(id) : null);
  return {
    formerMembers: former.map((m) => ({ id: m.id, userId: m.user_id, name: name(m.user_id), orgId: m.org_id, orgName: p.orgs.name(m.org_id), role: m.role as (typeof MEMBER_ROLES)[number], removedAt: m.removed_at!.toISOString() })),
    history: changes.map((c) => ({
      id: c.id,
      memberId: c.member_id,
      name: name(c.user_id),
      kind: c.kind as 'added' | 'changed' | 'removed',
      fromRole: c.from_role,
      toRole: c.to_role,
      fromOrgName: org(c.from_org_id),
      toOrgName: org(c.to_org_id),
      reason: c.reason,
      vacancies: c.vacancies,
      byName: name(c.changed_by),
      at: c.at.toISOString(),
    })),
  };
}


/** The municipalities of a cell, checked: known NIS codes, each once, none covered by another cell (a municipality has one cell). */
async function cellMunicipalities(p: Platform, nisCodes: readonly string[], cellId: string | null): Promise<Municipality[]> {
  const out = nisCodes.map((nis, i) => {
    const name = municipalityName(nis);
    if (!name) throw invalid('No Belgian municipality has this NIS code.', `nisCodes.${i}`);
    if (nisCodes.indexOf(nis) !== i) throw invalid('This municipality is named twice.', `nisCodes.${i}`);
    return { nisCode: nis, name };
  });
  const taken = (await repo.cellsCovering(p.db, nisCodes)).filter((c) => c.id !== cellId);
  const i = nisCodes.findIndex((n) => taken.some((c) => c.municipalities.some((m) => m.nisCode === n)));
  if (i >= 0) throw new AppError('CONFLICT', `${out[i]!.name} is covered by another cell already; a municipality has one cell (several municipalities may share it).`, `nisCodes.${i}`);
  return out;
}

/** Creates a cell (prevention administrators): its municipalities and its coordinator (the prevention official). */
export async function createCell(p: Platform, ctx: Ctx, body: z.infer<typeof cellBody>) {
  requireRight(ctx, 'admin');
  const municipalities = await cellMunicipalities(p, body.nisCodes, null);
  const coordinatorOrg = await organisationIdOfUser(p.db, body.coordinatorUserId);
  if (!coordinatorOrg) throw invalid('No such user.', 'coordinatorUserId');
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertCell(tx, { id, name: body.name, orgId: coordinatorOrg, municipalities, createdBy: ctx.actor.userId });
    const memberId = randomUUID();
    await repo.insertMember(tx, { id: memberId, cellId: id, userId: body.coordinatorUserId, orgId: coordinatorOrg, role: 'prevention_official', core: true, addedBy: ctx.actor.userId });
    await repo.insertMemberChange(tx, { id: randomUUID(), memberId, cellId: id, kind: 'added', fromRole: null, toRole: 'prevention_official', fromOrgId: null, toOrgId: coordinatorOrg, reason: '', vacancies: [], changedBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'prevention.cell-create', recordType: 'prevention-cell', recordId: id, details: { municipalities: body.nisCodes } }], tx);
  });
  return getCell(p, ctx, id);
}

/** Renames a cell or changes the municipalities it covers (its coordinator or a prevention administrator); a municipality with cases stays. */
export async function updateCell(p: Platform, ctx: Ctx, cellId: string, body: z.infer<typeof cellUpdateBody>) {
  requireRight(ctx, 'write');
  const { cell, member } = await cellForMember(p, ctx, cellId);
  if (!coordinates(member, cell.org_id) && !isPreventionAdmin(ctx)) throw forbidden("Only the cell's coordinator or a prevention administrator changes the cell.");
  const municipalities = await cellMunicipalities(p, body.nisCodes, cellId);
  const inUse = await cases.caseMunicipalities(p.db, cellId);
  const dropped = cell.municipalities.filter((m) => !body.nisCodes.includes(m.nisCode));
  const held = dropped.find((m) => inUse.includes(m.nisCode));
  if (held) throw invalid(`${held.name} has cases in this cell; it stays in the cell while they do.`, 'nisCodes');
  const added = body.nisCodes.filter((n) => !cell.municipalities.some((m) => m.nisCode === n));
  await p.db.transaction().execute(async (tx) => {
    await repo.updateCell(tx, cellId, { name: body.name, municipalities });
    await p.record(ctx, [{ action: 'prevention.cell-change', recordType: 'prevention-cell', recordId: cellId, details: { municipalities: body.nisCodes, added, removed: dropped.map((m) => m.nisCode) } }], tx);
  });
  return getCell(p, ctx, cellId);
}

/** The coordinator adds a member with their role; the organisation is the user's. */
export async function addMember(p: Platform, ctx: Ctx, cellId: string, body: z.infer<typeof memberBody>) {
  requireRight(ctx, 'write');
  const { cell, member } = await cellForMember(p, ctx, cellId);
  if (!coordinates(member, cell.org_id) && !isPreventionAdmin(ctx)) throw forbidden("Only the cell's coordinator adds members.");
  const memberOrg = await organisationIdOfUser(p.db, body.userId);
  if (!memberOrg) throw invalid('No such user.', 'userId');
  if (await repo.memberOf(p.db, cellId, body.userId)) throw new AppError('CONFLICT', 'This user is already a member of the cell.', 'userId');
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertMember(tx, { id, cellId, userId: body.userId, orgId: memberOrg, role: body.role, core: CORE_ROLES.includes(body.role), addedBy: ctx.actor.userId });
    await repo.insertMemberChange(tx, { id: randomUUID(), memberId: id, cellId, kind: 'added', fromRole: null, toRole: body.role, fromOrgId: null, toOrgId: memberOrg, reason: '', vacancies: [], changedBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'prevention.member-add', recordType: 'prevention-cell', recordId: cellId, details: { cellId, userId: body.userId, orgId: memberOrg, role: body.role } }], tx);
  });
  return getCell(p, ctx, cellId);
}

/** References of the agenda's cases the caller reads (others show as "not shared with you"). */
async function readableCases(p: Platform, ctx: Ctx, caseIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of new Set(caseIds)) {
    try {
      const c = await doorCase(p, ctx, id, 'prevention.case-read', { details: { via: 'meeting agenda' } });
      out.set(id, c.row.reference);
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e;
    }
  }
  return out;
}

export async function listMeetings(p: Platform, ctx: Ctx, cellId: string) {
  requireRight(ctx, 'read');
  await cellForMember(p, ctx, cellId);
  const rows = await repo.meetingsOf(p.db, cellId);
  await p.record(ctx, [{ action: 'prevention.meeting-list', recordType: 'prevention-meeting', recordIds: rows.map((r) => r.id), details: { cellId, count: rows.length } }]);
  const readable = await readableCases(p, ctx, rows.flatMap((m) => m.agenda.map((a) => a.caseId).filter((x): x is string => !!x)));
  return rows.map((m) => {
    const { minutes, ...rest } = presentMeeting(m, readable);
    return { ...rest, hasMinutes: minutes.length > 0 };
  });
}

export async function getMeeting(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'read');
  const m = await repo.findMeeting(p.db, id);
  if (!m) throw notFound('meeting');
  await cellForMember(p, ctx, m.cell_id).catch(() => {
    throw notFound('meeting');
  });
  await p.record(ctx, [{ action: 'prevention.meeting-read', recordType: 'prevention-meeting', recordId: id, details: { cellId: m.cell_id } }]);
  return presentMeeting(m, await readableCases(p, ctx, m.agenda.map((a) => a.caseId).filter((x): x is string => !!x)));
}

/** Schedules a meeting; a case on the agenda must be one the caller reads. */
export async function createMeeting(p: Platform, ctx: Ctx, cellId: string, body: z.infer<typeof meetingBody>) {
  requireRight(ctx, 'write');
  const { member } = await cellForMember(p, ctx, cellId);
  const me = mustBeMember(member);
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    for (const [i, a] of body.agenda.entries()) {
      if (!a.caseId) continue;
      const c = await cases.findCase(tx, a.caseId);
      const readable = c && c.cell_id === cellId ? await doorCase(p, ctx, a.caseId, 'prevention.case-read', { tx, audit: false }).then(() => true, () => false) : false;
      if (!readable) throw invalid('No such case in this cell.', `agenda.${i}.caseId`);
    }
    await repo.insertMeeting(tx, { id, cellId, heldOn: body.heldOn, agenda: body.agenda.map((a) => ({ title: a.title, caseId: a.caseId ?? null })), createdBy: me.id });
    const caseIds = body.agenda.map((a) => a.caseId).filter((x): x is string => !!x);
    await p.record(ctx, [{ action: 'prevention.meeting-create', recordType: 'prevention-meeting', recordId: id, recordIds: [id, ...caseIds], details: { cellId, heldOn: body.heldOn, caseIds } }], tx);
  });
  return getMeeting(p, ctx, id);
}

/** Changes a meeting's agenda (a member of the cell); a case on it must be one the caller reads, and a case the caller does not read stays as it was. */
export async function updateAgenda(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof agendaBody>) {
  requireRight(ctx, 'write');
  const m = await repo.findMeeting(p.db, id);
  if (!m) throw notFound('meeting');
  const { member } = await cellForMember(p, ctx, m.cell_id).catch(() => {
    throw notFound('meeting');
  });
  mustBeMember(member);
  await p.db.transaction().execute(async (tx) => {
    const readable = async (caseId: string) => {
      const c = await cases.findCase(tx, caseId);
      return c && c.cell_id === m.cell_id ? doorCase(p, ctx, caseId, 'prevention.case-read', { tx, audit: false }).then(() => true, () => false) : false;
    };
    for (const [i, a] of body.agenda.entries()) if (a.caseId && !(await readable(a.caseId))) throw invalid('No such case in this cell.', `agenda.${i}.caseId`);
    // Items about cases hidden from the caller were not shown to them: they keep their place.
    const hidden: AgendaItem[] = [];
    for (const a of m.agenda) if (a.caseId && !(await readable(a.caseId))) hidden.push(a);
    const agenda = [...body.agenda.map((a) => ({ title: a.title, caseId: a.caseId ?? null })), ...hidden];
    await repo.setAgenda(tx, id, agenda);
    const caseIds = agenda.map((a) => a.caseId).filter((x): x is string => !!x);
    await p.record(ctx, [{ action: 'prevention.meeting-agenda', recordType: 'prevention-meeting', recordId: id, recordIds: [id, ...caseIds], details: { cellId: m.cell_id, items: agenda.length, caseIds } }], tx);
  });
  return getMeeting(p, ctx, id);
}

/** Records the minutes (a member of the cell). */
export async function recordMinutes(p: Platform, ctx: Ctx, id: string, minutes: string) {
  requireRight(ctx, 'write');
  const m = await repo.findMeeting(p.db, id);
  if (!m) throw notFound('meeting');
  const { member } = await cellForMember(p, ctx, m.cell_id).catch(() => {
    throw notFound('meeting');
  });
  const me = mustBeMember(member);
  await p.db.transaction().execute(async (tx) => {
    await repo.setMinutes(tx, id, minutes, me.id);
    await p.record(ctx, [{ action: 'prevention.meeting-minutes', recordType: 'prevention-meeting', recordId: id, details: { cellId: m.cell_id, length: minutes.length } }], tx);
  });
  return getMeeting(p, ctx, id);
}
