-- Intelligence records: subjects (persons, organisations), their names, reports, links,
-- follow-ups by organisations, and tombstones of deleted records.
-- Every record carries its markings (owner, classification, TLP, distribution, legal basis, purpose, review).

CREATE TABLE subjects (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('person','organisation')),
  names text[] NOT NULL CHECK (cardinality(names) >= 1),
  birth_date text CHECK (birth_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
  nationalities text[] NOT NULL DEFAULT '{}',
  gender text CHECK (gender IN ('male','female','other','unknown')),
  category text CHECK (category IN ('FTF','HTF','HP','PVE','TC')),
  follow_up text NOT NULL DEFAULT 'active' CHECK (follow_up IN ('active','monitored','dormant','closed')),
  documents jsonb NOT NULL DEFAULT '[]',
  notes text NOT NULL DEFAULT '',
  threat_level smallint CHECK (threat_level BETWEEN 1 AND 4),
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
  review_date date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subjects_owner ON subjects(owner_org_id);
CREATE INDEX subjects_review ON subjects(review_date);
CREATE INDEX subjects_category ON subjects(category);

-- One row per name of a subject, with its Latin search key (src/core/names latinKey) and the
-- consonant skeletons of its words (nameKeys): the fast path of name search.
CREATE TABLE subject_names (
  subject_id uuid NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  latin text NOT NULL,
  keys text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (subject_id, position)
);
CREATE INDEX subject_names_latin_trgm ON subject_names USING gin (latin gin_trgm_ops);
CREATE INDEX subject_names_keys ON subject_names USING gin (keys);

CREATE TABLE reports (
  id uuid PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL,
  reported_on date NOT NULL,
  source_org_id uuid NOT NULL REFERENCES organisations(id),
  source_reliability text NOT NULL CHECK (source_reliability IN ('A','B','C','X')),
  info_credibility text NOT NULL CHECK (info_credibility IN ('1','2','3','4')),
  search_text text NOT NULL,
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
  review_date date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_fts ON reports USING gin (to_tsvector('simple', search_text));
CREATE INDEX reports_owner ON reports(owner_org_id);

CREATE TABLE report_subjects (
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  subject_id uuid NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
  PRIMARY KEY (report_id, subject_id)
);
CREATE INDEX report_subjects_subject ON report_subjects(subject_id);

CREATE TABLE links (
  id uuid PRIMARY KEY,
  from_subject_id uuid NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
  to_subject_id uuid NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('family','associate','member_of','leader_of','travelled_with','financed','communicated_with','recruited')),
  description text NOT NULL DEFAULT '',
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
  review_date date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (from_subject_id <> to_subject_id)
);
CREATE INDEX links_from ON links(from_subject_id);
CREATE INDEX links_to ON links(to_subject_id);

-- Organisations that follow a subject are told when its threat level changes.
CREATE TABLE subject_follows (
  subject_id uuid NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  since timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subject_id, org_id)
);

-- What remains of a deleted record: the fact, not the content.
CREATE TABLE tombstones (
  record_id uuid PRIMARY KEY,
  record_type text NOT NULL,
  owner_org_id uuid NOT NULL,
  deleted_by uuid NOT NULL,
  deleted_at timestamptz NOT NULL DEFAULT now(),
  reason text NOT NULL
);
