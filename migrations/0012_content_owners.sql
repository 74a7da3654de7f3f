-- Who may change what in the content module (issue #11 j): a hosting provider belongs to the
-- organisation that registered it, and only that organisation (with approve permission) changes its
-- webhook URL, signing key or contact; others read the registry and send it orders. Providers
-- registered before this migration belong to the organisation of the user who registered them.
ALTER TABLE content_providers ADD COLUMN owner_org_id uuid REFERENCES organisations(id);
UPDATE content_providers SET owner_org_id = (SELECT u.org_id FROM users u WHERE u.id = content_providers.created_by);
ALTER TABLE content_providers ALTER COLUMN owner_org_id SET NOT NULL;
CREATE INDEX content_providers_owner ON content_providers (owner_org_id);

-- Hash bank names are unique per organisation, not across all: a global name check told anyone
-- creating a bank that an owner-only (TLP red, amber+strict) bank of another organisation had that name.
ALTER TABLE content_banks DROP CONSTRAINT content_banks_name_key;
ALTER TABLE content_banks ADD CONSTRAINT content_banks_owner_name_key UNIQUE (owner_org_id, name);
