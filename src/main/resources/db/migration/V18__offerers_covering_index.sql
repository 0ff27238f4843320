-- The people who offer something, read from this index alone: the introduction matcher reads
-- them before the first plan of each week, and a scan of the contact table read every whole row
-- (notes and search text included) to keep a third of them, most of that plan's time at 30,000
-- contacts. "offers > ''" is a range on the first column; the other columns are what the matcher
-- reads, so H2 never goes to the table.
CREATE INDEX contact_offerers_ix ON contact (offers, archived, id, first_name, last_name, needs, introduced_by,
    display_name);
