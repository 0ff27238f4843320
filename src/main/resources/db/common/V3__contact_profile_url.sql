-- A contact's profile URL (LinkedIn or another public profile), kept so that an import can
-- recognise a person it already holds. profile_key is the URL folded for comparison by the
-- application (no scheme, no www., no query, no trailing slash, lower case).
ALTER TABLE contact ADD COLUMN profile_url VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN profile_key VARCHAR(500) NOT NULL DEFAULT '';
CREATE INDEX contact_profile_key_ix ON contact (profile_key);
