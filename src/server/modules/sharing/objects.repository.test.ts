/**
 * The shape of the sharing copy's queries that decide what leaves and what is refused: the held-objects
 * list (the read policy in SQL before paging), the import claim check (ids of local records an import
 * may not take over), the outbox's look-up of each record's current object, and the projection's write
 * (insertVersions: date_added order for TAXII resumption, revocations final, older versions demoted).
 */
import type { RawBuilder } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compileOnly, sqlText } from '../../../../test/helpers/compile-sql.ts';
import type { Ctx } from '../../platform/context.ts';
import { readableSql } from '../../platform/records.ts';
import {
  currentByRecordIdsQuery,
  deleteContentOfRevokedQuery,
  demoteOlderVersionsQuery,
  insertVersionsQuery,
  listLatestQuery,
  localIdsQuery,
  markLatestQuery,
} from './objects.repository.ts';

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

  describe('the projection’s write (insertVersions)', () => {
    /** A hand-written statement as it is sent, its lines trimmed. */
    const rawText = (q: RawBuilder<unknown>) => {
      const c = q.compile(compileOnly());
      return `${c.sql.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')}\n-- ${c.parameters.length} parameters`;
    };
    const ids = ['identity--00000000-0000-4000-8000-000000000001'];

    it('the insert: date_added after every stored version, a microsecond apart in batch order; nothing after a revocation; known versions skipped', () => {
      expect(rawText(insertVersionsQuery('[]'))).toMatchInlineSnapshot(`
        "INSERT INTO sharing_objects (stix_id, stix_type, version_at, object, record_type, revoked, origin, origin_instance, origin_org_id, origin_org_name,
        partner_id, scope, id, owner_org_id, classification, tlp, distribution, shared_org_ids, group_ids, handling_code, hit_no_hit,
        legal_basis, purpose, review_date, date_added)
        SELECT x.stix_id, x.stix_type, x.version_at, x.object, x.record_type, x.revoked, x.origin, x.origin_instance, x.origin_org_id, x.origin_org_name,
        x.partner_id, x.scope, x.id, x.owner_org_id, x.classification, x.tlp, x.distribution, x.shared_org_ids, x.group_ids, x.handling_code, x.hit_no_hit,
        x.legal_basis, x.purpose, x.review_date, base.t + (x.ord * interval '1 microsecond')
        FROM jsonb_to_recordset($1::jsonb) AS x(stix_id text, stix_type text, version_at timestamptz, object jsonb, record_type text, revoked boolean, origin text,
        origin_instance text, origin_org_id text, origin_org_name text, partner_id uuid, scope text, id uuid, owner_org_id uuid,
        classification text, tlp text, distribution text, shared_org_ids uuid[], group_ids uuid[], handling_code text, hit_no_hit boolean,
        legal_basis text, purpose text, review_date date, ord bigint),
        (SELECT greatest(clock_timestamp(), coalesce(max(date_added), '-infinity'::timestamptz) + interval '1 microsecond') AS t FROM sharing_objects) base
        WHERE NOT EXISTS (SELECT 1 FROM sharing_objects r WHERE r.stix_id = x.stix_id AND r.revoked)
        ON CONFLICT (stix_id, version_at) DO NOTHING
        RETURNING stix_id, revoked, EXISTS (SELECT 1 FROM sharing_objects p WHERE p.stix_id = sharing_objects.stix_id) AS had
        -- 1 parameters"
      `);
    });

    it('a revocation: every version but the tombstone leaves the copy', () => {
      expect(sqlText(deleteContentOfRevokedQuery(compileOnly(), ids))).toMatchInlineSnapshot(`
        "delete
        from "sharing_objects"
        where "stix_id" = ANY($1::text[])
          and "revoked" = $2
        -- 2 parameters"
      `);
    });

    it('older versions lose is_latest and take the newest version’s scope and markings; the newest is the latest', () => {
      expect(rawText(demoteOlderVersionsQuery(ids))).toMatchInlineSnapshot(`
        "UPDATE sharing_objects o SET is_latest = false, scope = l.scope, owner_org_id = l.owner_org_id, classification = l.classification, tlp = l.tlp, distribution = l.distribution, shared_org_ids = l.shared_org_ids, group_ids = l.group_ids, handling_code = l.handling_code, hit_no_hit = l.hit_no_hit, legal_basis = l.legal_basis, purpose = l.purpose, review_date = l.review_date
        FROM (SELECT DISTINCT ON (stix_id) stix_id, version_at AS max_v, scope, owner_org_id, classification, tlp, distribution, shared_org_ids, group_ids, handling_code, hit_no_hit, legal_basis, purpose, review_date
        FROM sharing_objects WHERE stix_id = ANY($1::text[]) ORDER BY stix_id, version_at DESC) l
        WHERE o.stix_id = l.stix_id AND o.version_at < l.max_v
        -- 1 parameters"
      `);
      expect(rawText(markLatestQuery(ids))).toMatchInlineSnapshot(`
        "UPDATE sharing_objects o SET is_latest = true
        FROM (SELECT stix_id, max(version_at) AS max_v FROM sharing_objects WHERE stix_id = ANY($1::text[]) GROUP BY stix_id) l
        WHERE o.stix_id = l.stix_id AND o.version_at = l.max_v AND NOT o.is_latest
        -- 1 parameters"
      `);
    });
  });
});
