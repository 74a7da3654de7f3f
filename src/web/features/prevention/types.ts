/** Wire types of the prevention screens: aliases of the generated types (src/web/lib/api-schema.d.ts). */
import type { ApiOk } from '../../lib/api.ts';

export type CaseSummary = ApiOk<'/api/prevention/cases', 'get'>[number];
export type CaseDetail = ApiOk<'/api/prevention/cases/{id}', 'get'>;
export type Stage = CaseSummary['stage'];
export const STAGES: Stage[] = ['identification', 'assessment', 'planning', 'delivery', 'monitoring', 'exit'];
export type Contribution = CaseDetail['contributions'][number];
export type Sharing = Contribution['sharing'];
export type Sheet = CaseDetail['feedback'][number];
export type CellSummary = ApiOk<'/api/prevention/cells', 'get'>[number];
export type Cell = ApiOk<'/api/prevention/cells/{id}', 'get'>;
export type CellHead = Omit<Cell, 'members' | 'formerMembers' | 'history'>;
export type Member = Cell['members'][number];
export type MembershipChange = Cell['history'][number];
export type Meeting = ApiOk<'/api/prevention/meetings/{id}', 'get'>;
export type MeetingSummary = ApiOk<'/api/prevention/cells/{id}/meetings', 'get'>[number];
export type QueueItem = ApiOk<'/api/prevention/review-queue', 'get'>[number];
export type ProgrammeSummary = ApiOk<'/api/prevention/programmes', 'get'>[number];
export type Programme = ApiOk<'/api/prevention/programmes/{id}', 'get'>;
export type Municipality = ApiOk<'/api/prevention/municipalities', 'get'>[number];
export type ExchangeSummary = ApiOk<'/api/prevention/exchanges', 'get'>[number];
export type Exchange = ApiOk<'/api/prevention/exchanges/{id}', 'get'>;
export type TrainingModuleSummary = ApiOk<'/api/prevention/training/modules', 'get'>[number];
export type TrainingModule = ApiOk<'/api/prevention/training/modules/{id}', 'get'>;
export type Progress = TrainingModuleSummary['progress'];
export type AnswerResult = ApiOk<'/api/prevention/training/modules/{id}/answers', 'post'>;
export type TeamResult = ApiOk<'/api/prevention/training/teams', 'get'>[number];
export type Person = ApiOk<'/api/prevention/people', 'get'>[number];
export type LegalBases = ApiOk<'/api/prevention/legal-bases', 'get'>;
export const EXCHANGE_TYPES = ['city-pair', 'ivlp', 'strong-cities', 'young-cities', 'mother-schools', 'father-schools', 'speakers', 'community-policing', 'diversity-training'] as const;
export const MEMBER_ROLES = ['mayor', 'police_chief', 'prevention_official', 'police', 'social_services', 'youth_services', 'education', 'other'] as const;
export const PARTNER_KINDS = ['community', 'religious', 'education', 'employment', 'housing', 'health', 'family', 'other'] as const;
export const MILESTONE_DOMAINS = ['education', 'work', 'housing', 'family'] as const;
export const OUTCOMES = ['completed', 'partly', 'dropped_out', 'transferred'] as const;
/** The code under which the legal registry holds the LIVC-R law (the case form proposes it). */
export const LIVC_BASIS_CODE = 'livc-2018';
