-- Sharing (issue #11): the sharing copy is looked up by record id (the id column; a record's STIX id
-- changes when a narrowing revokes what partners held): exports, reads, revocations, the reference
-- filter that keeps ids of hidden records out of what is served, and the import check that refuses an
-- object reusing a local record's id.
CREATE INDEX sharing_objects_record ON sharing_objects(id, date_added DESC);
