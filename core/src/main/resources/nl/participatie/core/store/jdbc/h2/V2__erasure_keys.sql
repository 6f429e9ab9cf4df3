-- participatie schema version 2, H2 2.x: the keys of erasable personal data (crypto-shredding).
--
-- One row per key: a data subject's (person/<id>) or a stream's (stream/<type>/<id>). Erasable values in
-- participatie_event are sealed with AES-GCM under a key derived from both; deleting a row here makes every value
-- sealed under it unreadable for good, while the events and their hashes stay as they were.

CREATE TABLE IF NOT EXISTS participatie_erasure_key (
    scope      VARCHAR(200)                NOT NULL,
    key_bytes  VARBINARY(32)               NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT participatie_erasure_key_pk PRIMARY KEY (scope),
    CONSTRAINT participatie_erasure_key_length_ck CHECK (OCTET_LENGTH(key_bytes) = 32)
);

MERGE INTO participatie_schema_version (version, description, installed_at) KEY (version)
    VALUES (2, 'erasure keys', CURRENT_TIMESTAMP);
