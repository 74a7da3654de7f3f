-- Prevention (issue #14, case and programme part): LIVC-R cells, their members, cases with minimum
-- data, contributions under shared professional secrecy, support plans, meetings, the feedback sheet
-- and its consents, documented links to intelligence subjects; programmes with enrolments, sessions,
-- attendance, milestones and partners; CVE exchanges with cohorts (counts only), activities, lessons
-- and follow-up actions; the cultural-competency training.

CREATE TABLE prevention_cells (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  -- [{ "nisCode": "11002", "name": "Antwerpen" }, …]: one or several municipalities
  municipalities jsonb NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE prevention_members (
  id uuid PRIMARY KEY,
  cell_id uuid NOT NULL REFERENCES prevention_cells(id),
  user_id uuid NOT NULL REFERENCES users(id),
  org_id uuid NOT NULL REFERENCES organisations(id),
  role text NOT NULL CHECK (role IN ('mayor','police_chief','prevention_official','police','social_services','youth_services','education','other')),
  core boolean NOT NULL,
  added_by uuid NOT NULL REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cell_id, user_id)
);
CREATE INDEX prevention_members_user ON prevention_members(user_id);

CREATE TABLE prevention_cases (
  id uuid PRIMARY KEY,
  cell_id uuid NOT NULL REFERENCES prevention_cells(id),
  reference text NOT NULL,
  birth_year integer NOT NULL,
  nis_code text NOT NULL,
  municipality text NOT NULL,
  legal_basis text NOT NULL,
  legal_basis_id text,
  consent text NOT NULL CHECK (consent IN ('not_applicable','given','refused','withdrawn')),
  consent_note text NOT NULL DEFAULT '',
  brought_by uuid NOT NULL REFERENCES prevention_members(id),
  stage text NOT NULL DEFAULT 'identification' CHECK (stage IN ('identification','assessment','planning','delivery','monitoring','exit')),
  review_date date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cell_id, reference)
);
CREATE INDEX prevention_cases_review ON prevention_cases(review_date);

-- Fields beyond the minimum, each with the reason it is needed.
CREATE TABLE prevention_case_fields (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  field text NOT NULL,
  value text NOT NULL,
  reason text NOT NULL,
  added_by uuid NOT NULL REFERENCES prevention_members(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, field)
);

CREATE TABLE prevention_case_participants (
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES prevention_members(id),
  added_by uuid NOT NULL REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, member_id)
);
CREATE INDEX prevention_case_participants_member ON prevention_case_participants(member_id);

CREATE TABLE prevention_case_stages (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  from_stage text,
  to_stage text NOT NULL,
  reason text NOT NULL DEFAULT '',
  member_id uuid NOT NULL REFERENCES prevention_members(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prevention_case_stages_case ON prevention_case_stages(case_id, at);

CREATE TABLE prevention_contributions (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES prevention_members(id),
  org_id uuid NOT NULL REFERENCES organisations(id),
  sharing text NOT NULL CHECK (sharing IN ('own_service','cell','secrecy')),
  kind text NOT NULL CHECK (kind IN ('note','conclusion')),
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prevention_contributions_case ON prevention_contributions(case_id, created_at);

CREATE TABLE prevention_plan_items (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('goal','action')),
  text text NOT NULL,
  responsible_org_id uuid REFERENCES organisations(id),
  review_date date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped')),
  created_by uuid NOT NULL REFERENCES prevention_members(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prevention_plan_items_case ON prevention_plan_items(case_id);

CREATE TABLE prevention_meetings (
  id uuid PRIMARY KEY,
  cell_id uuid NOT NULL REFERENCES prevention_cells(id),
  held_on date NOT NULL,
  -- [{ "title": "…", "caseId": "…" | null }]
  agenda jsonb NOT NULL,
  minutes text NOT NULL DEFAULT '',
  minutes_by uuid REFERENCES prevention_members(id),
  created_by uuid NOT NULL REFERENCES prevention_members(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prevention_meetings_cell ON prevention_meetings(cell_id, held_on);

CREATE TABLE prevention_feedback_sheets (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  texts jsonb NOT NULL,
  contribution_ids uuid[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','sent')),
  drafted_by uuid NOT NULL REFERENCES prevention_members(id),
  sent_by uuid REFERENCES prevention_members(id),
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prevention_feedback_sheets_case ON prevention_feedback_sheets(case_id);

CREATE TABLE prevention_feedback_consents (
  sheet_id uuid NOT NULL REFERENCES prevention_feedback_sheets(id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES prevention_members(id),
  version integer NOT NULL,
  decision text NOT NULL CHECK (decision IN ('consent','refuse')),
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sheet_id, member_id, version)
);

-- No link between a case and an intelligence subject exists unless a documented decision made it.
CREATE TABLE prevention_intel_links (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  subject_id uuid NOT NULL,
  reason text NOT NULL,
  decision_ref text NOT NULL,
  decided_by uuid NOT NULL REFERENCES prevention_members(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, subject_id)
);

CREATE TABLE prevention_programmes (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('deradicalisation','reintegration')),
  description text NOT NULL DEFAULT '',
  nis_code text NOT NULL,
  municipality text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE prevention_partners (
  id uuid PRIMARY KEY,
  programme_id uuid NOT NULL REFERENCES prevention_programmes(id) ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('community','religious','education','employment','housing','health','family','other')),
  contact text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE prevention_enrolments (
  id uuid PRIMARY KEY,
  programme_id uuid NOT NULL REFERENCES prevention_programmes(id),
  case_id uuid NOT NULL REFERENCES prevention_cases(id) ON DELETE CASCADE,
  enrolled_on date NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','completed','left')),
  outcome text CHECK (outcome IN ('completed','partly','dropped_out','transferred')),
  outcome_note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users(id),
  UNIQUE (programme_id, case_id)
);

CREATE TABLE prevention_sessions (
  id uuid PRIMARY KEY,
  programme_id uuid NOT NULL REFERENCES prevention_programmes(id) ON DELETE CASCADE,
  held_on date NOT NULL,
  topic text NOT NULL,
  partner_id uuid REFERENCES prevention_partners(id)
);

CREATE TABLE prevention_attendance (
  session_id uuid NOT NULL REFERENCES prevention_sessions(id) ON DELETE CASCADE,
  enrolment_id uuid NOT NULL REFERENCES prevention_enrolments(id) ON DELETE CASCADE,
  present boolean NOT NULL,
  PRIMARY KEY (session_id, enrolment_id)
);

CREATE TABLE prevention_milestones (
  id uuid PRIMARY KEY,
  enrolment_id uuid NOT NULL REFERENCES prevention_enrolments(id) ON DELETE CASCADE,
  domain text NOT NULL CHECK (domain IN ('education','work','housing','family')),
  description text NOT NULL,
  reached_on date NOT NULL
);

CREATE TABLE prevention_exchanges (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  type text NOT NULL CHECK (type IN ('city_pair','ivlp','strong_cities_workshop','young_cities','mother_schools','father_schools','speaker_event','training')),
  title text NOT NULL,
  nis_code text NOT NULL,
  city text NOT NULL,
  partner_cities text[] NOT NULL DEFAULT '{}',
  starts_on date NOT NULL,
  ends_on date,
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Participants counted per cohort: aggregates only, never persons.
CREATE TABLE prevention_cohorts (
  id uuid PRIMARY KEY,
  exchange_id uuid NOT NULL REFERENCES prevention_exchanges(id) ON DELETE CASCADE,
  label text NOT NULL,
  year integer NOT NULL,
  participants integer NOT NULL CHECK (participants >= 0)
);

CREATE TABLE prevention_activities (
  id uuid PRIMARY KEY,
  exchange_id uuid NOT NULL REFERENCES prevention_exchanges(id) ON DELETE CASCADE,
  held_on date NOT NULL,
  description text NOT NULL
);

CREATE TABLE prevention_lessons (
  id uuid PRIMARY KEY,
  exchange_id uuid NOT NULL REFERENCES prevention_exchanges(id) ON DELETE CASCADE,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A lesson → an action in the city's plan → (a measured change: an indicator id of the evaluation module).
CREATE TABLE prevention_follow_ups (
  id uuid PRIMARY KEY,
  lesson_id uuid NOT NULL REFERENCES prevention_lessons(id) ON DELETE CASCADE,
  action text NOT NULL,
  plan_ref text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','done')),
  due_on date,
  indicator_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE prevention_training_modules (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  title jsonb NOT NULL,
  summary jsonb NOT NULL,
  scenarios jsonb NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE prevention_training_teams (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  trainer_id uuid NOT NULL REFERENCES users(id),
  member_ids uuid[] NOT NULL DEFAULT '{}'
);

CREATE TABLE prevention_training_answers (
  id uuid PRIMARY KEY,
  module_id uuid NOT NULL REFERENCES prevention_training_modules(id) ON DELETE CASCADE,
  scenario_id text NOT NULL,
  option_id text NOT NULL,
  correct boolean NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prevention_training_answers_user ON prevention_training_answers(user_id, module_id, at);
