-- Threat assessments (OCAM levels 1–4) for subjects, the country, sectors, events and places.
-- Each assessment is a row; the latest per target is the current level; nothing is overwritten.
CREATE TABLE threat_assessments (
  id uuid PRIMARY KEY,
  target_kind text NOT NULL CHECK (target_kind IN ('subject','country','sector','event','place')),
  target_key text NOT NULL,
  target_label text NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
  justification text NOT NULL CHECK (length(justification) >= 10),
  assessor_id uuid NOT NULL REFERENCES users(id),
  assessed_at timestamptz NOT NULL DEFAULT now(),
  next_review_due date NOT NULL,
  owner_org_id uuid NOT NULL REFERENCES organisations(id),
  classification text NOT NULL CHECK (classification IN ('unclassified','restricted','confidential','secret','top_secret')),
  tlp text NOT NULL CHECK (tlp IN ('clear','green','amber','amber+strict','red')),
  distribution text NOT NULL CHECK (distribution IN ('organisation','organisations','group','all')),
  shared_org_ids uuid[] NOT NULL DEFAULT '{}',
  group_ids uuid[] NOT NULL DEFAULT '{}',
  handling_code text NOT NULL DEFAULT 'H0' CHECK (handling_code IN ('H0','H1','H2','H3')),
  hit_no_hit boolean NOT NULL DEFAULT false,
  legal_basis text NOT NULL,
  purpose text NOT NULL,
  review_date date
);
CREATE INDEX threat_target ON threat_assessments(target_kind, target_key, assessed_at DESC);
CREATE INDEX threat_due ON threat_assessments(next_review_due);
