/**
 * The six stages of LIVC-R case work and the transitions between them. A case moves one step
 * forward, one step back from delivery or monitoring (the plan needs changing), or leaves the
 * consultation (exit) from any stage with a reason. People decide: every transition is a member's
 * explicit act, never a consequence of time or data.
 */
export const CASE_STAGES = ['identification', 'assessment', 'planning', 'delivery', 'monitoring', 'exit'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** What a support plan holds when a case moves to delivery. */
export interface PlanSummary {
  goals: number;
  /** Actions with a responsible service and a review date. */
  assignedActions: number;
}

export interface TransitionCheck {
  ok: boolean;
  /** Why not, in plain words (the service answers it naming the field). */
  problem?: string;
  field?: string;
}

/** The stages a case may move to from `from`. */
export function nextStages(from: CaseStage): CaseStage[] {
  switch (from) {
    case 'identification':
      return ['assessment', 'exit'];
    case 'assessment':
      return ['planning', 'exit'];
    case 'planning':
      return ['delivery', 'exit'];
    case 'delivery':
      return ['monitoring', 'planning', 'exit'];
    case 'monitoring':
      return ['delivery', 'exit'];
    case 'exit':
      return [];
  }
}

/**
 * Whether the case may move from `from` to `to`: the step must be allowed, delivery needs a plan
 * with at least one goal and one action with its responsible service and review date, and exit and
 * every step back need a reason of at least 10 characters.
 */
export function checkTransition(from: CaseStage, to: CaseStage, reason: string, plan: PlanSummary): TransitionCheck {
  if (!nextStages(from).includes(to)) {
    return { ok: false, field: 'to', problem: from === 'exit' ? 'The case has left the consultation (exit); no stage follows.' : `A case in ${from} cannot move to ${to}; it can move to ${nextStages(from).join(', ')}.` };
  }
  const back = CASE_STAGES.indexOf(to) < CASE_STAGES.indexOf(from);
  if ((to === 'exit' || back) && reason.trim().length < 10) {
    return { ok: false, field: 'reason', problem: to === 'exit' ? 'Give the reason for the exit (at least 10 characters).' : 'Give the reason for going back a stage (at least 10 characters).' };
  }
  if (to === 'delivery' && from === 'planning' && (plan.goals < 1 || plan.assignedActions < 1)) {
    return { ok: false, field: 'to', problem: 'The support plan needs at least one goal and one action with its responsible service and review date before delivery starts.' };
  }
  return { ok: true };
}
