-- Several people on one network (issue 13, docs/decisions/0016-shared-and-personal.md): who logged
-- each interaction, who generated each week plan and whose plan it is, whose each ask is, and who
-- added each calendar. Names are as each person set them on their computer; rows written before
-- this version name nobody (NULL). The same SQL on H2 and PostgreSQL.
ALTER TABLE interaction ADD COLUMN logged_by VARCHAR(200);

-- A plan is everyone's (owner '', "our plan": one a week for the whole network, as before) or one
-- person's ("my plan": one a week per person). Empty rather than NULL, so the unique key holds.
ALTER TABLE plan ADD COLUMN owner VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE plan ADD COLUMN generated_by VARCHAR(200);
ALTER TABLE plan DROP CONSTRAINT plan_week_uq;
ALTER TABLE plan ADD CONSTRAINT plan_week_owner_uq UNIQUE (week_year, week_number, owner);

-- An ask belongs to whoever will make it; NULL (written before) is everyone's until someone edits it.
ALTER TABLE ask ADD COLUMN owner VARCHAR(200);

-- Each person reads their own calendars; NULL (added before) is read by everyone, as before.
ALTER TABLE calendar_source ADD COLUMN added_by VARCHAR(200);

-- Whether more than one person logged (then screens say who logged each touch) is read from the
-- two ends of this index, not from a scan of every interaction.
CREATE INDEX interaction_logged_by_ix ON interaction (logged_by);
