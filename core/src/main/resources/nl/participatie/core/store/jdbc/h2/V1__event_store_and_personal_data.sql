-- participatie schema version 1, H2 2.x: the event store, its global feed and the personal-data store.
--
-- Applied by nl.participatie.core.store.jdbc.SchemaMigration.migrate(dataSource). A vendor who manages the
-- database with Flyway or Liquibase runs this file instead (Flyway: location
-- classpath:nl/participatie/core/store/jdbc/h2). Every statement may run again without harm, and the last one
-- records the version in participatie_schema_version, which the stores check at first use.

CREATE TABLE IF NOT EXISTS participatie_schema_version (
    version      INTEGER                     NOT NULL,
    description  VARCHAR(200)                NOT NULL,
    installed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT participatie_schema_version_pk PRIMARY KEY (version)
);

-- One row per recorded event. A stream is (stream_type, stream_id); the primary key makes a second append at the
-- same expected version fail on the database. global_position orders all events of all streams, without gaps.
CREATE TABLE IF NOT EXISTS participatie_event (
    stream_type     VARCHAR(64)                 NOT NULL,
    stream_id       VARCHAR(64)                 NOT NULL,
    sequence_no     BIGINT                      NOT NULL,
    global_position BIGINT                      NOT NULL,
    type_id         VARCHAR(200)                NOT NULL,
    event_json      CHARACTER LARGE OBJECT      NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_person    VARCHAR(64)                 NOT NULL,
    actor_role      VARCHAR(40)                 NOT NULL,
    step            VARCHAR(200)                NOT NULL,
    previous_hash   VARCHAR(64)                 NOT NULL,
    hash            VARCHAR(64)                 NOT NULL,
    CONSTRAINT participatie_event_pk PRIMARY KEY (stream_type, stream_id, sequence_no),
    CONSTRAINT participatie_event_position_uq UNIQUE (global_position),
    CONSTRAINT participatie_event_sequence_ck CHECK (sequence_no >= 1)
);

-- The last global position handed out. Its single row is locked by every append until it commits, so positions
-- become visible in order and a feed reader never skips an event that commits late.
CREATE TABLE IF NOT EXISTS participatie_event_head (
    id            INTEGER NOT NULL,
    last_position BIGINT  NOT NULL,
    CONSTRAINT participatie_event_head_pk PRIMARY KEY (id),
    CONSTRAINT participatie_event_head_single_ck CHECK (id = 1)
);
MERGE INTO participatie_event_head (id, last_position) KEY (id)
    SELECT 1, COALESCE(MAX(global_position), 0) FROM participatie_event;

-- Personal data, apart from every event: a person and their attributes. Erasure deletes both rows.
CREATE TABLE IF NOT EXISTS participatie_person (
    person_id VARCHAR(64)                 NOT NULL,
    stored_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT participatie_person_pk PRIMARY KEY (person_id)
);
CREATE TABLE IF NOT EXISTS participatie_person_attribute (
    person_id       VARCHAR(64)            NOT NULL,
    attribute       VARCHAR(64)            NOT NULL,
    attribute_value CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT participatie_person_attribute_pk PRIMARY KEY (person_id, attribute),
    CONSTRAINT participatie_person_attribute_fk FOREIGN KEY (person_id)
        REFERENCES participatie_person (person_id) ON DELETE CASCADE
);

MERGE INTO participatie_schema_version (version, description, installed_at) KEY (version)
    VALUES (1, 'event store, event feed, personal data', CURRENT_TIMESTAMP);
