-- An audit append that fails its statement on a missed head (a single traveller screened at the desk).
--
-- audit_append (0035) answers a missed head by inserting nothing and keeping the lock for a second call
-- in the same transaction. A caller that writes its own rows and their audit entries in ONE statement
-- outside any transaction (AuditLog.appendWith in src/server/platform/audit.ts) calls this one in that
-- statement instead: on a missed head it raises SQLSTATE VG409 with the actual head in its detail
-- ('seq:hash'), so the whole statement is undone (the caller's rows included) and the caller sends it
-- again chained to that head. On success it returns the new head's seq.
CREATE FUNCTION audit_append_or_fail(expected_seq bigint, expected_hash text, entries jsonb, checkpoint jsonb)
RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  r record;
BEGIN
  SELECT * INTO r FROM audit_append(expected_seq, expected_hash, entries, checkpoint);
  IF NOT r.appended THEN
    RAISE EXCEPTION 'audit_append_or_fail: the chain head moved' USING ERRCODE = 'VG409', DETAIL = r.head_seq || ':' || r.head_hash;
  END IF;
  RETURN r.head_seq;
END
$$;
