-- H2 stores a table's identity sequence whenever it has handed out its cache of ids (32 by
-- default), and each store also writes every page the running transaction has changed so far:
-- importing 30,000 contacts in one transaction stored the growing import about 940 times, most of
-- its time (docs/benchmarks.md). With a cache of 100,000 an import stores it once. The cost: a
-- killed process may leave a gap in the ids it would have handed out next; ids are never reused.
ALTER TABLE contact ALTER COLUMN id SET CACHE 100000;
ALTER TABLE interaction ALTER COLUMN id SET CACHE 100000;
