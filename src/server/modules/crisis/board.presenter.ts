/** The wire shape of log entries, situation reports, protocols, tasks and units. */
import { z } from 'zod';
import { DISCIPLINES, TASK_STATUSES, UNIT_STATUSES } from '../../../core/crisis/rules.ts';
import { exerciseMark } from './incidents.presenter.ts';
import type { LogRow } from './log.repository.ts';
import type { ProtocolRow, TaskRow, UnitRow } from './protocols.repository.ts';

export const logEntryWire = z.object({
  id: z.string(),
  seq: z.number(),
  kind: z.string(),
  text: z.string(),
  reason: z.string().nullable(),
  author: z.string().nullable(),
  authorOrg: z.string().nullable(),
  at: z.string(),
  correctsId: z.string().nullable(),
  correctedBy: z.array(z.string()),
  data: z.unknown(),
  hash: z.string(),
  significant: z.enum(['no', 'flagged', 'confirmed']),
});
export const logWire = z.object({ incidentId: z.string(), ...exerciseMark, chain: z.object({ ok: z.boolean(), count: z.number(), brokenAtSeq: z.number().optional(), reason: z.string().optional() }), items: z.array(logEntryWire) });

export function presentLog(rows: LogRow[], names: Map<string, string>, orgName: (id: string) => string): Array<z.infer<typeof logEntryWire>> {
  const correctedBy = new Map<string, string[]>();
  for (const r of rows) if (r.corrects_id) correctedBy.set(r.corrects_id, [...(correctedBy.get(r.corrects_id) ?? []), r.id]);
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    kind: r.kind,
    text: r.text,
    reason: r.reason,
    author: r.author_id ? (names.get(r.author_id) ?? null) : null,
    authorOrg: r.author_org_id ? orgName(r.author_org_id) : null,
    at: r.at.toISOString(),
    correctsId: r.corrects_id,
    correctedBy: correctedBy.get(r.id) ?? [],
    data: r.data,
    hash: r.hash,
    significant: r.confirmed_at ? 'confirmed' : r.flagged_at ? 'flagged' : 'no',
  }));
}

export const sitrepWire = z.object({ id: z.string(), number: z.number(), summary: z.string(), createdAt: z.string(), author: z.string().nullable(), approvedAt: z.string().nullable(), approver: z.string().nullable() });
export const sitrepListWire = z.object({ incidentId: z.string(), ...exerciseMark, items: z.array(sitrepWire) });

const templateTaskWire = z.object({ discipline: z.enum(DISCIPLINES), title: z.string(), role: z.string(), orgId: z.string().nullable(), orgName: z.string().nullable(), dueMinutes: z.number().nullable(), checklist: z.array(z.string()) });
export const protocolWire = z.object({ id: z.string(), templateId: z.string(), version: z.number(), title: z.string(), incidentType: z.string(), changeNote: z.string().nullable(), ownerOrg: z.string(), publishedAt: z.string(), tasks: z.array(templateTaskWire) });
export const protocolListWire = z.object({ items: z.array(protocolWire) });

export function presentProtocol(r: ProtocolRow, orgName: (id: string) => string): z.infer<typeof protocolWire> {
  return {
    id: r.id,
    templateId: r.template_id,
    version: r.version,
    title: r.title,
    incidentType: r.incident_type,
    changeNote: r.change_note,
    ownerOrg: orgName(r.owner_org_id),
    publishedAt: r.published_at.toISOString(),
    tasks: r.tasks.map((t) => ({ ...t, discipline: t.discipline as z.infer<typeof templateTaskWire>['discipline'], orgName: t.orgId ? orgName(t.orgId) : null })),
  };
}

export const taskWire = z.object({
  id: z.string(),
  discipline: z.enum(DISCIPLINES),
  title: z.string(),
  role: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  status: z.enum(TASK_STATUSES),
  blockedReason: z.string().nullable(),
  checklist: z.array(z.object({ text: z.string(), done: z.boolean() })),
  activationId: z.string().nullable(),
  updatedAt: z.string(),
});
export const taskListWire = z.object({ incidentId: z.string(), ...exerciseMark, items: z.array(taskWire) });

export function presentTask(r: TaskRow, orgName: (id: string) => string, now: Date): z.infer<typeof taskWire> {
  return {
    id: r.id,
    discipline: r.discipline as z.infer<typeof taskWire>['discipline'],
    title: r.title,
    role: r.role,
    orgId: r.org_id,
    orgName: r.org_id ? orgName(r.org_id) : null,
    dueAt: r.due_at ? r.due_at.toISOString() : null,
    overdue: !!r.due_at && r.status !== 'done' && r.due_at.getTime() < now.getTime(),
    status: r.status as z.infer<typeof taskWire>['status'],
    blockedReason: r.blocked_reason,
    checklist: r.checklist,
    activationId: r.activation_id,
    updatedAt: r.updated_at.toISOString(),
  };
}

export const unitWire = z.object({ id: z.string(), name: z.string(), kind: z.string(), discipline: z.enum(DISCIPLINES), orgId: z.string(), orgName: z.string(), status: z.enum(UNIT_STATUSES), lat: z.number().nullable(), lon: z.number().nullable(), updatedAt: z.string() });
export const unitListWire = z.object({ incidentId: z.string(), ...exerciseMark, items: z.array(unitWire) });

export function presentUnit(r: UnitRow, orgName: (id: string) => string): z.infer<typeof unitWire> {
  return { id: r.id, name: r.name, kind: r.kind, discipline: r.discipline as z.infer<typeof unitWire>['discipline'], orgId: r.org_id, orgName: orgName(r.org_id), status: r.status as z.infer<typeof unitWire>['status'], lat: r.lat, lon: r.lon, updatedAt: r.updated_at.toISOString() };
}

/** Answer of a change: what changed, and the event id that carries it live. */
export const changedWire = z.object({ id: z.string(), eventId: z.number(), ...exerciseMark });
