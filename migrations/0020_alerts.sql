-- Public warnings (CAP 1.2): an alert is drafted, approved by a second user with the issuing
-- authority's right, then published. Once published its CAP message (xml) and the detached Ed25519
-- signature never change; an Update or Cancel is a new alert referring to the earlier one.
CREATE SEQUENCE alerts_number_seq;

CREATE TABLE alerts (
  id uuid PRIMARY KEY,
  owner_org_id uuid NOT NULL REFERENCES organisations(id),
  -- The incident of the crisis module this alert warns about (no foreign key: another module's table).
  incident_id uuid,
  msg_type text NOT NULL CHECK (msg_type IN ('Alert', 'Update', 'Cancel')),
  status text NOT NULL CHECK (status IN ('Actual', 'Exercise')),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'awaiting_approval', 'approved', 'published')),
  -- The alert an Update or Cancel refers to, and the first alert of the chain (itself for an Alert).
  references_id uuid REFERENCES alerts(id),
  root_id uuid NOT NULL REFERENCES alerts(id),
  -- The drafted message (core/alerts/cap.ts AlertContent).
  content jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  drafted_by uuid NOT NULL REFERENCES users(id),
  -- Everyone who wrote the draft: none of them may approve or publish it.
  editors uuid[] NOT NULL,
  -- Why an approver sent it back (shown to the drafters; cleared on submission).
  returned_reason text,
  submitted_by uuid REFERENCES users(id),
  submitted_at timestamptz,
  approved_by uuid REFERENCES users(id),
  approved_at timestamptz,
  -- The content as approved: publication refuses anything else.
  approved_version integer,
  published_by uuid REFERENCES users(id),
  published_at timestamptz,
  -- Set at publication and never changed after.
  identifier text UNIQUE,
  sender text,
  sent text,
  xml text,
  signature text,
  key_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((msg_type = 'Alert') = (references_id IS NULL)),
  CHECK (state <> 'published' OR (xml IS NOT NULL AND signature IS NOT NULL AND identifier IS NOT NULL AND sent IS NOT NULL AND published_at IS NOT NULL))
);
CREATE INDEX alerts_published ON alerts (published_at DESC) WHERE state = 'published';
CREATE INDEX alerts_root ON alerts (root_id);
CREATE INDEX alerts_incident ON alerts (incident_id);
CREATE INDEX alerts_owner_state ON alerts (owner_org_id, state);

-- A published message is never changed or removed.
CREATE FUNCTION alerts_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.state = 'published' THEN RAISE EXCEPTION 'a published alert cannot be removed'; END IF;
    RETURN OLD;
  END IF;
  IF OLD.state = 'published' THEN RAISE EXCEPTION 'a published alert cannot be changed'; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER alerts_published_immutable BEFORE UPDATE OR DELETE ON alerts FOR EACH ROW EXECUTE FUNCTION alerts_published_immutable();

-- The public keys that signed published alerts (the private key stays in the data folder).
CREATE TABLE alerts_keys (
  key_id text PRIMARY KEY,
  public_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Bumped by every publication, so each Vigil process knows when to rebuild its cached feed.
CREATE TABLE alerts_feed_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO alerts_feed_version (id, version) VALUES (1, 0);
