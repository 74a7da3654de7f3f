/**
 * Judicial cooperation requests: extradition, European Arrest Warrant (EAW) and mutual legal
 * assistance (MLA), outgoing or incoming. Their states and the deadlines the rules give them (pure).
 */
import { addDays, type Deadline, type RuleSet } from './deadlines.ts';

export const COOP_KINDS = ['extradition', 'eaw', 'mla'] as const;
export type CoopKind = (typeof COOP_KINDS)[number];
export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What can happen to a request; each event is dated and appended, never edited. */
export const COOP_EVENTS = ['sent', 'received', 'arrest', 'consent', 'extension', 'recognised', 'final-decision', 'surrender', 'executed', 'refused', 'withdrawn'] as const;
export type CoopEvent = (typeof COOP_EVENTS)[number];

export const COOP_STATES = ['open', 'arrested', 'decided', 'surrendered', 'executed', 'refused', 'withdrawn'] as const;
export type CoopState = (typeof COOP_STATES)[number];

/** The dated facts a request's deadlines depend on. */
export interface CoopFacts {
  kind: CoopKind;
  direction: Direction;
  receivedOn: string | null;
  arrestOn: string | null;
  consentOn: string | null;
  extended: boolean;
  recognisedOn: string | null;
  finalDecisionOn: string | null;
  surrenderedOn: string | null;
  closed: boolean;
}

/** Events allowed for a kind (an MLA request has no arrest; an EAW is not "executed" but surrendered). */
export function eventsFor(kind: CoopKind): CoopEvent[] {
  if (kind === 'mla') return ['sent', 'received', 'recognised', 'executed', 'refused', 'withdrawn'];
  return ['sent', 'received', 'arrest', 'consent', 'extension', 'final-decision', 'surrender', 'refused', 'withdrawn'];
}

/** The state after an event (null when the event does not apply in the current state). */
export function nextCoopState(state: CoopState, event: CoopEvent, kind: CoopKind): CoopState | null {
  if (!eventsFor(kind).includes(event)) return null;
  const closed: CoopState[] = ['surrendered', 'executed', 'refused', 'withdrawn'];
  if (closed.includes(state)) return null;
  switch (event) {
    case 'sent':
    case 'received':
    case 'recognised':
      return state === 'open' ? 'open' : null;
    case 'arrest':
      return state === 'open' ? 'arrested' : null;
    case 'consent':
    case 'extension':
      return state === 'arrested' ? 'arrested' : null;
    case 'final-decision':
      return state === 'arrested' || state === 'open' ? 'decided' : null;
    case 'surrender':
      return state === 'decided' ? 'surrendered' : null;
    case 'executed':
      return 'executed';
    case 'refused':
      return 'refused';
    case 'withdrawn':
      return 'withdrawn';
  }
}

/**
 * The deadlines of a request. EAW (executing side, i.e. incoming): the final decision within 60 days
 * of the arrest, or 10 days after consent when the person consents; either extendable by 30 days;
 * surrender within 10 days of the final decision. Outgoing EAWs carry the same dates for follow-up.
 * Extradition: surrender within 10 days of the final decision (no EAW time limits apply before it).
 * MLA: recognition within 30 days of receipt, execution within 90 days of recognition.
 */
export function coopDeadlines(f: CoopFacts, rules: RuleSet): Deadline[] {
  if (f.closed) return [];
  const out: Deadline[] = [];
  const add = (key: Deadline['key'], due: string) => out.push({ key, due, reference: rules.get(key as never)?.reference ?? '' });
  const d = (k: Parameters<RuleSet['get']>[0]) => rules.get(k)!.days;
  if (f.kind === 'eaw' && f.arrestOn && !f.finalDecisionOn) {
    add('eaw-decision', eawDecisionDue(f, rules));
  }
  if ((f.kind === 'eaw' || f.kind === 'extradition') && f.finalDecisionOn && !f.surrenderedOn) {
    add('eaw-surrender', addDays(f.finalDecisionOn, d('eaw-surrender')));
  }
  if (f.kind === 'mla') {
    if (f.receivedOn && !f.recognisedOn) add('mla-recognition', addDays(f.receivedOn, d('mla-recognition')));
    if (f.recognisedOn) add('mla-execution', addDays(f.recognisedOn, d('mla-execution')));
  }
  return out;
}

/** The EAW decision deadline: consent + 10 days if the person consented, else arrest + 60; plus 30 when extended. */
export function eawDecisionDue(f: Pick<CoopFacts, 'arrestOn' | 'consentOn' | 'extended'>, rules: RuleSet): string {
  if (!f.arrestOn) throw new Error('an EAW decision deadline runs from the arrest');
  const base = f.consentOn ? addDays(f.consentOn, rules.get('eaw-decision-consent')!.days) : addDays(f.arrestOn, rules.get('eaw-decision')!.days);
  return f.extended ? addDays(base, rules.get('eaw-extension')!.days) : base;
}
