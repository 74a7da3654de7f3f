/**
 * MISP event JSON in and out. Pure.
 *
 * Import accepts the wrapped `{"Event": {...}}` and the bare form, numbers as strings or integers,
 * and answers the first problem as a JSON pointer. An event is held as a STIX `report` whose Vigil
 * extension carries the event as Vigil models it (MispEvent below); TLP tags become TLP 2.0 markings,
 * other tags become labels. Export gives the event back, or builds one from Vigil's own records.
 */
import { createHash } from 'node:crypto';
import type { Tlp } from '../vocab.ts';
import type { Scope, StixMarkings, StixObject } from './stix.ts';
import { identityId, TLP2_MARKING_IDS, tlpOf, uuidOf, vigilExtension, VIGIL_EXTENSION_ID } from './stix.ts';
import { StixError } from './validate.ts';

export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  comment: string;
  toIds: boolean;
  objectRelation: string | null;
  timestamp: string | null;
  tags: string[];
}
export interface MispObject {
  uuid: string;
  name: string;
  metaCategory: string;
  description: string;
  templateUuid: string | null;
  templateVersion: string | null;
  attributes: MispAttribute[];
  references: Array<{ referencedUuid: string; relationshipType: string; comment: string }>;
}
export interface MispEvent {
  uuid: string;
  info: string;
  date: string;
  threatLevelId: number;
  analysis: number;
  distribution: number;
  published: boolean;
  timestamp: string | null;
  orgc: { name: string; uuid: string } | null;
  tags: string[];
  attributes: MispAttribute[];
  objects: MispObject[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A UUID (v4/v5 form) for any MISP uuid string, stable: MISP test data uses ids like "a". */
export function stableUuid(s: string): string {
  if (UUID_RE.test(s)) return s.toLowerCase();
  const h = createHash('sha256').update(`vigil-misp:${s}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function str(v: unknown, at: string, opts: { required?: boolean; def?: string } = {}): string {
  if (v === undefined || v === null) {
    if (opts.required) throw new StixError(at, 'is required');
    return opts.def ?? '';
  }
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw new StixError(at, 'must be a string');
  return v;
}

function int(v: unknown, at: string, min: number, max: number, def: number): number {
  if (v === undefined || v === null || v === '') return def;
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw new StixError(at, `must be an integer from ${min} to ${max}`);
  return n;
}

function bool(v: unknown, at: string): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1 || v === '0' || v === '1') return v === 1 || v === '1';
  throw new StixError(at, 'must be true or false');
}

function list(v: unknown, at: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new StixError(at, 'must be a list');
  return v;
}

function tags(v: unknown, at: string): string[] {
  return list(v, at).map((t, i) => {
    if (!isObj(t)) throw new StixError(`${at}/${i}`, 'must be an object with a name');
    return str(t.name, `${at}/${i}/name`, { required: true });
  });
}

function attribute(a: unknown, at: string): MispAttribute {
  if (!isObj(a)) throw new StixError(at, 'must be an object');
  const type = str(a.type, `${at}/type`, { required: true });
  if (!type) throw new StixError(`${at}/type`, 'cannot be empty');
  const value = str(a.value, `${at}/value`, { required: true });
  return {
    uuid: str(a.uuid, `${at}/uuid`) || crypto.randomUUID(),
    type,
    category: str(a.category, `${at}/category`),
    value,
    comment: str(a.comment, `${at}/comment`),
    toIds: bool(a.to_ids, `${at}/to_ids`),
    objectRelation: a.object_relation === undefined || a.object_relation === null ? null : str(a.object_relation, `${at}/object_relation`),
    timestamp: a.timestamp === undefined || a.timestamp === null ? null : str(a.timestamp, `${at}/timestamp`),
    tags: tags(a.Tag, `${at}/Tag`),
  };
}

/** Parses a MISP event document (wrapped or bare); throws StixError with a JSON pointer. */
export function parseMispEvent(doc: unknown): MispEvent {
  if (!isObj(doc)) throw new StixError('', 'a MISP event must be a JSON object');
  const wrapped = isObj(doc.Event);
  if (doc.Event !== undefined && !wrapped) throw new StixError('/Event', 'must be an object');
  const e = wrapped ? (doc.Event as Record<string, unknown>) : doc;
  const at = wrapped ? '/Event' : '';
  if (e.info === undefined && e.Attribute === undefined && e.Object === undefined && e.uuid === undefined) {
    throw new StixError(at || '/', 'is not a MISP event (no info, uuid, Attribute or Object)');
  }
  const date = str(e.date, `${at}/date`);
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new StixError(`${at}/date`, 'must be a date YYYY-MM-DD');
  const orgc = e.Orgc === undefined ? null : isObj(e.Orgc) ? e.Orgc : null;
  if (e.Orgc !== undefined && !orgc) throw new StixError(`${at}/Orgc`, 'must be an object');
  return {
    uuid: str(e.uuid, `${at}/uuid`) || crypto.randomUUID(),
    info: str(e.info, `${at}/info`),
    date: date || new Date().toISOString().slice(0, 10),
    threatLevelId: int(e.threat_level_id, `${at}/threat_level_id`, 1, 4, 4),
    analysis: int(e.analysis, `${at}/analysis`, 0, 2, 0),
    distribution: int(e.distribution, `${at}/distribution`, 0, 5, 0),
    published: bool(e.published, `${at}/published`),
    timestamp: e.timestamp === undefined || e.timestamp === null ? null : str(e.timestamp, `${at}/timestamp`),
    orgc: orgc ? { name: str(orgc.name, `${at}/Orgc/name`), uuid: str(orgc.uuid, `${at}/Orgc/uuid`) } : null,
    tags: tags(e.Tag, `${at}/Tag`),
    attributes: list(e.Attribute, `${at}/Attribute`).map((a, i) => attribute(a, `${at}/Attribute/${i}`)),
    objects: list(e.Object, `${at}/Object`).map((o, i) => {
      const p = `${at}/Object/${i}`;
      if (!isObj(o)) throw new StixError(p, 'must be an object');
      return {
        uuid: str(o.uuid, `${p}/uuid`) || crypto.randomUUID(),
        name: str(o.name, `${p}/name`, { required: true }),
        metaCategory: str(o['meta-category'], `${p}/meta-category`),
        description: str(o.description, `${p}/description`),
        templateUuid: o.template_uuid === undefined ? null : str(o.template_uuid, `${p}/template_uuid`),
        templateVersion: o.template_version === undefined ? null : str(o.template_version, `${p}/template_version`),
        attributes: list(o.Attribute, `${p}/Attribute`).map((a, k) => attribute(a, `${p}/Attribute/${k}`)),
        references: list(o.ObjectReference, `${p}/ObjectReference`).map((r, k) => {
          if (!isObj(r)) throw new StixError(`${p}/ObjectReference/${k}`, 'must be an object');
          return {
            referencedUuid: str(r.referenced_uuid, `${p}/ObjectReference/${k}/referenced_uuid`, { required: true }),
            relationshipType: str(r.relationship_type, `${p}/ObjectReference/${k}/relationship_type`),
            comment: str(r.comment, `${p}/ObjectReference/${k}/comment`),
          };
        }),
      };
    }),
  };
}

const TLP_TAG = /^tlp:(clear|white|green|amber\+strict|amber|red)$/i;

/** The TLP of a MISP tag list (tlp taxonomy; white is read as clear). */
export function tlpOfTags(t: string[]): Tlp | undefined {
  for (const tag of t) {
    const m = TLP_TAG.exec(tag.trim());
    if (m) return (m[1]!.toLowerCase() === 'white' ? 'clear' : m[1]!.toLowerCase()) as Tlp;
  }
  return undefined;
}

/** MISP distribution → Vigil federation scope (4 sharing group and 5 inherit count as community). */
export function scopeOfMispDistribution(d: number): Scope {
  return d === 0 ? 'organisation' : d === 2 || d === 3 ? 'connected' : 'community';
}
export function mispDistributionOfScope(s: Scope): number {
  return s === 'organisation' ? 0 : s === 'community' ? 1 : 2;
}

/** A MISP event as a STIX report carrying the event in Vigil's extension. */
export function mispToStix(ev: MispEvent, now: Date, markings: Partial<StixMarkings>): StixObject {
  const id = stableUuid(ev.uuid);
  const tlp = tlpOfTags(ev.tags);
  const ts = ev.timestamp && /^\d+$/.test(ev.timestamp) ? new Date(Number(ev.timestamp) * 1000) : now;
  const created = `${ev.date}T00:00:00.000Z`;
  const modified = ts.toISOString() > created ? ts.toISOString() : created;
  const author = ev.orgc?.uuid ? identityId(stableUuid(ev.orgc.uuid)) : undefined;
  const labels = ev.tags.filter((t) => !TLP_TAG.test(t.trim()));
  return {
    type: 'report',
    spec_version: '2.1',
    id: `report--${id}`,
    created,
    modified,
    ...(author ? { created_by_ref: author } : {}),
    name: ev.info || '(MISP event without title)',
    report_types: ['threat-report'],
    published: created,
    object_refs: [author ?? `identity--${stableUuid(`event-author:${ev.uuid}`)}`],
    ...(labels.length ? { labels } : {}),
    ...(tlp ? { object_marking_refs: [TLP2_MARKING_IDS[tlp]] } : {}),
    extensions: {
      [VIGIL_EXTENSION_ID]: {
        extension_type: 'property-extension',
        record_type: 'misp-event',
        misp_event: ev,
        markings: { scope: scopeOfMispDistribution(ev.distribution), classification: 'restricted', handling_code: 'H0', ...markings },
      },
    },
  };
}

function attributeJson(a: MispAttribute) {
  return {
    uuid: a.uuid,
    type: a.type,
    category: a.category,
    value: a.value,
    comment: a.comment,
    to_ids: a.toIds,
    ...(a.objectRelation !== null ? { object_relation: a.objectRelation } : {}),
    ...(a.timestamp !== null ? { timestamp: a.timestamp } : {}),
    ...(a.tags.length ? { Tag: a.tags.map((name) => ({ name })) } : {}),
  };
}

/** The wrapped MISP JSON of an event. */
export function mispJson(ev: MispEvent): { Event: Record<string, unknown> } {
  return {
    Event: {
      uuid: ev.uuid,
      info: ev.info,
      date: ev.date,
      threat_level_id: String(ev.threatLevelId),
      analysis: String(ev.analysis),
      distribution: String(ev.distribution),
      published: ev.published,
      ...(ev.timestamp !== null ? { timestamp: ev.timestamp } : {}),
      ...(ev.orgc ? { Orgc: { name: ev.orgc.name, uuid: ev.orgc.uuid } } : {}),
      Tag: ev.tags.map((name) => ({ name })),
      Attribute: ev.attributes.map(attributeJson),
      Object: ev.objects.map((o) => ({
        uuid: o.uuid,
        name: o.name,
        'meta-category': o.metaCategory,
        description: o.description,
        ...(o.templateUuid !== null ? { template_uuid: o.templateUuid } : {}),
        ...(o.templateVersion !== null ? { template_version: o.templateVersion } : {}),
        Attribute: o.attributes.map(attributeJson),
        ObjectReference: o.references.map((r) => ({ referenced_uuid: r.referencedUuid, relationship_type: r.relationshipType, comment: r.comment })),
      })),
    },
  };
}

const rehydrateAttr = (a: Partial<MispAttribute>): MispAttribute => ({
  uuid: a.uuid ?? crypto.randomUUID(), type: a.type ?? 'other', category: a.category ?? '', value: a.value ?? '', comment: a.comment ?? '',
  toIds: a.toIds ?? false, objectRelation: a.objectRelation ?? null, timestamp: a.timestamp ?? null, tags: a.tags ?? [],
});

/** A MISP event as held in an extension, with defaults for what a sender left out. */
export function rehydrate(e: Partial<MispEvent>): MispEvent {
  return {
    uuid: e.uuid ?? crypto.randomUUID(), info: e.info ?? '', date: e.date ?? '1970-01-01', threatLevelId: e.threatLevelId ?? 4, analysis: e.analysis ?? 0,
    distribution: e.distribution ?? 0, published: e.published ?? false, timestamp: e.timestamp ?? null, orgc: e.orgc ?? null, tags: e.tags ?? [],
    attributes: (e.attributes ?? []).map(rehydrateAttr),
    objects: (e.objects ?? []).map((o) => ({
      uuid: o.uuid, name: o.name, metaCategory: o.metaCategory ?? '', description: o.description ?? '', templateUuid: o.templateUuid ?? null,
      templateVersion: o.templateVersion ?? null, attributes: (o.attributes ?? []).map(rehydrateAttr), references: o.references ?? [],
    })),
  };
}

const attr = (type: string, category: string, value: string, objectRelation: string | null = null): MispAttribute => ({
  uuid: crypto.randomUUID(), type, category, value, comment: '', toIds: false, objectRelation, timestamp: null, tags: [],
});
const RELIABILITY: Record<string, string> = { A: 'a', B: 'b', C: 'c', X: 'f' };

/**
 * One MISP event from STIX objects held by Vigil: an imported MISP event comes back as it was (with the
 * current markings); Vigil records become an event whose info and date come from the first report,
 * subjects become "person" objects, links object references, grades admiralty-scale tags.
 */
export function stixToMisp(objects: StixObject[], org: { name: string; uuid: string }, now: Date): MispEvent {
  const only = objects.length === 1 ? vigilExtension(objects[0]!) : undefined;
  const scope = (only?.markings as StixMarkings | undefined)?.scope;
  if (only?.record_type === 'misp-event' && only.misp_event) {
    const ev = rehydrate(only.misp_event as Partial<MispEvent>);
    const tlp = tlpOf(objects[0]!);
    const had = ev.tags.some((t) => TLP_TAG.test(t.trim()));
    const tags = ev.tags.map((t) => (TLP_TAG.test(t.trim()) && tlp ? `tlp:${tlp}` : t));
    return { ...ev, distribution: scope ? Math.min(ev.distribution, mispDistributionOfScope(scope)) : ev.distribution, tags: tlp && !had ? [`tlp:${tlp}`, ...tags] : tags };
  }
  const report = objects.find((o) => vigilExtension(o)?.record_type === 'report');
  const rx = report ? vigilExtension(report)! : undefined;
  const tlps = objects.map(tlpOf).filter((t): t is Tlp => !!t);
  const order: Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
  const tlp = tlps.sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
  const tagList = [...(tlp ? [`tlp:${tlp}`] : [])];
  if (rx) tagList.push(`admiralty-scale:source-reliability="${RELIABILITY[String(rx.source_reliability)] ?? 'f'}"`, `admiralty-scale:information-credibility="${String(rx.info_credibility)}"`);
  const attributes: MispAttribute[] = [];
  if (report) attributes.push(attr('text', 'Other', String(report.description ?? '')));
  const subjectObjects: MispObject[] = [];
  for (const o of objects) {
    const x = vigilExtension(o);
    if (x?.record_type !== 'subject') continue;
    const attrs: MispAttribute[] = ((x.names as string[]) ?? [String(o.name)]).map((n) => attr('full-name', 'Person', n, 'full-name'));
    if (x.birth_date) attrs.push(attr('date-of-birth', 'Person', String(x.birth_date), 'date-of-birth'));
    for (const n of (x.nationalities as string[]) ?? []) attrs.push(attr('nationality', 'Person', n, 'nationality'));
    for (const d of (x.documents as Array<{ type: string; number: string }>) ?? []) {
      attrs.push(attr(d.type === 'passport' ? 'passport-number' : 'identity-card-number', 'Person', d.number, d.type === 'passport' ? 'passport-number' : 'identity-card-number'));
    }
    subjectObjects.push({ uuid: uuidOf(o.id), name: 'person', metaCategory: 'misc', description: 'A subject of a Vigil record', templateUuid: null, templateVersion: null, attributes: attrs, references: [] });
  }
  for (const o of objects) {
    const x = vigilExtension(o);
    if (x?.record_type !== 'link') continue;
    const from = subjectObjects.find((s) => s.uuid === uuidOf(String(o.source_ref)));
    if (from) from.references.push({ referencedUuid: uuidOf(String(o.target_ref)), relationshipType: String(o.relationship_type), comment: String(o.description ?? '') });
  }
  return {
    uuid: report ? uuidOf(report.id) : crypto.randomUUID(),
    info: report ? String(report.name) : `Vigil export of ${objects.length} record(s)`,
    date: rx ? String(rx.reported_on) : now.toISOString().slice(0, 10),
    threatLevelId: 2,
    analysis: 2,
    distribution: mispDistributionOfScope(scope ?? 'community'),
    published: false,
    timestamp: String(Math.floor(now.getTime() / 1000)),
    orgc: org,
    tags: tagList,
    attributes,
    objects: subjectObjects,
  };
}
