/** What the oversight API answers (src/server/modules/oversight). */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  actorId: string | null;
  organisation: string;
  orgId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  /** Every record the event names (released, answered hit/no-hit, or acted on). */
  recordIds?: string[];
  hitIds?: string[];
  purpose: string | null;
  requestId: string | null;
  details: unknown;
  hash: string;
}

export interface PersonSummary {
  actorId: string | null;
  actor: string;
  orgId: string | null;
  organisation: string;
  count: number;
  hitAnswers: number;
  first: string;
  last: string;
  purposes: string[];
  actions: string[];
}

export interface RecordSummary {
  recordId: string;
  recordTypes: string[];
  count: number;
  first: string;
  last: string;
  purposes: string[];
  actions: string[];
}

export type Summary = { question: 'record'; recordId: string; items: PersonSummary[] } | { question: 'actor'; actor: string | null; actorId: string | null; items: RecordSummary[] };

export interface LookupMatch {
  id: string;
  recordType: string;
  label: string;
  organisation: string;
  orgId: string;
}

/** Filters of an answer: period, organisation, actions. */
export interface AnswerFilters {
  from: string;
  to: string;
  orgId: string;
  action: string;
}

export const NO_FILTERS: AnswerFilters = { from: '', to: '', orgId: '', action: '' };
