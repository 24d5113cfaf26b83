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
