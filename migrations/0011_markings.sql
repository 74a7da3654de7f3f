-- The marking columns, defined once (issue #12): every table of records that carry markings gets them
-- by calling vigil_add_markings('<table>') in its migration. The value lists are those of
-- src/core/vocab.ts (CLASSIFICATIONS, TLPS, DISTRIBUTIONS, HANDLING_CODES); test/integration/markings-schema.test.ts
-- fails when they differ. The TypeScript side lists the columns once: MARKING_COLUMNS in
-- src/server/platform/records.ts. (The tables created before this migration have the same columns.)
CREATE FUNCTION vigil_add_markings(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  t text := tbl::text;
  base text := replace(tbl::text, '.', '_');
BEGIN
  EXECUTE format($f$
    ALTER TABLE %1$s
      ADD COLUMN owner_org_id uuid NOT NULL REFERENCES organisations(id),
      ADD COLUMN classification text NOT NULL CHECK (classification IN ('unclassified','restricted','confidential','secret','top_secret')),
      ADD COLUMN tlp text NOT NULL CHECK (tlp IN ('clear','green','amber','amber+strict','red')),
      ADD COLUMN distribution text NOT NULL CHECK (distribution IN ('organisation','organisations','group','all')),
      ADD COLUMN shared_org_ids uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN group_ids uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN handling_code text NOT NULL DEFAULT 'H0' CHECK (handling_code IN ('H0','H1','H2','H3')),
      ADD COLUMN hit_no_hit boolean NOT NULL DEFAULT false,
      ADD COLUMN legal_basis text NOT NULL,
      ADD COLUMN purpose text NOT NULL,
      ADD COLUMN review_date date$f$, t);
  EXECUTE format('CREATE INDEX %I ON %s(owner_org_id)', base || '_owner', t);
  EXECUTE format('CREATE INDEX %I ON %s(review_date)', base || '_review', t);
END
$$;
