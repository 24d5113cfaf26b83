"""Is a store whole? A cheap check before every write session, and ``sitroom check``'s full one.

The cheap check (:func:`quick_problems`) costs a few milliseconds: the DuckDB file is as long as DuckDB's own block
count says (a file cut short still opens, and answers from the blocks it has left), and the migration history
reads back without a gap. The full check (:func:`full_check`) also reads every row of every table (DuckDB verifies
each block's checksum as it reads it) and looks for rows that refer to rows that are not there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitroom.errors import SitroomError

if TYPE_CHECKING:
    from sitroom.store.sql import SqlStore

__all__ = ["Verdict", "check_store", "full_check", "has_schema", "quick_problems"]

DUCKDB_HEADER = 3 * 4096  # the file header and the two database headers before the first block

# (name, a query counting rows that break the rule, what one such row means)
REFERENCES = (
    (
        "events -> articles",
        "SELECT count(*) FROM events e "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = e.content_hash)",
        "events whose article is missing",
    ),
    (
        "event article ids",
        "SELECT count(*) FROM events e JOIN articles a ON a.content_hash = e.content_hash WHERE a.id <> e.article_id",
        "events filed under another article's id",
    ),
    (
        "actors -> events",
        "SELECT count(*) FROM actors x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = x.event_id)",
        "actors whose event is missing",
    ),
    (
        "places -> events",
        "SELECT count(*) FROM places p WHERE p.event_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = p.event_id)",
        "places whose event is missing",
    ),
    (
        "current versions",
        "SELECT count(*) FROM (SELECT id FROM articles WHERE is_current GROUP BY id HAVING count(*) > 1) t",
        "article ids with more than one current version",
    ),
)


@dataclass(frozen=True)
class Verdict:
    """One check's outcome: ``ok``, ``warn`` (usable, but see the detail) or ``FAIL`` (the store is damaged)."""

    name: str
    status: str
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == "FAIL"


def has_schema(store: SqlStore) -> bool:
    """Does the database hold a sitroom store (its migration history table)?"""
    rows = store._fetch(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = current_schema()",
        ("schema_version",),
    )
    return bool(rows[0][0])


def _storage(store: SqlStore) -> Verdict:
    if store.dialect == "postgres":
        size = store._fetch("SELECT pg_size_pretty(pg_database_size(current_database()))")[0][0]
        return Verdict("storage", "ok", f"PostgreSQL database of {size}")
    row = store._fetch("PRAGMA database_size")[0]
    block_size, total_blocks, used_blocks = int(row[2]), int(row[3]), int(row[4])
    if not os.path.isfile(store.url):
        return Verdict("storage", "ok", f"DuckDB database {row[0]} of {row[1]} (not a file)")
    # the file holds at least the blocks in use; DuckDB counts in ``total_blocks`` free blocks past the end of a file
    # whose tail a checkpoint truncated (74 blocks counted, 39 used, a file of 39), so only the used ones are owed
    expected = DUCKDB_HEADER + block_size * used_blocks if used_blocks else 0
    actual = os.path.getsize(store.url)
    wal = store.url + ".wal"
    if actual < expected and os.path.isfile(wal) and os.path.getsize(wal) > 0:
        # blocks written since the last checkpoint are counted but live in the write-ahead log (another connection
        # of this process, or a crash that the next checkpoint replays): the file's length proves nothing yet
        return Verdict("storage", "ok", f"DuckDB file of {actual} bytes and a write-ahead log not yet checkpointed")
    if actual < expected:
        return Verdict(
            "storage",
            "FAIL",
            f"the file has {actual} bytes but its {used_blocks} blocks in use need {expected}: cut short",
        )
    return Verdict("storage", "ok", f"DuckDB file of {actual} bytes, {total_blocks} blocks of {block_size}")


def _migrations(store: SqlStore) -> Verdict:
    from sitroom.store.sql import MIGRATIONS

    latest = MIGRATIONS[-1][0] if MIGRATIONS else 0
    if not has_schema(store):
        return Verdict("migrations", "FAIL", "no migration history: not a sitroom store")
    versions = [int(r[0]) for r in store._fetch("SELECT version FROM schema_version ORDER BY version")]
    known = [v for v in versions if v <= latest]  # the versions this sitroom ships, in order, with none missed
    if known != [v for v, _ in MIGRATIONS if v <= (known[-1] if known else 0)]:
        return Verdict("migrations", "FAIL", f"history {versions} has gaps")
    found = versions[-1] if versions else 0
    if found > latest:
        return Verdict("migrations", "warn", f"version {found} is newer than this sitroom's {latest}")
    if found < latest:
        return Verdict("migrations", "warn", f"version {found}; the next ingest upgrades it to {latest}")
    return Verdict("migrations", "ok", f"versions 1-{found}, current")


def quick_problems(store: SqlStore) -> list[str]:
    """What the cheap check finds wrong (empty: nothing). A new, empty database passes."""
    found: list[str] = []
    for check in (_storage, _migrations):
        try:
            verdict = check(store)
        except SitroomError as exc:
            found.append(str(exc))
            continue
        if verdict.failed and not (verdict.name == "migrations" and not has_schema(store)):
            found.append(verdict.detail)
    return found


def _tables(store: SqlStore) -> Verdict:
    from sitroom.store.sql import TABLES

    counts = []
    for table in TABLES:
        n = sum(1 for _ in store._stream(f"SELECT * FROM {table}", (), True))
        counts.append(f"{table} {n}")
    return Verdict("tables", "ok", "every row read back: " + ", ".join(counts))


def full_check(store: SqlStore) -> list[Verdict]:
    """Every check, in order; a check that cannot run (an I/O error, a missing table) fails with that error."""
    verdicts: list[Verdict] = []

    def run(name: str, check: Callable[[SqlStore], Verdict]) -> None:
        try:
            verdicts.append(check(store))
        except SitroomError as exc:
            verdicts.append(Verdict(name, "FAIL", str(exc)))

    run("storage", _storage)
    run("migrations", _migrations)
    run("tables", _tables)
    for name, sql, meaning in REFERENCES:

        def count(s: SqlStore, sql: str = sql, name: str = name, meaning: str = meaning) -> Verdict:
            n = int(s._fetch(sql)[0][0])
            return Verdict(name, "FAIL" if n else "ok", f"{n} {meaning}")

        run(name, count)
    return verdicts


def check_store(url: str) -> list[Verdict]:
    """Open the store at ``url`` as it is (no migration, no cheap check first) and run :func:`full_check`; a store
    that cannot be opened gives one failed ``open`` verdict; a store that does not exist raises E022."""
    from sitroom.errors import StoreError
    from sitroom.store import open_store
    from sitroom.store.sql import SqlStore

    try:
        store = open_store(url, migrate=False, create=False, verify=False)
    except StoreError as exc:
        if exc.code == "E022":
            raise
        return [Verdict("open", "FAIL", str(exc))]
    assert isinstance(store, SqlStore)
    try:
        return [Verdict("open", "ok", f"{store.dialect} store opened"), *full_check(store)]
    finally:
        store.close()
