-- participatie schema version 5, PostgreSQL 15+: each record stored as the bytes its hash was computed over.
--
-- From this version an append keeps a record's canonical bytes (its JSON without the hash, UTF-8, as the audit trail
-- hashed them) in canonical_record, and the store reads the record back from those bytes: the event is encoded once,
-- and verifying a stream hashes exactly what was stored. event_json is left empty in these rows; rows appended
-- before this version keep it and no canonical_record, and are read from their columns as before. The other columns
-- stay, written from the same record, as the index the store queries by (stream, sequence, position, type id, time,
-- actor, step, hashes, cause). An event's JSON as jsonb, for a query of your own:
--   COALESCE(event_json, convert_from(canonical_record, 'UTF8')::jsonb -> 'event')
ALTER TABLE participatie_event ADD COLUMN IF NOT EXISTS canonical_record BYTEA;
ALTER TABLE participatie_event ALTER COLUMN event_json DROP NOT NULL;
-- NOT VALID: every row stored before this version has its event_json; the check holds for every row from now on.
ALTER TABLE participatie_event DROP CONSTRAINT IF EXISTS participatie_event_body_ck;
ALTER TABLE participatie_event ADD CONSTRAINT participatie_event_body_ck
    CHECK (event_json IS NOT NULL OR canonical_record IS NOT NULL) NOT VALID;

INSERT INTO participatie_schema_version (version, description, installed_at)
    VALUES (5, 'canonical bytes of each record', CURRENT_TIMESTAMP)
    ON CONFLICT (version) DO NOTHING;
