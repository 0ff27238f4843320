-- PostgreSQL twin of db/migration/V9. The row check values guard Orbit's own H2 file against
-- silent bit flips (docs/decisions/0011-damage-detection.md); a PostgreSQL server guards its pages
-- itself (data checksums, chosen by its operator at initdb) and is backed up by pg_dump. No
-- column is added; the version is kept so both engines share one history.
SELECT 1;
