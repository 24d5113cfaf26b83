-- 009 (_source: sitroom's own design, issue 13): stats at ten million events.
-- stats_daily holds the fused events counted by day, type and country: for each (event_date, plover_event,
-- acled_event_type, acled_sub_event_type, non_acled_type, country) that fused events have, how many there are and
-- their summed toll (NULL tolls count 0). GET /api/stats reads it instead of fused_events when its filters are
-- only dates, countries and types (the columns it keeps): a window of four months is some thousands of its rows
-- rather than a million events. Every write that changes fused_events changes it in the same transaction
-- (sitroom.store.rollup); a key whose count falls to 0 has no row.

CREATE TABLE IF NOT EXISTS stats_daily (
    event_date DATE,
    plover_event TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    non_acled_type TEXT,
    country TEXT,
    events BIGINT NOT NULL,
    killed BIGINT NOT NULL
);

CREATE INDEX IF NOT EXISTS stats_daily_date ON stats_daily (event_date);

INSERT INTO stats_daily
SELECT event_date, plover_event, acled_event_type, acled_sub_event_type, non_acled_type, country,
    count(*), coalesce(sum(killed), 0)
FROM fused_events
GROUP BY event_date, plover_event, acled_event_type, acled_sub_event_type, non_acled_type, country;

-- A page of fused events by toll within countries and dates (sort=fatalities_desc&country=...): PostgreSQL ranks
-- the rows by key from this index alone (an index-only scan of the countries' date window), then reads the records
-- of the page's rows only (sql.LATE_ORDERS).
-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_country_killed ON fused_events (country, event_date)
    INCLUDE (killed, event_id, fused_id);
