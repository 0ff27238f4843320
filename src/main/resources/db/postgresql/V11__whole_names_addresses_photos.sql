-- PostgreSQL twin of db/migration/V11: BYTEA for H2's VARBINARY.

-- What an imported card says of a person, kept whole: the name as written (vCard FN) beside its
-- structured parts (middle name, prefix, suffix), every postal address with all its parts, and
-- the picture. sort_name is from then on the folded name as shown (display_name when set).
ALTER TABLE contact ADD COLUMN display_name VARCHAR(400) NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN middle_name VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN name_prefix VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN name_suffix VARCHAR(100) NOT NULL DEFAULT '';

CREATE TABLE contact_address (
    contact_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    label      VARCHAR(40)  NOT NULL DEFAULT '',
    street     VARCHAR(300) NOT NULL DEFAULT '',
    postcode   VARCHAR(40)  NOT NULL DEFAULT '',
    city       VARCHAR(300) NOT NULL DEFAULT '',
    region     VARCHAR(300) NOT NULL DEFAULT '',
    country    VARCHAR(300) NOT NULL DEFAULT '',
    PRIMARY KEY (contact_id, position),
    CONSTRAINT contact_address_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
);

-- At most 256 KB a picture (app.orbit.domain.Photo.MAX_BYTES), checked by the application.
CREATE TABLE contact_photo (
    contact_id BIGINT       NOT NULL PRIMARY KEY,
    media_type VARCHAR(60)  NOT NULL,
    bytes      BYTEA NOT NULL,
    CONSTRAINT contact_photo_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
);
