-- Ed25519 signatures of authorisation transitions: the server's key (the audit signing key) signs each
-- transition's hash; key_id names the key (as audit checkpoints do). Transitions made before this
-- migration carry none and stay hash-chained only; the table stays append-only (trigger of 0018).
ALTER TABLE legal_transitions ADD COLUMN key_id text;
ALTER TABLE legal_transitions ADD COLUMN signature text;
ALTER TABLE legal_transitions ADD CONSTRAINT legal_transitions_signed_with_key CHECK ((key_id IS NULL) = (signature IS NULL));
