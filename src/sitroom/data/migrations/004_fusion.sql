-- sitroom store schema, version 4 (_source: sitroom's own design, issue 12): event fusion. Each report (a row of
-- events) belongs to one fused event (events.fused_id). fusion_index keeps the facts matching needs of every report,
-- narrow and indexed by type family and date, so that fusing a new article reads a few candidate rows only.
-- fused_events holds each fused event's decided record (with the same filter columns as events, so that the same
-- queries list either); fused_redirects maps the id of a fused event merged into another to the one that survived;
-- fusion_history says what joined when, and why. articles.stale: the article's main news was reported before.
-- The (family, day) and (family, toll) indexes are PostgreSQL's: DuckDB answers these ranges faster by scanning the
-- narrow columns (an ART index on a leading family column turns the range into a walk over every row of the family).
-- Existing stores: their events are fused once, in publication order, when this migration is applied.

ALTER TABLE events ADD COLUMN fused_id TEXT;

CREATE INDEX IF NOT EXISTS events_fused ON events (fused_id);

ALTER TABLE articles ADD COLUMN stale BOOLEAN;

CREATE TABLE IF NOT EXISTS fusion_index (
    event_id TEXT PRIMARY KEY,
    fused_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    published DATE,
    family TEXT NOT NULL,
    kind TEXT,
    anchor TEXT,
    dated BOOLEAN NOT NULL,
    region TEXT,
    day_lo DATE,
    day_hi DATE,
    countries TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    killed INTEGER,
    civilians INTEGER,
    injured INTEGER,
    actors TEXT,
    words TEXT
);

-- only: postgres
CREATE INDEX IF NOT EXISTS fusion_index_day ON fusion_index (family, day_lo);

-- only: postgres
CREATE INDEX IF NOT EXISTS fusion_index_killed ON fusion_index (family, killed, day_lo);

-- only: postgres
CREATE INDEX IF NOT EXISTS fusion_index_recap ON fusion_index (family, killed, published);

CREATE INDEX IF NOT EXISTS fusion_index_fused ON fusion_index (fused_id);

CREATE TABLE IF NOT EXISTS fused_events (
    fused_id TEXT PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    report_count INTEGER NOT NULL,
    source_count INTEGER NOT NULL,
    first_reported DATE,
    last_reported DATE,
    conflicts TEXT,
    event_id TEXT,
    article_id TEXT,
    salience_rank INTEGER,
    plover_event TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    non_acled_type TEXT,
    actor1_name TEXT,
    actor1_text TEXT,
    actor2_name TEXT,
    actor2_text TEXT,
    event_date DATE,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    killed INTEGER,
    evidence TEXT,
    published DATE,
    title TEXT,
    record TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS fused_events_date ON fused_events (event_date);

CREATE INDEX IF NOT EXISTS fused_events_country ON fused_events (country, event_date);

CREATE TABLE IF NOT EXISTS fused_redirects (
    old_id TEXT PRIMARY KEY,
    fused_id TEXT NOT NULL,
    merged_at TIMESTAMP NOT NULL
);

CREATE INDEX IF NOT EXISTS fused_redirects_fused ON fused_redirects (fused_id);

CREATE TABLE IF NOT EXISTS fusion_history (
    fused_id TEXT NOT NULL,
    logged_at TIMESTAMP NOT NULL,
    action TEXT NOT NULL,
    event_id TEXT,
    other TEXT,
    reason TEXT
);

CREATE INDEX IF NOT EXISTS fusion_history_fused ON fusion_history (fused_id);
