-- Passenger messages in their standards (issue #15): a batch can be an Advance Passenger Information
-- message (UN/EDIFACT PAXLST) or a PNR message (PNRGOV, EDIFACT form). The batch keeps the interchange
-- reference and the flight's route as the message gave them (flight number and date go to the columns
-- every batch has).
ALTER TABLE screening_batches DROP CONSTRAINT IF EXISTS screening_batches_format_check;
ALTER TABLE screening_batches ADD CONSTRAINT screening_batches_format_check CHECK (format IN ('form','jsonl','csv','mrz','paxlst','pnrgov'));
ALTER TABLE screening_batches ADD COLUMN message_ref text;
ALTER TABLE screening_batches ADD COLUMN departure text;
ALTER TABLE screening_batches ADD COLUMN arrival text;
