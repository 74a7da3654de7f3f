/** JSON Schema (draft 2020-12) of Vigil's STIX property extension, version 1.0 (see docs/SHARING.md). */
import { CLASSIFICATIONS, DISTRIBUTIONS, HANDLING_CODES, SUBJECT_CATEGORIES } from '../vocab.ts';

const nullable = (s: Record<string, unknown>) => ({ anyOf: [s, { type: 'null' }] });

export const VIGIL_EXTENSION_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'vigil-record-1.0.schema.json',
  title: 'Vigil record (STIX 2.1 property extension)',
  type: 'object',
  required: ['extension_type', 'record_type'],
  properties: {
    extension_type: { const: 'property-extension' },
    record_type: { enum: ['subject', 'report', 'link', 'misp-event', 'other'] },
    vigil_version: { type: 'integer', minimum: 1, description: 'Version number of the record at its source' },
    kind: { enum: ['person', 'organisation'] },
    names: { type: 'array', items: { type: 'string' }, minItems: 1 },
    birth_date: nullable({ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
    nationalities: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' } },
    gender: nullable({ enum: ['male', 'female', 'other', 'unknown'] }),
    category: nullable({ enum: [...SUBJECT_CATEGORIES] }),
    follow_up: { enum: ['active', 'monitored', 'dormant', 'closed'] },
    documents: { type: 'array', items: { type: 'object', required: ['type', 'number'], properties: { type: { type: 'string' }, number: { type: 'string' }, country: { type: 'string' } } } },
    threat_level: nullable({ type: 'integer', minimum: 1, maximum: 4, description: 'OCAM threat level' }),
    reported_on: { type: 'string', format: 'date' },
    source_org_id: { type: 'string' },
    source_org_name: { type: 'string' },
    source_reliability: { enum: ['A', 'B', 'C', 'X'], description: 'Europol 4x4: source reliability' },
    info_credibility: { enum: ['1', '2', '3', '4'], description: 'Europol 4x4: information credibility' },
    grade: { type: 'string', pattern: '^[ABCX][1-4]$' },
    subject_ids: { type: 'array', items: { type: 'string' } },
    link_type: { type: 'string' },
    misp_event: { type: 'object', description: 'A MISP event as Vigil models it (uuid, info, date, threat level, analysis, distribution, tags, attributes, objects)' },
    markings: {
      type: 'object',
      required: ['classification', 'scope', 'handling_code'],
      properties: {
        owner_org_id: { type: 'string' },
        owner_org_name: { type: 'string' },
        classification: { enum: [...CLASSIFICATIONS] },
        distribution: { enum: [...DISTRIBUTIONS] },
        scope: { enum: ['connected', 'community', 'organisation'], description: 'Federation scope; steps down at each hop' },
        shared_org_ids: { type: 'array', items: { type: 'string' } },
        group_ids: { type: 'array', items: { type: 'string' } },
        handling_code: { enum: [...HANDLING_CODES], description: 'Europol handling code' },
        hit_no_hit: { type: 'boolean' },
        legal_basis: { type: 'string' },
        purpose: { type: 'string' },
        review_date: nullable({ type: 'string', format: 'date' }),
      },
    },
    provenance: {
      type: 'object',
      properties: { origin_instance: { type: 'string' }, origin_org_id: { type: 'string' }, origin_org_name: { type: 'string' } },
    },
  },
} as const;
