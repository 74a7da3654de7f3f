/** Wire types of the prevention screens (the server's zod schemas in src/server/modules/prevention/*.presenter.ts). */
export type Stage = 'identification' | 'assessment' | 'planning' | 'delivery' | 'monitoring' | 'exit';
export type Sharing = 'own_service' | 'cell' | 'secrecy';
export const STAGES: Stage[] = ['identification', 'assessment', 'planning', 'delivery', 'monitoring', 'exit'];

export interface Member { id: string; userId: string; name: string; orgId: string; orgName: string; role: string; core: boolean }
export interface CellHead { id: string; name: string; orgId: string; orgName: string; municipalities: Array<{ nisCode: string; name: string }>; me: { memberId: string | null; coordinator: boolean } }
export interface MembershipChange { id: string; memberId: string; name: string; kind: 'added' | 'changed' | 'removed'; fromRole: string | null; toRole: string | null; fromOrgName: string | null; toOrgName: string | null; reason: string; vacancies: string[]; byName: string; at: string }
export interface Cell extends CellHead { members: Member[]; formerMembers: Array<Omit<Member, 'core'> & { removedAt: string }>; history: MembershipChange[] }
export interface CellSummary extends CellHead { memberCount: number }
export interface CaseSummary { id: string; cellId: string; cellName: string; reference: string; birthYear: number; municipality: string; nisCode: string; stage: Stage; reviewDate: string; consent: string; updatedAt: string }
export interface Contribution { id: string; memberId: string; name: string; role: string; orgId: string; orgName: string; sharing: Sharing; kind: 'note' | 'conclusion'; text: string; createdAt: string }
export interface Sheet { id: string; version: number; state: 'draft' | 'sent'; texts: Record<string, string>; contributionIds: string[]; consents: Array<{ memberId: string; decision: 'consent' | 'refuse' }>; missing: string[]; refused: string[]; problems: Array<{ field: string; message: string }>; sentAt: string | null }
export interface CaseDetail extends CaseSummary {
  legalBasis: string;
  legalBasisId: string | null;
  consentNote: string;
  nextStages: Stage[];
  review: { due: boolean; restricted: boolean };
  fields: Array<{ id: string; field: string; value: string; reason: string }>;
  participants: Array<{ memberId: string; userId: string; name: string; orgId: string; orgName: string; role: string; core: boolean }>;
  stages: Array<{ from: string | null; to: string; reason: string; memberId: string; at: string }>;
  contributions: Contribution[];
  plan: Array<{ id: string; kind: 'goal' | 'action'; text: string; responsibleOrgId: string | null; responsibleOrgName: string | null; reviewDate: string | null; status: string }>;
  feedback: Sheet[];
  intelLinks: Array<{ id: string; subjectId: string; reason: string; decisionRef: string }>;
  me: { memberId: string | null; coordinator: boolean; participant: boolean };
}
export interface Meeting { id: string; cellId: string; heldOn: string; agenda: Array<{ title: string; caseId: string | null; caseReference: string | null; hidden: boolean }>; minutes: string; minutesBy: string | null }
export interface MeetingSummary extends Omit<Meeting, 'minutes'> { hasMinutes: boolean }
export interface QueueItem extends CaseSummary { state: 'restricted' | 'overdue' | 'soon' }
export interface ProgrammeSummary { id: string; name: string; kind: string; description: string; nisCode: string; municipality: string; startsOn: string | null; endsOn: string | null; orgId: string; orgName: string }
export interface Programme extends ProgrammeSummary {
  partners: Array<{ id: string; name: string; kind: string; contact: string }>;
  sessions: Array<{ id: string; heldOn: string; topic: string; partnerId: string | null; present: number; absent: number }>;
  totals: { enrolled: number; active: number; completed: number; left: number; milestones: Record<string, number> };
  enrolments: Array<{ id: string; caseId: string; reference: string; enrolledOn: string; status: string; outcome: string | null; attended: number; missed: number; milestones: Array<{ id: string; domain: string; description: string; reachedOn: string }> }>;
  canWrite: boolean;
}
export interface Municipality { nisCode: string; name: string }
export interface ExchangeSummary { id: string; type: string; title: string; nisCode: string; city: string; donorMunicipalities: Municipality[]; partnerCities: string[]; startsOn: string; endsOn: string | null; participants: number; cohorts: number }
export interface Exchange extends ExchangeSummary {
  description: string;
  orgName: string;
  canWrite: boolean;
  cohortList: Array<{ id: string; label: string; year: number; participants: number }>;
  activities: Array<{ id: string; heldOn: string; description: string }>;
  lessons: Array<{ id: string; text: string; followUps: Array<{ id: string; action: string; planRef: string; status: string; dueOn: string | null; indicatorId: string | null }> }>;
}
export interface Progress { answered: number; correct: number; total: number; completed: boolean }
export interface TrainingModuleSummary { id: string; slug: string; title: string; summary: string; scenarios: number; progress: Progress }
export interface TrainingModule extends TrainingModuleSummary { scenarioList: Array<{ id: string; situation: string; question: string; options: Array<{ id: string; text: string }>; answered: boolean }> }
export interface AnswerResult { correct: boolean; feedback: string; rightOptionId: string; firstAnswer: boolean; progress: Progress }
export interface TeamResult { id: string; name: string; members: number; modules: Array<{ moduleId: string; title: string; members: number; completed: number; scorePercent: number | null; withheld: 'team-under-5' | 'none-completed' | null }> }
export interface Person { userId: string; name: string; orgId: string; orgName: string }
export interface LegalBases { available: boolean; bases: Array<{ id: string; code: string; title: string; article: string; textReference: string; validFrom: string; validTo: string | null }> }
export const EXCHANGE_TYPES = ['city-pair', 'ivlp', 'strong-cities', 'young-cities', 'mother-schools', 'father-schools', 'speakers', 'community-policing', 'diversity-training'] as const;
export const MEMBER_ROLES = ['mayor', 'police_chief', 'prevention_official', 'police', 'social_services', 'youth_services', 'education', 'other'] as const;
export const PARTNER_KINDS = ['community', 'religious', 'education', 'employment', 'housing', 'health', 'family', 'other'] as const;
export const MILESTONE_DOMAINS = ['education', 'work', 'housing', 'family'] as const;
export const OUTCOMES = ['completed', 'partly', 'dropped_out', 'transferred'] as const;
/** The code under which the legal registry holds the LIVC-R law (the case form proposes it). */
export const LIVC_BASIS_CODE = 'livc-2018';
