-- Issue #15 (1): a national-list entry reaches every screening. Where the screening officer may not read
-- the subject, the hit says only what the owner allows: "listed, contact organisation X, action: …".
-- The action is set by the subject's owner, per subject, on the screening side (default 'inform').
CREATE TABLE screening_subject_actions (
  subject_id uuid PRIMARY KEY,
  action text NOT NULL DEFAULT 'inform' CHECK (action IN ('discreet_check','stop','inform')),
  owner_org_id uuid NOT NULL,
  set_by uuid REFERENCES users(id),
  set_at timestamptz NOT NULL DEFAULT now()
);
