/**
 * Deadline rules as data: each rule has a number of days, the legal reference it comes from, and
 * whether the figure is indicative (an internal target or a figure to check against the consolidated
 * text before use). The defaults below seed the legal_deadline_rules table; an administrator changes
 * the figures there, and every computation takes the rules as an argument.
 */
import type { AuthState } from './authorisation.ts';
import type { Tier } from './methods.ts';

export const RULE_KEYS = [
  'opinion',
  'urgent-review',
  'max-duration.ordinary',
  'max-duration.specific',
  'max-duration.exceptional',
  'renewal-notice',
  'report',
  'destruction',
  'reminder-lead',
  'eaw-decision',
  'eaw-decision-consent',
  'eaw-extension',
  'eaw-surrender',
  'mla-recognition',
  'mla-execution',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export interface DeadlineRule {
  key: RuleKey;
  days: number;
  reference: string;
  indicative: boolean;
  note: string;
}

const BIM = 'Law of 30 November 1998 on the intelligence and security services (as amended 4 February 2010)';
const EAW = 'Council Framework Decision 2002/584/JHA; Belgian law of 19 December 2003 on the European arrest warrant';
const EIO = 'Directive 2014/41/EU on the European Investigation Order';

export const DEFAULT_RULES: readonly DeadlineRule[] = [
  { key: 'opinion', days: 4, reference: `${BIM}, art. 18/10 §3`, indicative: true, note: 'Days the commission has to give its opinion on an exceptional method after the head of service decided.' },
  { key: 'urgent-review', days: 2, reference: `${BIM}, art. 18/10 §4`, indicative: true, note: 'Days within which a method started in urgency must be reviewed by the commission.' },
  { key: 'max-duration.ordinary', days: 365, reference: 'Internal rule of the service (ordinary methods have no statutory maximum)', indicative: true, note: 'Longest period recorded for an ordinary method before it is reconsidered.' },
  { key: 'max-duration.specific', days: 60, reference: `${BIM}, art. 18/3 §1`, indicative: true, note: 'Longest period of one authorisation of a specific method (two months), renewable.' },
  { key: 'max-duration.exceptional', days: 60, reference: `${BIM}, art. 18/10 §1`, indicative: false, note: 'Longest period of one authorisation of an exceptional method (two months), renewable after a new opinion.' },
  { key: 'renewal-notice', days: 7, reference: 'Internal rule of the service', indicative: true, note: 'Days before the end of a period from which a renewal should be prepared.' },
  { key: 'report', days: 14, reference: `${BIM}, art. 18/10 §5`, indicative: true, note: 'Interval at which the service reports on a running exceptional method to the commission.' },
  { key: 'destruction', days: 30, reference: `${BIM}, art. 18/10 §6 and art. 43/6`, indicative: true, note: 'Days after a method ended or expired within which data it gathered unlawfully or no longer needed is destroyed.' },
  { key: 'reminder-lead', days: 2, reference: 'Internal rule of the service', indicative: true, note: 'Days before each deadline at which a reminder is sent.' },
  { key: 'eaw-decision', days: 60, reference: `${EAW}, art. 17(3)`, indicative: false, note: 'Final decision on execution within 60 days of the arrest.' },
  { key: 'eaw-decision-consent', days: 10, reference: `${EAW}, art. 17(2)`, indicative: false, note: 'Final decision within 10 days after the requested person consented to surrender.' },
  { key: 'eaw-extension', days: 30, reference: `${EAW}, art. 17(4)`, indicative: false, note: 'Extension of the decision time limit in specific cases (the issuing authority is informed).' },
  { key: 'eaw-surrender', days: 10, reference: `${EAW}, art. 23(2)`, indicative: false, note: 'Surrender within 10 days of the final decision.' },
  { key: 'mla-recognition', days: 30, reference: `${EIO}, art. 12(3)`, indicative: false, note: 'Decision on recognition of an investigation order within 30 days of receipt.' },
  { key: 'mla-execution', days: 90, reference: `${EIO}, art. 12(4)`, indicative: false, note: 'Execution within 90 days of the recognition decision.' },
];

export type RuleSet = ReadonlyMap<RuleKey, DeadlineRule>;

export function ruleSet(rules: readonly DeadlineRule[] = DEFAULT_RULES): RuleSet {
  const m = new Map<RuleKey, DeadlineRule>(DEFAULT_RULES.map((r) => [r.key, r]));
  for (const r of rules) m.set(r.key, r);
  return m;
}

function days(rules: RuleSet, key: RuleKey): number {
  return rules.get(key)!.days;
}

/** A calendar date (YYYY-MM-DD) plus n days. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** The longest period one authorisation (or renewal) of a tier may run. */
export function maxDuration(tier: Tier, rules: RuleSet): DeadlineRule {
  return rules.get(`max-duration.${tier}`)!;
}

/** Null when the duration is allowed, else the message naming the maximum and its reference. */
export function durationProblem(tier: Tier, durationDays: number, rules: RuleSet): string | null {
  const r = maxDuration(tier, rules);
  if (!Number.isInteger(durationDays) || durationDays < 1) return 'Give the duration in whole days (at least 1).';
  if (durationDays > r.days) return `At most ${r.days} days for a ${tier} method (${r.reference}).`;
  return null;
}

/** One deadline of a record: what is due, by when, under which rule. */
export interface Deadline {
  key: RuleKey | 'period-end';
  due: string;
  reference: string;
}

/** What the deadlines of an authorisation depend on (dates as YYYY-MM-DD). */
export interface AuthorisationTimes {
  state: AuthState;
  tier: Tier;
  /** When the state was entered. */
  stateSince: string;
  /** The last day of the authorised period, while the method runs or is suspended. */
  until: string | null;
  /** When the method last became active (start of the current period), for reporting. */
  activeSince: string | null;
}

/**
 * The deadlines of an authorisation in its current state, soonest first:
 * awaiting opinion → the opinion; urgent → the review; running → the end of the period, the renewal
 * notice and (exceptional) the next report after `today`; renewal requested → the opinion and the end
 * of the period; ended or expired → the destruction of the data.
 */
export function authorisationDeadlines(a: AuthorisationTimes, rules: RuleSet, today: string): Deadline[] {
  const out: Deadline[] = [];
  const rule = (key: RuleKey, due: string) => out.push({ key, due, reference: rules.get(key)!.reference });
  const periodEnd = () => a.until && out.push({ key: 'period-end', due: a.until, reference: maxDuration(a.tier, rules).reference });
  switch (a.state) {
    case 'awaiting-opinion':
      rule('opinion', addDays(a.stateSince, days(rules, 'opinion')));
      break;
    case 'urgent':
      rule('urgent-review', addDays(a.stateSince, days(rules, 'urgent-review')));
      periodEnd();
      break;
    case 'renewal-requested':
      rule('opinion', addDays(a.stateSince, days(rules, 'opinion')));
      periodEnd();
      break;
    case 'active':
      periodEnd();
      if (a.until && a.tier !== 'ordinary') rule('renewal-notice', addDays(a.until, -days(rules, 'renewal-notice')));
      if (a.tier === 'exceptional' && a.activeSince) rule('report', nextReport(a.activeSince, days(rules, 'report'), today));
      break;
    case 'ended':
    case 'expired':
      rule('destruction', addDays(a.stateSince, days(rules, 'destruction')));
      break;
    default:
      break;
  }
  return out.sort((x, y) => x.due.localeCompare(y.due));
}

/** The first report date (every `interval` days from `since`) on or after `today`. */
export function nextReport(since: string, interval: number, today: string): string {
  const elapsed = Math.max(0, daysBetween(since, today));
  const n = Math.max(1, Math.ceil(elapsed / interval));
  return addDays(since, n * interval);
}

/** Whether a reminder for `due` is due today: within the lead time and not past the deadline by more than a day. */
export function reminderDue(due: string, today: string, rules: RuleSet): boolean {
  const left = daysBetween(today, due);
  return left <= days(rules, 'reminder-lead') && left >= -1;
}
