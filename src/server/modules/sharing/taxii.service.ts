/**
 * TAXII 2.1 server side: collections (everything shared with all; one per sharing group; one per
 * foreign-partner organisation), objects, manifest and versions with pagination and filters, and
 * POSTed envelopes. Only local records that may leave the instance are served, and each row passes
 * the access policy for the calling partner (readableSql before paging, then the read door in
 * release.ts); every request writes one audit event naming the record ids and STIX ids it released.
 */
import { hasPermission } from '../../../core/access/policy.ts';
import { STIX_MEDIA_TYPE, type StixObject } from '../../../core/sharing/stix.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSql } from '../../platform/records.ts';
import { release } from './release.ts';
import type { ObjectRow } from './objects.repository.ts';
import * as repo from './taxii.repository.ts';
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
  scope: repo.CollectionScope;
}

/** The collections the caller may read. */
export async function visibleCollections(p: Platform, ctx: Ctx): Promise<Collection[]> {
  const a = ctx.actor;
  const refs = collectionRefs(ctx);
  const groupIds = refs.flatMap((r) => (r.scope.kind === 'group' ? [r.scope.groupId] : []));
  // Groups in the directory's order, by name (a group deleted meanwhile is left out).
  const groups = groupIds.length ? await sharingGroupNames(p.db, groupIds) : [];
  return [
    ...refs.filter((r) => r.scope.kind === 'all').map((r) => ({ ...r, title: 'Shared with all', description: 'Records every organisation may read' })),
    ...groups.map((g) => ({ id: g.id, title: g.name, description: `Records shared with the sharing group ${g.name}`, scope: { kind: 'group' as const, groupId: g.id } })),
    ...refs.filter((r) => r.scope.kind === 'organisation').map((r) => ({ ...r, title: a.orgName, description: `Records shared with ${a.orgName}` })),
  ];
}

export async function collectionOf(p: Platform, ctx: Ctx, id: string): Promise<Collection> {
  const c = (await visibleCollections(p, ctx)).find((x) => x.id === id);
  if (!c) throw notFound('collection');
  return c;
}

/** What a page of a collection needs of it: its id and what it holds. */
export type CollectionRef = Pick<Collection, 'id' | 'scope'>;

/**
 * The collections the caller may read, without their titles: the whole rule, and no statement, as the
 * caller's sharing groups come with the actor from the request's own session statement (memberships go
 * with their group, ON DELETE CASCADE), the very ones the read policy (readableSql) applies.
 */
function collectionRefs(ctx: Ctx): CollectionRef[] {
  const a = ctx.actor;
  if (!hasPermission(a, MODULE, 'read') || a.orgKind === 'oversight') return [];
  const refs: CollectionRef[] = [{ id: COLLECTION_ALL, scope: { kind: 'all' } }];
  for (const g of a.groupIds) refs.push({ id: g, scope: { kind: 'group', groupId: g } });
  if (a.orgKind === 'foreign-partner') refs.push({ id: a.orgId, scope: { kind: 'organisation', orgId: a.orgId } });
  return refs;
}

/** The collection `id` among those the caller may read, without its title (objects, manifest, versions, POST). */
export function collectionRefOf(ctx: Ctx, id: string): CollectionRef {
  const c = collectionRefs(ctx).find((r) => r.id === id);
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

/** The page query of a collection for the caller: its read policy and the checked TAXII filters (400 naming a bad one). */
export function pageQueryOf(p: Platform, ctx: Ctx, c: CollectionRef, f: TaxiiFilter, stixId?: string): repo.CollectionPageQuery {
  const addedAfter = f.added_after ? checkTime(f.added_after, 'added_after') : undefined;
  const versions = split(f['match[version]'] ?? 'last');
  for (const v of versions) if (!['last', 'first', 'all'].includes(v)) checkTime(v, 'match[version]');
  return {
    collection: c.scope,
    readable: readableSql(ctx, MODULE, p.config.retentionGraceDays, 'o'),
    stixId,
    addedAfter,
    ids: split(f['match[id]']),
    types: split(f['match[type]']),
    specVersions: split(f['match[spec_version]']),
    versions,
    after: f.next ? decodeNext(f.next) : undefined,
    limit: Math.min(Math.max(f.limit ?? 100, 1), MAX_PAGE),
  };
}

/** The objects of a collection the caller may read, one page (`stixId`: of one object only). */
export async function collectionRows(p: Platform, ctx: Ctx, c: CollectionRef, f: TaxiiFilter, stixId?: string) {
  const { rows, more } = await repo.collectionPage(p.db, pageQueryOf(p, ctx, c, f, stixId));
  const last = rows[rows.length - 1];
  return { rows, more, next: more && last ? encodeNext(last) : undefined };
}

/**
 * One page of a collection through the door (release.ts): the policy per row, references to hidden
 * records withheld, one audit event naming the released record ids and STIX ids.
 */
export async function collectionPage(p: Platform, ctx: Ctx, action: string, c: CollectionRef, f: TaxiiFilter, stixId?: string) {
  const page = await collectionRows(p, ctx, c, f, stixId);
  const out = await release(p, ctx, { action, rows: page.rows, details: (count) => ({ collection: c.id, count }) });
  return { ...page, released: out, first: out[0]?.row.date_added, last: out[out.length - 1]?.row.date_added };
}

export function requireWrite(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on sharing to add objects.');
}

/** Stores the status resource of a POSTed envelope. */
export async function addStatus(p: Platform, s: repo.StatusIn): Promise<void> {
  await repo.insertStatus(p.db, s);
}

/** A status resource of the caller's POST (404 for anyone else's). */
export async function statusOf(p: Platform, ctx: Ctx, id: string) {
  const s = await repo.findStatus(p.db, ctx.actor.userId, id);
  if (!s) throw notFound('status');
  return { id: s.id, status: s.status, request_timestamp: s.request_timestamp, total_count: s.total_count, success_count: s.successes.length, successes: s.successes, failure_count: s.failures.length, failures: s.failures, pending_count: 0, pendings: [] };
}

export const envelopeOf = (objects: StixObject[], more: boolean, next: string | undefined) => ({ more, ...(next ? { next } : {}), objects });
