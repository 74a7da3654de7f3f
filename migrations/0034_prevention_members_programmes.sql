-- Issue #14 (finish): cell members leave and change, programmes carry their dates.
--
-- A member is removed, never deleted: the row stays (their contributions, stages and the cases they
-- brought name it), `removed_at` ends their access from then on. A user removed and added again gets a
-- new membership row, so a former membership's case participations do not come back with it: one
-- active membership per user and cell (partial unique index) instead of one row.
ALTER TABLE prevention_members ADD COLUMN removed_at timestamptz;
ALTER TABLE prevention_members ADD COLUMN removed_by uuid REFERENCES users(id);
ALTER TABLE prevention_members DROP CONSTRAINT prevention_members_cell_id_user_id_key;
CREATE UNIQUE INDEX prevention_members_active ON prevention_members(cell_id, user_id) WHERE removed_at IS NULL;

-- The history of a membership: added, role or organisation changed, removed (with the reason and the
-- core roles the change left without a holder).
CREATE TABLE prevention_member_changes (
  id uuid PRIMARY KEY,
  member_id uuid NOT NULL REFERENCES prevention_members(id),
  cell_id uuid NOT NULL REFERENCES prevention_cells(id),
  kind text NOT NULL CHECK (kind IN ('added','changed','removed')),
  from_role text,
  to_role text,
  from_org_id uuid REFERENCES organisations(id),
  to_org_id uuid REFERENCES organisations(id),
  reason text NOT NULL DEFAULT '',
  vacancies text[] NOT NULL DEFAULT '{}',
  changed_by uuid NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prevention_member_changes_cell ON prevention_member_changes(cell_id, at);

-- A programme runs from a start date, and may have ended.
ALTER TABLE prevention_programmes ADD COLUMN starts_on date;
ALTER TABLE prevention_programmes ADD COLUMN ends_on date;
ALTER TABLE prevention_programmes ADD CONSTRAINT prevention_programmes_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on);
