"""Millions of made-up events loaded in minutes, for the API benchmark (``bench/bench_api.py``).

``synthetic.synthetic_articles`` builds ``Event`` objects and stores them through the ingest path (fusion included):
right for the tests, about 5,000 events a second. Here DuckDB computes the same kind of data as columns, in SQL, from
the row number alone (a hash of it picks place, type, actors and toll; the same seed gives the same rows), and the
rows go straight into the tables: ``INSERT ... SELECT`` on DuckDB, ``COPY ... FROM STDIN`` in CSV on PostgreSQL (fed
through a pipe, so no file the size of the store is written). Each event is its own fused event (one report each),
articles carry 20 events and arrive in publication order, as from a feed (the rows are stored in that order, which
lets DuckDB's zone maps skip most of a table for a page in date order). The actors and places tables are filled
from the events' own columns, as an ingest fills them; the fusion index stays empty (it serves only the matching of
reports ingested later, which the benchmark does not do); the daily counts of stats (``stats_daily*``) are filled from
the fused events after the load, as migration 009 fills them.
Secondary indexes are dropped during the load and built again after it, as a database's bulk-load guide advises.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
from typing import Any

import duckdb

from sitroom.model import SCHEMA_VERSION
from sitroom.store import is_postgres_url, open_store
from sitroom.store.fusion import FUSED_COLUMNS
from sitroom.store.queries import ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, PLACE_COLUMNS
from sitroom.store.rollup import FILL
from sitroom.testing.synthetic import ACTORS, KINDS, PLACES

__all__ = ["PER_ARTICLE", "bulk_load"]

PER_ARTICLE = 20
START = "2022-01-01"
DAYS = 1095
TAIL = " Officials gave no further details.\n\n"
BUMP = "UPDATE store_state SET generation = generation + 1 WHERE id = 1"  # answers kept by readers are stale now


def _values(rows: list[tuple[Any, ...]]) -> str:
    """A SQL VALUES list of literals (the rows come from this package's own tables, never from input)."""

    def lit(v: Any) -> str:
        if v is None:
            return "NULL"
        if isinstance(v, bool):
            return "TRUE" if v else "FALSE"
        if isinstance(v, int | float):
            return repr(v)
        return "'" + str(v).replace("'", "''") + "'"

    return ", ".join("(" + ", ".join(lit(v) for v in row) + ")" for row in rows)


def _obj(fields: list[tuple[str, str, str]], *, close: bool = True, first: bool = True) -> str:
    """A SQL expression that writes a JSON object as text, by concatenation (DuckDB's json_object is some twenty
    times slower). Each field: (key, kind, SQL): kind "s" a text value or NULL, "n" a number or NULL, "j" JSON text.
    The texts come from this module's word lists and hold no quote or backslash, so they need no escaping."""
    parts = []
    for i, (key, kind, sql) in enumerate(fields):
        parts.append("'" + ("{" if i == 0 and first else ",") + f'"{key}":' + "'")
        if kind == "s":
            parts.append(f"coalesce('\"' || ({sql}) || '\"', 'null')")
        elif kind == "n":
            parts.append(f"coalesce(CAST(({sql}) AS TEXT), 'null')")
        else:
            parts.append(f"({sql})")
    return "concat(" + ", ".join([*parts, "'}'"] if close else parts) + ")"


def _setup(con: duckdb.DuckDBPyConnection, n_events: int, seed: int) -> None:
    """Temporary views ``bulk_articles``, ``bulk_events`` and ``bulk_fused_events`` with the store's columns."""
    places = [(i, *p) for i, p in enumerate(PLACES)]
    kinds = [(i, k[0], k[1], k[2], k[3], k[4]) for i, k in enumerate(KINDS)]
    actors = [(i, a[0], int(a[1]), a[2]) for i, a in enumerate(ACTORS)]
    n_articles = -(-n_events // PER_ARTICLE)
    con.execute("CREATE OR REPLACE TEMP TABLE bulk_place (p INT, name TEXT, iso3 TEXT, lat DOUBLE, lon DOUBLE)")
    con.execute(f"INSERT INTO bulk_place VALUES {_values(places)}")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE bulk_kind (k INT, plover TEXT, acled TEXT, sub TEXT, verb TEXT, deadly BOOLEAN)"
    )
    con.execute(f"INSERT INTO bulk_kind VALUES {_values(kinds)}")
    con.execute("CREATE OR REPLACE TEMP TABLE bulk_actor (a INT, name TEXT, inter INT, sector TEXT)")
    con.execute(f"INSERT INTO bulk_actor VALUES {_values(actors)}")
    h = f"hash(i, {seed}, "  # one draw: hash(i, seed, 'what') % choices
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW bulk_draw AS
        SELECT i, i // {PER_ARTICLE} AS art, i % {PER_ARTICLE} AS rank,
            DATE '{START}' + CAST((i // {PER_ARTICLE}) * {DAYS} // {n_articles} AS INT) AS published,
            CAST({h}'d') % 3 AS INT) AS back,
            CAST({h}'p') % {len(PLACES)} AS INT) AS p, CAST({h}'k') % {len(KINDS)} AS INT) AS k,
            CAST({h}'a') % {len(ACTORS)} AS INT) AS a1,
            CAST(({h}'a') % {len(ACTORS)} + 1 + {h}'b') % {len(ACTORS) - 1}) % {len(ACTORS)} AS INT) AS a2,
            1 + CAST({h}'n') % 40 AS INT) AS toll,
            round(CAST({h}'y') % 60001 AS DOUBLE) / 100000 - 0.3, 5) AS dy,
            round(CAST({h}'x') % 60001 AS DOUBLE) / 100000 - 0.3, 5) AS dx,
            round(0.5 + CAST({h}'c') % 451 AS DOUBLE) / 1000, 3) AS confidence,
            substr(md5(CAST(i AS TEXT) || ':{seed}'), 1, 16) AS event_id,
            'syn-{seed}-' || lpad(CAST(i // {PER_ARTICLE} AS TEXT), 8, '0') AS article_id
        FROM range({n_events}) t(i)"""
    )
    con.execute(
        """CREATE OR REPLACE TEMP VIEW bulk_base AS
        SELECT d.*, d.published - d.back AS day, pl.name AS place, pl.iso3,
            round(pl.lat + d.dy, 5) AS lat, round(pl.lon + d.dx, 5) AS lon,
            kd.plover, kd.acled, kd.sub, kd.verb, CASE WHEN kd.deadly THEN d.toll END AS killed,
            x1.name AS a1_name, x1.inter AS a1_inter, x1.sector AS a1_sector,
            x2.name AS a2_name, x2.inter AS a2_inter, x2.sector AS a2_sector,
            x1.name || ' ' || kd.verb || ' ' || lower(x2.name) || ' near ' || pl.name || ' on '
                || strftime(d.published - d.back, '%d %B %Y')
                || CASE WHEN kd.deadly THEN ', killing ' || d.toll || ' people' ELSE '' END || '.' AS sentence
        FROM bulk_draw d JOIN bulk_place pl ON pl.p = d.p JOIN bulk_kind kd ON kd.k = d.k
            JOIN bulk_actor x1 ON x1.a = d.a1 JOIN bulk_actor x2 ON x2.a = d.a2"""
    )
    lead = "'Report ' || art || ' of a made-up wire service, filed on ' || strftime(published, '%Y-%m-%d') || '.\n\n'"
    # each evidence's offset in its article: a running sum over the article's earlier sentences, computed once into
    # a narrow table in row order and joined back by row number (a window operator hands its rows on in another
    # order, and the tables must get them in publication order, as from a feed, for DuckDB's zone maps to skip)
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE bulk_start AS
        SELECT b.i, length({lead})
            + coalesce(sum(length(b.sentence) + {len(TAIL)}) OVER (PARTITION BY art ORDER BY rank
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ev_start
        FROM bulk_base b ORDER BY b.i"""
    )
    con.execute(
        """CREATE OR REPLACE TEMP VIEW bulk_offsets AS
        SELECT b.*, s.ev_start FROM bulk_base b JOIN bulk_start s ON s.i = b.i"""
    )

    def actor(who: str) -> str:
        return _obj(
            [
                ("text", "s", f"{who}_name"),
                ("name", "s", f"{who}_name"),
                ("country", "s", "iso3"),
                ("sector", "s", f"{who}_sector"),
                ("acled_inter", "n", f"{who}_inter"),
            ]
        )

    evidence = _obj([("sentence", "s", "sentence"), ("start", "n", "ev_start"), ("end", "n", "ev_end")])
    evidence_json = "evidence_json"
    location = _obj(
        [
            ("text", "s", "place"),
            ("name", "s", "place"),
            ("country", "s", "iso3"),
            *[(k, "j", "'null'") for k in ("admin1", "admin2", "admin3")],
            ("lat", "n", "lat"),
            ("lon", "n", "lon"),
            ("geonames_id", "j", "'null'"),
            ("precision", "j", "'\"point\"'"),
            ("geo_precision", "j", "'null'"),
        ]
    )
    fatalities = _obj(
        [
            ("killed", "n", "killed"),
            *[(k, "j", "'null'") for k in ("killed_low", "killed_high", "civilians_killed", "injured", "arrested")],
            ("qualifier", "s", "CASE WHEN killed IS NOT NULL THEN 'exact' END"),
            ("text", "j", "'null'"),
        ]
    )
    common: list[tuple[str, str, str]] = [
        ("event_id", "s", "event_id"),
        ("article_id", "s", "article_id"),
        ("salience_rank", "n", "rank"),
        ("plover_event", "s", "plover"),
        ("plover_mode", "j", "'null'"),
        ("cameo_root", "j", "'null'"),
        ("acled_event_type", "s", "acled"),
        ("acled_sub_event_type", "s", "sub"),
        ("non_acled_type", "s", "CASE WHEN acled IS NULL THEN 'Ceasefire' END"),
        ("actor1", "j", actor("a1")),
        ("actor2", "j", actor("a2")),
        ("other_actors", "j", "'[]'"),
        ("date", "s", "day_iso"),
        ("date_precision", "j", "'\"day\"'"),
        ("date_text", "s", "date_text"),
        ("location", "j", location),
        ("fatalities", "j", fatalities),
        ("evidence", "j", evidence_json),
        ("confidence", "n", "confidence"),
        ("modality", "j", "'\"asserted\"'"),
        ("trigger", "s", "trigger_word"),
        ("duplicate_of", "j", "'null'"),
    ]
    tail: list[tuple[str, str, str]] = [
        ("date_anchor", "j", "'null'"),
        ("schema_version", "j", f"'\"{SCHEMA_VERSION}\"'"),
    ]
    report = _obj(
        [
            ("event_id", "s", "event_id"),
            ("article_id", "s", "article_id"),
            ("source", "j", "'\"synthetic\"'"),
            ("title", "s", "title"),
            ("published", "s", "published_iso"),
            ("date", "s", "day_iso"),
            ("date_anchor", "j", "'null'"),
            ("killed", "n", "killed"),
            ("evidence", "j", evidence_json),
            ("reported_late_days", "j", "'null'"),
        ]
    )
    fused = [
        ("date_end", "j", "'null'"),
        ("fused_id", "s", "fused_id"),
        ("lead_event_id", "s", "event_id"),
        *[(k, "j", "'1'") for k in ("report_count", "article_count", "source_count")],
        ("first_reported", "s", "published_iso"),
        ("last_reported", "s", "published_iso"),
        ("conflicts", "j", "'[]'"),
        ("reports", "j", f"'[' || {report} || ']'"),
    ]
    con.execute(
        """CREATE OR REPLACE TEMP VIEW bulk_fields AS
        SELECT o.*, 'Made-up report ' || art AS title, 'f' || event_id AS fused_id,
            strftime(day, '%Y-%m-%d') AS day_iso, strftime(published, '%Y-%m-%d') AS published_iso,
            strftime(day, '%d %B %Y') AS date_text, ev_start + length(sentence) AS ev_end,
            split_part(verb, ' ', 1) AS trigger_word
        FROM bulk_offsets o"""
    )
    # the fields both records share are written once (an object not closed yet), then each adds its own
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW bulk_shared AS
        SELECT *, {evidence} AS evidence_json FROM bulk_fields"""
    )
    con.execute(
        f"CREATE OR REPLACE TEMP VIEW bulk_shared2 AS SELECT *, {_obj(common, close=False)} AS shared FROM bulk_shared"
    )
    tail_sql = _obj(tail, close=False, first=False)
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW bulk_records AS
        SELECT *, concat(shared, ',"mentions":[]', {tail_sql}, '}}') AS record,
            concat(shared, {tail_sql}, {_obj(fused, first=False)}) AS fused_record
        FROM bulk_shared2"""
    )
    event_values = {
        "event_id": "event_id",
        "article_id": "article_id",
        "content_hash": "md5(article_id)",
        "salience_rank": "rank",
        "plover_event": "plover",
        "acled_event_type": "acled",
        "acled_sub_event_type": "sub",
        "non_acled_type": "CASE WHEN acled IS NULL THEN 'Ceasefire' END",
        "actor1_name": "a1_name",
        "actor1_text": "a1_name",
        "actor2_name": "a2_name",
        "actor2_text": "a2_name",
        "event_date": "day",
        "date_precision": "'day'",
        "date_text": "date_text",
        "location_name": "place",
        "location_text": "place",
        "country": "iso3",
        "lat": "lat",
        "lon": "lon",
        "location_precision": "'point'",
        "killed": "killed",
        "fatalities_qualifier": "CASE WHEN killed IS NOT NULL THEN 'exact' END",
        "evidence": "sentence",
        "evidence_start": "ev_start",
        "evidence_end": "ev_end",
        "confidence": "confidence",
        "modality": "'asserted'",
        "trigger_word": "trigger_word",
        "schema_version": f"'{SCHEMA_VERSION}'",
        "record": "record",
        "published": "published",
        "title": "title",
        "fused_id": "fused_id",
    }
    cols = ", ".join(f"{event_values.get(c, 'NULL')} AS {c}" for c in EVENT_COLUMNS)
    con.execute(f"CREATE OR REPLACE TEMP VIEW bulk_events AS SELECT {cols} FROM bulk_records")
    fused_values = dict(event_values)
    fused_values.update(
        {
            "created_at": "CAST(published AS TIMESTAMP)",
            "report_count": "1",
            "source_count": "1",
            "first_reported": "published",
            "last_reported": "published",
            "conflicts": "''",
            "record": "fused_record",
        }
    )
    cols = ", ".join(f"{fused_values.get(c, 'NULL')} AS {c}" for c in ("fused_id", "created_at", *FUSED_COLUMNS))
    con.execute(f"CREATE OR REPLACE TEMP VIEW bulk_fused_events AS SELECT {cols} FROM bulk_records")
    article_values = {
        "content_hash": "md5(article_id)",
        "id": "article_id",
        "published": "published",
        "title": "'Made-up report ' || art",
        "url": "NULL",
        "source": "'synthetic'",
        "text": f"{lead} || string_agg(sentence || '{TAIL}', '' ORDER BY rank)",
        "origin": "'synthetic'",
        "is_current": "TRUE",
        "ingested_at": "CAST(published AS TIMESTAMP)",
    }
    cols = ", ".join(f"{article_values[c]} AS {c}" for c in ARTICLE_COLUMNS)
    con.execute(
        f"CREATE OR REPLACE TEMP VIEW bulk_articles AS SELECT {cols}, FALSE AS stale FROM bulk_base "
        "GROUP BY art, article_id, published"
    )
    _derived(con, "bulk_events")


def _derived(con: duckdb.DuckDBPyConnection, events: str) -> None:
    """Views ``bulk_actors`` and ``bulk_places``: the rows an ingest writes for each event, from ``events``' own
    columns (the actor's sector and ACLED inter code from the word list, by name)."""
    # one pass over the events, each joined to its two roles (two SELECTs over the same view joined by UNION ALL
    # come out wrong in DuckDB 2.0.1: both halves give actor1's names)
    pick = "CASE r.role WHEN 'actor1' THEN e.actor1_{0} ELSE e.actor2_{0} END"
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW bulk_actors AS
        SELECT e.event_id, r.role, 0 AS position, {pick.format("text")} AS text, {pick.format("name")} AS name,
            e.country, x.sector, x.inter AS acled_inter
        FROM {events} e CROSS JOIN (VALUES ('actor1'), ('actor2')) r(role)
            JOIN bulk_actor x ON x.name = {pick.format("name")}"""
    )
    con.execute(
        "CREATE OR REPLACE TEMP VIEW bulk_places AS SELECT event_id, article_id, location_text AS text, "
        f"location_name AS name, lat, lon, country, admin1, location_precision AS precision, geonames_id FROM {events}"
    )


LOADS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("articles", "bulk_articles", (*ARTICLE_COLUMNS, "stale")),
    ("events", "bulk_events", EVENT_COLUMNS),
    ("fused_events", "bulk_fused_events", ("fused_id", "created_at", *FUSED_COLUMNS)),
    ("actors", "bulk_actors", ACTOR_COLUMNS),
    ("places", "bulk_places", PLACE_COLUMNS),
)


def bulk_load(url: str, n_events: int, *, seed: int = 1, source: str | None = None) -> dict[str, float]:
    """Create (or upgrade) the store at ``url`` and load ``n_events`` made-up events into it; the store must hold
    no events yet. ``source`` (PostgreSQL only): a DuckDB store that ``bulk_load`` filled, whose rows are copied
    rather than computed again. Returns the seconds each step took (``generate_and_insert``, ``indexes``,
    ``total``)."""
    t0 = time.perf_counter()
    store = open_store(url)
    store.close()
    postgres = is_postgres_url(url)
    seconds = _load_postgres(url, n_events, seed, source) if postgres else _load_duckdb(url, n_events, seed)
    seconds["total"] = time.perf_counter() - t0
    return seconds


def _load_duckdb(path: str, n_events: int, seed: int) -> dict[str, float]:
    con = duckdb.connect(path)
    con.execute("SET enable_progress_bar = false")
    try:
        t0 = time.perf_counter()
        _setup(con, n_events, seed)
        indexes = [
            (str(name), str(sql))
            for name, sql in con.execute(
                "SELECT index_name, sql FROM duckdb_indexes() WHERE table_name IN ('articles', 'events', "
                "'fused_events', 'actors', 'places') AND sql IS NOT NULL"
            ).fetchall()
        ]
        for name, _ in indexes:
            con.execute(f"DROP INDEX {name}")
        for table, view, columns in LOADS:
            con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM {view}")
        t1 = time.perf_counter()
        for _, sql in indexes:
            con.execute(sql)
        for fill in FILL:  # the daily counts of the fused events (migration 009), as the migration fills them
            con.execute(fill)
        con.execute(BUMP)
        con.execute("CHECKPOINT")
        return {"generate_and_insert": t1 - t0, "indexes": time.perf_counter() - t1}
    finally:
        con.close()


def _load_postgres(url: str, n_events: int, seed: int, source: str | None) -> dict[str, float]:
    import psycopg

    gen = duckdb.connect(source or ":memory:", read_only=source is not None)
    gen.execute("SET enable_progress_bar = false")
    t0 = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as pg:
        # lz4 compresses the JSON records several times faster than the default pglz (PostgreSQL 14 and later, when
        # built with it); the index builds after the load get more memory to sort in
        for setting in ("default_toast_compression = 'lz4'", "maintenance_work_mem = '512MB'"):
            with contextlib.suppress(psycopg.Error):
                pg.execute(f"SET {setting}")
        if source is None:
            _setup(gen, n_events, seed)
        else:  # the rows are there already: the "views" are the tables themselves
            for table, _, _ in LOADS:
                gen.execute(f"CREATE TEMP VIEW bulk_{table} AS SELECT * FROM {table}")
        indexes = pg.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname "
            "WHERE i.tablename IN ('articles', 'events', 'fused_events', 'actors', 'places') "
            "AND i.schemaname = current_schema() "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)"
        ).fetchall()
        for name, _ in indexes:
            pg.execute(f"DROP INDEX {name}")
        with tempfile.TemporaryDirectory(prefix="sitroom-bulk-") as tmp:
            for table, view, columns in LOADS:
                _copy(gen, pg, os.path.join(tmp, f"{table}.csv"), table, view, columns)
        t1 = time.perf_counter()
        for _, sql in indexes:
            pg.execute(sql)
        for fill in FILL:
            pg.execute(fill)
        pg.execute(BUMP)
        pg.execute("VACUUM ANALYZE")
    gen.close()
    return {"generate_and_insert": t1 - t0, "indexes": time.perf_counter() - t1}


def _copy(gen: duckdb.DuckDBPyConnection, pg: Any, fifo: str, table: str, view: str, columns: tuple[str, ...]) -> None:
    """DuckDB writes the view as CSV into a named pipe; PostgreSQL's COPY reads it as it comes."""
    os.mkfifo(fifo)
    cols = ", ".join(columns)
    failed: list[BaseException] = []

    def write() -> None:
        try:
            gen.execute(f"COPY (SELECT {cols} FROM {view}) TO '{fifo}' (FORMAT csv, HEADER false)")
        except BaseException as exc:  # reported by the reading side
            failed.append(exc)
            with open(fifo, "wb"):  # unblock the reader if it still waits for a writer
                pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    with pg.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN (FORMAT csv)") as copy, open(fifo, "rb") as f:
        while chunk := f.read(1 << 20):
            copy.write(chunk)
    writer.join()
    if failed:
        raise failed[0]
