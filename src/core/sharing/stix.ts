/**
 * Vigil records as STIX 2.1 objects and back. Pure: no I/O.
 *
 * Subjects become `identity` objects (individual / organization), reports `report` objects, links
 * `relationship` objects. What STIX has no property for (birth date, categories, threat level, the
 * Europol 4x4 grade, handling codes, classification, distribution…) travels in Vigil's own
 * property extension (VIGIL_EXTENSION_ID); TLP travels as the official TLP 2.0 marking definitions.
 */
import type { Classification, Distribution, HandlingCode, Tlp } from '../vocab.ts';

export type StixObject = Record<string, unknown> & { type: string; id: string };

export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** TLP 2.0 (oasis-open/cti-stix-common-objects): fixed ids, one per level. */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
export const TLP2_MARKING_IDS: Record<Tlp, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
/** TLP 1.0 ids predefined by STIX 2.1, accepted on import. */
const TLP1_MARKING_IDS: Record<string, Tlp> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};
const TLP_NAMES: Record<Tlp, string> = { clear: 'TLP:CLEAR', green: 'TLP:GREEN', amber: 'TLP:AMBER', 'amber+strict': 'TLP:AMBER+STRICT', red: 'TLP:RED' };

/** The TLP 2.0 marking-definition object of a level, exactly as published. */
export function tlpMarking(tlp: Tlp): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_MARKING_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: TLP_NAMES[tlp],
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: tlp } },
  };
}

/** The TLP of an object from its object_marking_refs (TLP 2.0 or 1.0 ids), or undefined. */
export function tlpOf(obj: Record<string, unknown>): Tlp | undefined {
  const refs = Array.isArray(obj.object_marking_refs) ? (obj.object_marking_refs as unknown[]) : [];
  for (const r of refs) {
    for (const [tlp, id] of Object.entries(TLP2_MARKING_IDS)) if (r === id) return tlp as Tlp;
    if (typeof r === 'string' && TLP1_MARKING_IDS[r]) return TLP1_MARKING_IDS[r];
  }
  return undefined;
}

/** Vigil's STIX extension: published as an extension-definition object in every bundle. */
export const VIGIL_EXTENSION_ID = 'extension-definition--7b1c8a52-3f0e-4d6a-9c1b-5e2f4a8d9c31';
export const VIGIL_IDENTITY_ID = 'identity--2f6d8e1a-9b4c-4e7f-8a3d-1c5b7e9f0a24';
export const VIGIL_EXTENSION_VERSION = '1.0.0';

/** The identity that publishes Vigil's extension definition. */
export const VIGIL_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: VIGIL_IDENTITY_ID,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'Vigil project',
  identity_class: 'organization',
  description: 'Publisher of the Vigil STIX extension (open-source counterterrorism platform).',
};

export const VIGIL_EXTENSION_DEFINITION: StixObject = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: VIGIL_EXTENSION_ID,
  created_by_ref: VIGIL_IDENTITY_ID,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'Vigil record',
  description:
    'Attributes and need-to-know markings of Vigil intelligence records: subject details (birth date, nationalities, ' +
    'category FTF/HTF/HP/PVE/TC, OCAM threat level 1-4, identity documents), the Europol 4x4 grade of reports, Europol ' +
    'handling codes H0-H3, classification, distribution and federation scope, legal basis, purpose, review date and provenance.',
  schema:
    'JSON Schema "vigil-record-1.0": published in docs/SHARING.md (section "The Vigil STIX extension") and served by every ' +
    'Vigil instance at /taxii2/extensions/vigil-record-1.0.schema.json',
  version: VIGIL_EXTENSION_VERSION,
  extension_types: ['property-extension'],
};

/** Markings as carried in the extension. */
export interface StixMarkings {
  owner_org_id: string;
  owner_org_name: string;
  classification: Classification;
  distribution: Distribution;
  scope: Scope;
  shared_org_ids: string[];
  group_ids: string[];
  handling_code: HandlingCode;
  hit_no_hit: boolean;
  legal_basis: string;
  purpose: string;
  review_date: string | null;
}
export type Scope = 'connected' | 'community' | 'organisation';

export interface Provenance {
  origin_instance: string;
  origin_org_id: string;
  origin_org_name: string;
}

/** What Vigil's markings of a record are, in the form services hold them. */
export interface RecordMarkingsIn {
  ownerOrgId: string;
  ownerOrgName: string;
  classification: Classification;
  tlp: Tlp;
  distribution: Distribution;
  sharedWith: string[];
  groupIds: string[];
  handlingCode: HandlingCode;
  hitNoHit: boolean;
  legalBasis: string;
  purpose: string;
  reviewDate: string | null;
}

export interface SubjectIn {
  id: string;
  kind: 'person' | 'organisation';
  names: string[];
  birthDate: string | null;
  nationalities: string[];
  gender: string | null;
  category: string | null;
  followUp: string;
  documents: Array<{ type: string; number: string; country?: string | undefined }>;
  notes: string;
  threatLevel: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  markings: RecordMarkingsIn;
}

export interface ReportIn {
  id: string;
  title: string;
  body: string;
  reportedOn: string;
  sourceOrgId: string;
  sourceOrgName: string;
  sourceReliability: string;
  infoCredibility: string;
  subjectIds: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  markings: RecordMarkingsIn;
}

export interface LinkIn {
  id: string;
  fromSubjectId: string;
  toSubjectId: string;
  type: string;
  description: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  markings: RecordMarkingsIn;
}

/** The federation scope of a local record, from its distribution (see docs/SHARING.md). */
export function scopeOfDistribution(d: Distribution): Scope {
  return d === 'all' ? 'connected' : d === 'organisation' ? 'organisation' : 'community';
}

export function stixMarkings(m: RecordMarkingsIn, scope: Scope = scopeOfDistribution(m.distribution)): StixMarkings {
  return {
    owner_org_id: m.ownerOrgId,
    owner_org_name: m.ownerOrgName,
    classification: m.classification,
    distribution: m.distribution,
    scope,
    shared_org_ids: m.sharedWith,
    group_ids: m.groupIds,
    handling_code: m.handlingCode,
    hit_no_hit: m.hitNoHit,
    legal_basis: m.legalBasis,
    purpose: m.purpose,
    review_date: m.reviewDate,
  };
}

export const stixTime = (d: Date): string => d.toISOString();
/** STIX id of a Vigil record or organisation. */
export const identityId = (uuid: string): string => `identity--${uuid}`;
export const uuidOf = (stixId: string): string => stixId.slice(stixId.indexOf('--') + 2);

function common(type: string, id: string, createdAt: Date, updatedAt: Date, m: RecordMarkingsIn) {
  const created = stixTime(createdAt);
  const modified = updatedAt.getTime() < createdAt.getTime() ? created : stixTime(updatedAt);
  return {
    type,
    spec_version: '2.1',
    id: `${type}--${id}`,
    created,
    modified,
    created_by_ref: identityId(m.ownerOrgId),
    object_marking_refs: [TLP2_MARKING_IDS[m.tlp]],
  };
}

/**
 * Drops the top-level properties STIX does not allow in an extension (null, empty lists): a reader
 * takes a missing property as null or empty.
 */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

function ext(recordType: string, m: RecordMarkingsIn, props: Record<string, unknown>, version: number) {
  return { [VIGIL_EXTENSION_ID]: compact({ extension_type: 'property-extension', record_type: recordType, vigil_version: version, ...props, markings: stixMarkings(m) }) };
}

export function subjectToStix(s: SubjectIn): StixObject {
  return {
    ...common('identity', s.id, s.createdAt, s.updatedAt, s.markings),
    name: s.names[0] ?? '',
    identity_class: s.kind === 'person' ? 'individual' : 'organization',
    ...(s.notes ? { description: s.notes } : {}),
    extensions: ext(
      'subject',
      s.markings,
      {
        kind: s.kind,
        names: s.names,
        birth_date: s.birthDate,
        nationalities: s.nationalities,
        gender: s.gender,
        category: s.category,
        follow_up: s.followUp,
        documents: s.documents,
        threat_level: s.threatLevel,
      },
      s.version,
    ),
  };
}

export function reportToStix(r: ReportIn): StixObject {
  const c = common('report', r.id, r.createdAt, r.updatedAt, r.markings);
  return {
    ...c,
    name: r.title,
    description: r.body,
    report_types: ['threat-report'],
    published: `${r.reportedOn}T00:00:00.000Z`,
    // A STIX report must reference at least one object: its subjects, else its author.
    object_refs: r.subjectIds.length > 0 ? r.subjectIds.map(identityId) : [c.created_by_ref],
    extensions: ext(
      'report',
      r.markings,
      {
        reported_on: r.reportedOn,
        source_org_id: r.sourceOrgId,
        source_org_name: r.sourceOrgName,
        source_reliability: r.sourceReliability,
        info_credibility: r.infoCredibility,
        grade: `${r.sourceReliability}${r.infoCredibility}`,
        subject_ids: r.subjectIds,
      },
      r.version,
    ),
  };
}

export function linkToStix(l: LinkIn): StixObject {
  return {
    ...common('relationship', l.id, l.createdAt, l.updatedAt, l.markings),
    relationship_type: l.type.replace(/_/g, '-'),
    source_ref: identityId(l.fromSubjectId),
    target_ref: identityId(l.toSubjectId),
    ...(l.description ? { description: l.description } : {}),
    extensions: ext('link', l.markings, { link_type: l.type }, l.version),
  };
}

/** The name a tombstone carries where STIX requires one (no content of the record). */
export const REVOKED_NAME = 'Revoked record';

/**
 * A revocation of an object: a tombstone version with `revoked: true` and nothing of the record (the
 * record was deleted at its source, or its distribution no longer reaches some readers). It keeps only
 * what STIX requires of its type, the author organisation, the TLP and Vigil's record type and markings;
 * references point to the author organisation, never to another record.
 */
export function revokedVersion(obj: StixObject, at: Date): StixObject {
  const stamp = stixTime(at);
  const modified = stamp > String(obj.modified ?? '') ? stamp : String(obj.modified);
  const created = String(obj.created ?? modified);
  const author = typeof obj.created_by_ref === 'string' ? obj.created_by_ref : VIGIL_IDENTITY_ID;
  const x = vigilExtension(obj);
  const base: StixObject = {
    type: obj.type,
    spec_version: '2.1',
    id: obj.id,
    created,
    modified,
    revoked: true,
    ...(typeof obj.created_by_ref === 'string' ? { created_by_ref: obj.created_by_ref } : {}),
    ...(Array.isArray(obj.object_marking_refs) ? { object_marking_refs: obj.object_marking_refs } : {}),
    ...(x
      ? { extensions: { [VIGIL_EXTENSION_ID]: compact({ extension_type: 'property-extension', record_type: x.record_type ?? 'other', markings: x.markings }) } }
      : {}),
  };
  if (obj.type === 'identity') return { ...base, name: REVOKED_NAME };
  if (obj.type === 'report') return { ...base, name: REVOKED_NAME, published: created, object_refs: [author] };
  if (obj.type === 'relationship') return { ...base, relationship_type: 'related-to', source_ref: author, target_ref: author };
  return base;
}

/** The identity of an organisation (an agency), as created_by_ref targets. */
export function organisationIdentity(id: string, name: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: identityId(id),
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    name,
    identity_class: 'organization',
    sectors: ['government-national'],
  };
}

/** The Vigil extension block of an object, or undefined. */
export function vigilExtension(obj: Record<string, unknown>): Record<string, unknown> | undefined {
  const e = obj.extensions as Record<string, unknown> | undefined;
  const v = e?.[VIGIL_EXTENSION_ID];
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

/** Replaces the markings (and adds provenance) in an object's Vigil extension; other content is kept. */
export function withMarkings(obj: StixObject, markings: StixMarkings, provenance?: Provenance): StixObject {
  const e = vigilExtension(obj) ?? { extension_type: 'property-extension', record_type: 'other' };
  return {
    ...obj,
    extensions: {
      ...((obj.extensions as Record<string, unknown>) ?? {}),
      [VIGIL_EXTENSION_ID]: { ...e, markings, ...(provenance ? { provenance } : {}) },
    },
  };
}

/**
 * A bundle of objects, with the TLP 2.0 marking definitions they reference. Vigil's
 * extension-definition is published on its own (GET /taxii2/extensions/…) rather than in every bundle:
 * the OASIS bundle schema matches a custom object both as SDO and as SCO, so no bundle holding an
 * extension-definition object validates against it (see docs/SHARING.md).
 */
export function bundle(objects: StixObject[], extra: StixObject[] = []): StixObject {
  const tlps = new Set<Tlp>();
  for (const o of objects) {
    const t = tlpOf(o);
    if (t) tlps.add(t);
  }
  const defs: StixObject[] = [...tlps].map(tlpMarking);
  const seen = new Set<string>();
  const all = [...defs, ...extra, ...objects].filter((o) => (seen.has(`${o.id}|${String(o.modified ?? '')}`) ? false : (seen.add(`${o.id}|${String(o.modified ?? '')}`), true)));
  return { type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: all };
}
