-- Replacing a global watch list (UN, OFAC: the lists every organisation screens against) goes in two
-- steps (issue #11 j): an import by a list administrator first makes a preview — the parsed entries and
-- their diff against the active version — and only a confirm call naming the preview applies it, and
-- only while the active version is still the one the diff was made against. A preview keeps its
-- entries until it is applied, discarded or expires; then only the counts and the diff stay.
CREATE TABLE watchlist_previews (
  id uuid PRIMARY KEY,
  source_id text NOT NULL,
  base_version_id uuid REFERENCES watchlist_versions(id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','applied','discarded')),
  entries jsonb NOT NULL,
  changes jsonb NOT NULL,
  entry_count integer NOT NULL,
  added integer NOT NULL,
  removed integer NOT NULL,
  changed integer NOT NULL,
  duplicates integer NOT NULL DEFAULT 0,
  skipped jsonb NOT NULL DEFAULT '[]',
  content_sha256 text,
  note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  applied_version_id uuid REFERENCES watchlist_versions(id)
);
CREATE INDEX watchlist_previews_source ON watchlist_previews(source_id, created_at DESC);
