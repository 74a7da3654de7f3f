-- Changes to a user's clearance, roles or organisation wait for a second administrator's approval.
CREATE TABLE user_changes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  -- { clearance?, roles?, orgId? }: the values before and the values asked for
  old_values jsonb NOT NULL,
  new_values jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  CHECK ((status = 'pending') = (decided_by IS NULL))
);
-- One pending change per user at a time.
CREATE UNIQUE INDEX user_changes_one_pending ON user_changes (user_id) WHERE status = 'pending';
CREATE INDEX user_changes_status ON user_changes (status, requested_at);
