-- Issue #15 item 1: a screening result always says what it was screened against. A batch keeps the lists
-- and versions of the index its travellers were last screened with (entries of the official and custom
-- lists, the national version used; never the national list's size) and how many index hits could not
-- be shown at all (left out: then the batch is never "no hit").
ALTER TABLE screening_batches ADD COLUMN screened_against jsonb;
ALTER TABLE screening_batches ADD COLUMN left_out integer NOT NULL DEFAULT 0;
