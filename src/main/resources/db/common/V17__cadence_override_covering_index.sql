-- The due list's people with a cadence of their own, ranked from the index alone: it holds every
-- column the ranking reads, so a command no longer reads the whole row of each such person from
-- the table (1,422 rows scattered over the file at 30,000 contacts) to keep the first few.
CREATE INDEX contact_cadence_override_rank_ix ON contact (cadence_override, circle, archived, last_touch);
DROP INDEX contact_cadence_override_ix;
