-- participatie schema version 4, PostgreSQL 15+: appends to different streams no longer wait for each other.
--
-- Up to version 3 every append locked the single row of participatie_event_head until it committed, which put all
-- appends of the database in one queue. From this version an append takes no lock but the primary key of its own
-- stream's rows, and the global feed stays gap-free for readers in another way:
--
--   * a new event's global_position is the id of the transaction that appends it (pg_current_xact_id(), 64 bits with
--     its epoch) times 2^20, plus its place in the append (0, 1, ...): positions increase in the feed's order but are
--     no longer consecutive numbers;
--   * a feed reader reads only positions below the oldest transaction id still running in the cluster
--     (pg_snapshot_xmin(pg_current_snapshot())) times 2^20. Every transaction still running, and every one that
--     starts later, has an id at least that large, so no event can still commit below a position a reader has
--     passed.
--
-- Rows appended before this version keep their positions 1..n, which must all lie below the positions new appends
-- get: the statement below refuses to migrate otherwise (it cannot happen unless an append held more than 2^20
-- events). participatie_event_head stays, unused on PostgreSQL from this version.
SELECT CASE WHEN COALESCE(MAX(global_position), 0) < (pg_current_xact_id()::text::bigint << 20) THEN 0
            ELSE CAST('participatie schema version 4: the stored feed position ' || MAX(global_position)
                      || ' is not below the positions new appends get; ask the maintainers' AS INTEGER) END
    FROM participatie_event;

INSERT INTO participatie_schema_version (version, description, installed_at)
    VALUES (4, 'appends without the head-row lock', CURRENT_TIMESTAMP)
    ON CONFLICT (version) DO NOTHING;
