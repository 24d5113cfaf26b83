-- 009 (_source: sitroom's own design, issue 13): stats at ten million events.
-- Daily counts of the fused events, which GET /api/stats reads instead of fused_events when a query's filters are
-- columns they keep (sitroom.store.rollup): a window of four months is thousands of their rows rather than a
-- million events. Each row: a combination of its key columns that fused events have, with their number (events)
-- and summed toll (killed; NULL tolls count 0); a key whose count falls to 0 has no row.
-- stats_daily keeps day, types and country (queries on dates, countries and types); stats_daily_actors (day, the
-- four actor columns and the types) and stats_daily_actor_countries (day, the actor columns and country) keep what
-- the stats of a query on dates and an actor group by, separately, so that they stay small.
-- Every write that changes fused_events changes them in the same transaction.

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

CREATE TABLE IF NOT EXISTS stats_daily_actors (
    event_date DATE,
    actor1_name TEXT,
    actor1_text TEXT,
    actor2_name TEXT,
    actor2_text TEXT,
    plover_event TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    non_acled_type TEXT,
    events BIGINT NOT NULL,
    killed BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS stats_daily_actor_countries (
    event_date DATE,
    actor1_name TEXT,
    actor1_text TEXT,
    actor2_name TEXT,
    actor2_text TEXT,
    country TEXT,
    events BIGINT NOT NULL,
    killed BIGINT NOT NULL
);

CREATE INDEX IF NOT EXISTS stats_daily_date ON stats_daily (event_date);

CREATE INDEX IF NOT EXISTS stats_daily_actors_date ON stats_daily_actors (event_date);

CREATE INDEX IF NOT EXISTS stats_daily_actor_countries_date ON stats_daily_actor_countries (event_date);

-- filled from one scan of the fused events: their counts by every key column at once, then each table's sums
CREATE TEMPORARY TABLE stats_fine AS
SELECT event_date, actor1_name, actor1_text, actor2_name, actor2_text, plover_event, acled_event_type,
    acled_sub_event_type, non_acled_type, country, count(*) AS events, coalesce(sum(killed), 0) AS killed
FROM fused_events
GROUP BY event_date, actor1_name, actor1_text, actor2_name, actor2_text, plover_event, acled_event_type,
    acled_sub_event_type, non_acled_type, country;

INSERT INTO stats_daily
SELECT event_date, plover_event, acled_event_type, acled_sub_event_type, non_acled_type, country,
    sum(events), sum(killed)
FROM stats_fine
GROUP BY event_date, plover_event, acled_event_type, acled_sub_event_type, non_acled_type, country;

INSERT INTO stats_daily_actors
SELECT event_date, actor1_name, actor1_text, actor2_name, actor2_text, plover_event, acled_event_type,
    acled_sub_event_type, non_acled_type, sum(events), sum(killed)
FROM stats_fine
GROUP BY event_date, actor1_name, actor1_text, actor2_name, actor2_text, plover_event, acled_event_type,
    acled_sub_event_type, non_acled_type;

INSERT INTO stats_daily_actor_countries
SELECT event_date, actor1_name, actor1_text, actor2_name, actor2_text, country, sum(events), sum(killed)
FROM stats_fine
GROUP BY event_date, actor1_name, actor1_text, actor2_name, actor2_text, country;

DROP TABLE stats_fine;

-- PostgreSQL pages that no index yields in order within their filters (by toll, by article; a text or type filter) are
-- ranked by key first (sql.LATE_ORDERS), from an index that holds the keys and the filtered columns: this one for
-- fused events within countries and dates (an index-only scan of the countries' date window, in date order, so
-- that a text filter that many rows pass stops early), then the records of the page's rows only are read.
-- only: postgres
CREATE INDEX IF NOT EXISTS fused_events_country_keys ON fused_events
    (country, event_date DESC NULLS LAST, article_id, salience_rank, event_id)
    INCLUDE (killed, fused_id, evidence, plover_event, acled_event_type, acled_sub_event_type, non_acled_type);

-- The planner's estimate of a type filter (lower() of four columns): without statistics of those expressions it
-- takes a few per cent for any type, and sorts a whole date window rather than read a country's index in order.
-- only: postgres
CREATE STATISTICS IF NOT EXISTS fused_events_types ON lower(plover_event), lower(acled_event_type),
    lower(acled_sub_event_type), lower(non_acled_type) FROM fused_events;

-- only: postgres
CREATE STATISTICS IF NOT EXISTS events_types ON lower(plover_event), lower(acled_event_type),
    lower(acled_sub_event_type), lower(non_acled_type) FROM events;

-- only: postgres
ANALYZE fused_events;

-- only: postgres
ANALYZE events;
