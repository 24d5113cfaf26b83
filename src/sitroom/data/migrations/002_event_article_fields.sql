-- sitroom store schema, version 2 (_source: sitroom's own design): the article's publication date and title are
-- copied onto its events, so that listing events needs no join; and, on PostgreSQL, an index in the default
-- listing order (newest first), so that a page of events is an index scan rather than a sort.

ALTER TABLE events ADD COLUMN published DATE;

ALTER TABLE events ADD COLUMN title TEXT;

UPDATE events SET
    published = (SELECT a.published FROM articles a WHERE a.content_hash = events.content_hash),
    title = (SELECT a.title FROM articles a WHERE a.content_hash = events.content_hash);

-- only: postgres
CREATE INDEX IF NOT EXISTS events_date_desc ON events (event_date DESC NULLS LAST, article_id, salience_rank, event_id);

-- only: postgres
CREATE INDEX IF NOT EXISTS events_killed_desc ON events (killed DESC NULLS LAST, event_date DESC NULLS LAST, event_id);

