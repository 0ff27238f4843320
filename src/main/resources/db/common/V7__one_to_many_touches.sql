-- One-to-many touches (a newsletter, a post, a talk at an event), stored once: one interaction
-- row with every person it reached as a participant. audience_kind says how they were chosen
-- (TAG, CIRCLE, SELECTION), audience_name which tag or circle, audience_size how many it reached
-- when it was logged. Such a touch moves last_touch only for contacts outside INNER and CLOSE
-- (docs/decisions/0010-one-to-many-touches.md); it carries no exchange and no follow-up.
ALTER TABLE interaction ADD COLUMN one_to_many BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interaction ADD COLUMN audience_kind VARCHAR(16);
ALTER TABLE interaction ADD COLUMN audience_name VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE interaction ADD COLUMN audience_size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE interaction ADD CONSTRAINT interaction_audience_ck CHECK (
    (one_to_many = FALSE AND audience_kind IS NULL AND audience_size = 0)
    OR (one_to_many = TRUE AND audience_kind IN ('TAG', 'CIRCLE', 'SELECTION') AND audience_size > 0
        AND exchange = 'NONE' AND follow_up_on IS NULL));
