-- An audit append in one round trip (issue #11's read door, issue #13's crisis writes).
--
-- The writer (src/server/platform/audit.ts) keeps the chain head it last saw, computes the entries'
-- hashes and the checkpoint's signature in Node against it, and calls audit_append once: the function
-- takes the chain's advisory lock (727002, AUDIT_LOCK), reads the head and, when it is the head the
-- writer expected, inserts the entries and the signed checkpoint. When another writer appended in
-- between, it inserts nothing and returns the actual head; the lock is then held until the caller's
-- transaction ends, so a second call with entries chained to that head succeeds.
--
-- VOLATILE: each statement inside takes a fresh snapshot (READ COMMITTED), so the head read after the
-- lock is taken includes every append committed before it. The hashes stay computed in Node, so the
-- verifiers (`vigil audit verify`, Node and SQL) are unchanged.
CREATE FUNCTION audit_append(expected_seq bigint, expected_hash text, entries jsonb, checkpoint jsonb)
RETURNS TABLE (appended boolean, head_seq bigint, head_hash text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  h_seq bigint;
  h_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(727002);
  SELECT l.seq, l.hash INTO h_seq, h_hash FROM audit_log l ORDER BY l.seq DESC LIMIT 1;
  h_seq := coalesce(h_seq, 0);
  h_hash := coalesce(h_hash, repeat('0', 64));
  IF h_seq <> expected_seq OR h_hash <> expected_hash THEN
    RETURN QUERY SELECT false, h_seq, h_hash;
    RETURN;
  END IF;
  IF (entries->0->>'seq')::bigint IS DISTINCT FROM h_seq + 1 OR (entries->0->>'prev_hash') IS DISTINCT FROM h_hash THEN
    RAISE EXCEPTION 'audit_append: entries do not continue the chain at %', h_seq;
  END IF;
  INSERT INTO audit_log (seq, at, actor_id, actor_name, org_id, org_name, action, record_type, record_id, purpose, request_id, details, prev_hash, hash)
  SELECT e.seq, e.at, e.actor_id, e.actor_name, e.org_id, e.org_name, e.action, e.record_type, e.record_id, e.purpose, e.request_id, e.details, e.prev_hash, e.hash
  FROM jsonb_to_recordset(entries) AS e(seq bigint, at timestamptz, actor_id uuid, actor_name text, org_id uuid, org_name text, action text,
    record_type text, record_id text, purpose text, request_id text, details text, prev_hash text, hash text)
  ORDER BY e.seq;
  INSERT INTO audit_checkpoints (seq, head_hash, at, key_id, signature)
  VALUES ((checkpoint->>'seq')::bigint, checkpoint->>'head_hash', (checkpoint->>'at')::timestamptz, checkpoint->>'key_id', checkpoint->>'signature');
  RETURN QUERY SELECT true, (checkpoint->>'seq')::bigint, checkpoint->>'head_hash';
END
$$;
