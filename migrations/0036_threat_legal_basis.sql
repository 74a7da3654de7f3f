-- Issue #16: a threat assessment's legal basis is chosen from the legal registry, as a prevention
-- case's is. The assessment keeps the text of its markings (legal_basis, the registry entry's citation
-- for a new assessment) and now the registry version it cites (legal_basis_id: a version's id, read
-- through the legal module's exported service, never joined by the threat module's code).
--
-- 1. The registry as shipped gains the basis every threat assessment used to carry as fixed text
--    ("Act of 10 July 2006 on threat analysis"), unless the registry editor made that code already.
--    The date of entry into force is indicative (docs/LEGAL.md), like the other shipped entries.
INSERT INTO legal_registry (id, kind, code, version, title, article, text_reference, scope, method, valid_from)
SELECT gen_random_uuid(), 'basis', 'ocam-2006', 1, 'Threat analysis by the Coordination Unit for Threat Analysis', 'art. 8',
       'Law of 10 July 2006 on threat analysis', 'processing', NULL, DATE '2006-12-01'
WHERE NOT EXISTS (SELECT 1 FROM legal_registry WHERE code = 'ocam-2006');

-- 2. The registry version cited, and a flag for assessments whose basis the backfill could not map
--    (they wait for review: a re-evaluation chooses a basis from the registry).
ALTER TABLE threat_assessments ADD COLUMN legal_basis_id uuid;
ALTER TABLE threat_assessments ADD COLUMN legal_basis_review boolean NOT NULL DEFAULT false;

-- 3. Backfill. A text matches a registry basis for processing when it is the entry's citation
--    ("Title (article, text reference)") in the compared form of src/core/legal/citation.ts
--    (citationKey: lower case, punctuation and spaces reduced, "article" written "art"), or when it is
--    the fixed text Vigil itself wrote before (it named the threat-analysis law, now ocam-2006). Of the
--    matching versions, the one in force on the day of the assessment is taken, else the latest.
WITH keyed AS (
  SELECT r.id, r.code, r.version, r.valid_from, r.valid_to,
         btrim(regexp_replace(regexp_replace(' ' || lower(r.title || ' (' || r.article || ', ' || r.text_reference || ')') || ' ',
           '[^0-9a-zà-ÿ]+', ' ', 'g'), ' (articles|article|artikelen|artikel|arts|art)(?= )', ' art', 'g')) AS k
  FROM legal_registry r
  WHERE r.kind = 'basis' AND r.scope = 'processing'
), assessed AS (
  SELECT t.id, t.assessed_at::date AS day,
         btrim(regexp_replace(regexp_replace(' ' || lower(t.legal_basis) || ' ',
           '[^0-9a-zà-ÿ]+', ' ', 'g'), ' (articles|article|artikelen|artikel|arts|art)(?= )', ' art', 'g')) AS k
  FROM threat_assessments t
), matched AS (
  SELECT DISTINCT ON (a.id) a.id, r.id AS basis_id
  FROM assessed a
  JOIN keyed r ON r.k = a.k OR (a.k = 'act of 10 july 2006 on threat analysis' AND r.code = 'ocam-2006')
  ORDER BY a.id, (r.valid_from <= a.day AND (r.valid_to IS NULL OR r.valid_to >= a.day)) DESC, r.version DESC
)
UPDATE threat_assessments t SET legal_basis_id = m.basis_id FROM matched m WHERE t.id = m.id;

UPDATE threat_assessments SET legal_basis_review = true WHERE legal_basis_id IS NULL;

CREATE INDEX threat_legal_basis ON threat_assessments(legal_basis_id) WHERE legal_basis_id IS NOT NULL;
