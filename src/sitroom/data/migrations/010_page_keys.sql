-- 010 (_source: sitroom's own design, issue 13): pages of fused events at ten million events, whatever the filters.
-- PostgreSQL ranks every page by key before it reads records (sql.LATE_PAGES): the page's fused ids come from an
-- index that holds the sort keys, the fused id and every column a filter tests (dates, country, types, actors,
-- place, toll, evidence), in date order either way, so that ranking a page is an index-only scan of its date
-- window: no record is read for the rows an offset skips or a filter drops (a record is over a kilobyte; ten
-- million of them do not stay in memory). fused_events_country_keys (migration 009) does the same within countries.
-- DuckDB scans its columns instead (its indexes serve point lookups, not order).

-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_date_keys ON fused_events
    (event_date DESC NULLS LAST, article_id, salience_rank, event_id)
    INCLUDE (fused_id, country, killed, lat, lon, plover_event, acled_event_type, acled_sub_event_type,
        non_acled_type, actor1_name, actor1_text, actor2_name, actor2_text, evidence);

-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_date_asc_keys ON fused_events
    (event_date ASC NULLS LAST, article_id, salience_rank, event_id)
    INCLUDE (fused_id, country, killed, lat, lon, plover_event, acled_event_type, acled_sub_event_type,
        non_acled_type, actor1_name, actor1_text, actor2_name, actor2_text, evidence);

-- They have the keys of fused_events_date_desc and fused_events_date_asc (migration 008) and more: those two go (at
-- ten million events, 1.3 GB that every write of a fused event would keep up to date for nothing).
-- only: postgres
DROP INDEX IF EXISTS fused_events_date_desc;

-- only: postgres
DROP INDEX IF EXISTS fused_events_date_asc;

-- The daily counts (migration 009) are read by date window only, and every column of a row serves the stats: with
-- them all in the index of their dates, the stats of a window are an index-only scan rather than a visit of each
-- row, wherever in the table its day's rows were written.
-- only: postgres
CREATE INDEX IF NOT EXISTS stats_daily_date_keys ON stats_daily (event_date)
    INCLUDE (plover_event, acled_event_type, acled_sub_event_type, non_acled_type, country, events, killed);

-- only: postgres
CREATE INDEX IF NOT EXISTS stats_daily_actors_date_keys ON stats_daily_actors (event_date)
    INCLUDE (actor1_name, actor1_text, actor2_name, actor2_text, plover_event, acled_event_type,
        acled_sub_event_type, non_acled_type, events, killed);

-- only: postgres
CREATE INDEX IF NOT EXISTS stats_daily_actor_countries_date_keys ON stats_daily_actor_countries (event_date)
    INCLUDE (actor1_name, actor1_text, actor2_name, actor2_text, country, events, killed);
