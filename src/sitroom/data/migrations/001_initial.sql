-- sitroom store schema, version 1 (_source: sitroom's own design, from data/event.schema.json): the same SQL runs on
-- DuckDB and PostgreSQL. Migrations are applied in the order of their numbers (NNN_name.sql), each once.
-- Articles are keyed by content hash; the article id is not unique (each version of an article is a row).
-- Events hold every schema field flattened into columns, plus `record`: the full schema record as JSON text,
-- kept verbatim so that reading an event back gives exactly the record that was stored.

CREATE TABLE IF NOT EXISTS articles (
    content_hash TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    published DATE,
    title TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    origin TEXT,
    is_current BOOLEAN NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE INDEX IF NOT EXISTS articles_id ON articles (id);

CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    salience_rank INTEGER NOT NULL,
    plover_event TEXT NOT NULL,
    plover_mode TEXT,
    cameo_root TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    non_acled_type TEXT,
    actor1_name TEXT,
    actor1_text TEXT,
    actor2_name TEXT,
    actor2_text TEXT,
    event_date DATE,
    date_precision TEXT,
    date_text TEXT,
    location_name TEXT,
    location_text TEXT,
    country TEXT,
    admin1 TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geonames_id BIGINT,
    location_precision TEXT,
    killed INTEGER,
    killed_low INTEGER,
    killed_high INTEGER,
    civilians_killed INTEGER,
    injured INTEGER,
    arrested INTEGER,
    fatalities_qualifier TEXT,
    fatalities_text TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    confidence DOUBLE PRECISION,
    modality TEXT,
    trigger_word TEXT,
    duplicate_of TEXT,
    schema_version TEXT,
    record TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_country ON events (country);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS events_hash ON events (content_hash);
CREATE INDEX IF NOT EXISTS events_lat ON events (lat);

CREATE TABLE IF NOT EXISTS actors (
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT,
    name TEXT,
    country TEXT,
    sector TEXT,
    acled_inter INTEGER
);

CREATE INDEX IF NOT EXISTS actors_event ON actors (event_id);

CREATE TABLE IF NOT EXISTS places (
    event_id TEXT,
    article_id TEXT NOT NULL,
    text TEXT,
    name TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    country TEXT,
    admin1 TEXT,
    precision TEXT,
    geonames_id BIGINT
);

CREATE INDEX IF NOT EXISTS places_event ON places (event_id);

CREATE TABLE IF NOT EXISTS rejected (
    origin TEXT NOT NULL,
    location TEXT NOT NULL,
    reason TEXT NOT NULL,
    code TEXT NOT NULL,
    rejected_at TIMESTAMP NOT NULL,
    PRIMARY KEY (origin, location, code, reason)
);
