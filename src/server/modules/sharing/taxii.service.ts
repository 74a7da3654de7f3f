/**
 * TAXII 2.1 server side: collections (everything shared with all; one per sharing group; one per
 * foreign-partner organisation), objects, manifest and versions with pagination and filters, and
 * POSTed envelopes. Only local records that may leave the instance are served, and each row passes
 * the access policy for the calling partner (readableSql before paging, then the read door in
 * release.ts); every request writes one audit event naming the record ids and STIX ids it released.
 */
import { sql, type RawBuilder } from 'kysely';
import { hasPermission } from '../../../core/access/policy.ts';
import { STIX_MEDIA_TYPE, type StixObject } from '../../../core/sharing/stix.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSql } from '../../platform/records.ts';
import { release } from './release.ts';
import { queryObjects, versionCondition, type ObjectRow } from './objects.store.ts';
import { sharingGroupNames } from '../admin/directory.service.ts';

export const MODULE = 'sharing' as const;
/** The collection of records shared with all organisations (fixed id). */
export const COLLECTION_ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const API_ROOT = 'vigil';
export const MAX_PAGE = 1000;

export interface Collection {
  id: string;
  title: string;
  description: string;
  condition: RawBuilder<boolean>;
}

/** The collections the caller may read. */
export async function visibleCollections(p: Platform, ctx: Ctx): Promise<Collection[]> {
  const a = ctx.actor;
  if (!hasPermission(a, MODULE, 'read') || a.orgKind === 'oversight') return [];
  const out: Collection[] = [
    { id: COLLECTION_ALL, title: 'Shared with all', description: 'Records every organisation may read', condition: sql<boolean>`o.distribution = 'all'` },
  ];
  if (a.groupIds.length > 0) {
    const groups = await sharingGroupNames(p.db, a.groupIds);
    for (const g of groups) {
      out.push({ id: g.id, title: g.name, description: `Records shared with the sharing group ${g.name}`, condition: sql<boolean>`(o.distribution = 'group' AND ${g.id}::uuid = ANY(o.group_ids))` });
    }
  }
  if (a.orgKind === 'foreign-partner') {
    out.push({ id: a.orgId, title: a.orgName, description: `Records shared with ${a.orgName}`, condition: sql<boolean>`(o.distribution = 'organisations' AND ${a.orgId}::uuid = ANY(o.shared_org_ids))` });
  }
  return out;
}

export async function collectionOf(p: Platform, ctx: Ctx, id: string): Promise<Collection> {
  const c = (await visibleCollections(p, ctx)).find((x) => x.id === id);
  if (!c) throw notFound('collection');
  return c;
}

export function presentCollection(ctx: Ctx, c: Collection) {
  return { id: c.id, title: c.title, description: c.description, can_read: true, can_write: hasPermission(ctx.actor, MODULE, 'write'), media_types: [STIX_MEDIA_TYPE] };
}

export interface TaxiiFilter {
  limit?: number | undefined;
  next?: string | undefined;
  added_after?: string | undefined;
  'match[id]'?: string | undefined;
  'match[type]'?: string | undefined;
  'match[version]'?: string | undefined;
  'match[spec_version]'?: string | undefined;
}

const split = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function encodeNext(r: ObjectRow): string {
  return Buffer.from(`${r.date_added}|${r.seq}`).toString('base64url');
}

function decodeNext(next: string): { dateAdded: string; seq: number } {
  const [dateAdded, seq] = Buffer.from(next, 'base64url').toString().split('|');
  if (!dateAdded || !seq || Number.isNaN(Date.parse(dateAdded)) || !/^\d+$/.test(seq)) throw new AppError('INVALID_INPUT', 'next: not a value this server gave', 'next');
  return { dateAdded, seq: Number(seq) };
}

function checkTime(v: string, field: string): string {
  if (Number.isNaN(Date.parse(v)) || !/^\d{4}-\d{2}-\d{2}T/.test(v)) throw new AppError('INVALID_INPUT', `${field}: must be a timestamp`, field);
  return v;
}

/** The objects of a collection the caller may read, one page. */
export async function collectionRows(p: Platform, ctx: Ctx, c: Collection, f: TaxiiFilter, extra: RawBuilder<boolean>[] = [], versionDefault = 'last') {
  const grace = p.config.retentionGraceDays;
  const where: RawBuilder<boolean>[] = [
    sql<boolean>`o.origin = 'local' AND o.scope <> 'organisation'`,
    c.condition,
    readableSql(ctx, MODULE, grace, 'o'),
    ...extra,
  ];
  if (f.added_after) where.push(sql<boolean>`o.date_added > ${checkTime(f.added_after, 'added_after')}::timestamptz`);
  const ids = split(f['match[id]']);
  if (ids.length) where.push(sql<boolean>`o.stix_id = ANY(${ids}::text[])`);
  const types = split(f['match[type]']);
  if (types.length) where.push(sql<boolean>`o.stix_type = ANY(${types}::text[])`);
  const specs = split(f['match[spec_version]']);
  if (specs.length) where.push(sql<boolean>`o.spec_version = ANY(${specs}::text[])`);
  const versions = split(f['match[version]'] ?? versionDefault);
  for (const v of versions) if (!['last', 'first', 'all'].includes(v)) checkTime(v, 'match[version]');
  where.push(versionCondition(versions));
  const limit = Math.min(Math.max(f.limit ?? 100, 1), MAX_PAGE);
  const { rows, more } = await queryObjects(p.db, { where, after: f.next ? decodeNext(f.next) : undefined, limit });
  const last = rows[rows.length - 1];
  return { rows, more, next: more && last ? encodeNext(last) : undefined };
}

/**
 * One page of a collection through the door (release.ts): the policy per row, references to hidden
 * records withheld, one audit event naming the released record ids and STIX ids.
 */
export async function collectionPage(p: Platform, ctx: Ctx, action: string, c: Collection, f: TaxiiFilter, extra: RawBuilder<boolean>[] = []) {
  const page = await collectionRows(p, ctx, c, f, extra);
  const out = await release(p, ctx, { action, rows: page.rows, details: (count) => ({ collection: c.id, count }) });
  return { ...page, released: out, first: out[0]?.row.date_added, last: out[out.length - 1]?.row.date_added };
}

export function requireWrite(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on sharing to add objects.');
}

export const envelopeOf = (objects: StixObject[], more: boolean, next: string | undefined) => ({ more, ...(next ? { next } : {}), objects });
