-- Oversight sees every access (issue #11, section 2).
--
-- 1. The record ids of every audit entry, indexed: "who read record X" and "what did user, partner or
--    token Y read, and when" are one query each. record_ids is computed by the database from columns
--    the hash chain covers (record_id and the details' recordIds and hitIds), so it can never say
--    other than the signed log; it is filled for existing entries too (legacy entries, written before
--    the read door, kept their ids in details.results / details.reports).
CREATE FUNCTION audit_record_ids(record_id text, details text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  d jsonb;
  out text[];
BEGIN
  BEGIN
    d := details::jsonb;
  EXCEPTION WHEN others THEN
    d := '{}'::jsonb;
  END;
  IF jsonb_typeof(d) <> 'object' THEN
    d := '{}'::jsonb;
  END IF;
  SELECT coalesce(array_agg(DISTINCT x), '{}') INTO out FROM (
    SELECT record_id AS x WHERE record_id IS NOT NULL
    UNION ALL
    SELECT e #>> '{}' FROM jsonb_array_elements(
      CASE WHEN jsonb_typeof(d->'recordIds') = 'array' THEN d->'recordIds' ELSE '[]'::jsonb END
      || CASE WHEN jsonb_typeof(d->'hitIds') = 'array' THEN d->'hitIds' ELSE '[]'::jsonb END
      || CASE WHEN jsonb_typeof(d->'results') = 'array' THEN d->'results' ELSE '[]'::jsonb END
      || CASE WHEN jsonb_typeof(d->'reports') = 'array' THEN d->'reports' ELSE '[]'::jsonb END
    ) e WHERE jsonb_typeof(e) = 'string'
  ) ids
  -- Record ids are UUIDs or STIX ids; anything longer is no id (and would not fit an index entry).
  WHERE length(x) <= 200;
  RETURN out;
END
$$;

ALTER TABLE audit_log ADD COLUMN record_ids text[] GENERATED ALWAYS AS (audit_record_ids(record_id, details)) STORED;
CREATE INDEX audit_log_record_ids ON audit_log USING gin (record_ids);
-- "What did user Y read": by actor, newest first.
CREATE INDEX audit_log_actor ON audit_log(actor_id, seq);
CREATE INDEX audit_log_actor_name ON audit_log(left(actor_name, 200), seq);
-- The old per-record B-tree is covered by record_ids, and refused an entry with a record_id longer
-- than an index entry (~2.7 kB): an audit entry must never be lost for its size.
DROP INDEX IF EXISTS audit_log_record;

-- 2. The signing keys are append-only like the log: a key cannot be swapped or removed in the database.
--    (Verification trusts only a key given outside the database; see src/server/platform/audit-keys.ts.)
CREATE TRIGGER audit_keys_append_only BEFORE UPDATE OR DELETE ON audit_keys
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER audit_keys_no_truncate BEFORE TRUNCATE ON audit_keys
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();
