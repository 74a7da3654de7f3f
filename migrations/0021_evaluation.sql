-- Evaluation of prevention programmes: a registry of indicator definitions, a theory of change per
-- programme type, and indicator values per municipality (NIS code) and period, entered or imported.
-- Values are aggregates (counts and rates), never about a person.
CREATE TABLE evaluation_indicators (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  numerator text NOT NULL,
  denominator text NOT NULL DEFAULT '',
  -- value = numerator / denominator × factor (e.g. 100000: per 100,000 inhabitants)
  factor double precision NOT NULL DEFAULT 1 CHECK (factor > 0),
  unit text NOT NULL DEFAULT '',
  periodicity text NOT NULL CHECK (periodicity IN ('year', 'half', 'quarter', 'month')),
  -- The numerator counts cases: small cells (1–9) are flagged on screen and suppressed in exports.
  counts_cases boolean NOT NULL DEFAULT true,
  -- Whether a lower or a higher value is the desired outcome (for the wording of charts).
  direction text NOT NULL DEFAULT 'lower' CHECK (direction IN ('lower', 'higher', 'none')),
  source text NOT NULL,
  source_url text,
  reliability text NOT NULL CHECK (reliability IN ('official', 'research', 'self-reported', 'indicative')),
  disaggregation text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Theory of change of a programme type (the prevention module's types): activities → outputs →
-- outcomes, and the indicators that measure the outcomes.
CREATE TABLE evaluation_theories (
  programme_type text PRIMARY KEY CHECK (programme_type ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
  activities text[] NOT NULL DEFAULT '{}',
  outputs text[] NOT NULL DEFAULT '{}',
  outcomes text[] NOT NULL DEFAULT '{}',
  indicator_ids uuid[] NOT NULL DEFAULT '{}',
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One CSV import (all rows or none).
CREATE TABLE evaluation_imports (
  id uuid PRIMARY KEY,
  indicator_id uuid NOT NULL REFERENCES evaluation_indicators(id),
  file_name text NOT NULL DEFAULT '',
  rows integer NOT NULL,
  created integer NOT NULL,
  replaced integer NOT NULL,
  imported_by uuid NOT NULL REFERENCES users(id),
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE evaluation_values (
  id uuid PRIMARY KEY,
  indicator_id uuid NOT NULL REFERENCES evaluation_indicators(id),
  nis_code text NOT NULL CHECK (nis_code ~ '^[0-9]{5}$'),
  period text NOT NULL,
  period_start date NOT NULL,
  numerator double precision CHECK (numerator >= 0),
  denominator double precision CHECK (denominator > 0),
  value double precision NOT NULL,
  note text NOT NULL DEFAULT '',
  import_id uuid REFERENCES evaluation_imports(id),
  entered_by uuid NOT NULL REFERENCES users(id),
  entered_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (indicator_id, nis_code, period)
);
CREATE INDEX evaluation_values_period ON evaluation_values (indicator_id, period_start);
