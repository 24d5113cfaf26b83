-- 003: serve the dashboard's most common query (one country, newest first) from an index.
CREATE INDEX IF NOT EXISTS events_country_date ON events (country, event_date DESC NULLS LAST, event_id);
