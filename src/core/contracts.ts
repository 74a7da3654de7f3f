/**
 * Zod contracts of Vigil's records: what the API accepts. The server validates at the edge with
 * these and the web app shows the same messages inline.
 */
import { z } from 'zod';
import {
  CLASSIFICATIONS,
  DISTRIBUTIONS,
  FOLLOW_UP_STATUSES,
  GENDERS,
  HANDLING_CODES,
  INFO_CREDIBILITY,
  LINK_TYPES,
  SOURCE_RELIABILITY,
  SUBJECT_CATEGORIES,
  SUBJECT_KINDS,
  THREAT_TARGET_KINDS,
  TLPS,
} from './vocab.ts';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date YYYY-MM-DD that exists. */
export const isoDate = z
  .string()
  .regex(ISO_DAY, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length < 10 || isoDate.safeParse(s).success, 'is not a real date');

export const uuid = z.string().uuid('must be an id (UUID)');

/** The markings every record carries. */
export const markingsInput = z
  .object({
    classification: z.enum(CLASSIFICATIONS),
    tlp: z.enum(TLPS),
    distribution: z.enum(DISTRIBUTIONS),
    sharedWith: z.array(uuid).max(200).default([]),
    groupIds: z.array(uuid).max(50).default([]),
    handlingCode: z.enum(HANDLING_CODES).default('H0'),
    hitNoHit: z.boolean().default(false),
    legalBasis: z.string().trim().min(3, 'name the legal basis').max(300),
    purpose: z.string().trim().min(3, 'state the purpose').max(300),
    reviewDate: isoDate.nullable().default(null),
  })
  .superRefine((m, ctx) => {
    if (m.distribution === 'organisations' && m.sharedWith.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sharedWith'], message: 'name at least one organisation for distribution "organisations"' });
    }
    if (m.distribution === 'group' && m.groupIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['groupIds'], message: 'name at least one sharing group for distribution "group"' });
    }
  });
export type MarkingsInput = z.infer<typeof markingsInput>;

/** The markings as the API returns them. */
export interface Markings {
  ownerOrgId: string;
  ownerOrgName: string;
  classification: (typeof CLASSIFICATIONS)[number];
  tlp: (typeof TLPS)[number];
  distribution: (typeof DISTRIBUTIONS)[number];
  sharedWith: string[];
  groupIds: string[];
  handlingCode: (typeof HANDLING_CODES)[number];
  hitNoHit: boolean;
  legalBasis: string;
  purpose: string;
  reviewDate: string | null;
}

export const identityDocument = z.object({
  type: z.string().trim().min(1).max(40),
  number: z.string().trim().min(1).max(60),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').optional(),
});

const name = z.string().trim().min(1, 'a name cannot be empty').max(200);

export const subjectInput = z
  .object({
    kind: z.enum(SUBJECT_KINDS),
    names: z.array(name).min(1, 'give at least one name').max(50),
    birthDate: partialDate.nullable().optional(),
    nationalities: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code (e.g. BE)')).max(10).default([]),
    gender: z.enum(GENDERS).nullable().optional(),
    category: z.enum(SUBJECT_CATEGORIES).nullable().optional(),
    followUp: z.enum(FOLLOW_UP_STATUSES).default('active'),
    documents: z.array(identityDocument).max(20).default([]),
    notes: z.string().max(20_000).default(''),
    markings: markingsInput,
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'organisation' && (s.birthDate || s.gender)) {
      ctx.addIssue({ code: 'custom', path: [s.birthDate ? 'birthDate' : 'gender'], message: 'an organisation has no birth date or gender' });
    }
  });
export type SubjectInput = z.infer<typeof subjectInput>;

export const reportInput = z.object({
  title: z.string().trim().min(3).max(300),
  body: z.string().trim().min(1).max(200_000),
  reportedOn: isoDate,
  sourceReliability: z.enum(SOURCE_RELIABILITY),
  infoCredibility: z.enum(INFO_CREDIBILITY),
  subjectIds: z.array(uuid).max(100).default([]),
  markings: markingsInput,
});
export type ReportInput = z.infer<typeof reportInput>;

export const linkInput = z
  .object({
    fromSubjectId: uuid,
    toSubjectId: uuid,
    type: z.enum(LINK_TYPES),
    description: z.string().max(2000).default(''),
    markings: markingsInput,
  })
  .refine((l) => l.fromSubjectId !== l.toSubjectId, { path: ['toSubjectId'], message: 'a subject cannot be linked to itself' });
export type LinkInput = z.infer<typeof linkInput>;

export const threatInput = z.object({
  targetKind: z.enum(THREAT_TARGET_KINDS),
  /** Subject id for a subject; a code or name for the country, a sector, an event or a place. */
  targetKey: z.string().trim().min(1).max(200),
  targetLabel: z.string().trim().max(200).optional(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  justification: z.string().trim().min(10, 'explain the level in at least 10 characters').max(20_000),
  nextReviewDue: isoDate.optional(),
  markings: markingsInput.optional(),
  /**
   * The legal registry's basis for processing the assessment cites (in force today); its citation
   * becomes the markings' legal basis. Without it: the markings' text when it is a registry citation,
   * else the subject's basis when it is one, else the registry's threat-analysis basis.
   */
  legalBasisId: uuid.optional(),
}).refine((t) => t.targetKind !== 'subject' || uuid.safeParse(t.targetKey).success, { path: ['targetKey'], message: 'a subject is named by its id (a UUID)' });
export type ThreatInput = z.infer<typeof threatInput>;
