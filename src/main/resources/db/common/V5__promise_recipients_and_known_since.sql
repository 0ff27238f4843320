-- V5: to whom a follow-up was promised, and known-since moved back to the earliest touch.
--
-- A promise is made to one participant (or a few chosen ones), not to everyone at the table:
-- interaction_promise_to lists them. Its foreign key is to the participant row, so a recipient is
-- always someone who was there, and leaves with them (an edit that drops them, an erased contact).
--
-- Existing promises did not say to whom. With one participant it was theirs; with several, every
-- participant was reminded of it, so that is what they keep: each participant is a recipient. The
-- user narrows it by editing the interaction.

CREATE TABLE interaction_promise_to (
    interaction_id BIGINT NOT NULL,
    contact_id     BIGINT NOT NULL,
    PRIMARY KEY (interaction_id, contact_id),
    CONSTRAINT promise_to_participant_fk FOREIGN KEY (interaction_id, contact_id)
        REFERENCES interaction_participant (interaction_id, contact_id) ON DELETE CASCADE
);
CREATE INDEX promise_to_contact_ix ON interaction_promise_to (contact_id, interaction_id);

INSERT INTO interaction_promise_to (interaction_id, contact_id)
SELECT p.interaction_id, p.contact_id
FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
WHERE i.follow_up_on IS NOT NULL;

-- Known since is when the user met the person: an interaction dated earlier proves they met
-- sooner (someone added today whose meeting two months ago is then logged). Last touch is the
-- latest interaction's date, known-since only when there is none; it used to be the later of the
-- two, which made that person look touched today. One pass over the participants, grouped, and
-- only the contacts whose dates change are written.
MERGE INTO contact c
USING (SELECT p.contact_id, MIN(i.occurred_on) AS first_on, MAX(i.occurred_on) AS last_on
       FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
       GROUP BY p.contact_id) t
ON c.id = t.contact_id
WHEN MATCHED AND (c.known_since > t.first_on OR c.last_touch <> t.last_on) THEN
    UPDATE SET known_since = LEAST(c.known_since, t.first_on), last_touch = t.last_on;
