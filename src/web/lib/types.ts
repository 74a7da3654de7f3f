/** Shapes of the API's answers, as the web app reads them. */
import type { Markings } from '../../core/contracts.ts';
import type { Classification, Module, OrgKind, Permission } from '../../core/vocab.ts';

export type { Markings };

export interface Me {
  id: string;
  username: string;
  displayName: string;
  organisation: { id: string; name: string; kind: OrgKind };
  clearance: Classification;
  roles: Partial<Record<Module, Permission[]>>;
  locale: string;
}

export interface Contact {
  organisationId: string;
  organisation: string;
}

export interface Subject {
  id: string;
  kind: 'person' | 'organisation';
  names: string[];
  birthDate: string | null;
  nationalities: string[];
  gender: string | null;
  category: string | null;
  followUp: string;
  documents: Array<{ type: string; number: string; country?: string }>;
  notes: string;
  threatLevel: number | null;
  markings: Markings;
  version: number;
  createdAt: string;
  updatedAt: string;
  flags: { reviewDue: boolean; restricted: boolean };
  /** Whether the reader's organisation follows the subject (on a single subject's answer). */
  following?: boolean;
  /** The registry offences the subject is classified under (on a single subject's answer). */
  offences?: Array<{ code: string; title: string; article: string; inForce: boolean }>;
}

export interface HitAnswer {
  id?: string;
  hit: true;
  contact: Contact;
  score?: number;
}

export type SubjectAnswer = Subject | HitAnswer;
export const isHit = <T extends object>(x: T | null | undefined): x is Extract<T, HitAnswer> => !!x && (x as { hit?: unknown }).hit === true;

export interface SubjectSearch {
  results: Array<Subject & { score: number | null; matchedName: string | null }>;
  hits: HitAnswer[];
}

export interface Report {
  id: string;
  title: string;
  body: string;
  reportedOn: string;
  sourceOrganisation: { id: string; name: string };
  grade: string;
  sourceReliability: string;
  infoCredibility: string;
  subjectIds: string[];
  markings: Markings;
  createdAt: string;
  rank?: number;
}

export type ReportAnswer = Report | (HitAnswer & { id: string });

export interface Graph {
  nodes: Array<{ id: string; label: string; kind: string; category: string | null; threatLevel: number | null }>;
  edges: Array<{ id: string; from: string; to: string; type: string; description: string }>;
}

export interface Assessment {
  id: string;
  targetKind: string;
  targetKey: string;
  targetLabel: string;
  level: number;
  justification: string;
  assessor: string;
  assessedAt: string;
  nextReviewDue: string;
  markings: Markings;
  overdue?: boolean;
}

export interface ReviewItem {
  recordType: 'subject' | 'report';
  id: string;
  label: string;
  reviewDate: string;
  classification: Classification;
  reviewDue: boolean;
  restricted: boolean;
}

export interface Notification {
  id: string;
  kind: string;
  recordType: string | null;
  recordId: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
  read: boolean;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrgKind;
  country: string;
  contact: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  clearance: Classification;
  roles: Partial<Record<Module, Permission[]>>;
  locale: string;
  disabled: boolean;
}

export interface Group {
  id: string;
  name: string;
  description: string;
  orgIds: string[];
}

export interface ApiToken {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  revokedAt: string | null;
}

export interface AuditVerdict {
  ok: boolean;
  entries: number;
  headSeq?: number;
  checkpoints?: number;
  firstBrokenSeq?: number;
  reason?: string;
  checkpointProblems?: string[];
}
