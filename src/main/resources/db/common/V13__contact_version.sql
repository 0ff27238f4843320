-- A contact's version, counting the edits stored (issue 13, docs/decisions/0015-two-engines.md):
-- an edit says which version it was made from, and is refused when the stored one has moved on,
-- so two windows on one shared database never silently overwrite each other. Last touches and
-- known-since, which Orbit keeps itself, do not count as edits.
ALTER TABLE contact ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
