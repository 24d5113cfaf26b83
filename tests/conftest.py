"""Shared fixtures: the spaCy model and the geoparser (loaded once per session), and a real PostgreSQL server for
the tests marked ``postgres``.

The session fixture ``postgres_url`` starts Debian's PostgreSQL (``apt-get install postgresql``; binaries under
/usr/lib/postgresql/*/bin) in a temporary directory on a free loopback port, as the ``postgres`` user when run as
root (PostgreSQL refuses to run as root), creates a database and yields its URL; the server stops at the end of the
session. Without the binaries the tests that need it are skipped, saying why.

``store_url`` is an empty store's URL on each backend (a new database per test on PostgreSQL, for the tests that
migrate or reopen it); ``store`` an opened, migrated, empty store on each backend, made cheaply: a copy of a DuckDB
file migrated once, or the one migrated PostgreSQL database of the session, emptied.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from sitroom.geo import Geoparser
from sitroom.nlp import load_nlp
from sitroom.store import open_store
from sitroom.store.base import Store
from sitroom.testing.pgtemp import TempPostgres, pg_bindir


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The English spaCy model sitroom uses."""
    return load_nlp()


@pytest.fixture(scope="session")
def geoparser() -> Geoparser:
    return Geoparser()


PG_SKIP = "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a fresh database on a PostgreSQL server that lives for the test session."""
    if pg_bindir() is None:
        pytest.skip(PG_SKIP)
    with TempPostgres("sitroom_test") as server:
        yield server.url


_db_counter = 0


@pytest.fixture
def fresh_postgres_url(postgres_url: str) -> Iterator[str]:
    """A new, empty database on the session's server, dropped after the test."""
    import psycopg
    from psycopg import sql

    global _db_counter
    _db_counter += 1
    name = f"sitroom_t{os.getpid()}_{_db_counter}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield postgres_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> str:
    """An empty store's URL, once for each backend: a DuckDB file, then a fresh PostgreSQL database."""
    if request.param == "duckdb":
        return os.path.join(os.fspath(tmp_path), "test.duckdb")
    url: str = request.getfixturevalue("fresh_postgres_url")
    return url


@pytest.fixture(scope="session")
def migrated_duckdb(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A DuckDB file holding an empty store with every migration run: copied, it spares a test the migrations."""
    path = os.path.join(os.fspath(tmp_path_factory.mktemp("migrated")), "template.duckdb")
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def migrated_postgres(postgres_url: str) -> str:
    """The URL of a database on the session's server holding a store with every migration run, which the
    ``store`` fixture empties before each test (a new database a test costs more than its test, here)."""
    import psycopg
    from psycopg import sql

    name = f"sitroom_store_{os.getpid()}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = postgres_url.rsplit("/", 1)[0] + "/" + name
    open_store(url).close()
    return url


def _emptied(url: str) -> str:
    """``url``'s store with every table emptied but the migrations' record (``schema_version``); no other session is
    left connected to it."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as con:
        # what an earlier test left connected goes, as DROP DATABASE ... WITH (FORCE) would have made it go
        con.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        tables = [
            str(r[0])
            for r in con.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_version'"
            )
        ]
        con.execute(
            sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(sql.SQL(", ").join(map(sql.Identifier, tables)))
        )
    return url


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> Iterator[Store]:
    """An empty store (migrated), once for each backend, closed after the test: a copy of ``migrated_duckdb``, then
    ``migrated_postgres`` emptied."""
    if request.param == "duckdb":
        path = os.path.join(os.fspath(tmp_path), "test.duckdb")
        shutil.copyfile(request.getfixturevalue("migrated_duckdb"), path)
        s = open_store(path)
        yield s
        s.close()
        return
    s = open_store(_emptied(request.getfixturevalue("migrated_postgres")))
    yield s
    s.close()
