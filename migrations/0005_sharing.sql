-- Sharing with partners: the STIX 2.1 objects this instance serves (a projection of its own records)
-- and holds (received from partners, imported), TAXII status resources, registered partner
-- instances with their pull cursors, and the strong-identifier index for correlation.

-- One row per version of a STIX object. Marking columns are those of the record (every version of a
-- record carries the record's current markings); `scope` is the federation scope (MISP-like):
-- connected (may leave to partner instances), community (this instance only), organisation (owner only).
CREATE TABLE sharing_objects (
  seq bigserial PRIMARY KEY,
  stix_id text NOT NULL,
  stix_type text NOT NULL,
  version_at timestamptz NOT NULL,
  spec_version text NOT NULL DEFAULT '2.1',
  date_added timestamptz NOT NULL,
  is_latest boolean NOT NULL DEFAULT true,
  revoked boolean NOT NULL DEFAULT false,
  object jsonb NOT NULL,
  record_type text,
  origin text NOT NULL CHECK (origin IN ('local','partner','import')),
  origin_instance text,
  origin_org_id text,
  origin_org_name text,
  partner_id uuid,
  scope text NOT NULL CHECK (scope IN ('connected','community','organisation')),
  id uuid NOT NULL,
  owner_org_id uuid NOT NULL,
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
  UNIQUE (stix_id, version_at)
);
CREATE INDEX sharing_objects_added ON sharing_objects(date_added, seq);
CREATE INDEX sharing_objects_stix ON sharing_objects(stix_id, version_at DESC);
CREATE INDEX sharing_objects_latest ON sharing_objects(origin, date_added) WHERE is_latest;
CREATE INDEX sharing_objects_partner ON sharing_objects(partner_id) WHERE partner_id IS NOT NULL;

-- Progress markers of the module's jobs (the outbox cursor over intel's records).
CREATE TABLE sharing_state (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- TAXII 2.1 status resources of POSTed envelopes.
CREATE TABLE sharing_taxii_status (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL,
  collection_id uuid NOT NULL,
  request_timestamp timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL CHECK (status IN ('pending','complete')),
  total_count integer NOT NULL,
  successes jsonb NOT NULL DEFAULT '[]',
  failures jsonb NOT NULL DEFAULT '[]'
);

-- Partner instances this instance pulls from. The token is the partner's API token for us.
CREATE TABLE sharing_partners (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  api_root text NOT NULL,
  token text NOT NULL,
  collections text[] NOT NULL DEFAULT '{}',
  receiving_org_id uuid NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_attempt_at timestamptz,
  last_success_at timestamptz,
  last_error text,
  last_error_at timestamptz,
  consecutive_failures integer NOT NULL DEFAULT 0,
  objects_received bigint NOT NULL DEFAULT 0,
  objects_rejected bigint NOT NULL DEFAULT 0
);

CREATE TABLE sharing_partner_cursors (
  partner_id uuid NOT NULL REFERENCES sharing_partners(id) ON DELETE CASCADE,
  collection_id text NOT NULL,
  added_after text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (partner_id, collection_id)
);

-- Strong identifiers (hashed: the index holds no personal data in clear) of the objects held.
CREATE TABLE sharing_identifiers (
  stix_id text NOT NULL,
  kind text NOT NULL,
  value_hash text NOT NULL,
  owner_org_id uuid NOT NULL,
  PRIMARY KEY (stix_id, kind, value_hash)
);
CREATE INDEX sharing_identifiers_value ON sharing_identifiers(value_hash);

-- Values that occur too often to correlate (fan-out bound): no more notifications for them.
CREATE TABLE sharing_warninglist (
  value_hash text PRIMARY KEY,
  kind text NOT NULL,
  occurrences integer NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);

-- The change feed the sharing outbox reads through intel's exported intelChangesAfter (keyset on
-- updated_at, id). Without these, every outbox run sorts whole tables. (Intel's tables; the indexes
-- serve only that exported function.)
CREATE INDEX sharing_feed_subjects ON subjects(updated_at, id);
CREATE INDEX sharing_feed_reports ON reports(updated_at, id);
CREATE INDEX sharing_feed_links ON links(updated_at, id);
CREATE INDEX sharing_feed_tombstones ON tombstones(deleted_at, record_id);
