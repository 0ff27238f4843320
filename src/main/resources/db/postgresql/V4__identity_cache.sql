-- PostgreSQL twin of db/migration/V4. H2's identity cache is about how H2 stores its file; a
-- PostgreSQL sequence already hands out ids without writing the table, so nothing changes here. The
-- version is kept so both engines share one history.
SELECT 1;
