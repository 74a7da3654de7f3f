/**
 * Structural validation of incoming STIX 2.1 (bundles, TAXII envelopes, single objects), answering the
 * first problem as a JSON pointer (RFC 6901) to the offending field. It checks what an importer relies
 * on — the common properties, the required properties of the objects Vigil models, the rules the
 * OASIS schemas cannot express (modified ≥ created, reference types) and Vigil's extension — and
 * leaves unknown object types and custom properties alone (they are kept, not dropped).
 */
import { z } from 'zod';
import { CLASSIFICATIONS, DISTRIBUTIONS, HANDLING_CODES } from '../vocab.ts';
import { SCOPES } from './scope.ts';
import { VIGIL_EXTENSION_ID, type StixObject } from './stix.ts';

export class StixError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(`${pointer || '/'}: ${message}`);
    this.name = 'StixError';
  }
}

const ptr = (base: string, ...parts: Array<string | number>) => base + parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

const TYPE_RE = /^([a-z][a-z0-9]*)+(-[a-z0-9]+)*-?$/;
const ID_RE = /^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const TS_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;
const TS_MS_RE = /T\d{2}:\d{2}:\d{2}\.\d{3,}Z$/;

/** Cyber-observable types: no created/modified, spec_version optional. */
const SCO_TYPES = new Set([
  'artifact', 'autonomous-system', 'directory', 'domain-name', 'email-addr', 'email-message', 'file', 'ipv4-addr', 'ipv6-addr',
  'mac-addr', 'mutex', 'network-traffic', 'process', 'software', 'url', 'user-account', 'windows-registry-key', 'x509-certificate',
]);
const SDO_SRO_TYPES = new Set([
  'attack-pattern', 'campaign', 'course-of-action', 'grouping', 'identity', 'incident', 'indicator', 'infrastructure', 'intrusion-set',
  'location', 'malware', 'malware-analysis', 'note', 'observed-data', 'opinion', 'report', 'threat-actor', 'tool', 'vulnerability',
  'relationship', 'sighting', 'extension-definition', 'language-content',
]);
/** Required properties beyond the common ones, for the types Vigil reads. */
const REQUIRED: Record<string, Array<[string, 'string' | 'array' | 'id']>> = {
  identity: [['name', 'string']],
  report: [['name', 'string'], ['published', 'string'], ['object_refs', 'array']],
  relationship: [['relationship_type', 'string'], ['source_ref', 'id'], ['target_ref', 'id']],
  'extension-definition': [['name', 'string'], ['schema', 'string'], ['version', 'string'], ['extension_types', 'array']],
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkTimestamp(v: unknown, at: string, millis = false): string {
  if (typeof v !== 'string' || !TS_RE.test(v) || Number.isNaN(Date.parse(v))) throw new StixError(at, 'must be an RFC 3339 UTC timestamp (e.g. 2026-01-31T12:00:00.000Z)');
  if (millis && !TS_MS_RE.test(v)) throw new StixError(at, 'must be precise to the millisecond');
  return v;
}

function checkId(v: unknown, at: string, type?: string): string {
  if (typeof v !== 'string' || !ID_RE.test(v)) throw new StixError(at, 'must be a STIX identifier (type--UUID)');
  if (type && !v.startsWith(`${type}--`)) throw new StixError(at, `must start with "${type}--"`);
  return v;
}

const markingsSchema = z.object({
  owner_org_id: z.string().max(200).optional(),
  owner_org_name: z.string().max(300).optional(),
  classification: z.enum(CLASSIFICATIONS),
  distribution: z.enum(DISTRIBUTIONS).optional(),
  scope: z.enum(SCOPES),
  shared_org_ids: z.array(z.string()).max(200).optional(),
  group_ids: z.array(z.string()).max(50).optional(),
  handling_code: z.enum(HANDLING_CODES),
  hit_no_hit: z.boolean().optional(),
  legal_basis: z.string().max(300).optional(),
  purpose: z.string().max(300).optional(),
  review_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
});
const vigilExtSchema = z.looseObject({
  extension_type: z.literal('property-extension'),
  record_type: z.string().min(1).max(40),
  markings: markingsSchema.optional(),
  names: z.array(z.string().max(200)).max(50).optional(),
  birth_date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable().optional(),
  threat_level: z.number().int().min(1).max(4).nullable().optional(),
  source_reliability: z.enum(['A', 'B', 'C', 'X']).optional(),
  info_credibility: z.enum(['1', '2', '3', '4']).optional(),
  documents: z.array(z.object({ type: z.string(), number: z.string(), country: z.string().optional() })).max(50).optional(),
});

/** Checks one STIX object; throws StixError with a pointer under `at`. */
export function validateObject(o: unknown, at = ''): StixObject {
  if (!isObj(o)) throw new StixError(at, 'must be a JSON object');
  if (typeof o.type !== 'string' || o.type.length < 3 || o.type.length > 250 || !TYPE_RE.test(o.type)) throw new StixError(ptr(at, 'type'), 'must be a STIX type name');
  if (o.type === 'bundle') throw new StixError(ptr(at, 'type'), 'a bundle cannot be nested');
  const type = o.type;
  checkId(o.id, ptr(at, 'id'), type);
  const sco = SCO_TYPES.has(type);
  const sdo = SDO_SRO_TYPES.has(type);
  if (o.spec_version !== undefined && o.spec_version !== '2.1') throw new StixError(ptr(at, 'spec_version'), 'only STIX 2.1 is accepted');
  if (!sco && o.spec_version === undefined) throw new StixError(ptr(at, 'spec_version'), 'is required ("2.1")');
  if (type === 'marking-definition') {
    checkTimestamp(o.created, ptr(at, 'created'));
  } else if (sdo || (!sco && o.created !== undefined)) {
    const created = checkTimestamp(o.created, ptr(at, 'created'), true);
    const modified = checkTimestamp(o.modified, ptr(at, 'modified'), true);
    if (Date.parse(modified) < Date.parse(created)) throw new StixError(ptr(at, 'modified'), 'must not be earlier than created');
  }
  if (o.created_by_ref !== undefined) checkId(o.created_by_ref, ptr(at, 'created_by_ref'), 'identity');
  if (o.revoked !== undefined && typeof o.revoked !== 'boolean') throw new StixError(ptr(at, 'revoked'), 'must be true or false');
  if (o.object_marking_refs !== undefined) {
    if (!Array.isArray(o.object_marking_refs) || o.object_marking_refs.length === 0) throw new StixError(ptr(at, 'object_marking_refs'), 'must be a non-empty list');
    o.object_marking_refs.forEach((r, i) => checkId(r, ptr(at, 'object_marking_refs', i), 'marking-definition'));
  }
  for (const [prop, kind] of REQUIRED[type] ?? []) {
    const v = o[prop];
    const p = ptr(at, prop);
    if (kind === 'string' && typeof v !== 'string') throw new StixError(p, 'is required (a string)');
    if (kind === 'id') checkId(v, p);
    if (kind === 'array' && (!Array.isArray(v) || v.length === 0)) throw new StixError(p, 'is required (a non-empty list)');
  }
  if (type === 'report') {
    checkTimestamp(o.published, ptr(at, 'published'));
    (o.object_refs as unknown[]).forEach((r, i) => checkId(r, ptr(at, 'object_refs', i)));
  }
  if (type === 'relationship') {
    for (const k of ['source_ref', 'target_ref'] as const) {
      if (/^(relationship|sighting|bundle|marking-definition|language-content)--/.test(String(o[k]))) throw new StixError(ptr(at, k), 'cannot reference this type of object');
    }
    if (!/^[a-z0-9-]+$/.test(String(o.relationship_type))) throw new StixError(ptr(at, 'relationship_type'), 'must be lower-case words joined by "-"');
  }
  if (o.extensions !== undefined) {
    if (!isObj(o.extensions)) throw new StixError(ptr(at, 'extensions'), 'must be an object');
    const v = o.extensions[VIGIL_EXTENSION_ID];
    if (v !== undefined) {
      const r = vigilExtSchema.safeParse(v);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        throw new StixError(ptr(at, 'extensions', VIGIL_EXTENSION_ID, ...(issue.path as Array<string | number>)), issue.message);
      }
    }
  }
  return o as StixObject;
}

/** Checks a bundle; returns its objects. */
export function validateBundle(b: unknown): StixObject[] {
  if (!isObj(b)) throw new StixError('', 'a STIX bundle must be a JSON object');
  if (b.type !== 'bundle') throw new StixError('/type', 'must be "bundle"');
  checkId(b.id, '/id', 'bundle');
  if (b.objects === undefined) return [];
  if (!Array.isArray(b.objects)) throw new StixError('/objects', 'must be a list');
  return b.objects.map((o, i) => validateObject(o, ptr('', 'objects', i)));
}

/** Checks a TAXII envelope ({"objects": [...], "more"?, "next"?}); returns its objects. */
export function validateEnvelope(e: unknown): { objects: StixObject[]; more: boolean; next: string | undefined } {
  if (!isObj(e)) throw new StixError('', 'a TAXII envelope must be a JSON object');
  if (e.more !== undefined && typeof e.more !== 'boolean') throw new StixError('/more', 'must be true or false');
  if (e.next !== undefined && typeof e.next !== 'string') throw new StixError('/next', 'must be a string');
  if (e.objects !== undefined && !Array.isArray(e.objects)) throw new StixError('/objects', 'must be a list');
  const objects = ((e.objects as unknown[] | undefined) ?? []).map((o, i) => validateObject(o, ptr('', 'objects', i)));
  return { objects, more: e.more === true, next: e.next as string | undefined };
}
