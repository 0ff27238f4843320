-- The people who offer something (the introduction matcher's reading). PostgreSQL caps an index
-- entry at about 2.7 kB, which two 4,000-character texts could pass, so it gets a partial index of
-- the ids rather than H2's covering one (db/migration/V18).
CREATE INDEX contact_offerers_ix ON contact (id) WHERE archived = FALSE AND offers > '';
