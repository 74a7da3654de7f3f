-- Name search, first tier: names holding the query's words exactly, in any order.
--  * Several words: GIN on the words of the Latin key (the index intersects their lists).
--  * One word: subject_name_words, one row per word of every name, kept by triggers. Its B-tree stops at
--    the first names it needs, where a GIN index would read the whole list of a common surname.
CREATE INDEX IF NOT EXISTS subject_names_words ON subject_names USING gin ((string_to_array(latin, ' ')));

CREATE TABLE subject_name_words (
  word text NOT NULL,
  subject_id uuid NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (word, subject_id, position)
);

-- The distinct words of a Latin key (the same split as the GIN index above).
CREATE FUNCTION name_words(latin text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT w FROM unnest(string_to_array(latin, ' ')) w WHERE w <> ''
$$;

CREATE FUNCTION subject_name_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO subject_name_words (word, subject_id, position)
  SELECT w, n.subject_id, n.position FROM new_names n, name_words(n.latin) w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION subject_name_words_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM subject_name_words w USING old_names o, name_words(o.latin) ow
  WHERE w.word = ow AND w.subject_id = o.subject_id AND w.position = o.position;
  RETURN NULL;
END $$;

CREATE TRIGGER subject_names_words_insert AFTER INSERT ON subject_names
  REFERENCING NEW TABLE AS new_names FOR EACH STATEMENT EXECUTE FUNCTION subject_name_words_add();
CREATE TRIGGER subject_names_words_delete AFTER DELETE ON subject_names
  REFERENCING OLD TABLE AS old_names FOR EACH STATEMENT EXECUTE FUNCTION subject_name_words_remove();
-- Triggers of one event fire in name order: the old words go before the new ones come.
CREATE TRIGGER subject_names_words_update_1_old AFTER UPDATE ON subject_names
  REFERENCING OLD TABLE AS old_names FOR EACH STATEMENT EXECUTE FUNCTION subject_name_words_remove();
CREATE TRIGGER subject_names_words_update_2_new AFTER UPDATE ON subject_names
  REFERENCING NEW TABLE AS new_names FOR EACH STATEMENT EXECUTE FUNCTION subject_name_words_add();

INSERT INTO subject_name_words (word, subject_id, position)
SELECT w, n.subject_id, n.position FROM subject_names n, name_words(n.latin) w
ON CONFLICT DO NOTHING;
