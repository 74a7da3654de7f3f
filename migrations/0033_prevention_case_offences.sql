-- Issue #16 item 1: prevention cases classified by offence. A case carries offence codes of the legal
-- registry (legal_registry.code of kind 'offence'): the code, not a version's id, so a classification
-- holds across amendments of the offence. The registry is read through the legal module's exported
-- service, never joined here; deleting the case deletes its classification.
CREATE TABLE prevention_case_offences (
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  offence_code text NOT NULL CHECK (offence_code ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  set_by uuid REFERENCES users(id),
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, offence_code)
);
CREATE INDEX prevention_case_offences_code ON prevention_case_offences(offence_code);
