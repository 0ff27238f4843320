-- The due list's people with a cadence of their own: few, found through this index
-- ("cadence_override >= 1", which the check constraint makes the same as IS NOT NULL and which
-- H2 answers from an index) instead of a scan of every contact by a command that runs once.
CREATE INDEX contact_cadence_override_ix ON contact (cadence_override);
