/**
 * The shape of the TAXII page query (objects, manifest and versions of a collection all page through
 * it): the served-records rule, the collection, the caller's read policy, the TAXII filters and the
 * keyset, in date_added order with one row more than the page. A change here changes what partners
 * receive; the snapshot makes it a visible, reviewed change.
 */
import { describe, expect, it } from 'vitest';
import { compileOnly, sqlText } from '../../../../test/helpers/compile-sql.ts';
import type { Ctx } from '../../platform/context.ts';
import { readableSql } from '../../platform/records.ts';
import { collectionPageQuery, type CollectionPageQuery } from './taxii.repository.ts';

const ctx = {
  actor: {
    userId: '00000000-0000-4000-8000-000000000001',
    orgId: '00000000-0000-4000-8000-0000000000a1',
    orgKind: 'foreign-partner',
    clearance: 'restricted',
    roles: { sharing: ['read'] },
    groupIds: ['00000000-0000-4000-8000-0000000000b1'],
    username: 'partner.a',
    displayName: 'Partner A',
    orgName: 'Partner A',
    locale: 'en',
    via: 'token',
  },
  requestId: 'snapshot',
  purpose: null,
  now: new Date('2026-01-01T00:00:00Z'),
} as Ctx;

const base: CollectionPageQuery = {
  collection: { kind: 'all' },
  readable: readableSql(ctx, 'sharing', 30, 'o'),
  ids: [],
  types: [],
  specVersions: [],
  versions: ['last'],
  limit: 100,
};

describe('the TAXII page query', () => {
  it('a first page of a collection: served records of the collection the caller may read, latest versions, date_added order', () => {
    expect(sqlText(collectionPageQuery(compileOnly(), base))).toMatchInlineSnapshot(`
      "select "o"."seq", "o"."stix_id", "o"."stix_type", coalesce(o.object->>'modified', o.object->>'created', to_char(o.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as "version", to_char("o"."date_added" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "date_added", "o"."is_latest", "o"."revoked", "o"."object", "o"."record_type", "o"."origin", "o"."origin_instance", "o"."origin_org_id", "o"."origin_org_name", "o"."partner_id", "o"."scope", "o"."id", "o"."owner_org_id", "o"."classification", "o"."tlp", "o"."distribution", "o"."shared_org_ids", "o"."group_ids", "o"."handling_code", "o"."hit_no_hit", "o"."legal_basis", "o"."purpose", "o"."review_date"
      from "sharing_objects" as "o"
      where "o"."seq" in (select "o"."seq"
      from "sharing_objects" as "o"
      where (o.origin = 'local' AND o.scope <> 'organisation')
        and (o.distribution = 'all')
        and (("o"."classification" = ANY($1::text[]) AND ( "o"."owner_org_id" = $2::uuid OR (("o"."review_date" IS NULL OR "o"."review_date" >= $3::date) AND ( "o"."distribution" = 'all' OR ("o"."distribution" = 'organisations' AND $4::uuid = ANY("o"."shared_org_ids")) OR ("o"."distribution" = 'group' AND "o"."group_ids" && $5::uuid[]))))))
        and ((o.is_latest))
      order by "o"."date_added", "o"."seq"
      limit $6)
      order by "o"."date_added", "o"."seq"
      -- 6 parameters"
    `);
  });

  it('a resumed page with every filter: keyset after (date_added, seq), one object, ids, types, spec versions, first/all/timestamps', () => {
    const q: CollectionPageQuery = {
      ...base,
      collection: { kind: 'group', groupId: '00000000-0000-4000-8000-0000000000b1' },
      stixId: 'identity--00000000-0000-4000-8000-000000000099',
      addedAfter: '2026-01-01T00:00:00.000000Z',
      ids: ['identity--00000000-0000-4000-8000-000000000099'],
      types: ['identity', 'report'],
      specVersions: ['2.1'],
      versions: ['first', 'all', '2026-01-01T00:00:00.000Z'],
      after: { dateAdded: '2026-01-01T00:00:00.000001Z', seq: 42 },
      limit: 1000,
    };
    expect(sqlText(collectionPageQuery(compileOnly(), q))).toMatchInlineSnapshot(`
      "select "o"."seq", "o"."stix_id", "o"."stix_type", coalesce(o.object->>'modified', o.object->>'created', to_char(o.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as "version", to_char("o"."date_added" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "date_added", "o"."is_latest", "o"."revoked", "o"."object", "o"."record_type", "o"."origin", "o"."origin_instance", "o"."origin_org_id", "o"."origin_org_name", "o"."partner_id", "o"."scope", "o"."id", "o"."owner_org_id", "o"."classification", "o"."tlp", "o"."distribution", "o"."shared_org_ids", "o"."group_ids", "o"."handling_code", "o"."hit_no_hit", "o"."legal_basis", "o"."purpose", "o"."review_date"
      from "sharing_objects" as "o"
      where "o"."seq" in (select "o"."seq"
      from "sharing_objects" as "o"
      where (o.origin = 'local' AND o.scope <> 'organisation')
        and ((o.distribution = 'group' AND $1::uuid = ANY(o.group_ids)))
        and (("o"."classification" = ANY($2::text[]) AND ( "o"."owner_org_id" = $3::uuid OR (("o"."review_date" IS NULL OR "o"."review_date" >= $4::date) AND ( "o"."distribution" = 'all' OR ("o"."distribution" = 'organisations' AND $5::uuid = ANY("o"."shared_org_ids")) OR ("o"."distribution" = 'group' AND "o"."group_ids" && $6::uuid[]))))))
        and (o.stix_id = $7)
        and (o.date_added > $8::timestamptz)
        and (o.stix_id = ANY($9::text[]))
        and (o.stix_type = ANY($10::text[]))
        and (o.spec_version = ANY($11::text[]))
        and ((NOT EXISTS (SELECT 1 FROM sharing_objects f WHERE f.stix_id = o.stix_id AND f.version_at < o.version_at) OR TRUE OR o.version_at = ANY($12::timestamptz[])))
        and ((o.date_added, o.seq) > ($13::timestamptz, $14::bigint))
      order by "o"."date_added", "o"."seq"
      limit $15)
      order by "o"."date_added", "o"."seq"
      -- 15 parameters"
    `);
  });

  it('a partner organisation’s own collection', () => {
    expect(sqlText(collectionPageQuery(compileOnly(), { ...base, collection: { kind: 'organisation', orgId: ctx.actor.orgId } }))).toMatchInlineSnapshot(`
      "select "o"."seq", "o"."stix_id", "o"."stix_type", coalesce(o.object->>'modified', o.object->>'created', to_char(o.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as "version", to_char("o"."date_added" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "date_added", "o"."is_latest", "o"."revoked", "o"."object", "o"."record_type", "o"."origin", "o"."origin_instance", "o"."origin_org_id", "o"."origin_org_name", "o"."partner_id", "o"."scope", "o"."id", "o"."owner_org_id", "o"."classification", "o"."tlp", "o"."distribution", "o"."shared_org_ids", "o"."group_ids", "o"."handling_code", "o"."hit_no_hit", "o"."legal_basis", "o"."purpose", "o"."review_date"
      from "sharing_objects" as "o"
      where "o"."seq" in (select "o"."seq"
      from "sharing_objects" as "o"
      where (o.origin = 'local' AND o.scope <> 'organisation')
        and ((o.distribution = 'organisations' AND $1::uuid = ANY(o.shared_org_ids)))
        and (("o"."classification" = ANY($2::text[]) AND ( "o"."owner_org_id" = $3::uuid OR (("o"."review_date" IS NULL OR "o"."review_date" >= $4::date) AND ( "o"."distribution" = 'all' OR ("o"."distribution" = 'organisations' AND $5::uuid = ANY("o"."shared_org_ids")) OR ("o"."distribution" = 'group' AND "o"."group_ids" && $6::uuid[]))))))
        and ((o.is_latest))
      order by "o"."date_added", "o"."seq"
      limit $7)
      order by "o"."date_added", "o"."seq"
      -- 7 parameters"
    `);
  });
});
