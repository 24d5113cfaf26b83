"""The store logic both databases share; a backend supplies only connection, transaction and cursor handling.

Versions of an article: articles are keyed by content hash, so the same article id with different text (or date, or
title) is a new version. Every version stays in the articles table; the newest one ingested is the current one, and
its events replace those of the earlier version (event ids derive from the article id and offsets, so two versions
could not both keep theirs). Ingesting an older version again changes nothing: its content hash is already stored.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from sitroom.errors import StoreError, UsageError
from sitroom.model import Article, Event, Rejection
from sitroom.store import queries as q
from sitroom.store import records
from sitroom.store.agreements import AgreementTables
from sitroom.store.base import EventQuery
from sitroom.store.cache import AnswerCache
from sitroom.store.fusion import FusionBatch, FusionMixin
from sitroom.store.review import ReviewTables
from sitroom.store.rollup import ROLLUP_SCHEMA

__all__ = ["MIGRATIONS", "SqlStore", "migrations"]

BULK_ROWS = 5000
LATE_PAGES = True  # PostgreSQL ranks a page by key before it reads records (off: one statement, for tests)
LARGE = 5000  # a listing with no limit or a larger one streams in batches
_ANY = "(SELECT unnest(CAST(? AS TEXT[])))"  # "x IN" a list given as one array parameter
TABLES = ("articles", "events", "actors", "places", "rejected")
FUSION_SCHEMA = 4  # the migration that brought event fusion
GENERATION_SCHEMA = 8  # the migration that brought store_state.generation (cached stats and counts)


def migrations() -> list[tuple[int, str]]:
    """The numbered SQL migrations shipped with sitroom, in order: ``[(1, sql), (2, sql), ...]``."""
    found: list[tuple[int, str]] = []
    for entry in resources.files("sitroom").joinpath("data", "migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), entry.read_text(encoding="utf-8")))
    return sorted(found)


MIGRATIONS = migrations()


def statements(sql: str, dialect: str) -> list[str]:
    """The statements of a migration file for ``dialect`` (statements end with ';'; comments are dropped; a
    statement preceded by a ``-- only: DIALECT`` line runs on that database only)."""
    kept = [line for line in sql.splitlines() if not line.strip().startswith("--") or "-- only:" in line]
    out = []
    for chunk in "\n".join(kept).split(";"):
        lines = chunk.strip().splitlines()
        only = [line.split(":", 1)[1].strip() for line in lines if line.strip().startswith("-- only:")]
        code = "\n".join(line for line in lines if not line.strip().startswith("--")).strip()
        if code and (not only or dialect in only):
            out.append(code)
    return out


class SqlStore(AgreementTables, FusionMixin, ReviewTables, ABC):
    """A Store over a DB-API style connection with ``?`` parameters."""

    url: str
    dialect: str  # "duckdb" | "postgres"

    # -- what a backend provides ---------------------------------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Any]:
        """A context in which ``_execute`` calls commit together, or roll back on an exception."""

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    @abstractmethod
    def _stream(self, sql: str, params: Sequence[Any] = (), large: bool = False) -> Iterator[tuple[Any, ...]]:
        """Rows of a query; other calls on the store may run while it is being consumed. ``large``: possibly
        many rows (no limit), to be read in batches rather than whole."""

    @abstractmethod
    def _lock_migrations(self) -> None:
        """Inside the migration transaction: keep other processes from migrating at the same time."""

    @abstractmethod
    def _lock_writes(self) -> None:
        """Inside a write transaction: one writer at a time, so that two ingests of versions of one article
        cannot both make theirs current (readers are never blocked)."""

    @abstractmethod
    def close(self) -> None: ...

    # -- schema ----------------------------------------------------------------------------------------------------
    def migrate(self) -> int:
        latest = MIGRATIONS[-1][0] if MIGRATIONS else 0
        with self._transaction():
            self._lock_migrations()
            self._execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
            )
            rows = self._fetch("SELECT max(version) FROM schema_version")
            current = int(rows[0][0]) if rows and rows[0][0] is not None else 0
            before = current
            if current > latest:
                raise StoreError("E021", found=current, supported=latest)
            for version, sql in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements(sql, self.dialect):
                    self._execute(statement)
                self._execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (version, _now()))
                current = version
            self.__dict__["_rollup_schema"] = current >= ROLLUP_SCHEMA
            if 0 < before < FUSION_SCHEMA <= current:  # a store from before fusion: fuse what it holds
                self.refuse_all()
        self.__dict__["_generation_schema"] = current >= GENERATION_SCHEMA
        return current

    def schema_version(self) -> int:
        rows = self._fetch("SELECT max(version) FROM schema_version")
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    # -- writing ---------------------------------------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return bool(self._fetch("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)))

    def add_article(self, article: Article, events: list[Event]) -> bool:
        return self.add_articles([(article, events)])[0]

    def add_articles(self, items: Sequence[tuple[Article, list[Event]]]) -> list[bool]:
        """Store many articles in one transaction (all or none); for each, False when its content hash was already
        stored.

        Much faster than one ``add_article`` each for bulk loads. Articles that share an id within ``items`` are
        versions of one another and go one at a time, in order."""
        ids = [article.id for article, _ in items]
        if len(set(ids)) != len(ids):
            with self._transaction():  # still one transaction: the inner ones join it
                return [self.add_articles([item])[0] for item in items]
        keys = [article.content_hash for article, _ in items]
        with self._transaction():
            self._lock_writes()
            stored = {
                r[0] for r in self._fetch(f"SELECT content_hash FROM articles WHERE content_hash IN {_ANY}", (keys,))
            }
            fresh = [(a, e, k) for (a, e), k in zip(items, keys, strict=True) if k not in stored]
            if not fresh:
                return [False] * len(items)
            current = self._fetch(
                f"SELECT id FROM articles WHERE is_current AND id IN {_ANY}", ([a.id for a, _, _ in fresh],)
            )
            for (article_id,) in current:
                self._replace_version(str(article_id))
            now = _now()
            rows = [q.article_row(a, True, now) for a, _, _ in fresh]
            added = {r[0] for r in self._insert("articles", q.ARTICLE_COLUMNS, rows, returning="content_hash")}
            # a hash missing from ``added`` was stored by another connection meanwhile (PostgreSQL)
            batch = FusionBatch()
            touched = self._fuse_articles([(a, _first_of_each(evs)) for a, evs, k in fresh if k in added], batch)
            merged = [(str(h[0]), str(h[3])) for h in batch.history if h[2] == "merged"]
            self._flush(batch)
            events = [(e, a) for a, evs, k in fresh if k in added for e in _first_of_each(evs)]
            filed, records = batch.filed, batch.records  # records: made once, for fusion
            rows = [q.event_row(e, a, filed[e.event_id], records[e.event_id]) for e, a in events]
            self._insert("events", q.EVENT_COLUMNS, rows)
            self._insert("actors", q.ACTOR_COLUMNS, [row for e, _ in events for row in q.actor_rows(e)])
            self._insert("places", q.PLACE_COLUMNS, [row for e, _ in events if (row := q.place_row(e)) is not None])
            self._refresh(touched)
            self._review_after_write(merged, batch.filed)
            self._bump_generation()
        return [k in added for k in keys]

    # -- the write generation (schema 8): kept answers stay valid while it does not change --------------------------
    def _has_generation(self) -> bool:
        known = self.__dict__.get("_generation_schema")
        if known is None:
            known = self.__dict__["_generation_schema"] = self.schema_version() >= GENERATION_SCHEMA
        return bool(known)

    def _bump_generation(self) -> None:
        """Inside a write transaction that changed events: answers kept by readers are stale from its commit on."""
        if self._has_generation():
            self._execute("UPDATE store_state SET generation = generation + 1 WHERE id = 1")

    def generation(self) -> int | None:
        """The store's write generation, or None for a store from before schema 8 (nothing is kept then)."""
        if not self._has_generation():
            return None
        rows = self._fetch("SELECT generation FROM store_state WHERE id = 1")
        return int(rows[0][0]) if rows else None

    def _kept(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        cache: AnswerCache = self.__dict__.setdefault("_answers", AnswerCache())
        return cache.get(key, self.generation(), compute)

    def _insert(
        self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]], returning: str | None = None
    ) -> list[tuple[Any, ...]]:
        """Rows as one array parameter per column, unnested by the database: one statement for many rows, and
        far faster than binding every value on its own (the column types come from the database's catalogue).
        With ``returning``, rows whose key exists already are skipped and the keys of those inserted returned."""
        out: list[tuple[Any, ...]] = []
        if not rows:
            return out
        types = self._column_types(table)
        select = ", ".join(f"unnest(CAST(? AS {types[c]}[]))" for c in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}"
        if returning:
            sql += f" ON CONFLICT DO NOTHING RETURNING {returning}"
        for i in range(0, len(rows), BULK_ROWS):
            params = [list(col) for col in zip(*rows[i : i + BULK_ROWS], strict=True)]
            if returning:
                out += self._fetch(sql, params)
            else:
                self._execute(sql, params)
        return out

    def _column_types(self, table: str) -> dict[str, str]:
        cache: dict[str, dict[str, str]] = self.__dict__.setdefault("_types", {})
        if table not in cache:
            rows = self._fetch(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? AND table_schema = current_schema()",
                (table,),
            )
            cache[table] = {str(name): str(kind) for name, kind in rows if str(kind).replace(" ", "").isalpha()}
        return cache[table]

    def _replace_version(self, article_id: str) -> None:
        """A new version of ``article_id`` arrives: the earlier version's events go, its text stays."""
        if not self._fetch("SELECT 1 FROM articles WHERE id = ? AND is_current", (article_id,)):
            return
        sub = "SELECT event_id FROM events WHERE article_id = ?"
        leaving = [str(r[0]) for r in self._fetch(sub, (article_id,))]
        self._review_leaving(leaving)
        left = self._unfuse(leaving)
        self._execute(f"DELETE FROM actors WHERE event_id IN ({sub})", (article_id,))
        self._execute("DELETE FROM places WHERE article_id = ?", (article_id,))
        self._execute("DELETE FROM events WHERE article_id = ?", (article_id,))
        self._refresh(left)
        self._execute("UPDATE articles SET is_current = FALSE WHERE id = ? AND is_current", (article_id,))

    def add_rejection(self, rejection: Rejection) -> None:
        with self._transaction():
            self._execute(
                "INSERT INTO rejected (origin, location, reason, code, rejected_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                q.clean((rejection.origin, rejection.where, rejection.reason, rejection.code, _now())),
            )

    # -- reading ---------------------------------------------------------------------------------------------------
    def events(self, query: EventQuery) -> Iterator[dict[str, Any]]:
        """Report events, or with ``query.fused`` the fused events (one per real-world event)."""
        return (records.record(row) for row in self._event_rows(query))

    def event_page(self, query: EventQuery) -> list[Any]:
        """``events(query)`` (a page: a query with a limit) ready to be written as JSON: each record a dict, or the
        same JSON value as text never parsed (``records.fragment``: most fused events)."""
        return [records.fragment(row) or records.record(row) for row in self._event_rows(query)]

    def _event_rows(self, query: EventQuery) -> Iterator[tuple[Any, ...]]:
        """The rows (``records.SELECT_RECORDS`` or ``SELECT_FUSED``) of the events ``query`` selects, in order."""
        where = q.where_clause(query)
        order = q.order_clause(query.order)
        select, table = (records.SELECT_FUSED, "fused_events") if query.fused else (records.SELECT_RECORDS, "events")
        if self.dialect == "duckdb" and query.offset:
            # DuckDB, a page further on: rank by the narrow sort columns, then read the records of the page's rows
            # only (not those of the rows skipped; issue 13: 7x less work at offset 5000)
            page, params = _page(
                f"SELECT e.rowid FROM {table} e WHERE {where.sql} ORDER BY {order}", list(where.params), query
            )
            sql = f"{select} WHERE e.rowid IN ({page}) ORDER BY {order}"
        elif self.dialect == "postgres" and LATE_PAGES and _late(query):
            # PostgreSQL, a page: rank the rows by their keys alone, read from an index that holds the keys and the
            # filtered columns (an index-only scan of the date window, in the order asked: migrations 009, 010),
            # then read the records of the page's rows only: neither the rows an offset skips nor those a filter
            # drops are read from the table (issue 13)
            key = "fused_id" if query.fused else "event_id"
            page, params = _page(
                f"SELECT e.{key} FROM {table} e WHERE {where.sql} ORDER BY {order}", list(where.params), query
            )
            sql = f"{select} WHERE e.{key} IN ({page}) ORDER BY {order}"
        else:
            # one statement with its LIMIT (an export: every row, read in batches); DuckDB ranks by the narrow sort
            # columns and reads the page's records last (duck.LATE_ROWS)
            sql, params = _page(f"{select} WHERE {where.sql} ORDER BY {order}", list(where.params), query)
        large = query.limit is None or query.limit > LARGE
        return self._stream(sql, params, large)

    def count_events(self, query: EventQuery) -> int:
        """The number of events ``query`` selects (its limit and offset aside), kept until the events change."""
        whole = replace(query, limit=None, offset=0, order="date_desc")
        return int(self._kept(("count", whole), lambda: self._count_events(whole)))

    def _count_events(self, query: EventQuery) -> int:
        where = q.where_clause(query)
        table = "fused_events" if query.fused else "events"
        rows = self._fetch(f"SELECT count(*) FROM {table} e WHERE {where.sql}", where.params)
        return int(rows[0][0])

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._fetch(f"{records.SELECT_RECORDS} WHERE e.event_id = ?", (event_id,))
        return records.record(rows[0]) if rows else None

    def fused_event(self, fused_id: str) -> dict[str, Any] | None:
        """A fused event with its merge history, following a redirect, and its review laid over it."""
        record = super().fused_event(fused_id)
        return next(self._overlay([record])) if record is not None else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self._fetch(
            "SELECT content_hash, id, published, title, url, source, text, stale FROM articles WHERE id = ? "
            "ORDER BY is_current DESC, ingested_at DESC LIMIT 1",
            (article_id,),
        )
        if not rows:
            return None
        key, aid, published, title, url, source, text, stale = rows[0]
        events = [
            records.record(r)
            for r in self._fetch(
                f"{records.SELECT_RECORDS} WHERE e.content_hash = ? ORDER BY e.salience_rank, e.event_id", (key,)
            )
        ]
        return {
            "id": aid,
            "published": _iso(published),
            "title": title,
            "url": url,
            "source": source,
            "text": text,
            "content_hash": key,
            "stale": bool(stale),
            "events": events,
        }

    def actors(self, query: EventQuery) -> list[dict[str, Any]]:
        where = q.where_clause(query)
        sql = (
            f"SELECT x.name, x.country, x.sector, x.acled_inter, count(DISTINCT x.event_id) AS n "
            f"FROM actors x JOIN {'fused_events' if query.fused else 'events'} e ON e.event_id = x.event_id "
            f"WHERE {where.sql} "
            f"GROUP BY x.name, x.country, x.sector, x.acled_inter ORDER BY n DESC, x.name"
        )
        sql, params = _page(sql, list(where.params), query)
        return [
            {"name": r[0], "country": r[1], "sector": r[2], "acled_inter": r[3], "events": int(r[4])}
            for r in self._fetch(sql, params)
        ]

    def stats(self, query: EventQuery, interval: str = "day") -> dict[str, Any]:
        """Counts by period, type and country over the events ``query`` selects, kept until the events change
        (the answer is shared by the callers that ask the same: read it, do not change it)."""
        if interval not in q.INTERVALS:
            raise UsageError("E030", param="interval", detail=f"expected one of {', '.join(q.INTERVALS)}")
        whole = replace(query, limit=None, offset=0, order="date_desc")
        answer: dict[str, Any] = self._kept(("stats", whole, interval), lambda: self._stats(whole, interval))
        return dict(answer)

    def _stats(self, query: EventQuery, interval: str) -> dict[str, Any]:
        groups: dict[str, list[dict[str, Any]]] = {"p": [], "k": [], "v": [], "c": []}
        totals = {"events": 0, "killed": 0}
        for which, key, n, dead in self._stats_rows(query, interval):
            if which is None:
                totals = {"events": n, "killed": dead}
            else:
                groups[which].append({"key": _iso(key), "events": n, "killed": dead})
        by_period = sorted(groups["p"], key=lambda r: (r["key"] is None, r["key"] or ""))
        return {
            "interval": interval,
            "by_period": [{"period": r["key"], "events": r["events"], "killed": r["killed"]} for r in by_period],
            "by_type": _by_count(groups["k"]),
            "by_plover": _by_count(groups["v"]),
            "by_country": _by_count(groups["c"]),
            "totals": totals,
        }

    def _stats_rows(self, query: EventQuery, interval: str) -> Iterator[tuple[str | None, Any, int, int]]:
        """(grouping, key, events, killed) of each group of the stats: by period "p", type "k", PLOVER type "v",
        country "c", and the totals (None). One scan, with GROUPING SETS, of the fused events (or reports), or of
        the daily counts (migration 009) when they hold every column the query needs: ``stats_daily``, or for an
        actor ``stats_daily_actors`` and ``stats_daily_actor_countries`` (``sitroom.store.rollup``)."""
        where = q.where_clause(query)
        parts = [
            ("p", f"CAST(date_trunc('{q.INTERVALS[interval]}', e.event_date) AS DATE)"),
            ("k", "coalesce(e.acled_event_type, e.non_acled_type, e.plover_event)"),
            ("v", "e.plover_event"),
            ("c", "e.country"),
        ]
        route = self._rollup_serves(query)
        counted = "coalesce(sum(e.events), 0), coalesce(sum(e.killed), 0)"
        if route == "plain":
            scans = [("stats_daily", parts, True)]
        elif route == "actor":
            scans = [("stats_daily_actors", parts[:3], True), ("stats_daily_actor_countries", parts[3:], False)]
        else:
            counted = "count(*), coalesce(sum(e.killed), 0)"
            scans = [("fused_events" if query.fused else "events", parts, True)]
        for table, grouped, total in scans:
            exprs = [sql for _, sql in grouped]
            sets = ", ".join(f"({x})" for x in exprs) + (", ()" if total else "")
            sql = (
                f"SELECT {', '.join(exprs)}, {counted}, GROUPING({', '.join(exprs)}) FROM {table} e "
                f"WHERE {where.sql} GROUP BY GROUPING SETS ({sets})"
            )
            width = len(grouped)
            for *values, n, dead, g in self._fetch(sql, where.params):
                # GROUPING: a bit per expression, the first the highest, set where the row is not grouped by it
                at = [i for i in range(width) if not int(g) & (1 << (width - 1 - i))]
                if at:
                    yield grouped[at[0]][0], values[at[0]], int(n), int(dead)
                else:
                    yield None, None, int(n), int(dead)

    def rejections(self) -> list[dict[str, Any]]:
        rows = self._fetch(
            "SELECT origin, location, reason, code, rejected_at FROM rejected "
            "ORDER BY rejected_at, origin, location, code"
        )
        return [{"origin": r[0], "where": r[1], "reason": r[2], "code": r[3], "at": _iso(r[4])} for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows of each table; those of the tables a write of events changes are kept until the next one (on
        PostgreSQL a count reads the whole table: seconds at ten million events, for every ``/health``)."""
        kept: dict[str, int] = self._kept(
            ("counts",), lambda: {t: int(self._fetch(f"SELECT count(*) FROM {t}")[0][0]) for t in TABLES[:-1]}
        )
        return {**kept, "rejected": int(self._fetch("SELECT count(*) FROM rejected")[0][0])}

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_of_each(events: list[Event]) -> list[Event]:
    """Events with distinct ids, in order (two triggers in the same span of one sentence give one event)."""
    seen: set[str] = set()
    out: list[Event] = []
    for event in events:
        if event.event_id not in seen:
            seen.add(event.event_id)
            out.append(event)
    return out


def _by_count(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (-r["events"], r["key"] is None, r["key"] or ""))


def _late(query: EventQuery) -> bool:
    """Whether PostgreSQL ranks ``query``'s page by key before it reads records: a page of an order that no index
    yields within the filters (by toll, by article), one whose filters drop rows that would otherwise be read whole
    (text, type, actor, place, modality, confidence), or one further on than it is long (the rows an offset skips).
    A first page of dates and countries only is read in order from its index at once: looking its rows up again by
    key would cost more than the few rows it reads."""
    if query.limit is None:
        return False
    dropping = query.text or query.types or query.actor or query.near or query.modalities
    return bool(
        query.order in ("rank", "fatalities_desc")
        or dropping
        or query.min_confidence is not None
        or query.offset >= query.limit
    )


def _page(sql: str, params: list[Any], query: EventQuery) -> tuple[str, list[Any]]:
    if query.limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(query.limit)))
    if query.offset:
        sql += " OFFSET ?"
        params.append(max(0, int(query.offset)))
    return sql, params


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value
