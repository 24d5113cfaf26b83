"""``sitroom watch`` under kill -9 (issue 13, item 1): every article stored exactly once.

A server on 127.0.0.1 serves an RSS feed whose entries link to pages, and a drop folder holds a JSONL file. One
clean ``sitroom watch --once`` into a DuckDB file is the reference. Then the same watch, on another store and
checkpoint, is SIGKILLed at seeded random points (after a random number of newly stored articles, plus a random
pause inside the next one: in a fetch, an extraction, a store transaction or a checkpoint write), several times in
a row, then run to completion. The store must hold exactly the reference's articles and events, no article twice.

The runs are forked by the runner of ``tests/test_reliability_kill.py`` (the model loaded once; the CLI's ``main``
in each child; one byte per stored article tells the runner when to kill).

Reproduce: ``pytest -s tests/test_watch_kill.py`` (set KILL_SEED to try other kill points).
"""

from __future__ import annotations

import json
import random
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitroom.store import open_store
from sitroom.store.base import EventQuery
from sitroom.testing.feeds import FeedServer, Route, page, rss
from tests.test_reliability_kill import SEED, Runner, corpus

pytestmark = pytest.mark.slow

N_FEED = 24  # entries of the feed, each a page
N_FOLDER = 8  # records of the JSONL file in the drop folder
KILLS = 3
MORE = "The report could not be independently verified, according to the agency that carried it."


@pytest.fixture(scope="module")
def runner() -> Iterator[Runner]:
    r = Runner()
    yield r
    r.close()


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[list[str], Path]]:
    """The feed's URL and the drop folder, and a scratch directory."""
    scratch = tmp_path_factory.mktemp("watchkill")
    records = corpus(N_FEED + N_FOLDER, seed=13)
    inbox = scratch / "inbox"
    inbox.mkdir()
    folder = [dict(r, id=f"f{i}") for i, r in enumerate(records[N_FEED:])]
    (inbox / "drop.jsonl").write_text("".join(json.dumps(r) + "\n" for r in folder), encoding="utf-8")
    with FeedServer() as server:
        items = []
        for i, record in enumerate(records[:N_FEED]):
            path = f"/news/{i}"
            server.routes[path] = Route(page(record["title"], [record["text"], MORE]), delay=0.02)
            day = record["published"]
            items.append({"title": record["title"], "link": server.url(path), "guid": f"e{i}", "pubDate": day})
        server.routes["/feed"] = Route(rss("Wire", items), "application/rss+xml", etag='"1"')
        yield [server.url("/feed"), str(inbox)], scratch


def _argv(sources: list[str], db: Path) -> list[str]:
    return ["watch", *sources, "--db", str(db), "--state", str(db) + ".state", "--once", "--delay", "0", "--quiet"]


def dump(db: Path, scratch: Path) -> dict[str, Any]:
    """Row counts, every event record, every article with its events, and the ids stored more than once."""
    copy = scratch / "dump.duckdb"
    shutil.copyfile(db, copy)
    wal = Path(str(db) + ".wal")
    if wal.exists():
        shutil.copyfile(wal, str(copy) + ".wal")
    import duckdb

    con = duckdb.connect(str(copy))
    try:
        twice = con.execute("SELECT id FROM articles GROUP BY id HAVING count(*) > 1").fetchall()
        ids = sorted(row[0] for row in con.execute("SELECT id FROM articles").fetchall())
    finally:
        con.close()
    store = open_store(str(copy))
    try:
        events = sorted(json.dumps(e, sort_keys=True, default=str) for e in store.events(EventQuery()))
        articles = [json.dumps(store.article(i), sort_keys=True, default=str) for i in ids]
        return {"counts": store.counts(), "events": events, "articles": articles, "ids": ids, "twice": twice}
    finally:
        store.close()
        for leftover in (copy, Path(str(copy) + ".wal")):
            leftover.unlink(missing_ok=True)


def test_watch_kill9_then_restart_stores_every_article_exactly_once(
    runner: Runner, sources: tuple[list[str], Path]
) -> None:
    urls, scratch = sources
    reference_db = scratch / "reference.duckdb"
    result = runner.run(_argv(urls, reference_db), scratch / "reference.err")
    assert result["exit"] == 0, (scratch / "reference.err").read_text()
    reference = dump(reference_db, scratch)
    total = N_FEED + N_FOLDER
    assert reference["counts"]["articles"] == total and not reference["twice"], reference["counts"]
    assert reference["counts"]["events"] > total // 2

    rng = random.Random(SEED)
    per_article = result["seconds"] / total
    db = scratch / "killed.duckdb"
    stored = 0
    at_kill = []
    for _ in range(KILLS):
        target = rng.randint(1, max(1, (total - stored) // 2))
        pause = rng.uniform(0, per_article)
        result = runner.run(_argv(urls, db), scratch / "killed.err", kill_after=target, pause=pause)
        assert result["exit"] == -signal.SIGKILL, (result, (scratch / "killed.err").read_text())
        stored = dump(db, scratch)["counts"]["articles"]
        at_kill.append(stored)
    result = runner.run(_argv(urls, db), scratch / "rerun.err")
    assert result["exit"] == 0, (scratch / "rerun.err").read_text()
    print(f"watch: articles stored at each kill: {at_kill} of {total}")
    assert all(0 < n < total for n in at_kill), at_kill

    found = dump(db, scratch)
    assert not found["twice"], found["twice"]
    assert found["ids"] == reference["ids"]
    assert found["counts"] == reference["counts"]
    assert found["articles"] == reference["articles"]
    assert found["events"] == reference["events"]
