/**
 * Vigil's controlled vocabularies: the values every module, the database and the UI share.
 * Kept as const tuples so zod schemas, SQL checks and TypeScript types derive from one list.
 */

export const ORG_KINDS = [
  'intelligence',
  'police',
  'threat-assessment',
  'border',
  'crisis',
  'prevention',
  'foreign-partner',
  'oversight',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Classification levels, lowest first: the order is the clearance order. */
export const CLASSIFICATIONS = ['unclassified', 'restricted', 'confidential', 'secret', 'top_secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** TLP 2.0 labels. */
export const TLPS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type Tlp = (typeof TLPS)[number];

/** Who may see a record besides its owner organisation. */
export const DISTRIBUTIONS = ['organisation', 'organisations', 'group', 'all'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** Europol handling codes. */
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

/** Subject categories of the Belgian Common Database. */
export const SUBJECT_CATEGORIES = ['FTF', 'HTF', 'HP', 'PVE', 'TC'] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

export const SUBJECT_KINDS = ['person', 'organisation'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const GENDERS = ['male', 'female', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const FOLLOW_UP_STATUSES = ['active', 'monitored', 'dormant', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Europol 4x4: source reliability and information credibility. */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'X'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITY)[number];
export const INFO_CREDIBILITY = ['1', '2', '3', '4'] as const;
export type InfoCredibility = (typeof INFO_CREDIBILITY)[number];

export const LINK_TYPES = [
  'family',
  'associate',
  'member_of',
  'leader_of',
  'travelled_with',
  'financed',
  'communicated_with',
  'recruited',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** OCAM threat levels 1–4. */
export const THREAT_LEVELS = [1, 2, 3, 4] as const;
export type ThreatLevel = (typeof THREAT_LEVELS)[number];
export const THREAT_TARGET_KINDS = ['subject', 'country', 'sector', 'event', 'place'] as const;
export type ThreatTargetKind = (typeof THREAT_TARGET_KINDS)[number];

/** Product modules a role can be granted on. */
export const MODULES = [
  'intel',
  'threat',
  'screening',
  'content',
  'sharing',
  'legal',
  'prevention',
  'crisis',
  'cyber',
  'insight',
  'admin',
  'audit',
] as const;
export type Module = (typeof MODULES)[number];

/** 'oversee': an oversight body's right on a pillar (legal: the commission and the committee see every authorisation). */
export const PERMISSIONS = ['read', 'write', 'approve', 'admin', 'oversee'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Longest allowed interval between two threat evaluations (OCAM: at least twice a year). */
export const MAX_REEVALUATION_MONTHS = 6;

/** Days after a record's review date before it is restricted to its owner. */
export const DEFAULT_RETENTION_GRACE_DAYS = 30;
