-- Saved views (issue 17): a user's named table states (sort, page size, filters) per screen, kept as
-- the URL query of the screen so a view opens exactly as it was saved. Only their user reads them.
CREATE TABLE saved_views (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  screen text NOT NULL CHECK (screen ~ '^[a-z][a-z0-9-]{1,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  query text NOT NULL CHECK (length(query) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, screen, name)
);
CREATE INDEX saved_views_user_screen ON saved_views(user_id, screen, name);
