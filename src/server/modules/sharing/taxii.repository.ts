/**
 * SQL of the TAXII 2.1 server: the page query of a collection's objects, manifest and versions (the
 * collection, the caller's read policy and the TAXII filters as conditions on sharing_objects o), the
 * long-poll's latest date_added, and the status resources of POSTed envelopes (sharing_taxii_status).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import { anyText, objectsQuery, queryObjects, taxiiTime, type ObjectQuery } from './objects.repository.ts';
import type { SharingTables } from './sharing.tables.ts';

const db = (d: Database) => withTables<SharingTables>(d);

/** What a collection holds: records shared with all, with one sharing group, or with one partner organisation. */
export type CollectionScope = { kind: 'all' } | { kind: 'group'; groupId: string } | { kind: 'organisation'; orgId: string };

function collectionCondition(c: CollectionScope): RawBuilder<boolean> {
  switch (c.kind) {
    case 'all':
      return sql<boolean>`o.distribution = 'all'`;
    case 'group':
      return sql<boolean>`(o.distribution = 'group' AND ${c.groupId}::uuid = ANY(o.group_ids))`;
    case 'organisation':
      return sql<boolean>`(o.distribution = 'organisations' AND ${c.orgId}::uuid = ANY(o.shared_org_ids))`;
  }
}

/** Only local records that may leave the instance are served. */
const SERVED = sql<boolean>`o.origin = 'local' AND o.scope <> 'organisation'`;

/** The TAXII version filter (match[version]: last, first, all or timestamps) as a condition. */
function versionCondition(values: string[]): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  const stamps: string[] = [];
  // Each keyword once, in one order: the statement's text (prepared per connection) has few forms.
  const words = ['last', 'first', 'all'].filter((w) => values.includes(w));
  for (const v of [...words, ...values.filter((x) => !words.includes(x))]) {
    if (v === 'last') parts.push(sql<boolean>`o.is_latest`);
    else if (v === 'first') parts.push(sql<boolean>`NOT EXISTS (SELECT 1 FROM sharing_objects f WHERE f.stix_id = o.stix_id AND f.version_at < o.version_at)`);
    else if (v === 'all') parts.push(sql<boolean>`TRUE`);
    else stamps.push(v);
  }
  if (stamps.length) parts.push(sql<boolean>`o.version_at = ANY(${stamps}::timestamptz[])`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` OR `)})` : sql<boolean>`o.is_latest`;
}

/** A page of a collection: checked TAXII filters (timestamps already validated by the service). */
export interface CollectionPageQuery {
  collection: CollectionScope;
  /** The caller's read policy on alias o (readableSql). */
  readable: RawBuilder<boolean>;
  /** One object only (objects/{id}/ and versions/). */
  stixId?: string | undefined;
  addedAfter?: string | undefined;
  ids: string[];
  types: string[];
  specVersions: string[];
  versions: string[];
  after?: ObjectQuery['after'];
  limit: number;
}

function pageConditions(q: CollectionPageQuery): ObjectQuery {
  const where: RawBuilder<boolean>[] = [SERVED, collectionCondition(q.collection), q.readable];
  if (q.stixId !== undefined) where.push(sql<boolean>`o.stix_id = ${q.stixId}`);
  if (q.addedAfter) where.push(sql<boolean>`o.date_added > ${q.addedAfter}::timestamptz`);
  if (q.ids.length) where.push(sql<boolean>`o.stix_id = ${anyText(q.ids)}`);
  if (q.types.length) where.push(sql<boolean>`o.stix_type = ${anyText(q.types)}`);
  if (q.specVersions.length) where.push(sql<boolean>`o.spec_version = ${anyText(q.specVersions)}`);
  where.push(versionCondition(q.versions));
  return { where, after: q.after, limit: q.limit };
}

/** The page query (limit+1 rows, in date_added order). */
export function collectionPageQuery(d: Database, q: CollectionPageQuery) {
  return objectsQuery(d, pageConditions(q));
}

/** One page of a collection's versions, and whether there are more. */
export function collectionPage(d: Database, q: CollectionPageQuery) {
  return queryObjects(d, pageConditions(q));
}

/** The latest date_added of objects that may leave the instance and the caller may read, after `after` (long-poll). */
export async function lastAdded(d: Database, readable: RawBuilder<boolean>, after: string | null): Promise<string | null> {
  let q = db(d)
    .selectFrom('sharing_objects as o')
    .select(sql<string | null>`to_char(max(o.date_added) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('last'))
    .where(SERVED)
    .where(readable);
  if (after) q = q.where(sql<boolean>`o.date_added > ${after}::timestamptz`);
  return (await q.executeTakeFirst())?.last ?? null;
}

export interface StatusIn {
  id: string;
  userId: string;
  collectionId: string;
  totalCount: number;
  successes: unknown[];
  failures: unknown[];
}

/** Stores the status resource of a POSTed envelope (complete: objects are stored before the answer). */
export async function insertStatus(d: Database, s: StatusIn): Promise<void> {
  await db(d)
    .insertInto('sharing_taxii_status')
    .values({
      id: s.id,
      user_id: s.userId,
      collection_id: s.collectionId,
      status: 'complete',
      total_count: s.totalCount,
      successes: JSON.stringify(s.successes),
      failures: JSON.stringify(s.failures),
    })
    .execute();
}

/** A status resource of the user who POSTed (request_timestamp as TAXII writes it). */
export function findStatus(d: Database, userId: string, id: string) {
  return db(d)
    .selectFrom('sharing_taxii_status as s')
    .select(['s.id', 's.status', taxiiTime('s.request_timestamp').as('request_timestamp'), 's.total_count', 's.successes', 's.failures'])
    .where('s.id', '=', id)
    .where('s.user_id', '=', userId)
    .executeTakeFirst();
}
