-- Crisis (issue #13): cordons of an incident, drawn on its map. A cordon is an inner (hot zone),
-- outer (perimeter of the command post and services) or traffic cordon, a polygon (ring of [lat, lon],
-- closed, not crossing itself: src/core/alerts/geometry.ts checks it) or a circle; it is lifted, never
-- deleted. Every change is also an entry of the incident's hash-chained log (kind 'cordon').
CREATE TABLE crisis_cordons (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  kind text NOT NULL CHECK (kind IN ('inner','outer','traffic')),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  polygon jsonb,
  circle jsonb,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','lifted')),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  lifted_by uuid REFERENCES users(id),
  lifted_at timestamptz,
  CHECK ((polygon IS NULL) <> (circle IS NULL)),
  CHECK ((status = 'lifted') = (lifted_at IS NOT NULL) AND (lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX crisis_cordons_incident ON crisis_cordons(incident_id);

ALTER TABLE crisis_log DROP CONSTRAINT crisis_log_kind_check;
ALTER TABLE crisis_log ADD CONSTRAINT crisis_log_kind_check
  CHECK (kind IN ('decision','communication','phase','terror-state','closure','participant','protocol','cordon'));
