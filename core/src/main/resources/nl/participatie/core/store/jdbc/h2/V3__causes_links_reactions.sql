-- participatie schema version 3, H2 2.x: causes of records, the index of links between streams, and the positions
-- of reactors.
--
-- A record may name its cause: the record of another stream it was caused by (stream, sequence, hash). The cause is
-- part of what the record's hash covers; records without one keep these columns empty and hash as before.
ALTER TABLE participatie_event ADD COLUMN IF NOT EXISTS cause_stream_type VARCHAR(64);
ALTER TABLE participatie_event ADD COLUMN IF NOT EXISTS cause_stream_id VARCHAR(64);
ALTER TABLE participatie_event ADD COLUMN IF NOT EXISTS cause_sequence_no BIGINT;
ALTER TABLE participatie_event ADD COLUMN IF NOT EXISTS cause_hash VARCHAR(64);

-- One row per link, written in the same transaction as the record that makes it (one link per record). Indexed
-- both ways, so a chain is walked upstream and downstream without scanning events. The anchor is the other end's
-- record, which the linking record names as its cause.
CREATE TABLE IF NOT EXISTS participatie_link (
    recorded_stream_type VARCHAR(64) NOT NULL,
    recorded_stream_id   VARCHAR(64) NOT NULL,
    recorded_sequence_no BIGINT      NOT NULL,
    recorded_hash        VARCHAR(64) NOT NULL,
    link_type            VARCHAR(40) NOT NULL,
    source_type          VARCHAR(64) NOT NULL,
    source_id            VARCHAR(64) NOT NULL,
    target_type          VARCHAR(64) NOT NULL,
    target_id            VARCHAR(64) NOT NULL,
    anchor_stream_type   VARCHAR(64) NOT NULL,
    anchor_stream_id     VARCHAR(64) NOT NULL,
    anchor_sequence_no   BIGINT      NOT NULL,
    anchor_hash          VARCHAR(64) NOT NULL,
    CONSTRAINT participatie_link_pk PRIMARY KEY (recorded_stream_type, recorded_stream_id, recorded_sequence_no)
);
CREATE INDEX IF NOT EXISTS participatie_link_source_ix ON participatie_link (source_type, source_id);
CREATE INDEX IF NOT EXISTS participatie_link_target_ix ON participatie_link (target_type, target_id);

-- The feed position up to which a reactor has handled the feed, one row per reactor.
CREATE TABLE IF NOT EXISTS participatie_reactor_position (
    reactor       VARCHAR(100) NOT NULL,
    last_position BIGINT       NOT NULL,
    CONSTRAINT participatie_reactor_position_pk PRIMARY KEY (reactor)
);

MERGE INTO participatie_schema_version (version, description, installed_at) KEY (version)
    VALUES (3, 'causes, links, reactor positions', CURRENT_TIMESTAMP);
