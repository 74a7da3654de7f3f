-- Signed steps of judicial cooperation requests, as for authorisation transitions (0025): each step
-- records the state before and after, a SHA-256 hash chained to the previous step of the same request,
-- and the server's Ed25519 signature of that hash (key_id names the key). Steps recorded before this
-- migration carry none; the first signed step after them chains over them as they stand. The table
-- stays append-only (trigger of 0018).
ALTER TABLE legal_cooperation_events
  ADD COLUMN from_state text,
  ADD COLUMN to_state text,
  ADD COLUMN prev_hash text,
  ADD COLUMN hash text,
  ADD COLUMN key_id text,
  ADD COLUMN signature text;
ALTER TABLE legal_cooperation_events ADD CONSTRAINT legal_cooperation_events_signed_with_key CHECK ((key_id IS NULL) = (signature IS NULL));
ALTER TABLE legal_cooperation_events ADD CONSTRAINT legal_cooperation_events_hashed CHECK ((hash IS NULL) = (prev_hash IS NULL) AND (signature IS NULL OR hash IS NOT NULL));
