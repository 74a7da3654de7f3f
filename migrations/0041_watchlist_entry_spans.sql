-- Issue #15 (screening stays fast while the lists change): a list version no longer holds a copy of
-- every entry. An entry is stored once per stretch of versions over which it is unchanged (a span:
-- valid from version number `valid_from` of its list up to, not including, `valid_to`; open while
-- it is on the active version), so a new version writes only what it added or changed and closes the
-- spans of what it changed or removed. A national-list change therefore costs what changed, not the
-- list's size. The national list keeps no closed spans (a deleted, closed or changed subject leaves
-- no copy behind, as superseded national versions kept no entries before).
--
-- `watchlist_entries` stays as a view with its columns of before (version_id, entry_id, hash,
-- primary_name, entry, access): one row per entry per version it belongs to. Every reader of a
-- version's entries goes through it (the one query shape); only watchlists.repository.ts and
-- national.repository.ts write the spans.
ALTER TABLE watchlist_entries RENAME TO watchlist_entry_spans;
ALTER TABLE watchlist_entry_spans ADD COLUMN source_id text, ADD COLUMN valid_from integer, ADD COLUMN valid_to integer;
-- Each stored copy becomes a span of its own version only (the active version's stay open).
UPDATE watchlist_entry_spans s SET source_id = v.source_id, valid_from = v.number, valid_to = CASE WHEN v.active THEN NULL ELSE v.number + 1 END
  FROM watchlist_versions v WHERE v.id = s.version_id;
ALTER TABLE watchlist_entry_spans DROP CONSTRAINT watchlist_entries_pkey;
ALTER TABLE watchlist_entry_spans DROP COLUMN version_id;
ALTER TABLE watchlist_entry_spans
  ALTER COLUMN source_id SET NOT NULL,
  ALTER COLUMN valid_from SET NOT NULL,
  ADD CONSTRAINT watchlist_entry_spans_source_fkey FOREIGN KEY (source_id) REFERENCES watchlist_sources(id) ON DELETE CASCADE,
  ADD CONSTRAINT watchlist_entry_spans_range CHECK (valid_to IS NULL OR valid_to > valid_from),
  ADD PRIMARY KEY (source_id, entry_id, valid_from);
-- At most one open span per entry: the entry as the active version holds it.
CREATE UNIQUE INDEX watchlist_entry_spans_open ON watchlist_entry_spans(source_id, entry_id) WHERE valid_to IS NULL;

CREATE VIEW watchlist_entries AS
  SELECT v.id AS version_id, s.entry_id, s.hash, s.primary_name, s.entry, s.access, s.source_id
  FROM watchlist_entry_spans s
  JOIN watchlist_versions v ON v.source_id = s.source_id AND v.number >= s.valid_from AND (s.valid_to IS NULL OR v.number < s.valid_to);
