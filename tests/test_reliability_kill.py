"""Reliability of ingest under kill -9 and a lost database (issue 9, item 5).

A corpus of generated articles is ingested once, cleanly, into a DuckDB file: the reference. Then:

* kill -9: ``sitroom ingest`` of the same corpus is SIGKILLed at seeded random points (after a random number of
  newly stored articles, plus a random pause inside the next one), several times in a row on the same store, then
  run to completion; the store must hold exactly the reference's articles and events (ingest timestamps aside), on
  DuckDB and on PostgreSQL;
* PostgreSQL stopped mid-ingest (``pg_ctl stop -m immediate``): the ingest ends with one coded error line, exit 1
  and no traceback; PostgreSQL is started again, the ingest rerun completes, and nothing is lost.

Each ``sitroom ingest`` runs as a real process: a runner process loads the spaCy model and the gazetteer once, then
forks one child per run which runs the CLI's ``main(["ingest", ...])`` with that pipeline, so that a kill costs no
model load. The child reports each stored article to the runner (one byte on a pipe, from the ingest's
``on_article`` callback), which is how the runner knows when to kill it.

Reproduce: ``pytest -s tests/test_reliability_kill.py`` (set KILL_SEED to try other kill points).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from sitroom.store import open_store
from sitroom.store.base import EventQuery
from sitroom.testing.pgtemp import TempPostgres, pg_bindir

pytestmark = pytest.mark.slow

N_ARTICLES = 40
KILLS = 3  # kill points per backend
SEED = int(os.environ.get("KILL_SEED", "9"))

RUNNER = r"""
import json, os, random, select, signal, sys, time
import sitroom.cli as cli
from sitroom.core import Sitroom
from sitroom.model import Article
from sitroom.pipeline import Pipeline

PIPELINE = Pipeline()
list(PIPELINE.run_many([Article(id="warm", text="Police fired on protesters in Nairobi.")]))  # model, gazetteer
PROGRESS = None  # in a child: the pipe that gets one byte per article stored


class Preloaded(Sitroom):
    def __init__(self, db=None, *, pipeline=None, store=None, **options):
        super().__init__(db, pipeline=pipeline or PIPELINE, store=store, **options)

    def ingest(self, *args, **kwargs):
        report = kwargs.get("on_article")

        def stored(article, events):
            os.write(PROGRESS, b".")
            if report is not None:
                report(article, events)

        kwargs["on_article"] = stored
        return super().ingest(*args, **kwargs)


cli.Sitroom = Preloaded
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    command = json.loads(line)
    started = time.monotonic()
    progress_r, progress_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the ingest: the CLI's main, its standard error into a file
        os.close(progress_r)
        PROGRESS = progress_w
        err = os.open(command["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(err, 2)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        code = cli.main(command["argv"])
        sys.stderr.flush()
        os._exit(code)
    os.close(progress_w)
    print(json.dumps({"pid": pid}), flush=True)
    stored = 0
    kill_at = command.get("kill_after_articles")
    while True:  # count stored articles; SIGKILL once kill_at are stored, after a further random pause
        if kill_at is not None and stored >= kill_at:
            time.sleep(command["pause"])
            os.kill(pid, signal.SIGKILL)
            break
        if time.monotonic() - started > 300:  # a hung ingest: stop it, and the test fails on its exit status
            os.kill(pid, signal.SIGKILL)
            break
        ready, _, _ = select.select([progress_r], [], [], 1.0)
        if ready:
            chunk = os.read(progress_r, 4096)
            if not chunk:
                break  # the child is done
            stored += len(chunk)
    os.close(progress_r)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"exit": os.waitstatus_to_exitcode(status), "stored": stored,
                      "seconds": time.monotonic() - started}), flush=True)
"""

# a made-up wire: who did what where, with repeats so that deduplication has something to link
_WHO = ("Government forces", "Rebel fighters", "Police", "Militia members", "Protesters", "Unidentified gunmen")
_WHAT = ("shelled", "attacked", "clashed with", "fired on", "ambushed")
_WHERE = ("Kharkiv", "Khartoum", "Baku", "Nairobi", "Dhaka", "Aleppo", "Mosul", "Goma", "Colombo", "Lima")


def corpus(n: int, seed: int = 4) -> list[dict[str, str]]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        a, b = rng.sample(_WHO, 2)
        killed = rng.choice((0, 0, 2, 5, 11))
        day = f"2024-{1 + i % 9:02d}-{10 + i % 15:02d}"
        text = f"{a} {rng.choice(_WHAT)} {b.lower()} near {rng.choice(_WHERE)} on Monday"
        text += f", killing {killed} people." if killed else "."
        if rng.random() < 0.3:
            text += f" On Tuesday, protesters marched in {rng.choice(_WHERE)}."
        records.append({"id": f"k{i:03d}", "published": day, "title": f"Report {i}", "text": text})
    return records


class Runner:
    """The runner process: ``run`` forks one ``sitroom ingest`` child, optionally SIGKILLed after a delay."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
        env.pop("SITROOM_DEBUG", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", RUNNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        assert self._read() == {"ready": True}

    def _read(self) -> dict[str, Any]:
        stream: IO[str] | None = self.proc.stdout
        assert stream is not None
        line = stream.readline()
        assert line, f"the runner exited with {self.proc.poll()}"
        return json.loads(line)  # type: ignore[no-any-return]

    def start(self, argv: list[str], stderr: Path, kill_after: int | None = None, pause: float = 0.0) -> int:
        """Fork an ingest; with ``kill_after``, SIGKILL it ``pause`` seconds after that many articles are stored."""
        assert self.proc.stdin is not None
        command = {"argv": argv, "stderr": str(stderr), "kill_after_articles": kill_after, "pause": pause}
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return int(self._read()["pid"])

    def finish(self) -> dict[str, Any]:
        return self._read()

    def run(self, argv: list[str], stderr: Path, kill_after: int | None = None, pause: float = 0.0) -> dict[str, Any]:
        self.start(argv, stderr, kill_after, pause)
        return self.finish()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def runner() -> Iterator[Runner]:
    r = Runner()
    yield r
    r.close()


@pytest.fixture(scope="module")
def articles_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus(N_ARTICLES)), encoding="utf-8")
    return path


def dump(url: str) -> dict[str, Any]:
    """What a store holds, ingest timestamps aside: row counts, every event record, every article with its events."""
    store = open_store(url)
    try:
        events = sorted(json.dumps(e, sort_keys=True, default=str) for e in store.events(EventQuery()))
        articles = [store.article(r["id"]) for r in corpus(N_ARTICLES)]
        return {
            "counts": store.counts(),
            "events": events,
            "articles": [json.dumps(a, sort_keys=True, default=str) for a in articles],
        }
    finally:
        store.close()


@pytest.fixture(scope="module")
def reference(runner: Runner, articles_file: Path) -> dict[str, Any]:
    """One clean ingest of the corpus: its store's contents and how long it took."""
    db = articles_file.parent / "reference.duckdb"
    result = runner.run(["ingest", str(articles_file), "--db", str(db)], articles_file.parent / "reference.err")
    assert result["exit"] == 0, (articles_file.parent / "reference.err").read_text()
    contents = dump(str(db))
    assert contents["counts"]["articles"] == N_ARTICLES and contents["counts"]["events"] > N_ARTICLES // 2
    return {**contents, "seconds": result["seconds"]}


def stored_articles(url: str, scratch: Path) -> int:
    """Articles committed so far, read without disturbing the store (a DuckDB file is read from a copy)."""
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url, connect_timeout=5) as conn:
            exists = conn.execute("SELECT to_regclass('articles') IS NOT NULL").fetchone()
            if not exists or not exists[0]:
                return 0
            counted = conn.execute("SELECT count(*) FROM articles").fetchone()
            return int(counted[0]) if counted else 0
    if not os.path.exists(url):
        return 0
    copy = scratch / "peek.duckdb"
    for suffix in ("", ".wal"):
        if os.path.exists(url + suffix):
            shutil.copyfile(url + suffix, str(copy) + suffix)
        elif os.path.exists(str(copy) + suffix):
            os.remove(str(copy) + suffix)
    import duckdb

    con = duckdb.connect(str(copy))
    try:
        tables = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'").fetchone()
        found = con.execute("SELECT count(*) FROM articles").fetchone() if tables and tables[0] else (0,)
        return int(found[0]) if found else 0
    finally:
        con.close()


def kill_and_rerun(runner: Runner, url: str, corpus_path: Path, reference: dict[str, Any], scratch: Path) -> list[int]:
    """SIGKILL the ingest KILLS times at seeded random points, then let it finish; articles stored at each kill.

    A kill point is a number of newly stored articles (up to half of those left) plus a pause of up to half an
    article's time, so that the kill falls anywhere in the next article's parse, extraction or transaction."""
    rng = random.Random(SEED)
    per_article = reference["seconds"] / N_ARTICLES
    argv = ["ingest", str(corpus_path), "--db", url, "--quiet"]
    at_kill: list[int] = []
    done = 0
    for _ in range(KILLS):
        target = rng.randint(1, max(1, (N_ARTICLES - done) // 2))
        result = runner.run(argv, scratch / "killed.err", kill_after=target, pause=rng.uniform(0, per_article / 2))
        assert result["exit"] == -signal.SIGKILL, (result, (scratch / "killed.err").read_text())
        done = stored_articles(url, scratch)
        at_kill.append(done)
    result = runner.run(argv, scratch / "rerun.err")
    assert result["exit"] == 0, (scratch / "rerun.err").read_text()
    return at_kill


def _assert_same(found: dict[str, Any], reference: dict[str, Any]) -> None:
    assert found["counts"] == reference["counts"]
    assert found["articles"] == reference["articles"]
    assert found["events"] == reference["events"]


def test_reliability_kill9_during_ingest_duckdb(
    runner: Runner, articles_file: Path, reference: dict[str, Any], tmp_path: Path
) -> None:
    url = str(tmp_path / "killed.duckdb")
    at_kill = kill_and_rerun(runner, url, articles_file, reference, tmp_path)
    print(f"duckdb: articles stored at each kill: {at_kill} of {N_ARTICLES}")
    assert all(0 < n < N_ARTICLES for n in at_kill), at_kill
    _assert_same(dump(url), reference)


@pytest.mark.postgres
def test_reliability_kill9_during_ingest_postgres(
    runner: Runner, articles_file: Path, reference: dict[str, Any], fresh_postgres_url: str, tmp_path: Path
) -> None:
    at_kill = kill_and_rerun(runner, fresh_postgres_url, articles_file, reference, tmp_path)
    print(f"postgres: articles stored at each kill: {at_kill} of {N_ARTICLES}")
    assert all(0 < n < N_ARTICLES for n in at_kill), at_kill
    _assert_same(dump(fresh_postgres_url), reference)


# -- PostgreSQL stopped under a running ingest --------------------------------------------------------------------


def _pg_ctl(server: TempPostgres, *args: str) -> None:
    argv = [os.path.join(server.bindir, "pg_ctl"), "-D", os.path.join(server.root, "data"), *args]
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--", *argv]
    subprocess.run(argv, check=True, capture_output=True, timeout=120)


def _pg_start(server: TempPostgres) -> None:
    sock = os.path.join(server.root, "sock")
    opts = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {sock} -c fsync=off -c max_connections=50"
    _pg_ctl(server, "-l", os.path.join(server.root, "log"), "-o", opts, "-w", "start")


@pytest.mark.postgres
def test_reliability_postgres_stopped_mid_ingest_then_rerun(
    runner: Runner, articles_file: Path, reference: dict[str, Any], tmp_path: Path
) -> None:
    if pg_bindir() is None:
        pytest.skip("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)")
    with TempPostgres("sitroom_stop") as server:
        err = tmp_path / "stopped.err"
        argv = ["ingest", str(articles_file), "--db", server.url]
        runner.start(argv, err)
        deadline = time.monotonic() + 120
        while stored_articles(server.url, tmp_path) < N_ARTICLES // 4:
            assert time.monotonic() < deadline, "the ingest stored nothing in 120 s"
            time.sleep(0.05)
        _pg_ctl(server, "-m", "immediate", "-w", "stop")
        stopped_at = time.monotonic()
        result = runner.finish()
        waited = time.monotonic() - stopped_at
        lines = err.read_text(encoding="utf-8").splitlines()
        print(f"postgres stopped: the ingest ended {waited:.1f} s later with {result['exit']}: {lines}")
        assert result["exit"] == 1, lines
        assert len(lines) == 1 and re.fullmatch(r"sitroom: error: .+ \[E0\d\d\]", lines[0]), lines
        assert "Traceback" not in lines[0] and "internal error" not in lines[0]

        _pg_start(server)
        try:
            result = runner.run(argv, tmp_path / "rerun.err")
            assert result["exit"] == 0, (tmp_path / "rerun.err").read_text()
            _assert_same(dump(server.url), reference)
        finally:
            _pg_ctl(server, "-m", "immediate", "-w", "stop")  # its files go next: no need to stop it gently


@pytest.mark.postgres
def test_reliability_store_issue9_postgres_connection_lost_at_commit_is_e020(fresh_postgres_url: str) -> None:
    """The server drops the connection inside a write: the failing COMMIT is a StoreError, not a raw psycopg one."""
    import psycopg

    from sitroom.errors import StoreError
    from sitroom.store.postgres import PostgresStore

    store = open_store(fresh_postgres_url)
    assert isinstance(store, PostgresStore)
    try:
        with pytest.raises(StoreError) as caught, store._transaction() as conn:
            backend = conn.execute("SELECT pg_backend_pid()").fetchone()
            with psycopg.connect(fresh_postgres_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", backend)
        assert caught.value.code == "E020"
    finally:
        store.close()
