/** The wire shape of an alert (zod, also the request schemas of the content) and the row → wire function. */
import { z } from 'zod';
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_LANGUAGES,
  CAP_LIMITS,
  CAP_MSG_TYPES,
  CAP_RESPONSE_TYPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  type AlertContent,
  type Problem,
} from '../../../core/alerts/cap.ts';
import { countSms } from '../../../core/alerts/sms.ts';
import type { AlertRow } from './alerts.repository.ts';

// Draft content: every field typed and bounded, empty text allowed (the full check runs on submission).
const txt = (max: number) => z.string().max(max * 2);
const latLon = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]);
const when = z.string().datetime({ offset: true }).nullable();

export const contentSchema = z.object({
  status: z.enum(CAP_STATUSES),
  category: z.array(z.enum(CAP_CATEGORIES)).max(CAP_CATEGORIES.length),
  responseType: z.array(z.enum(CAP_RESPONSE_TYPES)).max(CAP_RESPONSE_TYPES.length),
  urgency: z.enum(CAP_URGENCIES),
  severity: z.enum(CAP_SEVERITIES),
  certainty: z.enum(CAP_CERTAINTIES),
  onset: when,
  expires: when,
  web: txt(CAP_LIMITS.web).nullable(),
  contact: txt(CAP_LIMITS.contact).nullable(),
  info: z
    .array(z.object({ language: z.enum(CAP_LANGUAGES), event: txt(CAP_LIMITS.event), headline: txt(CAP_LIMITS.headline), description: txt(CAP_LIMITS.description), instruction: txt(CAP_LIMITS.instruction), sms: txt(160) }))
    .max(CAP_LANGUAGES.length),
  area: z.object({
    description: txt(CAP_LIMITS.areaDescription),
    polygons: z.array(z.array(latLon).max(1000)).max(10),
    circles: z.array(z.object({ lat: z.number(), lon: z.number(), radiusKm: z.number() })).max(10),
    municipalities: z.array(z.string().regex(/^\d{5}$/, 'a NIS code has five digits')).max(100),
  }),
}) satisfies z.ZodType<AlertContent>;

export const idParams = z.object({ id: z.string().uuid() });

export const createBody = z.object({
  incidentId: z.string().uuid().nullable().optional(),
  content: contentSchema.optional(),
});

export const updateBody = z.object({
  version: z.number().int().positive(),
  incidentId: z.string().uuid().nullable().optional(),
  content: contentSchema,
});

export const versionBody = z.object({ version: z.number().int().positive() });
export const returnBody = z.object({ version: z.number().int().positive(), reason: z.string().trim().min(1).max(1000) });
export const followUpBody = z.object({ msgType: z.enum(['Update', 'Cancel']) });

const problemWire = z.object({ field: z.string(), message: z.string() });
const smsWire = z.object({ language: z.string(), encoding: z.string(), units: z.number(), limit: z.number(), fits: z.boolean(), ucs2Chars: z.array(z.string()) });

export const alertWire = z.object({
  id: z.string(),
  msgType: z.enum(CAP_MSG_TYPES),
  status: z.enum(CAP_STATUSES),
  state: z.enum(['draft', 'awaiting_approval', 'approved', 'published']),
  /** A published alert whose chain a Cancel closed. */
  cancelled: z.boolean(),
  /** A published alert a later Update or Cancel replaced. */
  superseded: z.boolean(),
  incident: z.object({ id: z.string(), title: z.string(), exercise: z.boolean() }).nullable(),
  referencesId: z.string().nullable(),
  rootId: z.string(),
  version: z.number(),
  content: contentSchema,
  organisation: z.string(),
  draftedBy: z.object({ id: z.string(), name: z.string() }),
  submittedAt: z.string().nullable(),
  approvedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  approvedAt: z.string().nullable(),
  publishedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  publishedAt: z.string().nullable(),
  identifier: z.string().nullable(),
  sent: z.string().nullable(),
  links: z.object({ xml: z.string(), signature: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the caller may do now (the screens show only these actions). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), publish: z.boolean(), followUp: z.boolean(), discard: z.boolean() }),
});
export type AlertWire = z.infer<typeof alertWire>;

export const alertDetailWire = alertWire.extend({
  problems: z.array(problemWire),
  sms: z.array(smsWire),
  /** Why an approver sent the alert back to draft, if they did. */
  returnedReason: z.string().nullable(),
});

export const alertListWire = z.array(alertWire);

export const previewWire = z.object({
  xml: z.string(),
  problems: z.array(problemWire),
  /** The message this one follows up, as published (the approval screen shows the differences). */
  previous: z.object({ id: z.string(), identifier: z.string().nullable(), content: contentSchema, xml: z.string().nullable() }).nullable(),
});

export const geoWire = z.string();

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export interface PresentContext {
  names: Map<string, string>;
  orgName: (id: string) => string;
  incident: { id: string; title: string; exercise: boolean } | null;
  can: AlertWire['can'];
}

/** The wire shape of an alert row. */
export function presentAlert(r: AlertRow, x: PresentContext): AlertWire {
  const person = (id: string | null) => (id ? { id, name: x.names.get(id) ?? 'unknown user' } : null);
  return {
    id: r.id,
    msgType: r.msg_type as AlertWire['msgType'],
    status: r.status as AlertWire['status'],
    state: r.state as AlertWire['state'],
    cancelled: Boolean(r.cancelled),
    superseded: Boolean(r.superseded),
    incident: x.incident,
    referencesId: r.references_id,
    rootId: r.root_id,
    version: r.version,
    content: r.content,
    organisation: x.orgName(r.owner_org_id),
    draftedBy: person(r.drafted_by)!,
    submittedAt: iso(r.submitted_at),
    approvedBy: person(r.approved_by),
    approvedAt: iso(r.approved_at),
    publishedBy: person(r.published_by),
    publishedAt: iso(r.published_at),
    identifier: r.identifier,
    sent: r.sent,
    links: r.state === 'published' ? { xml: `/cap/alerts/${r.id}.xml`, signature: `/cap/alerts/${r.id}.xml.sig` } : null,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    can: x.can,
  };
}

/** The SMS count of each language (the composer's counter, the approval screen's check). */
export function presentSms(c: AlertContent): z.infer<typeof smsWire>[] {
  return c.info.map((i) => ({ language: i.language, ...countSms(i.sms) })).map(({ segments: _s, ...rest }) => rest);
}

export type ProblemWire = Problem;
