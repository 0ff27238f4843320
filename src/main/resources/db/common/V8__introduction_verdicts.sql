-- What the user said of a suggested introduction: DECLINED ("not a good match", never suggested
-- again) or LATER (left out of suggestions until `until`). Directed: that needer's needs met by
-- that offerer's offers; the reverse pair is a different suggestion. Accepting one is not stored
-- here: it is an introduction made (table introduction).
CREATE TABLE introduction_verdict (
    needer_id  BIGINT      NOT NULL,
    offerer_id BIGINT      NOT NULL,
    verdict    VARCHAR(16) NOT NULL,
    decided_on DATE        NOT NULL,
    until      DATE,
    PRIMARY KEY (needer_id, offerer_id),
    CONSTRAINT introduction_verdict_needer_fk FOREIGN KEY (needer_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT introduction_verdict_offerer_fk FOREIGN KEY (offerer_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT introduction_verdict_ck CHECK (verdict IN ('DECLINED', 'LATER')),
    CONSTRAINT introduction_verdict_until_ck CHECK ((verdict = 'LATER') = (until IS NOT NULL))
);
CREATE INDEX introduction_verdict_offerer_ix ON introduction_verdict (offerer_id);
