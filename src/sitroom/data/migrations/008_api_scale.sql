-- 008 (_source: sitroom's own design, issue 13): the API at ten million events.
-- store_state holds one row whose generation goes up with every write that changes events or fused events, in the
-- write's own transaction; a reader (the API) keeps the answer of a costly query (the stats, a count) for as long as
-- the generation it read with it is current, in whichever process the write happened.
-- On PostgreSQL, fused events (the default listing) get the indexes events already had for each sort order, so that
-- a page is an index scan of its own rows whatever the store's size. DuckDB scans its columns instead (its indexes
-- serve point lookups, not order).

CREATE TABLE IF NOT EXISTS store_state (
    id INTEGER PRIMARY KEY,
    generation BIGINT NOT NULL
);

INSERT INTO store_state (id, generation) VALUES (1, 0) ON CONFLICT DO NOTHING;

-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_date_desc ON fused_events
    (event_date DESC NULLS LAST, article_id, salience_rank, event_id);

-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_date_asc ON fused_events
    (event_date ASC NULLS LAST, article_id, salience_rank, event_id);

-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_killed_desc ON fused_events
    (killed DESC NULLS LAST, event_date DESC NULLS LAST, event_id);

-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_rank ON fused_events (article_id, salience_rank, event_id);

-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_country_date_desc ON fused_events
    (country, event_date DESC NULLS LAST, article_id, salience_rank, event_id);

-- only: postgres
CREATE INDEX IF NOT EXISTS events_date_asc ON events (event_date ASC NULLS LAST, article_id, salience_rank, event_id);

-- only: postgres
CREATE INDEX IF NOT EXISTS events_rank ON events (article_id, salience_rank, event_id);
