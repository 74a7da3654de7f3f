-- Legal framework (issue #16): the legal registry (offences and legal bases as versioned data), the
-- deadline rules, special-method authorisations with their signed, append-only transitions and
-- destruction records, judicial cooperation requests with their dated events, and sent reminders.

-- Offences and legal bases. A version is never edited: amending adds a new version (replaces_id) and
-- closes the old one (valid_to, successor_id) — the only change a row ever takes.
CREATE TABLE legal_registry (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('offence','basis')),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  article text NOT NULL,
  text_reference text NOT NULL,
  scope text CHECK (scope IN ('processing','method')),
  method text,
  valid_from date NOT NULL,
  valid_to date,
  successor_id uuid REFERENCES legal_registry(id),
  replaces_id uuid REFERENCES legal_registry(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version),
  CHECK ((kind = 'offence') = (scope IS NULL)),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX legal_registry_kind ON legal_registry(kind, code);

CREATE FUNCTION legal_registry_close_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'a registry version is never removed' USING ERRCODE = 'insufficient_privilege'; END IF;
  IF (NEW.id, NEW.kind, NEW.code, NEW.version, NEW.title, NEW.article, NEW.text_reference, NEW.scope, NEW.method, NEW.valid_from, NEW.replaces_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.kind, OLD.code, OLD.version, OLD.title, OLD.article, OLD.text_reference, OLD.scope, OLD.method, OLD.valid_from, OLD.replaces_id, OLD.created_by, OLD.created_at)
     OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS DISTINCT FROM OLD.valid_to)
     OR (OLD.successor_id IS NOT NULL AND NEW.successor_id IS DISTINCT FROM OLD.successor_id) THEN
    RAISE EXCEPTION 'a registry version is not edited; amend it (new version) instead' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER legal_registry_close_only BEFORE UPDATE OR DELETE ON legal_registry FOR EACH ROW EXECUTE FUNCTION legal_registry_close_only();

-- Configurable deadline rules (defaults in src/core/legal/deadlines.ts, written here by the module at start).
CREATE TABLE legal_deadline_rules (
  key text PRIMARY KEY,
  days integer NOT NULL CHECK (days BETWEEN 1 AND 3650),
  reference text NOT NULL,
  indicative boolean NOT NULL,
  note text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A request for a special method. Its content is fixed when it is made; only the state columns move,
-- and only through a transition (legal_transitions). A changed request supersedes the old one.
CREATE TABLE legal_authorisations (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  org_id uuid NOT NULL REFERENCES organisations(id),
  method text NOT NULL,
  tier text NOT NULL CHECK (tier IN ('ordinary','specific','exceptional')),
  basis_id uuid NOT NULL REFERENCES legal_registry(id),
  offence_ids uuid[] NOT NULL DEFAULT '{}',
  facts text NOT NULL,
  subsidiarity text NOT NULL,
  proportionality text NOT NULL,
  duration_days integer NOT NULL CHECK (duration_days >= 1),
  classification text NOT NULL CHECK (classification IN ('unclassified','restricted','confidential','secret','top_secret')),
  supersedes_id uuid REFERENCES legal_authorisations(id),
  state text NOT NULL CHECK (state IN ('draft','awaiting-opinion','urgent','active','renewal-requested','suspended','refused','ended','expired','destroyed')),
  state_since timestamptz NOT NULL,
  active_since timestamptz,
  until date,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX legal_authorisations_org_state ON legal_authorisations(org_id, state);
CREATE INDEX legal_authorisations_basis ON legal_authorisations(basis_id);

CREATE FUNCTION legal_authorisations_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'an authorisation is never removed' USING ERRCODE = 'insufficient_privilege'; END IF;
  IF (NEW.id, NEW.reference, NEW.org_id, NEW.method, NEW.tier, NEW.basis_id, NEW.offence_ids, NEW.facts, NEW.subsidiarity, NEW.proportionality, NEW.duration_days, NEW.classification, NEW.supersedes_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.reference, OLD.org_id, OLD.method, OLD.tier, OLD.basis_id, OLD.offence_ids, OLD.facts, OLD.subsidiarity, OLD.proportionality, OLD.duration_days, OLD.classification, OLD.supersedes_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'a signed request is not edited; supersede it' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER legal_authorisations_fixed BEFORE UPDATE OR DELETE ON legal_authorisations FOR EACH ROW EXECUTE FUNCTION legal_authorisations_fixed();

-- The targets of a request: subject ids only (names are read through intel and the read door).
CREATE TABLE legal_authorisation_targets (
  authorisation_id uuid NOT NULL REFERENCES legal_authorisations(id),
  subject_id uuid NOT NULL,
  PRIMARY KEY (authorisation_id, subject_id)
);
CREATE TRIGGER legal_targets_append_only BEFORE UPDATE OR DELETE ON legal_authorisation_targets FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();

-- Every transition, signed: a hash chained per authorisation (src/core/legal/signature.ts) and the maker's id.
CREATE TABLE legal_transitions (
  id uuid PRIMARY KEY,
  authorisation_id uuid NOT NULL REFERENCES legal_authorisations(id),
  seq integer NOT NULL CHECK (seq >= 1),
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  actor_id uuid NOT NULL REFERENCES users(id),
  actor_org_id uuid NOT NULL REFERENCES organisations(id),
  reason text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (authorisation_id, seq)
);
CREATE INDEX legal_transitions_at ON legal_transitions(at);
CREATE TRIGGER legal_transitions_append_only BEFORE UPDATE OR DELETE ON legal_transitions FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER legal_transitions_no_truncate BEFORE TRUNCATE ON legal_transitions FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();

-- The record of the destruction of the data a method gathered: what, when, by whom, how.
CREATE TABLE legal_destructions (
  authorisation_id uuid PRIMARY KEY REFERENCES legal_authorisations(id),
  transition_id uuid NOT NULL REFERENCES legal_transitions(id),
  what text NOT NULL,
  how text NOT NULL,
  destroyed_on date NOT NULL,
  destroyed_by uuid NOT NULL REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER legal_destructions_append_only BEFORE UPDATE OR DELETE ON legal_destructions FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();

-- Judicial cooperation: extradition, European arrest warrant, mutual legal assistance. The dated facts
-- (arrest, consent, decision…) are kept from the events below; the events themselves are append-only.
CREATE TABLE legal_cooperation (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('extradition','eaw','mla')),
  direction text NOT NULL CHECK (direction IN ('outgoing','incoming')),
  org_id uuid NOT NULL REFERENCES organisations(id),
  other_country text NOT NULL CHECK (other_country ~ '^[A-Z]{2}$'),
  counterpart text NOT NULL,
  parties text NOT NULL DEFAULT '',
  basis_id uuid NOT NULL REFERENCES legal_registry(id),
  offence_ids uuid[] NOT NULL DEFAULT '{}',
  subject_ids uuid[] NOT NULL DEFAULT '{}',
  classification text NOT NULL CHECK (classification IN ('unclassified','restricted','confidential','secret','top_secret')),
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open','arrested','decided','surrendered','executed','refused','withdrawn')),
  received_on date,
  arrest_on date,
  consent_on date,
  extended boolean NOT NULL DEFAULT false,
  recognised_on date,
  final_decision_on date,
  surrendered_on date,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX legal_cooperation_org ON legal_cooperation(org_id, state);

CREATE TABLE legal_cooperation_events (
  id uuid PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES legal_cooperation(id),
  seq integer NOT NULL,
  event text NOT NULL,
  on_date date NOT NULL,
  note text NOT NULL DEFAULT '',
  actor_id uuid NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (request_id, seq)
);
CREATE TRIGGER legal_cooperation_events_append_only BEFORE UPDATE OR DELETE ON legal_cooperation_events FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();

-- Reminders sent (one per record, deadline and due date).
CREATE TABLE legal_reminders (
  record_id uuid NOT NULL,
  deadline_key text NOT NULL,
  due date NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (record_id, deadline_key, due)
);

-- The registry as shipped (reference data the product needs at run time). Dates of entry into force are
-- indicative (docs/LEGAL.md); the registry editor amends them as new versions.
INSERT INTO legal_registry (id, kind, code, version, title, article, text_reference, scope, method, valid_from)
SELECT gen_random_uuid(), kind, code, 1, title, article, text_reference, scope, method, valid_from::date FROM (VALUES
  ('offence', 'cc-137', 'Terrorist offence', 'art. 137', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2004-01-08'),
  ('offence', 'cc-140', 'Participation in the activities of a terrorist group', 'art. 140', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2004-01-08'),
  ('offence', 'cc-141', 'Providing material or financial means to a terrorist offence (financing)', 'art. 141', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2004-01-08'),
  ('offence', 'cc-140bis', 'Public incitement to commit a terrorist offence', 'art. 140bis', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2013-03-04'),
  ('offence', 'cc-140ter', 'Recruitment for a terrorist offence', 'art. 140ter', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2013-03-04'),
  ('offence', 'cc-140quater', 'Providing training for a terrorist offence', 'art. 140quater', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2013-03-04'),
  ('offence', 'cc-140quinquies', 'Receiving training for a terrorist offence', 'art. 140quinquies', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2013-03-04'),
  ('offence', 'cc-140sexies', 'Travelling abroad (or into Belgium) to commit a terrorist offence', 'art. 140sexies', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2015-08-05'),
  ('offence', 'cc-140septies', 'Preparing a terrorist offence', 'art. 140septies', 'Criminal Code, Book II, Title I ter (law of 19 December 2003 on terrorist offences, as amended)', NULL, NULL, '2017-01-02'),
  ('basis', 'bim-7', 'Missions of the civil intelligence service', 'art. 7', 'Law of 30 November 1998 on the intelligence and security services', 'processing', NULL, '1998-12-18'),
  ('basis', 'bim-11', 'Missions of the military intelligence service', 'art. 11', 'Law of 30 November 1998 on the intelligence and security services', 'processing', NULL, '1998-12-18'),
  ('basis', 'lfp-44-5', 'Processing of personal data by the police (administrative and judicial police)', 'art. 44/5', 'Police Function Act of 5 August 1992', 'processing', NULL, '2014-04-07'),
  ('basis', 'kb-cdb-2016', 'The common database on foreign terrorist fighters and related categories', 'art. 44/2 §2 and royal decree', 'Royal decree of 21 July 2016 on the common database', 'processing', NULL, '2016-09-01'),
  ('basis', 'dpa-2018-t3', 'Protection of personal data processed by the intelligence services', 'Title 3', 'Law of 30 July 2018 on the protection of natural persons with regard to the processing of personal data', 'processing', NULL, '2018-09-05'),
  ('basis', 'pnr-2016', 'Processing of passenger data', 'art. 8', 'Law of 25 December 2016 on the processing of passenger data', 'processing', NULL, '2017-01-25'),
  ('basis', 'bim-open-sources', 'Special intelligence method: open sources (ordinary)', 'art. 16', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'open-sources', '1998-12-18'),
  ('basis', 'bim-observation-public', 'Special intelligence method: observation public (ordinary)', 'art. 16/1', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'observation-public', '1998-12-18'),
  ('basis', 'bim-observation-technical-public', 'Special intelligence method: observation technical public (specific)', 'art. 18/4', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'observation-technical-public', '2010-09-01'),
  ('basis', 'bim-inspection-public-places', 'Special intelligence method: inspection public places (specific)', 'art. 18/5', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'inspection-public-places', '2010-09-01'),
  ('basis', 'bim-mail-identification', 'Special intelligence method: mail identification (specific)', 'art. 18/6', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'mail-identification', '2010-09-01'),
  ('basis', 'bim-communication-identification', 'Special intelligence method: communication identification (specific)', 'art. 18/7', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'communication-identification', '2010-09-01'),
  ('basis', 'bim-location-data', 'Special intelligence method: location data (specific)', 'art. 18/8', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'location-data', '2010-09-01'),
  ('basis', 'bim-observation-private-places', 'Special intelligence method: observation private places (exceptional)', 'art. 18/11', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'observation-private-places', '2010-09-01'),
  ('basis', 'bim-entry-private-places', 'Special intelligence method: entry private places (exceptional)', 'art. 18/12', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'entry-private-places', '2010-09-01'),
  ('basis', 'bim-fictitious-legal-person', 'Special intelligence method: fictitious legal person (exceptional)', 'art. 18/13', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'fictitious-legal-person', '2010-09-01'),
  ('basis', 'bim-mail-opening', 'Special intelligence method: mail opening (exceptional)', 'art. 18/14', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'mail-opening', '2010-09-01'),
  ('basis', 'bim-bank-data', 'Special intelligence method: bank data (exceptional)', 'art. 18/15', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'bank-data', '2010-09-01'),
  ('basis', 'bim-computer-intrusion', 'Special intelligence method: computer intrusion (exceptional)', 'art. 18/16', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'computer-intrusion', '2010-09-01'),
  ('basis', 'bim-interception', 'Special intelligence method: interception (exceptional)', 'art. 18/17', 'Law of 30 November 1998 on the intelligence and security services (as amended by the law of 4 February 2010)', 'method', 'interception', '2010-09-01')
) AS v(kind, code, title, article, text_reference, scope, method, valid_from);
