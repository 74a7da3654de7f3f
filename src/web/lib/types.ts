/** Shapes of the API's answers, as the web app reads them: aliases of the generated types (api-schema.d.ts). */
import type { Markings } from '../../core/contracts.ts';
import type { ApiOk } from './api.ts';

export type { Markings };

type Hit = { hit: true };
export type Me = ApiOk<'/api/auth/me', 'get'>;
export type SubjectAnswer = ApiOk<'/api/subjects/{id}', 'get'>;
export type Subject = Exclude<SubjectAnswer, Hit>;
export type SubjectSearch = ApiOk<'/api/subjects', 'get'>;
export type HitAnswer = SubjectSearch['hits'][number];
export type Contact = HitAnswer['contact'];
export const isHit = <T extends object>(x: T | null | undefined): x is Extract<T, Hit> => !!x && (x as { hit?: unknown }).hit === true;

export type ReportAnswer = ApiOk<'/api/reports/{id}', 'get'>;
export type Report = Exclude<ReportAnswer, Hit>;
export type ReportResult = ApiOk<'/api/reports', 'get'>['results'][number];
export type Graph = ApiOk<'/api/subjects/{id}/graph', 'get'>;
export type Assessment = ApiOk<'/api/threat-assessments', 'get'>['items'][number];
export type QueuedAssessment = ApiOk<'/api/threat-queue', 'get'>['items'][number];
export type ReviewItem = ApiOk<'/api/review-queue', 'get'>['items'][number];
export type Notification = ApiOk<'/api/notifications', 'get'>['items'][number];
export type Organisation = ApiOk<'/api/organisations', 'get'>[number];
export type User = ApiOk<'/api/users', 'get'>[number];
export type Group = ApiOk<'/api/groups', 'get'>[number];
export type ApiToken = ApiOk<'/api/tokens', 'get'>[number];
export type AuditVerdict = ApiOk<'/api/audit/verify', 'get'>;
