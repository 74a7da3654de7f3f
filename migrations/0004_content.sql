-- Online content (pillar 8): hash banks and their entries, hosting providers, content cases,
-- referrals and removal orders (EU Regulation 2021/784, TCO), webhook deliveries and their attempts.

-- A named bank of known terrorist content (e.g. "ISIL propaganda"), kept by an organisation.
CREATE TABLE content_banks (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 2 AND 200),
  description text NOT NULL DEFAULT '',
  source_org text NOT NULL,
  tlp text NOT NULL CHECK (tlp IN ('clear','green','amber','amber+strict','red')),
  enabled boolean NOT NULL DEFAULT true,
  threshold smallint NOT NULL DEFAULT 31 CHECK (threshold BETWEEN 0 AND 128),
  owner_org_id uuid NOT NULL REFERENCES organisations(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One piece of known content: its PDQ hash (with quality; < 50 is kept but never matched) and/or
-- its file digests (videos have digests only).
CREATE TABLE content_bank_entries (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  bank_id uuid NOT NULL REFERENCES content_banks(id) ON DELETE CASCADE,
  pdq text CHECK (pdq ~ '^[0-9a-f]{64}$'),
  quality smallint NOT NULL DEFAULT 100 CHECK (quality BETWEEN 0 AND 100),
  md5 text CHECK (md5 ~ '^[0-9a-f]{32}$'),
  sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  label text NOT NULL DEFAULT '',
  source text NOT NULL DEFAULT '',
  added_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (pdq IS NOT NULL OR sha256 IS NOT NULL)
);
CREATE INDEX content_entries_bank ON content_bank_entries(bank_id, seq);
CREATE INDEX content_entries_md5 ON content_bank_entries(md5) WHERE md5 IS NOT NULL;
CREATE INDEX content_entries_sha256 ON content_bank_entries(sha256) WHERE sha256 IS NOT NULL;

-- Bumped on every bank change, so each process knows when its in-memory match index is stale.
CREATE TABLE content_index_state (
  id smallint PRIMARY KEY CHECK (id = 1),
  generation bigint NOT NULL
);
INSERT INTO content_index_state (id, generation) VALUES (1, 0);

-- Hosting service providers that receive referrals and removal orders by webhook.
CREATE TABLE content_providers (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  contact text NOT NULL DEFAULT '',
  webhook_url text NOT NULL,
  signing text NOT NULL CHECK (signing IN ('hmac-sha256','ed25519')),
  -- HMAC key (base64url), or the PKCS#8 PEM of Vigil's Ed25519 signing key for this provider.
  secret text NOT NULL,
  public_key text,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A piece of online content under assessment: URL, provider, hashes, evidence, legal assessment.
CREATE TABLE content_cases (
  id uuid PRIMARY KEY,
  url text NOT NULL,
  url_key text NOT NULL,
  provider_id uuid NOT NULL REFERENCES content_providers(id),
  offence text NOT NULL CHECK (offence IN ('incitement','solicitation','participation','instruction','threat')),
  assessment text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  closed_at timestamptz,
  evidence bytea,
  evidence_type text,
  evidence_sha256 text,
  evidence_at timestamptz,
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
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_cases_url ON content_cases(url_key);
CREATE INDEX content_cases_owner ON content_cases(owner_org_id, created_at);

CREATE TABLE content_case_signals (
  case_id uuid NOT NULL REFERENCES content_cases(id) ON DELETE CASCADE,
  position integer NOT NULL,
  pdq text CHECK (pdq ~ '^[0-9a-f]{64}$'),
  quality smallint CHECK (quality BETWEEN 0 AND 100),
  md5 text CHECK (md5 ~ '^[0-9a-f]{32}$'),
  sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (case_id, position)
);
CREATE INDEX content_case_signals_md5 ON content_case_signals(md5) WHERE md5 IS NOT NULL;
CREATE INDEX content_case_signals_sha256 ON content_case_signals(sha256) WHERE sha256 IS NOT NULL;

-- A referral (voluntary) or removal order (binding, one hour) about a case, to its provider.
CREATE TABLE content_orders (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES content_cases(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('referral','removal_order')),
  status text NOT NULL CHECK (status IN ('draft','issued','removed','contested','declined','revoked','withdrawn')),
  provider_id uuid NOT NULL REFERENCES content_providers(id),
  issuing_org_id uuid NOT NULL REFERENCES organisations(id),
  reasons text NOT NULL,
  duplicates jsonb NOT NULL DEFAULT '[]',
  duplicates_acknowledged boolean NOT NULL DEFAULT false,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  issued_by uuid REFERENCES users(id),
  issued_at timestamptz,
  due_at timestamptz,
  portal_token_hashes text[] NOT NULL DEFAULT '{}',
  outcome text CHECK (outcome IN ('removed','disabled','contested','declined')),
  outcome_note text,
  outcome_at timestamptz,
  removed_at timestamptz,
  escalated_at timestamptz,
  cross_border boolean NOT NULL DEFAULT false,
  scrutiny_org_id uuid REFERENCES organisations(id),
  scrutiny_due_at timestamptz,
  scrutiny_decision text CHECK (scrutiny_decision IN ('no_infringement','infringement')),
  scrutiny_reasoning text,
  scrutiny_at timestamptz,
  scrutiny_by uuid REFERENCES users(id),
  appeal_status text CHECK (appeal_status IN ('lodged','upheld','overturned')),
  appeal_note text,
  appeal_at timestamptz,
  withdrawn_reason text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_orders_case ON content_orders(case_id);
CREATE INDEX content_orders_due ON content_orders(due_at) WHERE status = 'issued' AND escalated_at IS NULL;
CREATE INDEX content_orders_issuer ON content_orders(issuing_org_id, issued_at);
CREATE INDEX content_orders_scrutiny ON content_orders(scrutiny_org_id, scrutiny_due_at) WHERE scrutiny_org_id IS NOT NULL;

-- Outbound webhook messages (signed at each attempt) and every attempt made.
CREATE TABLE content_deliveries (
  id uuid PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES content_orders(id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES content_providers(id),
  event text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending','delivered','failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  lease_until timestamptz,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_deliveries_order ON content_deliveries(order_id, created_at);
CREATE INDEX content_deliveries_due ON content_deliveries(next_attempt_at) WHERE status = 'pending';

CREATE TABLE content_delivery_attempts (
  delivery_id uuid NOT NULL REFERENCES content_deliveries(id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  at timestamptz NOT NULL,
  status_code integer,
  error text,
  duration_ms integer NOT NULL,
  PRIMARY KEY (delivery_id, attempt)
);
