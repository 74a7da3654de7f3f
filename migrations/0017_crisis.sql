-- Crisis response (issue #13): incidents with phase and terror-plan state, participating
-- organisations, an append-only hash-chained log, situation reports, protocol templates and the tasks
-- they create, units, a durable event table for live delivery, and after-action reviews.

CREATE TABLE crisis_incidents (
  id uuid PRIMARY KEY,
  title text NOT NULL,
  incident_type text NOT NULL CHECK (incident_type IN ('terror-attack','explosion','shooting','hostage-taking','cbrn','vehicle-ramming','other')),
  description text NOT NULL DEFAULT '',
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  municipality text NOT NULL,
  occurred_at timestamptz NOT NULL,
  exercise boolean NOT NULL,
  phase text NOT NULL DEFAULT 'municipal' CHECK (phase IN ('municipal','provincial','federal')),
  terror_state text NOT NULL DEFAULT 'none' CHECK (terror_state IN ('none','pre-alert','alert')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  org_id uuid NOT NULL REFERENCES organisations(id),
  declared_by uuid NOT NULL REFERENCES users(id),
  declared_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX crisis_incidents_org ON crisis_incidents(org_id);

CREATE TABLE crisis_participants (
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  org_id uuid NOT NULL REFERENCES organisations(id),
  status text NOT NULL CHECK (status IN ('alerted','standing-by','active','deactivated','unable')),
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, org_id)
);
CREATE INDEX crisis_participants_org ON crisis_participants(org_id);

-- Intelligence subjects linked to an incident (read through intel's service and the read door).
CREATE TABLE crisis_subject_links (
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  subject_id uuid NOT NULL,
  reason text NOT NULL,
  linked_by uuid NOT NULL REFERENCES users(id),
  linked_org_id uuid NOT NULL REFERENCES organisations(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, subject_id)
);

-- The decision and communication log: append-only, each entry hashed over the previous hash and its
-- canonical content (src/core/crisis/log-chain.ts). Corrections are new entries naming the corrected one.
CREATE TABLE crisis_log (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  seq integer NOT NULL CHECK (seq >= 1),
  kind text NOT NULL CHECK (kind IN ('decision','communication','phase','terror-state','closure','participant','protocol')),
  text text NOT NULL,
  reason text,
  author_id uuid REFERENCES users(id),
  author_org_id uuid REFERENCES organisations(id),
  at timestamptz NOT NULL,
  corrects_id uuid REFERENCES crisis_log(id),
  data jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (incident_id, seq)
);
CREATE TRIGGER crisis_log_append_only BEFORE UPDATE OR DELETE ON crisis_log
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER crisis_log_no_truncate BEFORE TRUNCATE ON crisis_log
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();

-- Entries flagged significant; the situation unit's confirmation puts them on the board.
CREATE TABLE crisis_significant (
  entry_id uuid PRIMARY KEY REFERENCES crisis_log(id),
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  flagged_by uuid NOT NULL REFERENCES users(id),
  flagged_at timestamptz NOT NULL DEFAULT now(),
  confirmed_by uuid REFERENCES users(id),
  confirmed_at timestamptz
);

CREATE TABLE crisis_sitreps (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  number integer NOT NULL CHECK (number >= 1),
  summary text NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  approved_by uuid REFERENCES users(id),
  approved_at timestamptz,
  UNIQUE (incident_id, number)
);

-- Protocol templates: one row per version of a template (template_id groups the versions).
CREATE TABLE crisis_protocols (
  id uuid PRIMARY KEY,
  template_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  incident_type text NOT NULL,
  tasks jsonb NOT NULL,
  change_note text,
  owner_org_id uuid NOT NULL REFERENCES organisations(id),
  published_by uuid NOT NULL REFERENCES users(id),
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (template_id, version)
);

CREATE TABLE crisis_activations (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  protocol_id uuid NOT NULL REFERENCES crisis_protocols(id),
  activated_by uuid NOT NULL REFERENCES users(id),
  activated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (incident_id, protocol_id)
);

CREATE TABLE crisis_tasks (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  activation_id uuid REFERENCES crisis_activations(id),
  discipline text NOT NULL CHECK (discipline IN ('D1','D2','D3','D4','D5')),
  title text NOT NULL,
  role text NOT NULL,
  org_id uuid REFERENCES organisations(id),
  due_at timestamptz,
  status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','doing','done','blocked')),
  blocked_reason text,
  checklist jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX crisis_tasks_incident ON crisis_tasks(incident_id);

CREATE TABLE crisis_units (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  name text NOT NULL,
  kind text NOT NULL,
  discipline text NOT NULL CHECK (discipline IN ('D1','D2','D3','D4','D5')),
  org_id uuid NOT NULL REFERENCES organisations(id),
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested','dispatched','on-site','released')),
  lat double precision,
  lon double precision,
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX crisis_units_incident ON crisis_units(incident_id);

-- Every change of an incident, in commit order (ids are taken under the audit chain's lock), for
-- live delivery (server-sent events with Last-Event-ID) and the timeline. Other modules append
-- through crisis's appendIncidentEvent.
CREATE TABLE crisis_events (
  id bigserial PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX crisis_events_incident ON crisis_events(incident_id, id);
CREATE TRIGGER crisis_events_append_only BEFORE UPDATE OR DELETE ON crisis_events
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();

-- After-action review (HSEEP): one per incident, its improvement plan's corrective actions.
CREATE TABLE crisis_reviews (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL UNIQUE REFERENCES crisis_incidents(id),
  objectives jsonb NOT NULL DEFAULT '[]',
  strengths jsonb NOT NULL DEFAULT '[]',
  improvements jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','completed')),
  created_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_by uuid REFERENCES users(id),
  completed_at timestamptz
);

CREATE TABLE crisis_actions (
  id uuid PRIMARY KEY,
  review_id uuid NOT NULL REFERENCES crisis_reviews(id),
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  description text NOT NULL,
  owner_org_id uuid NOT NULL REFERENCES organisations(id),
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','in-progress','closed')),
  template_id uuid,
  closed_by_protocol_id uuid REFERENCES crisis_protocols(id),
  closed_at timestamptz,
  reminded_at timestamptz,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX crisis_actions_template ON crisis_actions(template_id) WHERE status <> 'closed';
