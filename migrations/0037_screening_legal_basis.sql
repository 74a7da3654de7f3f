-- Issue #16: a screening run (a batch of travellers, a passenger message, a single screen) carries the
-- legal basis it was run under, chosen from the legal registry as a prevention case's or a threat
-- assessment's is: the registry version cited (legal_basis_id: a version's id, read through the legal
-- module's exported service, never joined by the screening module's code) and its citation as text.
ALTER TABLE screening_batches ADD COLUMN legal_basis_id uuid;
ALTER TABLE screening_batches ADD COLUMN legal_basis text;

-- Backfill: the runs before this were made under the law on passenger data (pnr-2016, shipped with the
-- registry in 0018); the version in force on the day of the run, else the latest. A registry without
-- that code leaves them without a basis (they then show none, and are not listed for review).
WITH pnr AS (
  SELECT r.id, r.version, r.valid_from, r.valid_to,
         r.title || ' (' || r.article || ', ' || r.text_reference || ')' AS citation
  FROM legal_registry r
  WHERE r.kind = 'basis' AND r.scope = 'processing' AND r.code = 'pnr-2016'
), chosen AS (
  SELECT DISTINCT ON (b.id) b.id, pnr.id AS basis_id, pnr.citation
  FROM screening_batches b CROSS JOIN pnr
  ORDER BY b.id, (pnr.valid_from <= b.created_at::date AND (pnr.valid_to IS NULL OR pnr.valid_to >= b.created_at::date)) DESC, pnr.version DESC
)
UPDATE screening_batches b SET legal_basis_id = c.basis_id, legal_basis = c.citation FROM chosen c WHERE b.id = c.id;

CREATE INDEX screening_batches_legal_basis ON screening_batches(legal_basis_id) WHERE legal_basis_id IS NOT NULL;
