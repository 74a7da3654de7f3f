-- Issue #15 item 2: names across scripts. Subject search uses the screening engine's name knowledge
-- (src/core/screening/search-keys.ts): every stored name carries its search keys (romanisation of every
-- script, Arabic and Persian readings, skeleton, variant-group and coarse keys of each token) and the
-- version of the key rules they were made with. Keys cannot be computed in SQL: names of an older
-- version (all existing names, keys_version 0) are recomputed at start-up in batches by the intel module,
-- which is resumable and idempotent (it only touches names whose keys_version is behind).
ALTER TABLE subject_names ADD COLUMN search_keys text[] NOT NULL DEFAULT '{}';
ALTER TABLE subject_names ADD COLUMN keys_version integer NOT NULL DEFAULT 0;
CREATE INDEX subject_names_search_keys ON subject_names USING gin (search_keys);
CREATE INDEX subject_names_keys_version ON subject_names (keys_version);
