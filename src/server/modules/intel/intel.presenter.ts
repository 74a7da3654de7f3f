/** The wire shape of intelligence records: subjects, reports, links, the link graph and the review queue. */
import { z } from 'zod';
import type { LinkInput } from '../../../core/contracts.ts';
import { presentMarkings } from '../../platform/records.ts';
import { hitWire, iso, markingsInputWire, markingsWire } from '../../platform/markings.presenter.ts';
import type { ReportRow } from './reports.repository.ts';
import type { SubjectRow } from './subjects.repository.ts';

type OrgName = (id: string) => string;

/** The owner's review flags of a record (policy.ts `reviewState`; both false for other organisations). */
export const reviewFlagsWire = z.object({ reviewDue: z.boolean(), restricted: z.boolean() });
export type ReviewFlags = z.infer<typeof reviewFlagsWire>;

export const documentWire = z.object({ type: z.string(), number: z.string(), country: z.string().optional() });

/** The full view of a subject. */
export const subjectWire = z.object({
  id: z.string(),
  kind: z.string(),
  names: z.array(z.string()),
  birthDate: z.string().nullable(),
  nationalities: z.array(z.string()),
  gender: z.string().nullable(),
  category: z.string().nullable(),
  followUp: z.string(),
  documents: z.array(documentWire),
  notes: z.string(),
  /** The current level as the reader may know it (from assessments it may read). */
  threatLevel: z.number().nullable(),
  markings: markingsWire,
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  flags: reviewFlagsWire,
});
export type SubjectWire = z.infer<typeof subjectWire>;

/** An offence of the legal registry a subject is classified under (by code; inForce false once the offence ended). */
export const subjectOffenceWire = z.object({ code: z.string(), title: z.string(), article: z.string(), inForce: z.boolean() });
export type SubjectOffence = z.infer<typeof subjectOffenceWire>;
export const subjectOffencesWire = z.object({ offences: z.array(subjectOffenceWire) });

/** A subject as its page shows it: with whether the reader's organisation follows it, and its offences. */
export const subjectViewWire = subjectWire.extend({ following: z.boolean(), offences: z.array(subjectOffenceWire) });
/** One subject: the full view, or a hit-no-hit answer where the policy grants only that. */
export const subjectOrHitWire = z.union([subjectViewWire, hitWire]);

/** A subject search: results the caller reads in full (with the name that matched), and hit-no-hit answers. */
export const subjectSearchWire = z.object({
  results: z.array(subjectWire.extend({ score: z.number().nullable(), matchedName: z.string().nullable() })),
  hits: z.array(hitWire),
  /** How many subjects the caller may read match the filters (browsing); null for a name search (best matches only). */
  total: z.number().int().nullable(),
});

export const followWire = z.object({ following: z.boolean() });

export function presentSubject(r: SubjectRow, orgName: OrgName, flags: ReviewFlags): SubjectWire {
  return {
    id: r.id,
    kind: r.kind,
    names: r.names,
    birthDate: r.birth_date,
    nationalities: r.nationalities,
    gender: r.gender,
    category: r.category,
    followUp: r.follow_up,
    documents: r.documents,
    notes: r.notes,
    threatLevel: r.threat_level,
    markings: presentMarkings(r, orgName),
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    flags,
  };
}

/** A report (Europol 4x4 grade) with the ids of its subjects the reader may read. */
export const reportWire = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  reportedOn: z.string(),
  sourceOrganisation: z.object({ id: z.string(), name: z.string() }),
  grade: z.string(),
  sourceReliability: z.string(),
  infoCredibility: z.string(),
  subjectIds: z.array(z.string()),
  markings: markingsWire,
  createdAt: z.string(),
});
export type ReportWire = z.infer<typeof reportWire>;

export const reportOrHitWire = z.union([reportWire, hitWire]);
/** A page of reports; `total`: how many the caller may read match (the same filter as the page); `rank` 0 without a text query. */
export const reportSearchWire = z.object({ results: z.array(reportWire.extend({ rank: z.number() })), total: z.number().int() });

export function presentReport(r: ReportRow, orgName: OrgName, subjectIds: string[]): ReportWire {
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    reportedOn: r.reported_on,
    sourceOrganisation: { id: r.source_org_id, name: orgName(r.source_org_id) },
    grade: `${r.source_reliability}${r.info_credibility}`,
    sourceReliability: r.source_reliability,
    infoCredibility: r.info_credibility,
    subjectIds,
    markings: presentMarkings(r, orgName),
    createdAt: iso(r.created_at),
  };
}

/** A report's review: its next review date. */
export const reportReviewWire = z.object({ id: z.string(), reviewDate: z.string() });

/** A new link, as given (with the markings after their defaults). */
export const linkWire = z.object({
  id: z.string(),
  fromSubjectId: z.string(),
  toSubjectId: z.string(),
  type: z.string(),
  description: z.string(),
  markings: markingsInputWire,
});

export function presentNewLink(id: string, input: LinkInput): z.infer<typeof linkWire> {
  return { id, ...input };
}

/** The link graph around a subject (one hop). */
export const graphWire = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string().optional(), kind: z.string(), category: z.string().nullable(), threatLevel: z.number().nullable() })),
  edges: z.array(z.object({ id: z.string(), from: z.string(), to: z.string(), type: z.string(), description: z.string() })),
});

/** The owner organisation's records due for review, most urgent first. */
export const reviewQueueWire = z.object({
  items: z.array(
    z.object({
      recordType: z.enum(['subject', 'report']),
      id: z.string(),
      label: z.string(),
      reviewDate: z.string(),
      classification: z.string(),
      reviewDue: z.boolean(),
      restricted: z.boolean(),
    }),
  ),
});
