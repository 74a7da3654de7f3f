/**
 * The shape of the sharing copy's queries that decide what leaves and what is refused: the held-objects
 * list (the read policy in SQL before paging), the import claim check (ids of local records an import
 * may not take over) and the outbox's look-up of each record's current object.
 */
import { describe, expect, it } from 'vitest';
import { compileOnly, sqlText } from '../../../../test/helpers/compile-sql.ts';
import type { Ctx } from '../../platform/context.ts';
import { readableSql } from '../../platform/records.ts';
import { currentByRecordIdsQuery, listLatestQuery, localIdsQuery } from './objects.repository.ts';

const ctx = {
  actor: {
    userId: '00000000-0000-4000-8000-000000000001',
    orgId: '00000000-0000-4000-8000-0000000000a1',
    orgKind: 'police',
    clearance: 'secret',
    roles: { sharing: ['read', 'write'] },
    groupIds: [],
    username: 'analyst',
    displayName: 'Analyst',
    orgName: 'Police',
    locale: 'en',
    via: 'session',
  },
  requestId: 'snapshot',
  purpose: null,
  now: new Date('2026-01-01T00:00:00Z'),
} as Ctx;

describe('queries of the sharing copy', () => {
  it('the held-objects list: latest versions the caller may read, filtered, newest first, paged', () => {
    const q = listLatestQuery(compileOnly(), readableSql(ctx, 'sharing', 30, 'o'), { origin: 'partner', type: 'report', partnerId: '00000000-0000-4000-8000-0000000000c1', limit: 50, offset: 100 });
    expect(sqlText(q)).toMatchInlineSnapshot(`
      "select "o"."seq", "o"."stix_id", "o"."stix_type", coalesce(o.object->>'modified', o.object->>'created', to_char(o.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as "version", to_char("o"."date_added" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "date_added", "o"."is_latest", "o"."revoked", "o"."object", "o"."record_type", "o"."origin", "o"."origin_instance", "o"."origin_org_id", "o"."origin_org_name", "o"."partner_id", "o"."scope", "o"."id", "o"."owner_org_id", "o"."classification", "o"."tlp", "o"."distribution", "o"."shared_org_ids", "o"."group_ids", "o"."handling_code", "o"."hit_no_hit", "o"."legal_basis", "o"."purpose", "o"."review_date"
      from "sharing_objects" as "o"
      where o.is_latest
        and ("o"."classification" = ANY($1::text[]) AND ( "o"."owner_org_id" = $2::uuid OR (("o"."review_date" IS NULL OR "o"."review_date" >= $3::date) AND ( "o"."distribution" = 'all' OR ("o"."distribution" = 'organisations' AND $4::uuid = ANY("o"."shared_org_ids")) OR ("o"."distribution" = 'group' AND "o"."group_ids" && $5::uuid[])))))
        and "o"."origin" = $6
        and "o"."stix_type" = $7
        and "o"."partner_id" = $8::uuid
      order by "o"."date_added" desc, "o"."seq" desc
      limit $9
      offset $10
      -- 10 parameters"
    `);
  });

  it('the held-objects list without filters', () => {
    expect(sqlText(listLatestQuery(compileOnly(), readableSql(ctx, 'sharing', 30, 'o'), { limit: 50, offset: 0 }))).toMatchInlineSnapshot(`
      "select "o"."seq", "o"."stix_id", "o"."stix_type", coalesce(o.object->>'modified', o.object->>'created', to_char(o.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as "version", to_char("o"."date_added" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "date_added", "o"."is_latest", "o"."revoked", "o"."object", "o"."record_type", "o"."origin", "o"."origin_instance", "o"."origin_org_id", "o"."origin_org_name", "o"."partner_id", "o"."scope", "o"."id", "o"."owner_org_id", "o"."classification", "o"."tlp", "o"."distribution", "o"."shared_org_ids", "o"."group_ids", "o"."handling_code", "o"."hit_no_hit", "o"."legal_basis", "o"."purpose", "o"."review_date"
      from "sharing_objects" as "o"
      where o.is_latest
        and ("o"."classification" = ANY($1::text[]) AND ( "o"."owner_org_id" = $2::uuid OR (("o"."review_date" IS NULL OR "o"."review_date" >= $3::date) AND ( "o"."distribution" = 'all' OR ("o"."distribution" = 'organisations' AND $4::uuid = ANY("o"."shared_org_ids")) OR ("o"."distribution" = 'group' AND "o"."group_ids" && $5::uuid[])))))
      order by "o"."date_added" desc, "o"."seq" desc
      limit $6
      offset $7
      -- 7 parameters"
    `);
  });

  it('the import claim check: local objects by STIX id or by record id, each list one parameter', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `identity--00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(sqlText(localIdsQuery(compileOnly(), ids, ids.map((x) => x.slice(10))))).toMatchInlineSnapshot(`
      "select "o"."stix_id" as "id"
      from "sharing_objects" as "o"
      where "o"."origin" = $1
        and "o"."stix_id" = ANY($2::text[])
      union select o.id::text as "id"
      from "sharing_objects" as "o"
      where "o"."origin" = $3
        and "o"."id" = ANY($4::uuid[])
      -- 4 parameters"
    `);
  });

  it('the outbox: the current local object of each record, whatever its STIX id now is', () => {
    expect(sqlText(currentByRecordIdsQuery(compileOnly(), ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001']))).toMatchInlineSnapshot(`
      "select distinct on ("o"."id") "o"."seq", "o"."stix_id", "o"."stix_type", coalesce(o.object->>'modified', o.object->>'created', to_char(o.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as "version", to_char("o"."date_added" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "date_added", "o"."is_latest", "o"."revoked", "o"."object", "o"."record_type", "o"."origin", "o"."origin_instance", "o"."origin_org_id", "o"."origin_org_name", "o"."partner_id", "o"."scope", "o"."id", "o"."owner_org_id", "o"."classification", "o"."tlp", "o"."distribution", "o"."shared_org_ids", "o"."group_ids", "o"."handling_code", "o"."hit_no_hit", "o"."legal_basis", "o"."purpose", "o"."review_date"
      from "sharing_objects" as "o"
      where "o"."origin" = $1
        and "o"."id" = ANY($2::uuid[])
      order by "o"."id", "o"."date_added" desc, "o"."seq" desc
      -- 2 parameters"
    `);
  });
});
