-- Border screening (pillar 6): watch lists and their versions, batches of travellers, hits and their
-- review, remembered false positives (suppressions) and referrals of official-list hits.

-- A watch list: un, ofac, national (built from intel subjects) or a custom list (any other slug).
CREATE TABLE watchlist_sources (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  kind text NOT NULL CHECK (kind IN ('un','ofac','custom','national')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every import (or delisting, or national rebuild) is a version; the active one is screened.
CREATE TABLE watchlist_versions (
  id uuid PRIMARY KEY,
  source_id text NOT NULL REFERENCES watchlist_sources(id),
  number integer NOT NULL,
  active boolean NOT NULL DEFAULT false,
  origin text NOT NULL CHECK (origin IN ('import','delist','rebuild')),
  entry_count integer NOT NULL,
  added integer NOT NULL,
  removed integer NOT NULL,
  changed integer NOT NULL,
  -- lines left out with skipInvalid: [{line, message}]
  skipped jsonb NOT NULL DEFAULT '[]',
  content_sha256 text,
  note text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_id, number)
);
CREATE UNIQUE INDEX watchlist_versions_active ON watchlist_versions(source_id) WHERE active;

-- The entries of a version. `hash` covers the entry; `access` holds a national subject's markings
-- (policy form) so each border user gets the full hit or hit-no-hit. Superseded national versions
-- keep no entries (a deleted or closed subject leaves no copy here).
CREATE TABLE watchlist_entries (
  version_id uuid NOT NULL REFERENCES watchlist_versions(id) ON DELETE CASCADE,
  entry_id text NOT NULL,
  hash text NOT NULL,
  primary_name text NOT NULL,
  entry jsonb NOT NULL,
  access jsonb,
  PRIMARY KEY (version_id, entry_id)
);

-- The diff of a version against the previous one of its source (removed = delisted).
CREATE TABLE watchlist_changes (
  version_id uuid NOT NULL REFERENCES watchlist_versions(id) ON DELETE CASCADE,
  entry_id text NOT NULL,
  change text NOT NULL CHECK (change IN ('added','removed','changed')),
  reason text,
  PRIMARY KEY (version_id, entry_id)
);

-- A screening run: one traveller (form) or a passenger list, owned by the screening organisation.
CREATE TABLE screening_batches (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('single','batch')),
  format text NOT NULL CHECK (format IN ('form','jsonl','csv','mrz')),
  flight text NOT NULL DEFAULT '',
  travel_date date,
  port text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('receiving','queued','running','done','failed')),
  total integer NOT NULL DEFAULT 0,
  processed integer NOT NULL DEFAULT 0,
  -- the last screened traveller (seq); a restarted run goes on with the pending ones
  cursor integer NOT NULL DEFAULT 0,
  hit_count integer NOT NULL DEFAULT 0,
  error_count integer NOT NULL DEFAULT 0,
  suppressed_count integer NOT NULL DEFAULT 0,
  threshold real NOT NULL,
  failure text,
  heartbeat timestamptz,
  owner_org_id uuid NOT NULL REFERENCES organisations(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX screening_batches_org ON screening_batches(owner_org_id, created_at DESC);
CREATE INDEX screening_batches_open ON screening_batches(status) WHERE status IN ('receiving','queued','running');

-- One line (record) of a batch: the parsed traveller, or the reason it could not be parsed.
CREATE TABLE screening_travellers (
  batch_id uuid NOT NULL REFERENCES screening_batches(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  line integer NOT NULL,
  traveller_id text,
  traveller jsonb,
  identity_key text,
  status text NOT NULL CHECK (status IN ('pending','screened','error')),
  error text,
  hit_count integer NOT NULL DEFAULT 0,
  max_score real,
  PRIMARY KEY (batch_id, seq)
);
CREATE INDEX screening_travellers_pending ON screening_travellers(batch_id, seq) WHERE status = 'pending';

CREATE TABLE screening_hits (
  id uuid PRIMARY KEY,
  batch_id uuid NOT NULL,
  seq integer NOT NULL,
  entry_id text NOT NULL,
  source_id text NOT NULL,
  version_id uuid NOT NULL,
  entry_hash text NOT NULL,
  score real NOT NULL,
  explanation jsonb,
  status text NOT NULL CHECK (status IN ('open','true_match','false_positive','escalated','suppressed')),
  suppression_id uuid,
  report_id uuid,
  referral_id uuid,
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  reason text,
  FOREIGN KEY (batch_id, seq) REFERENCES screening_travellers(batch_id, seq) ON DELETE CASCADE
);
CREATE INDEX screening_hits_queue ON screening_hits(batch_id, score DESC);
CREATE INDEX screening_hits_entry ON screening_hits(entry_id);

-- Every decision on a hit, in order (the hit keeps the latest).
CREATE TABLE screening_decisions (
  id uuid PRIMARY KEY,
  hit_id uuid NOT NULL REFERENCES screening_hits(id) ON DELETE CASCADE,
  decision text NOT NULL CHECK (decision IN ('true_match','false_positive','escalate')),
  reason text NOT NULL DEFAULT '',
  decided_by uuid NOT NULL REFERENCES users(id),
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_decisions_hit ON screening_decisions(hit_id);

-- A false positive remembered: the same traveller identity against the same (unchanged) entry is
-- not put in the queue again by the organisation that decided it, until revoked.
CREATE TABLE screening_suppressions (
  id uuid PRIMARY KEY,
  owner_org_id uuid NOT NULL REFERENCES organisations(id),
  identity_key text NOT NULL,
  entry_id text NOT NULL,
  entry_hash text NOT NULL,
  traveller jsonb NOT NULL,
  reason text NOT NULL,
  hit_id uuid NOT NULL REFERENCES screening_hits(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_by uuid REFERENCES users(id),
  revoked_at timestamptz,
  revoke_reason text
);
CREATE UNIQUE INDEX screening_suppressions_active ON screening_suppressions(owner_org_id, identity_key, entry_id) WHERE revoked_at IS NULL;

-- An escalated hit on an official (UN, OFAC) or custom list entry: referred to the intelligence services.
CREATE TABLE screening_referrals (
  id uuid PRIMARY KEY,
  hit_id uuid NOT NULL REFERENCES screening_hits(id),
  entry_id text NOT NULL,
  source_id text NOT NULL,
  from_org_id uuid NOT NULL REFERENCES organisations(id),
  note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
