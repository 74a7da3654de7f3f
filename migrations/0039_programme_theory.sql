-- Issue #14, item 5: a theory of change per programme (not only per programme type).
--
-- Append-only: every save of a programme's theory is a new row with the next version number, so an
-- edit never loses the text it replaces. The programme's theory is its highest version; the rows
-- below it are its history. Owned by the prevention module (it owns the programmes); the indicator
-- ids name evaluation indicators and are checked by the service through the evaluation module's
-- service functions (no foreign key into another module's table).
CREATE TABLE prevention_programme_theories (
  programme_id uuid NOT NULL REFERENCES prevention_programmes(id),
  version integer NOT NULL CHECK (version >= 1),
  activities text[] NOT NULL DEFAULT '{}',
  outputs text[] NOT NULL DEFAULT '{}',
  outcomes text[] NOT NULL DEFAULT '{}',
  indicator_ids uuid[] NOT NULL DEFAULT '{}',
  rationale text NOT NULL DEFAULT '',
  -- The programme type whose theory this version started from (the first save of a proposal), else null.
  based_on_type text,
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (programme_id, version)
);
CREATE TRIGGER prevention_programme_theories_append_only BEFORE UPDATE OR DELETE ON prevention_programme_theories
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
