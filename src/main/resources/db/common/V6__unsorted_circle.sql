-- Imported people arrive not sorted yet (docs/decisions/0009-imported-people-arrive-not-sorted.md):
-- their circle is UNSORTED, never reminded and never in a plan, until the user chooses one. Only
-- the check widens; no stored contact changes its circle.
ALTER TABLE contact DROP CONSTRAINT contact_circle_ck;
ALTER TABLE contact ADD CONSTRAINT contact_circle_ck
    CHECK (circle IN ('INNER', 'CLOSE', 'NETWORK', 'OUTER', 'DORMANT', 'UNSORTED'));
