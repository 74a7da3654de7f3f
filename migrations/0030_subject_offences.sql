-- Issue #16 item 1: subjects classified by offence. A subject carries offence codes of the legal
-- registry (legal_registry.code of kind 'offence'): the code, not a version's id, so a classification
-- holds across amendments of the offence. The registry is read through the legal module's exported
-- service, never joined here; deleting the subject deletes its classification.
CREATE TABLE subject_offences (
  subject_id uuid NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
  offence_code text NOT NULL CHECK (offence_code ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  set_by uuid REFERENCES users(id),
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subject_id, offence_code)
);
CREATE INDEX subject_offences_code ON subject_offences(offence_code);
