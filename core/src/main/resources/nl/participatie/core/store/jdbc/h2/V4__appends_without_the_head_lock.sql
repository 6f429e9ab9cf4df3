-- participatie schema version 4, H2 2.x: no change to the tables. On PostgreSQL this version lets appends to different
-- streams run at the same time; an embedded H2 keeps the feed's head row, which every append locks until it commits,
-- so its feed positions stay consecutive. The version is recorded so that both databases share one numbering.
MERGE INTO participatie_schema_version (version, description, installed_at) KEY (version)
    VALUES (4, 'appends without the head-row lock (PostgreSQL; H2 unchanged)', CURRENT_TIMESTAMP);
