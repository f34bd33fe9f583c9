-- Kith journal schema, version 1: the whole domain of the product.
-- Enumerations are stored as the archive's lower-case codes, guarded by CHECK constraints.

CREATE TABLE person (
    id               UUID          NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    nickname         VARCHAR(200),
    organization     VARCHAR(200),
    title            VARCHAR(200),
    how_we_met       VARCHAR(4000),
    met_on           DATE,
    birthday_year    INTEGER,
    birthday_month   INTEGER,
    birthday_day     INTEGER,
    notes            VARCHAR(100000),
    matters_to_them  VARCHAR(100000),
    kin              BOOLEAN       DEFAULT FALSE NOT NULL,
    pinned_ring      INTEGER,
    cadence_days     INTEGER,
    archived         BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    CONSTRAINT person_ring_check CHECK (pinned_ring IN (5, 15, 50, 150)),
    CONSTRAINT person_cadence_check CHECK (cadence_days > 0),
    CONSTRAINT person_birthday_check CHECK (birthday_month BETWEEN 1 AND 12 AND birthday_day BETWEEN 1 AND 31)
);
CREATE INDEX person_name_idx ON person (name);

-- Kept apart from person so that lists never read image bytes.
CREATE TABLE person_photo (
    person_id   UUID           NOT NULL PRIMARY KEY,
    media_type  VARCHAR(40)    NOT NULL,
    bytes       VARBINARY(1048576) NOT NULL,
    CONSTRAINT person_photo_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE person_email (
    person_id  UUID          NOT NULL,
    position   INTEGER       NOT NULL,
    email      VARCHAR(320)  NOT NULL,
    CONSTRAINT person_email_pk PRIMARY KEY (person_id, position),
    CONSTRAINT person_email_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE person_phone (
    person_id  UUID          NOT NULL,
    position   INTEGER       NOT NULL,
    phone      VARCHAR(100)  NOT NULL,
    CONSTRAINT person_phone_pk PRIMARY KEY (person_id, position),
    CONSTRAINT person_phone_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE person_tag (
    person_id  UUID          NOT NULL,
    tag        VARCHAR(100)  NOT NULL,
    CONSTRAINT person_tag_pk PRIMARY KEY (person_id, tag),
    CONSTRAINT person_tag_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX person_tag_tag_idx ON person_tag (tag);

-- Other important dates: a label and a month-day with an optional year.
CREATE TABLE person_date (
    person_id  UUID          NOT NULL,
    position   INTEGER       NOT NULL,
    label      VARCHAR(200)  NOT NULL,
    date_year  INTEGER,
    date_month INTEGER       NOT NULL,
    date_day   INTEGER       NOT NULL,
    CONSTRAINT person_date_pk PRIMARY KEY (person_id, position),
    CONSTRAINT person_date_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE interaction (
    id            UUID          NOT NULL PRIMARY KEY,
    occurred_on   DATE          NOT NULL,
    occurred_at   TIME,
    channel       VARCHAR(16)   NOT NULL,
    depth         VARCHAR(16)   NOT NULL,
    initiated_by  VARCHAR(8),
    minutes       INTEGER,
    notes         VARCHAR(100000),
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    CONSTRAINT interaction_channel_check CHECK (channel IN ('in-person', 'video', 'call', 'message', 'email', 'letter', 'social')),
    CONSTRAINT interaction_depth_check CHECK (depth IN ('small-talk', 'catch-up', 'personal', 'deep')),
    CONSTRAINT interaction_initiator_check CHECK (initiated_by IN ('me', 'them', 'mutual')),
    CONSTRAINT interaction_minutes_check CHECK (minutes >= 0)
);
CREATE INDEX interaction_date_idx ON interaction (occurred_on);

CREATE TABLE interaction_person (
    interaction_id  UUID  NOT NULL,
    person_id       UUID  NOT NULL,
    CONSTRAINT interaction_person_pk PRIMARY KEY (interaction_id, person_id),
    CONSTRAINT interaction_person_interaction_fk FOREIGN KEY (interaction_id) REFERENCES interaction (id) ON DELETE CASCADE,
    CONSTRAINT interaction_person_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX interaction_person_person_idx ON interaction_person (person_id);

CREATE TABLE favour (
    id              UUID          NOT NULL PRIMARY KEY,
    occurred_on     DATE          NOT NULL,
    person_id       UUID          NOT NULL,
    direction       VARCHAR(8)    NOT NULL,
    size            VARCHAR(8)    NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    description     VARCHAR(4000),
    status          VARCHAR(8)    NOT NULL,
    interaction_id  UUID,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    CONSTRAINT favour_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT favour_interaction_fk FOREIGN KEY (interaction_id) REFERENCES interaction (id) ON DELETE SET NULL,
    CONSTRAINT favour_direction_check CHECK (direction IN ('given', 'received')),
    CONSTRAINT favour_size_check CHECK (size IN ('small', 'medium', 'large')),
    CONSTRAINT favour_kind_check CHECK (kind IN ('help', 'introduction', 'advice', 'gift', 'hospitality', 'loan', 'other')),
    CONSTRAINT favour_status_check CHECK (status IN ('promised', 'done'))
);
CREATE INDEX favour_person_idx ON favour (person_id);
CREATE INDEX favour_interaction_idx ON favour (interaction_id);

CREATE TABLE follow_up (
    id          UUID          NOT NULL PRIMARY KEY,
    person_id   UUID          NOT NULL,
    due_on      DATE          NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    done        BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT follow_up_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX follow_up_person_idx ON follow_up (person_id);
CREATE INDEX follow_up_due_idx ON follow_up (due_on);

CREATE TABLE review (
    id         UUID  NOT NULL PRIMARY KEY,
    held_on    DATE  NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE review_decision (
    review_id     UUID         NOT NULL,
    position      INTEGER      NOT NULL,
    person_id     UUID         NOT NULL,
    action        VARCHAR(8)   NOT NULL,
    until_on      DATE,
    cadence_days  INTEGER,
    CONSTRAINT review_decision_pk PRIMARY KEY (review_id, position),
    CONSTRAINT review_decision_review_fk FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE,
    CONSTRAINT review_decision_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT review_decision_action_check CHECK (action IN ('logged', 'snoozed', 'cadence', 'let-go', 'skipped'))
);
CREATE INDEX review_decision_person_idx ON review_decision (person_id);

CREATE TABLE setting (
    name   VARCHAR(100)   NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(4000)  NOT NULL
);

-- Per-person aggregates kept current on every write, so that no screen has to
-- aggregate a lifetime of rows. The digests are compact encodings of the person's
-- interactions and favours (written and read by the insight engine); the counts
-- and dates beside them let lists sort and filter without decoding.
CREATE TABLE person_digest (
    person_id          UUID      NOT NULL PRIMARY KEY,
    interaction_count  INTEGER   NOT NULL,
    favour_count       INTEGER   NOT NULL,
    first_on           DATE,
    last_on            DATE,
    interactions       VARBINARY(100000000),
    favours            VARBINARY(100000000),
    CONSTRAINT person_digest_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
