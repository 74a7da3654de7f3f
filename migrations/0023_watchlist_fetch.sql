-- Lists kept current and past travellers re-screened when a list changes (issue #15).

-- Every download of a global list (UN, OFAC) from its official address or a mirror: by hand (screen,
-- command line) or by the schedule; what it found (the diff against the active version, with the
-- changed fields) and what became of it (a preview to confirm, an applied version, nothing new, a failure).
CREATE TABLE watchlist_fetches (
  id uuid PRIMARY KEY,
  source_id text NOT NULL,
  url text NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('manual', 'schedule', 'cli')),
  mode text NOT NULL CHECK (mode IN ('preview', 'apply', 'check')),
  status text NOT NULL CHECK (status IN ('previewed', 'applied', 'unchanged', 'checked', 'failed')),
  error text,
  bytes integer,
  content_sha256 text,
  entry_count integer,
  added integer,
  removed integer,
  changed integer,
  changes jsonb NOT NULL DEFAULT '[]',
  preview_id uuid,
  version_id uuid REFERENCES watchlist_versions(id) ON DELETE SET NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX watchlist_fetches_source ON watchlist_fetches(source_id, created_at DESC);

-- A re-screening of the travellers screened in the look-back window against the entries a list version
-- added or changed. Resumable: the cursor is the last (batch, seq) done; a run whose process stopped
-- (heartbeat older than a minute) is taken up again by the next sweep.
CREATE TABLE screening_rescreens (
  id uuid PRIMARY KEY,
  version_id uuid NOT NULL UNIQUE REFERENCES watchlist_versions(id) ON DELETE CASCADE,
  source_id text NOT NULL,
  entries integer NOT NULL,
  since timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  total integer NOT NULL DEFAULT 0,
  processed integer NOT NULL DEFAULT 0,
  hit_count integer NOT NULL DEFAULT 0,
  cursor_batch uuid,
  cursor_seq integer,
  failure text,
  heartbeat timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX screening_rescreens_open ON screening_rescreens(status) WHERE status IN ('queued', 'running');

-- A hit found by a re-screening: the traveller had travelled before the entry was listed or changed.
ALTER TABLE screening_hits ADD COLUMN rescreen_id uuid REFERENCES screening_rescreens(id) ON DELETE SET NULL;
CREATE INDEX screening_batches_created ON screening_batches(created_at);
