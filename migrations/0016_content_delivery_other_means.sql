-- A webhook delivery that failed can be marked as delivered by other means (telephone, e-mail, the
-- provider's own portal), with a note; the failure reason stays in the attempts.
ALTER TABLE content_deliveries DROP CONSTRAINT IF EXISTS content_deliveries_status_check;
ALTER TABLE content_deliveries ADD CONSTRAINT content_deliveries_status_check CHECK (status IN ('pending','delivered','failed','other_means'));
ALTER TABLE content_deliveries ADD COLUMN manual_note text;
ALTER TABLE content_deliveries ADD COLUMN manual_by uuid REFERENCES users(id);
