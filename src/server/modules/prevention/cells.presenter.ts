/** The wire shape of cells, members and meetings. */
import { z } from 'zod';
import type { CellRow, MeetingRow, MemberRow } from './cells.repository.ts';
import type { Named } from './people.ts';

export const MEMBER_ROLES = ['mayor', 'police_chief', 'prevention_official', 'police', 'social_services', 'youth_services', 'education', 'other'] as const;
/** The roles the law names in every LIVC-R: they take part in every case of the cell. */
export const CORE_ROLES: readonly string[] = ['mayor', 'police_chief', 'prevention_official'];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
export const cellBody = z.object({ name: z.string().trim().min(3).max(200), nisCodes: z.array(z.string().regex(/^\d{5}$/, 'a five-digit NIS code')).min(1).max(20), coordinatorUserId: z.string().uuid() });
export const cellUpdateBody = z.object({ name: z.string().trim().min(3).max(200), nisCodes: z.array(z.string().regex(/^\d{5}$/, 'a five-digit NIS code')).min(1).max(20) }).strict();
export const agendaBody = z.object({ agenda: z.array(z.object({ title: z.string().trim().min(3, 'give the item a title').max(300), caseId: z.string().uuid().nullable().optional() }).strict()).min(1).max(40) }).strict();
export const municipalitiesWire = z.array(z.object({ nisCode: z.string(), name: z.string() }));
export const legalBasesWire = z.object({
  // false: the caller holds no right on the legal module; the case form takes the basis as text.
  available: z.boolean(),
  bases: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), article: z.string(), textReference: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
});
export const peopleWire = z.array(z.object({ userId: z.string(), name: z.string(), orgId: z.string(), orgName: z.string() }));
export const memberBody = z.object({ userId: z.string().uuid(), role: z.enum(MEMBER_ROLES) });
// `confirmVacancy`: the caller knows the change leaves a core role (or the coordination) without a holder.
export const memberChangeBody = z.object({ role: z.enum(MEMBER_ROLES), orgId: z.string().uuid(), reason: z.string().trim().max(500).optional(), confirmVacancy: z.boolean().optional() }).strict();
export const memberRemoveBody = z.object({ reason: z.string().trim().min(5, 'say why the member leaves (at least 5 characters)').max(500), confirmVacancy: z.boolean().optional() }).strict();
export const meetingBody = z.object({ heldOn: day, agenda: z.array(z.object({ title: z.string().trim().min(3, 'give the item a title').max(300), caseId: z.string().uuid().nullable().optional() })).min(1).max(40) });
export const minutesBody = z.object({ minutes: z.string().trim().min(10, 'write the minutes (at least 10 characters)').max(20000) });
export const cellQuery = z.object({ cellId: z.string().uuid().optional() });

export const memberWire = z.object({ id: z.string(), userId: z.string(), name: z.string(), orgId: z.string(), orgName: z.string(), role: z.enum(MEMBER_ROLES), core: z.boolean() });
export const cellWire = z.object({
  id: z.string(),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  municipalities: z.array(z.object({ nisCode: z.string(), name: z.string() })),
  members: z.array(memberWire),
  // Removed members stay on the record (their contributions name them); they no longer read the cell's cases.
  formerMembers: z.array(memberWire.omit({ core: true }).extend({ removedAt: z.string() })),
  history: z.array(
    z.object({
      id: z.string(),
      memberId: z.string(),
      name: z.string(),
      kind: z.enum(['added', 'changed', 'removed']),
      fromRole: z.string().nullable(),
      toRole: z.string().nullable(),
      fromOrgName: z.string().nullable(),
      toOrgName: z.string().nullable(),
      reason: z.string(),
      vacancies: z.array(z.string()),
      byName: z.string(),
      at: z.string(),
    }),
  ),
  me: z.object({ memberId: z.string().nullable(), coordinator: z.boolean() }),
});
export const cellListWire = z.array(cellWire.omit({ members: true, formerMembers: true, history: true }).extend({ memberCount: z.number() }));

export const meetingWire = z.object({
  id: z.string(),
  cellId: z.string(),
  heldOn: z.string(),
  // A case on the agenda shows its reference only to those who read the case.
  // `hidden`: an item about a case the caller does not read (kept in place when they change the agenda).
  agenda: z.array(z.object({ title: z.string(), caseId: z.string().nullable(), caseReference: z.string().nullable(), hidden: z.boolean() })),
  minutes: z.string(),
  minutesBy: z.string().nullable(),
});
export const meetingListWire = z.array(meetingWire.omit({ minutes: true }).extend({ hasMinutes: z.boolean() }));

export function presentMember(m: Named<MemberRow>, orgName: (id: string) => string): z.infer<typeof memberWire> {
  return { id: m.id, userId: m.user_id, name: m.display_name, orgId: m.org_id, orgName: orgName(m.org_id), role: m.role as (typeof MEMBER_ROLES)[number], core: m.core };
}

export function presentCellHead(c: CellRow, orgName: (id: string) => string) {
  return { id: c.id, name: c.name, orgId: c.org_id, orgName: orgName(c.org_id), municipalities: c.municipalities };
}

export function presentMeeting(m: MeetingRow, readable: ReadonlyMap<string, string>): z.infer<typeof meetingWire> {
  return {
    id: m.id,
    cellId: m.cell_id,
    heldOn: m.held_on,
    agenda: m.agenda.map((a) => (a.caseId && readable.has(a.caseId) ? { title: a.title, caseId: a.caseId, caseReference: readable.get(a.caseId)!, hidden: false } : { title: a.caseId ? 'Case (not shared with you)' : a.title, caseId: null, caseReference: null, hidden: !!a.caseId })),
    minutes: m.minutes,
    minutesBy: m.minutes_by,
  };
}
