-- sitroom store schema, version 5 (_source: sitroom's own design, from gold/AGREEMENTS.md's records): agreements
-- (ceasefires, truces, peace deals) as first-class records, each with its state after every article that concerns
-- it, and the breaches linked to it with every report of them. `record` holds the JSON record as written; the other
-- columns are copies for filtering. `seq` orders articles in the order the tracker read them (publication order
-- when ingested so). New tables only: a store of an earlier version stays readable and gains empty tables.

CREATE TABLE IF NOT EXISTS agreements (
    agreement_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    signed DATE,
    effective DATE,
    expires DATE,
    first_article TEXT,
    record TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS agreement_reports (
    seq BIGINT NOT NULL,
    agreement_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    published DATE,
    status TEXT NOT NULL,
    record TEXT NOT NULL,
    evidence TEXT,
    PRIMARY KEY (content_hash, agreement_id)
);

CREATE INDEX IF NOT EXISTS agreement_reports_agreement ON agreement_reports (agreement_id, seq);

CREATE TABLE IF NOT EXISTS violations (
    violation_id TEXT PRIMARY KEY,
    agreement_id TEXT NOT NULL,
    event_date DATE NOT NULL,
    alleged BOOLEAN NOT NULL,
    killed INTEGER,
    record TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS violations_agreement ON violations (agreement_id, event_date);

CREATE TABLE IF NOT EXISTS violation_reports (
    seq BIGINT NOT NULL,
    violation_id TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    alleged BOOLEAN NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (content_hash, violation_id)
);

CREATE TABLE IF NOT EXISTS agreement_articles (
    content_hash TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    published DATE NOT NULL,
    seq BIGINT NOT NULL,
    stale BOOLEAN NOT NULL
);

CREATE INDEX IF NOT EXISTS agreement_articles_seq ON agreement_articles (seq);

CREATE INDEX IF NOT EXISTS agreement_articles_published ON agreement_articles (published);
