-- 006 (_source: sitroom's own design, issue 14): the event's place down to its second- and third-level divisions,
-- and ACLED's geo_precision (1 the place itself, 2 near it or part of a region, 3 a large region or a country).
-- Events stored before this migration keep NULL in the new columns.

ALTER TABLE events ADD COLUMN admin2 TEXT;

ALTER TABLE events ADD COLUMN admin3 TEXT;

ALTER TABLE events ADD COLUMN geo_precision INTEGER;
