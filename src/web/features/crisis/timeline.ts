/** How the timeline names an incident event: its category and a sentence in the reader's language. */
import type { TFunction } from 'i18next';
import type { TimelineEvent } from './types.ts';

export const CATEGORIES = ['phase', 'organisations', 'links', 'log', 'tasks', 'units', 'sitreps', 'review', 'alerts', 'cordons', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

const PREFIX: Record<string, Category> = { incident: 'phase', participant: 'organisations', subject: 'links', assessment: 'links', log: 'log', task: 'tasks', protocol: 'tasks', unit: 'units', sitrep: 'sitreps', review: 'review', action: 'review', alert: 'alerts', cordon: 'cordons' };

export function categoryOf(kind: string): Category {
  return PREFIX[kind.split('.')[0] ?? ''] ?? 'other';
}

/** Time since the incident occurred, e.g. "T+1:05" (hours:minutes), "T+2d 03:10", "T−0:04" before it. */
export function elapsed(occurredAt: string, at: string): string {
  const ms = Date.parse(at) - Date.parse(occurredAt);
  if (!Number.isFinite(ms)) return '';
  const m = Math.floor(Math.abs(ms) / 60_000);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const mm = String(m % 60).padStart(2, '0');
  return `T${ms < 0 ? '−' : '+'}${d ? `${d}d ${String(h).padStart(2, '0')}` : h}:${mm}`;
}

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The sentence of an event (`text`) and its reason or detail, translated; alerts fall back to their plain summary. */
export function describeEvent(e: TimelineEvent, t: TFunction, orgNames: Map<string, string>): { text: string; detail: string } {
  const p = e.payload;
  const state = (group: string, v: unknown) => (v === null || v === undefined ? t('crisis.timeline.notInvolved') : t(`crisis.${group}.${str(v)}`, { defaultValue: str(v) }));
  const vars: Record<string, string | number> = { title: str(p.title), text: str(p.text), seq: str(p.seq), number: str(p.number), version: str(p.version), tasks: str(p.tasks), name: str(p.name), kind: str(p.kind), discipline: str(p.discipline), role: str(p.role), dueDate: str(p.dueDate), item: str(p.text) };
  switch (e.kind) {
    case 'incident.phase':
      Object.assign(vars, { from: state('phase', p.from), to: state('phase', p.to) });
      break;
    case 'incident.terror-state':
      Object.assign(vars, { from: state('terrorShort', p.from), to: state('terrorShort', p.to) });
      break;
    case 'participant.changed':
      Object.assign(vars, { org: str(p.org) || orgNames.get(str(p.orgId)) || '', from: state('participant', p.from), to: state('participant', p.to) });
      break;
    case 'task.updated':
      Object.assign(vars, { from: state('taskStatus', p.from), to: state('taskStatus', p.to) });
      break;
    case 'unit.updated':
      Object.assign(vars, { from: state('unitStatus', p.from), to: state('unitStatus', p.to) });
      break;
    case 'unit.placed':
      vars.where = typeof p.lat === 'number' && typeof p.lon === 'number' ? `${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}` : t('crisis.timeline.offMap');
      break;
    case 'unit.requested':
    case 'task.created':
      vars.org = str(p.org);
      break;
    case 'action.updated':
      Object.assign(vars, { from: state('review.actionStatus', p.from), to: state('review.actionStatus', p.to) });
      break;
    case 'task.checklist':
      vars.done = t(p.done ? 'crisis.timeline.ticked' : 'crisis.timeline.unticked');
      break;
    case 'cordon.created':
    case 'cordon.lifted':
      Object.assign(vars, { kind: t(`crisis.map.kind.${str(p.kind)}`, { defaultValue: str(p.kind) }), label: str(p.label) });
      break;
    case 'log.appended':
      vars.kind = t(`crisis.logKind.${str(p.kind)}`, { defaultValue: str(p.kind) });
      break;
  }
  const fallback = str(p.summary) || e.kind;
  const text = t(`crisis.timeline.kind.${e.kind}`, { ...vars, defaultValue: fallback });
  let detail = str(p.reason);
  if (e.kind === 'log.appended' && p.correctsId) detail = t('crisis.timeline.correction');
  if (e.kind === 'log.appended' && p.significant) detail = [detail, t('crisis.significant')].filter(Boolean).join(' · ');
  return { text, detail };
}
