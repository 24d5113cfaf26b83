-- 007 (_source: sitroom's own design, issue 14): human review of fused events. reviews holds one row per reviewed
-- fused event (keyed by the id that survives merges): its status (accepted, corrected, rejected), the reviewed
-- values that are laid over the machine's whenever the event is read or exported (fields, JSON), which of them
-- were corrections (corrected, JSON list), the machine's values when they were pinned (basis, JSON: a later
-- report that repeats one is no news), and what needs the reviewer's eye again (flags, JSON list: a report that
-- left the event, or a later report that disagrees with a reviewed value). review_log keeps every change: who,
-- when, what, the value before and the value after (JSON), numbered in the order written (seq).

CREATE TABLE IF NOT EXISTS reviews (
    fused_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    fields TEXT NOT NULL,
    corrected TEXT NOT NULL,
    basis TEXT NOT NULL,
    flags TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    reviewed_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS review_log (
    seq INTEGER NOT NULL,
    fused_id TEXT NOT NULL,
    logged_at TIMESTAMP NOT NULL,
    reviewer TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    before TEXT,
    after TEXT,
    note TEXT
);

CREATE INDEX IF NOT EXISTS review_log_fused ON review_log (fused_id);
