-- Prevention (issue #14): the Belgian municipalities that take part in an exchange beside its host city
-- (its donor municipalities, kept with their names as a cell keeps its municipalities), and the exchange
-- types under the programme-type codes the evaluation module uses (src/core/prevention/programme-types.ts).

ALTER TABLE prevention_exchanges ADD COLUMN donor_municipalities jsonb NOT NULL DEFAULT '[]';

ALTER TABLE prevention_exchanges DROP CONSTRAINT prevention_exchanges_type_check;
UPDATE prevention_exchanges SET type = CASE type
  WHEN 'city_pair' THEN 'city-pair'
  WHEN 'strong_cities_workshop' THEN 'strong-cities'
  WHEN 'young_cities' THEN 'young-cities'
  WHEN 'mother_schools' THEN 'mother-schools'
  WHEN 'father_schools' THEN 'father-schools'
  WHEN 'speaker_event' THEN 'speakers'
  WHEN 'training' THEN 'diversity-training'
  ELSE type END;
ALTER TABLE prevention_exchanges ADD CONSTRAINT prevention_exchanges_type_check
  CHECK (type IN ('city-pair','ivlp','strong-cities','young-cities','mother-schools','father-schools','speakers','community-policing','diversity-training'));

-- Participation by municipality looks exchanges up by host and by donor.
CREATE INDEX prevention_exchanges_donors ON prevention_exchanges USING gin (donor_municipalities jsonb_path_ops);
