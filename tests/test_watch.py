"""``sitroom watch`` (issue 13, item 1) against a web server on 127.0.0.1 started by the test: feeds and pages,
conditional GET, broken feeds, slow hosts, failures and 404s, a drop folder, the checkpoint and the CLI."""

from __future__ import annotations

import io
import itertools
import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from sitroom.core import Sitroom
from sitroom.errors import UsageError
from sitroom.testing.feeds import FeedServer, Route, atom, page, rss
from sitroom.watch import Checkpoint, HttpFetcher, Watcher, WatchStatus

pytestmark = pytest.mark.slow

GOMA = [
    "Rebels attacked a village near Goma on Monday, killing 12 people, officials said. The army sent reinforcements.",
    "Residents fled the area as fighting continued into the night, according to witnesses who spoke to reporters.",
]
NAIROBI = [
    "Police fired tear gas at protesters in Nairobi on Wednesday and arrested 40 people, witnesses said.",
    "The protesters had marched on parliament against a new tax on fuel, the third such march this month.",
]
KHARKIV = [
    "Russian forces shelled Kharkiv on Tuesday, killing three civilians and wounding seven, the governor said.",
    "The shells hit a market and an apartment block in the north of the city early in the morning.",
]
CRAWLED = "Thu, 24 Nov 2022 02:00:00 GMT"  # the feeds' own date: late on Wednesday 23 November in New York


@pytest.fixture(scope="module")
def pipeline(nlp: Any, geoparser: Any) -> Any:
    from sitroom.pipeline import Pipeline

    return Pipeline(nlp=nlp, geoparser=geoparser)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


class Rig:
    """A watcher on a fresh DuckDB store, its status written to a string."""

    def __init__(self, tmp_path: Path, pipeline: Any, sources: list[str], db: str | None = None, **fetch: Any) -> None:
        self.core = Sitroom(db or str(tmp_path / "w.duckdb"), pipeline=pipeline)
        self.out = io.StringIO()
        self.status = WatchStatus("watch", stream=self.out)
        self.state = tmp_path / "w.watch.json"
        options = {"timeout": 5.0, "retries": 2, "backoff": 0.05, "delay": 0.0, **fetch}
        self.watcher = Watcher(self.core, sources, Checkpoint(self.state), HttpFetcher(**options), self.status)

    def poll(self) -> str:
        self.watcher.poll()
        self.status.polled(None)
        text = self.out.getvalue()
        self.out.seek(0)
        self.out.truncate()
        return text

    def article(self, article_id: str) -> dict[str, Any] | None:
        return self.core.store.article(article_id)

    def articles(self) -> int:
        return self.core.store.counts()["articles"]


def test_watch_feeds_and_pages_then_conditional_get(server: FeedServer, tmp_path: Path, pipeline: Any) -> None:
    server.routes["/goma"] = Route(page("Clashes near Goma", GOMA))
    server.routes["/nairobi"] = Route(page("Protest in Nairobi", NAIROBI))
    server.routes["/kharkiv"] = Route(page("Shelling in Kharkiv", KHARKIV))
    server.routes["/rss"] = Route(
        rss(
            "Wire",
            [
                {"title": "Clashes", "link": server.url("/goma"), "guid": "goma-1", "pubDate": "Wed Nov 23"},
                {"title": "Protest", "link": server.url("/nairobi"), "pubDate": "9:58 PM ET"},
            ],
            updated=CRAWLED,
        ),
        "application/rss+xml",
        etag='"rss-1"',
    )
    entry = {"id": "k-1", "title": "Shelling", "link": server.url("/kharkiv"), "published": "2022-11-22T23:30:00-05:00"}
    server.routes["/atom"] = Route(
        atom("Atom", [entry], updated="2022-11-23T08:00:00Z"),
        "application/atom+xml",
        last_modified="Wed, 23 Nov 2022 08:00:00 GMT",
    )
    server.routes["/page"] = Route(page("A page", GOMA[:1] + NAIROBI[1:], published="2022-11-20"))
    rig = Rig(tmp_path, pipeline, [server.url(p) for p in ("/rss", "/atom", "/page")])

    status = rig.poll()
    assert status.strip() == "watch: poll 1, 4 articles read, " + status.split(", 4 articles read, ")[1].strip()
    assert rig.articles() == 4
    goma = rig.article("goma-1")
    assert goma is not None and goma["published"] == "2022-11-23" and GOMA[1] in goma["text"]
    assert "Copyright" not in goma["text"] and "Home" not in goma["text"]  # the article, not the page around it
    nairobi = rig.article(server.url("/nairobi"))  # no guid: the link is the key
    assert nairobi is not None and nairobi["published"] == "2022-11-22"  # 9:58 PM ET had not come yet in New York
    kharkiv = rig.article("k-1")
    assert kharkiv is not None and kharkiv["published"] == "2022-11-22"  # the date as written, in its own zone
    assert kharkiv["events"], kharkiv
    web = rig.article(server.url("/page"))
    assert web is not None and web["published"] == "2022-11-20"

    status = rig.poll()
    assert rig.articles() == 4
    assert "poll 2, 4 articles read" in status and "2 sources unchanged" in status, status  # totals so far
    rss_hits, atom_hits = server.requests("/rss"), server.requests("/atom")
    assert [h.status for h in rss_hits] == [200, 304] and rss_hits[1].headers["if-none-match"] == '"rss-1"'
    assert [h.status for h in atom_hits] == [200, 304]
    assert atom_hits[1].headers["if-modified-since"] == "Wed, 23 Nov 2022 08:00:00 GMT"
    assert len(server.requests("/goma")) == 1  # a finished entry's page is not fetched again


def test_watch_broken_feeds_slow_hosts_and_404s(server: FeedServer, tmp_path: Path, pipeline: Any) -> None:
    server.routes["/garbage"] = Route(b"this is not a feed {", "application/xml")
    server.routes["/sloppy"] = Route(  # an unescaped ampersand: a broken feed that still has its entry
        rss("Sloppy", [{"title": "Tom & Jerry", "guid": "s-1", "pubDate": "n/a", "description": " ".join(KHARKIV)}]),
        "application/rss+xml",
    )
    server.routes["/slow"] = Route(page("Slow", GOMA), delay=1.5)
    server.routes["/flaky"] = Route(page("Flaky", NAIROBI), fail_first=2)
    items = [
        {"title": "Slow", "link": server.url("/slow"), "guid": "slow", "pubDate": "Wed, 23 Nov 2022 07:58:00 GMT"},
        {"title": "Flaky", "link": server.url("/flaky"), "guid": "flaky", "pubDate": "Wed, 23 Nov 2022 08:00:00 GMT"},
        {"title": "Gone", "link": server.url("/gone"), "guid": "gone", "description": " ".join(KHARKIV)},
        {"title": "Gone too", "link": server.url("/gone-too"), "guid": "gone-too"},
    ]
    server.routes["/rss"] = Route(rss("Wire", items, updated=CRAWLED), "application/rss+xml", etag='"v1"')
    sources = [server.url(p) for p in ("/missing", "/garbage", "/sloppy", "/rss")]
    rig = Rig(tmp_path, pipeline, sources, timeout=0.5, retries=2, delay=0.2)

    status = rig.poll()
    lines = status.splitlines()
    assert any(f"cannot fetch {server.url('/missing')}: HTTP 404" in line and "[E040]" in line for line in lines)
    assert any(f"{server.url('/garbage')} is neither a feed nor a web page" in line for line in lines), status
    assert any("/slow: timed out (3 tries) [E040]" in line for line in lines), status
    assert any("warning" in line and "/gone: HTTP 404" in line for line in lines), status
    assert any("warning" in line and "publication date 'n/a' cannot be read" in line for line in lines), status
    assert len(server.requests("/missing")) == 1  # a 404 is not retried
    assert [h.status for h in server.requests("/flaky")] == [503, 503, 200]  # retried after a back-off
    assert rig.article("flaky") is not None
    sloppy = rig.article("s-1")
    assert sloppy is not None and sloppy["published"] is None and KHARKIV[0] in sloppy["text"]
    gone = rig.article("gone")
    assert gone is not None and gone["text"] == " ".join(KHARKIV)  # the entry's own text
    assert rig.article("slow") is None  # timed out: tried again next time
    assert [r["code"] for r in rig.core.store.rejections()] == ["E040"]  # /gone-too: no page and no text of its own
    hits = sorted(h.at for h in server.hits if h.path in ("/slow", "/flaky", "/gone", "/gone-too", "/rss"))
    assert all(b - a >= 0.19 for a, b in itertools.pairwise(hits)), hits  # the per-host delay

    server.routes["/slow"].delay = 0.0
    status = rig.poll()
    assert rig.article("slow") is not None, status
    assert [h.status for h in server.requests("/rss")] == [200, 200]  # not finished last time: no validators kept
    rig.poll()
    assert server.requests("/rss")[-1].status == 304
    assert rig.articles() == 4 and len(server.requests("/gone-too")) == 1


def test_watch_drop_folder(tmp_path: Path, pipeline: Any) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = inbox / "a.jsonl"
    first.write_text(json.dumps({"id": "d1", "published": "Wed Nov 23", "text": " ".join(GOMA)}) + "\n")
    dropped = datetime(2022, 11, 24, 9, 0, tzinfo=UTC).timestamp()
    os.utime(first, (dropped, dropped))
    (inbox / ".partial.jsonl").write_text("{")  # hidden: being written
    rig = Rig(tmp_path, pipeline, [str(inbox)])
    rig.poll()
    d1 = rig.article("d1")
    assert d1 is not None and d1["published"] == date(2022, 11, 23).isoformat()  # the year from the file's date
    rig.poll()
    assert rig.articles() == 1
    (inbox / "b.txt").write_text("date 2022-11-25\n" + " ".join(NAIROBI))
    rig.poll()
    assert rig.article("b") is not None and rig.articles() == 2


def test_watch_checkpoint_written_whole_and_a_broken_one_is_e042(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    checkpoint = Checkpoint(path)
    checkpoint.mark_done("http://a.test/feed", "k1")
    checkpoint.set_validators("http://a.test/feed", '"e"', None)
    assert Checkpoint(path).is_done("http://a.test/feed", "k1")
    assert Checkpoint(path).validators("http://a.test/feed") == {"If-None-Match": '"e"'}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no temporary file left behind
    path.write_text('{"version": 1, "sources": {"x": {"done": ')
    with pytest.raises(UsageError) as err:
        Checkpoint(path)
    assert err.value.code == "E042" and str(path) in err.value.reason


def test_watch_cli_once(server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sitroom.cli import main

    server.routes["/goma"] = Route(page("Clashes near Goma", GOMA))
    feed = rss("Wire", [{"title": "Clashes", "link": server.url("/goma"), "pubDate": "Wed, 23 Nov 2022 07:58 GMT"}])
    server.routes["/rss"] = Route(feed, "application/rss+xml")
    db = str(tmp_path / "cli.duckdb")
    assert main(["watch", "not-a-source", "--db", db, "--once"]) == 1
    assert "[E030]" in capsys.readouterr().err
    assert main(["watch", server.url("/rss"), "--db", db, "--once", "--delay", "0"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("watch: poll 1, 1 articles read,"), err
    assert Path(db + ".watch.json").exists()


def test_watch_stored_but_not_checkpointed_is_not_stored_again(
    server: FeedServer, tmp_path: Path, pipeline: Any, store_url: str
) -> None:
    """The window a kill can hit: an article committed, its checkpoint not yet written. The next run finds it in
    the store (a feed entry by id, a page or a dropped record by content hash) and stores nothing twice."""
    server.routes["/goma"] = Route(page("Clashes near Goma", GOMA))
    feed = rss("Wire", [{"title": "Clashes", "link": server.url("/goma"), "guid": "g1", "pubDate": CRAWLED}])
    server.routes["/rss"] = Route(feed, "application/rss+xml", etag='"1"')
    server.routes["/page"] = Route(page("Protest in Nairobi", NAIROBI))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text(json.dumps({"id": "d1", "published": "2022-11-23", "text": " ".join(KHARKIV)}))
    sources = [server.url("/rss"), server.url("/page"), str(inbox)]
    rig = Rig(tmp_path, pipeline, sources, db=store_url)  # on DuckDB and on PostgreSQL
    rig.poll()
    assert rig.articles() == 3
    rig.state.unlink()  # as if every checkpoint write had been lost to a kill
    again = Watcher(rig.core, sources, Checkpoint(rig.state), HttpFetcher(delay=0.0), rig.status)
    again.poll()
    assert rig.articles() == 3
    assert rig.status.skipped == 3, rig.out.getvalue()
    assert len(server.requests("/goma")) == 1  # the entry was known from the store: its page not fetched again
    rig.core.close()


def test_watch_polls_again_every_interval(server: FeedServer, tmp_path: Path, pipeline: Any) -> None:
    server.routes["/rss"] = Route(rss("Wire", []), "application/rss+xml", etag='"0"')
    rig = Rig(tmp_path, pipeline, [server.url("/rss")])
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3:
            raise KeyboardInterrupt  # the user's Ctrl-C, while waiting

    with pytest.raises(KeyboardInterrupt):
        rig.watcher.run(interval=30.0, sleep=sleep)
    assert len(waits) == 3 and all(25.0 < w <= 30.0 for w in waits), waits
    assert [h.status for h in server.requests("/rss")] == [200, 304, 304]
    lines = rig.out.getvalue().splitlines()
    assert lines[0].startswith("watch: poll 1, 0 articles read") and lines[0].endswith("; next poll in 30 s"), lines
    assert len(lines) == 3 and lines[2].startswith("watch: poll 3"), lines


def test_watch_sources_a_page_read_again_gives_its_article_again() -> None:
    """trafilatura's ``deduplicate`` remembers text across calls: a page read again (a restart, a page watched for
    changes) would come out empty and be reported as no article. It is not used."""
    from sitroom.watch.sources import page_article

    body = page("Clashes near Goma", GOMA)
    crawl = datetime(2022, 11, 24, tzinfo=UTC)
    texts = [getattr(page_article(body, "http://news.test/goma", crawl), "text", None) for _ in range(5)]
    assert texts[0] is not None and texts == texts[:1] * 5, texts
