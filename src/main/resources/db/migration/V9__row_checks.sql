-- A check value for every row of typed text (docs/decisions/0011-damage-detection.md). H2 checks
-- where a page sits in its file but not what the page holds: a flipped bit in a note is read
-- back as another note, silently. H2 computes ROW_CHECK on every insert and update; Orbit's
-- verification (Database.verify: after a backup, in the background after opening) recomputes
-- the expression, read from INFORMATION_SCHEMA, and compares. U&'\001f' (unit separator) keeps
-- ('ab', 'c') apart from ('a', 'bc').
ALTER TABLE contact ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    first_name, last_name, organisation, title, city, how_we_met, notes, needs, offers, profile_url, circle,
    known_since)));
ALTER TABLE contact_email ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    contact_id, position, email)));
ALTER TABLE contact_phone ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    contact_id, position, phone)));
ALTER TABLE contact_tag ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    contact_id, tag)));
ALTER TABLE interaction ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    occurred_on, kind, summary, notes, exchange, follow_up_on, follow_up_promise)));
ALTER TABLE ask ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    looking_for, ask_domain, niche, differentiator, help_wanted)));
ALTER TABLE plan_entry ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    contact_id, reason_key, reason_args, gesture_key, gesture_args, skip_reason)));
ALTER TABLE setting ADD COLUMN row_check BIGINT GENERATED ALWAYS AS (ORA_HASH(CONCAT_WS(U&'\001f',
    setting_key, setting_value)));
