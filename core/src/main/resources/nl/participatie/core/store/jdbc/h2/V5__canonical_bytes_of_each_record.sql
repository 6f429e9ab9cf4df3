-- participatie schema version 5, H2 2.x: each record stored as the bytes its hash was computed over.
--
-- From this version an append keeps a record's canonical bytes (its JSON without the hash, UTF-8, as the audit trail
-- hashed them) in canonical_record, and the store reads the record back from those bytes: the event is encoded once,
-- and verifying a stream hashes exactly what was stored. event_json is left empty in these rows; rows appended
-- before this version keep it and no canonical_record, and are read from their columns as before. The other columns
-- stay, written from the same record, as the index the store queries by (stream, sequence, position, type id, time,
-- actor, step, hashes, cause). BINARY VARYING, not a large object: H2 keeps it in the row, where a record of a few
-- hundred bytes is read and written without a separate LOB store.
ALTER TABLE participatie_event ADD COLUMN IF NOT EXISTS canonical_record BINARY VARYING(1000000000);
ALTER TABLE participatie_event ALTER COLUMN event_json DROP NOT NULL;
ALTER TABLE participatie_event ADD CONSTRAINT IF NOT EXISTS participatie_event_body_ck
    CHECK (event_json IS NOT NULL OR canonical_record IS NOT NULL);

MERGE INTO participatie_schema_version (version, description, installed_at) KEY (version)
    VALUES (5, 'canonical bytes of each record', CURRENT_TIMESTAMP);
