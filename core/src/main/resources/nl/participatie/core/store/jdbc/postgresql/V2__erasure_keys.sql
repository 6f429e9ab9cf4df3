-- participatie schema version 2, PostgreSQL 15+: the keys of erasable personal data (crypto-shredding).
--
-- One row per key: a data subject's (person/<id>) or a stream's (stream/<type>/<id>). Erasable values in
-- participatie_event are sealed with AES-GCM under a key derived from both; deleting a row here makes every value
-- sealed under it unreadable for good, while the events and their hashes stay as they were. The table may live in
-- another database than the events (JdbcErasureKeys on its own data source), with a shorter backup retention.

CREATE TABLE IF NOT EXISTS participatie_erasure_key (
    scope      VARCHAR(200)                NOT NULL,
    key_bytes  BYTEA                       NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT participatie_erasure_key_pk PRIMARY KEY (scope),
    CONSTRAINT participatie_erasure_key_length_ck CHECK (octet_length(key_bytes) = 32)
);

INSERT INTO participatie_schema_version (version, description, installed_at)
    VALUES (2, 'erasure keys', CURRENT_TIMESTAMP)
    ON CONFLICT (version) DO NOTHING;
