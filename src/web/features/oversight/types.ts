/** What the oversight API answers: aliases of the generated types (src/web/lib/api-schema.d.ts). */
import type { ApiOk } from '../../lib/api.ts';

export type AuditRow = ApiOk<'/api/audit', 'get'>[number];
export type Summary = ApiOk<'/api/audit/summary', 'get'>;
export type PersonSummary = Extract<Summary, { question: 'record' }>['items'][number];
export type RecordSummary = Extract<Summary, { question: 'actor' }>['items'][number];
export type LookupMatch = ApiOk<'/api/oversight/lookup', 'post'>['items'][number];

/** Filters of an answer: period, organisation, actions. */
export interface AnswerFilters {
  from: string;
  to: string;
  orgId: string;
  action: string;
}

export const NO_FILTERS: AnswerFilters = { from: '', to: '', orgId: '', action: '' };
