-- Issue #11 (benchmark): a TAXII objects page reads the served objects (local, latest version) in
-- (date_added, seq) order and stops after the page. The older index on (origin, date_added) could not
-- give the seq tie-break, so every page read and sorted every served object; this one is walked in
-- page order, and a resumed page starts at its keyset.
CREATE INDEX sharing_objects_served ON sharing_objects(date_added, seq) WHERE is_latest AND origin = 'local';
