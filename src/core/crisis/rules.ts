/**
 * The crisis pillar's pure rules: the vocabularies of an incident, and which changes of phase,
 * terror-plan state, task status and unit status are allowed. Each check answers null (allowed) or
 * the refusal with the field it concerns, so the API names the field in its 400 answer.
 */

/** Kinds of incident a protocol template is written for. */
export const INCIDENT_TYPES = ['terror-attack', 'explosion', 'shooting', 'hostage-taking', 'cbrn', 'vehicle-ramming', 'other'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** Coordination phases of the Belgian emergency planning, lowest first. */
export const PHASES = ['municipal', 'provincial', 'federal'] as const;
export type Phase = (typeof PHASES)[number];

/** States of the terror plan. */
export const TERROR_STATES = ['none', 'pre-alert', 'alert'] as const;
export type TerrorState = (typeof TERROR_STATES)[number];

export const INCIDENT_STATUSES = ['open', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Status of an organisation taking part in an incident. */
export const PARTICIPANT_STATUSES = ['alerted', 'standing-by', 'active', 'deactivated', 'unable'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** The disciplines: D1 relief, D2 medical and psychosocial, D3 police, D4 logistics, D5 information. */
export const DISCIPLINES = ['D1', 'D2', 'D3', 'D4', 'D5'] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const TASK_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const UNIT_STATUSES = ['requested', 'dispatched', 'on-site', 'released'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Log entries people write; the system writes the others (phase, terror-state, closure, participant, protocol). */
export const LOG_KINDS = ['decision', 'communication'] as const;
export const SYSTEM_LOG_KINDS = ['phase', 'terror-state', 'closure', 'participant', 'protocol', 'cordon'] as const;
export type LogKind = (typeof LOG_KINDS)[number] | (typeof SYSTEM_LOG_KINDS)[number];

/** Cordons on the incident's map: inner (hot zone), outer (perimeter), traffic (roads closed). */
export const CORDON_KINDS = ['inner', 'outer', 'traffic'] as const;
export type CordonKind = (typeof CORDON_KINDS)[number];
export const CORDON_STATUSES = ['active', 'lifted'] as const;

/** HSEEP capability ratings: performed without challenges, with some, with major challenges, unable to be performed. */
export const RATINGS = ['P', 'S', 'M', 'U'] as const;
export type Rating = (typeof RATINGS)[number];

export const ACTION_STATUSES = ['open', 'in-progress', 'closed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A refused change: the field it concerns and why. */
export interface Refusal {
  field: string;
  message: string;
}

const rank = <T extends string>(list: readonly T[], v: T) => list.indexOf(v);

/**
 * Phase changes: escalation to any higher phase (an attack may go federal at once); de-escalation one
 * step at a time, so every level hands over explicitly.
 */
export function checkPhaseChange(from: Phase, to: Phase): Refusal | null {
  if (from === to) return { field: 'phase', message: `The incident is already in the ${to} phase.` };
  if (rank(PHASES, to) < rank(PHASES, from) - 1) {
    return { field: 'phase', message: `From the ${from} phase, de-escalate one step at a time (to ${PHASES[rank(PHASES, from) - 1]}).` };
  }
  return null;
}

/**
 * Terror-plan states: none → pre-alert or alert; pre-alert → alert or none; alert → none (lifted).
 * Once the alert is declared, going back to pre-alert is refused: the alert is lifted, then a new
 * pre-alert declared if needed.
 */
export function checkTerrorStateChange(from: TerrorState, to: TerrorState): Refusal | null {
  if (from === to) return { field: 'terrorState', message: `The terror plan is already in state "${to}".` };
  if (from === 'alert' && to === 'pre-alert') return { field: 'terrorState', message: 'From "alert" the terror plan can only be lifted (to "none"), not set back to "pre-alert".' };
  return null;
}

const TASK_MOVES: Record<TaskStatus, readonly TaskStatus[]> = {
  todo: ['doing', 'blocked', 'done'],
  doing: ['done', 'blocked', 'todo'],
  blocked: ['todo', 'doing'],
  done: ['doing'],
};

/** Task status changes; a blocked task says why. */
export function checkTaskMove(from: TaskStatus, to: TaskStatus, reason: string | null | undefined): Refusal | null {
  if (from === to) return { field: 'status', message: `The task is already "${to}".` };
  if (!TASK_MOVES[from].includes(to)) return { field: 'status', message: `A task that is "${from}" cannot become "${to}" (allowed: ${TASK_MOVES[from].join(', ')}).` };
  if (to === 'blocked' && !(reason && reason.trim().length >= 3)) return { field: 'reason', message: 'Say why the task is blocked.' };
  return null;
}

const UNIT_MOVES: Record<UnitStatus, readonly UnitStatus[]> = {
  requested: ['dispatched', 'released'],
  dispatched: ['on-site', 'released'],
  'on-site': ['released'],
  released: [],
};

/** Unit status changes: requested → dispatched → on site → released (a request may be released unused). */
export function checkUnitMove(from: UnitStatus, to: UnitStatus): Refusal | null {
  if (from === to) return { field: 'status', message: `The unit is already "${to}".` };
  if (!UNIT_MOVES[from].includes(to)) {
    const allowed = UNIT_MOVES[from];
    return { field: 'status', message: allowed.length ? `A unit that is "${from}" cannot become "${to}" (allowed: ${allowed.join(', ')}).` : 'A released unit cannot change status; request it again.' };
  }
  return null;
}

/** Whether an improvement-plan action is past its due date (ISO day) on `today` and still open. */
export function isActionOverdue(a: { status: ActionStatus; dueDate: string }, today: string): boolean {
  return a.status !== 'closed' && a.dueDate < today;
}
