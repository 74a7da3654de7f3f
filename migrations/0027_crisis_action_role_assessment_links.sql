-- Crisis (issue #13), two additions to the after-action review and the incident:
-- 1. a corrective action is owned by an organisation and, optionally, a role within it (orders go to
--    roles and organisations, never to a person);
-- 2. threat assessments linked to an incident, as subjects are (crisis_subject_links). Who may see a
--    link is decided at read time through the threat module's read door; a deleted assessment (its
--    subject deleted) leaves no link behind.
ALTER TABLE crisis_actions ADD COLUMN owner_role text CHECK (owner_role IS NULL OR length(owner_role) BETWEEN 2 AND 120);

CREATE TABLE crisis_assessment_links (
  incident_id uuid NOT NULL REFERENCES crisis_incidents(id),
  assessment_id uuid NOT NULL REFERENCES threat_assessments(id) ON DELETE CASCADE,
  reason text NOT NULL,
  linked_by uuid NOT NULL REFERENCES users(id),
  linked_org_id uuid NOT NULL REFERENCES organisations(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, assessment_id)
);
CREATE INDEX crisis_assessment_links_assessment ON crisis_assessment_links(assessment_id);
