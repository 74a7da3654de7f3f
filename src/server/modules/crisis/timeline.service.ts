/**
 * The incident's timeline: every change in one chronological view (log, phase and terror-plan
 * changes, participants, tasks, units, situation reports, and the public alerts the alerts module
 * appends), and the situation report built from it (printable HTML, and a PDF: report.pdf.ts).
 */
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { openForRead, recordRead } from './incident.access.ts';
import { incidentEventsAfter } from './events.repository.ts';
import { markOf, presentEvent, presentIncident } from './incidents.presenter.ts';
import { listParticipants } from './incidents.repository.ts';
import { listSitreps, listLog } from './log.repository.ts';
import { listTasks, listUnits } from './protocols.repository.ts';
import { renderReport, type ReportInput } from './report.html.ts';

const TIMELINE_MAX = 20_000;

export async function timeline(p: Platform, ctx: Ctx, id: string) {
  const { row } = await openForRead(p, ctx, id);
  const events = await incidentEventsAfter(p.db, id, 0, TIMELINE_MAX);
  await recordRead(p, ctx, 'crisis.timeline', id, [], { count: events.length });
  return { incidentId: id, ...markOf(row.exercise), items: events.map(presentEvent) };
}

/** The printable situation report (HTML with print styles): the latest approved report, boards and the timeline. */
export async function reportPage(p: Platform, ctx: Ctx, id: string): Promise<string> {
  return renderReport(await reportInput(p, ctx, id, 'html'));
}

/** What the situation report holds, read through the incident access rule; the export is on the record with its format. */
export async function reportInput(p: Platform, ctx: Ctx, id: string, format: 'html' | 'pdf'): Promise<ReportInput> {
  const { row } = await openForRead(p, ctx, id);
  const [events, sitreps, tasks, units, participants, log] = await Promise.all([
    incidentEventsAfter(p.db, id, 0, TIMELINE_MAX),
    listSitreps(p.db, id),
    listTasks(p.db, id),
    listUnits(p.db, id),
    listParticipants(p.db, id),
    listLog(p.db, id),
  ]);
  await recordRead(p, ctx, 'crisis.export', id, [...sitreps.map((s) => s.id), ...tasks.map((t) => t.id), ...units.map((u) => u.id)], { format, events: events.length });
  await p.orgs.fresh();
  return {
    incident: presentIncident(row, p.orgs.name),
    sitrep: [...sitreps].reverse().find((s) => s.approved_at) ?? null,
    significant: log.filter((e) => e.confirmed_at).map((e) => ({ seq: e.seq, at: e.at.toISOString(), text: e.text })),
    tasks: tasks.map((t) => ({ discipline: t.discipline, title: t.title, role: t.role, org: t.org_id ? p.orgs.name(t.org_id) : '', status: t.status })),
    units: units.map((u) => ({ name: u.name, discipline: u.discipline, org: p.orgs.name(u.org_id), status: u.status })),
    participants: participants.map((x) => ({ org: p.orgs.name(x.org_id), status: x.status })),
    events: events.map(presentEvent),
    printedAt: ctx.now.toISOString(),
    printedBy: `${ctx.actor.displayName}, ${ctx.actor.orgName}`,
  };
}
