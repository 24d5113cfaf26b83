"""The watch loop: poll every source, store each new article exactly once, remember where it stopped.

Sources are URLs (a feed or a web page, told apart by what they answer) and drop folders. Each poll:

- a URL is fetched with the validators of its last answer read through (conditional GET); a 304 means nothing new.
  A feed's entries not finished yet are each fetched (their linked page; its article text by trafilatura, else the
  entry's own text), extracted and stored, one transaction each. A page is one article, a new version when its
  text changes. The validators are saved only once every entry is finished, so that an entry that failed for a
  passing reason (a timeout, a 503) is tried again on the next poll;
- a drop folder's files (the readers' formats, hidden ones skipped) are read once each (a file is known by its path,
  size and modification time); a file's modification time is its crawl date (the reference of partial dates, and
  the date of a plain .txt without a date line).

Exactly once: an item is finished (its key written to the checkpoint, atomically) only after its article is
committed. A kill between the two leaves an item the checkpoint does not know; the next run finds its article in the
store (a feed entry by its id, which is the entry's key; a page or a file's record by its content hash) and only
marks it finished.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sitroom.errors import InputError, UsageError
from sitroom.model import Article, Rejection
from sitroom.readers import SUFFIXES, read_paths
from sitroom.watch.checkpoint import Checkpoint
from sitroom.watch.fetch import Fetcher, FetchError
from sitroom.watch.sources import Entry, Feed, SourceError, entry_article, page_article, parse_feed
from sitroom.watch.status import WatchStatus

if TYPE_CHECKING:
    from sitroom.core import Sitroom

__all__ = ["Watcher", "check_source", "is_url"]

Item = Article | Rejection


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def check_source(source: str) -> str:
    """``source`` if it is an http(s) URL or a directory; ``UsageError`` E030 otherwise."""
    if is_url(source) or Path(source).is_dir():
        return source
    raise UsageError("E030", param="SOURCE", detail=f"{source!r} is not an http(s) URL or a directory")


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Watcher:
    """Polls ``sources`` into ``core``'s store, through ``fetcher``, keeping its place in ``checkpoint``."""

    def __init__(
        self,
        core: Sitroom,
        sources: Sequence[str],
        checkpoint: Checkpoint,
        fetcher: Fetcher,
        status: WatchStatus,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.core = core
        self.sources = [check_source(s) for s in sources]
        self.checkpoint = checkpoint
        self.fetcher = fetcher
        self.status = status
        self.clock = clock

    def run(self, *, once: bool = False, interval: float = 300.0, sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll every source; with ``once`` stop there, else poll again every ``interval`` seconds, for ever."""
        while True:
            started = time.monotonic()
            self.poll()
            wait = None if once else max(0.0, interval - (time.monotonic() - started))
            self.status.polled(wait)
            if wait is None:
                return
            sleep(wait)

    def poll(self) -> None:
        """One pass over every source; a source that cannot be read is reported and the others go on."""
        self.status.begin_poll()
        for source in self.sources:
            try:
                if is_url(source):
                    self._poll_url(source)
                else:
                    self._poll_folder(source)
            except (FetchError, SourceError) as exc:
                self.status.error(f"{exc.reason} [{exc.code}]")

    # -- URLs --------------------------------------------------------------------------------------------------
    def _poll_url(self, url: str) -> None:
        response = self.fetcher.get(url, self.checkpoint.validators(url))
        if response.not_modified:
            self.status.not_modified()
            return
        crawl = self.clock()
        feed = parse_feed(response.body, response.url, response.headers.get("content-type", ""))
        complete = self._page(url, response.body, response.url, crawl) if feed is None else self._feed(url, feed, crawl)
        if complete:
            self.checkpoint.set_validators(url, response.headers.get("etag"), response.headers.get("last-modified"))

    def _page(self, url: str, body: bytes, final_url: str, crawl: datetime) -> bool:
        try:
            article = page_article(body, final_url, crawl, article_id=url)
        except InputError as exc:
            self._store(url, f"rejected:{url}", Rejection(url, "", exc.reason, exc.code))
            return True
        if article is None:
            raise SourceError(url, "no article text found in the page")
        key = article.content_hash
        if not self.checkpoint.is_done(url, key):
            self._store(url, key, article)
        return True

    def _feed(self, url: str, feed: Feed, crawl: datetime) -> bool:
        complete = True
        for entry in feed.entries:
            if self.checkpoint.is_done(url, entry.key):
                continue
            if self.core.store.article(entry.key) is not None:  # stored by a run killed before its checkpoint
                self.status.skip()
                self.checkpoint.mark_done(url, entry.key)
                continue
            item = self._entry_item(url, entry, feed, crawl)
            if item is None:
                complete = False  # try again on the next poll
                continue
            self._store(url, entry.key, item)
        return complete

    def _entry_item(self, url: str, entry: Entry, feed: Feed, crawl: datetime) -> Item | None:
        """The entry's article, a rejection when it has none for good, or None when its page failed for now."""
        page = None
        if entry.link:
            try:
                page = self.fetcher.get(entry.link).body
            except FetchError as exc:
                if not exc.permanent:
                    self.status.error(f"{exc.reason} [{exc.code}]")
                    return None
                if not entry.summary:
                    return Rejection(entry.link, "", exc.reason, exc.code)
                self.status.warn(f"{exc.reason}: the entry's own text is stored [{exc.code}]")
        try:
            article = entry_article(entry, feed, url, crawl, page)
        except InputError as exc:
            return Rejection(entry.link or url, f"id {entry.key}", exc.reason, exc.code)
        if article is None:
            return Rejection(entry.link or url, f"id {entry.key}", "no article text in the page or the entry", "E005")
        return article

    # -- drop folders ------------------------------------------------------------------------------------------
    def _poll_folder(self, folder: str) -> None:
        root = Path(folder)
        files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        for path in files:
            relative = path.relative_to(root)
            if any(part.startswith(".") for part in relative.parts):
                continue
            try:
                stat = path.stat()
            except OSError:
                continue  # taken away meanwhile
            key = f"{relative.as_posix()}:{stat.st_size}:{stat.st_mtime_ns}"
            if self.checkpoint.is_done(folder, key):
                continue
            dropped = datetime.fromtimestamp(stat.st_mtime, UTC)
            self._ingest(read_paths([str(path)], published=date(dropped.year, dropped.month, dropped.day)))
            self.checkpoint.mark_done(folder, key)

    # -- storing -----------------------------------------------------------------------------------------------
    def _store(self, source: str, key: str, item: Item) -> None:
        self._ingest([item])
        self.checkpoint.mark_done(source, key)

    def _ingest(self, items: Iterable[Item]) -> None:
        """Store the articles not stored yet (by content hash), each in its own transaction; record rejections."""
        status = self.status

        def noticed() -> Iterator[Item]:
            for item in items:
                if isinstance(item, Article):
                    for notice in item.notices:
                        status.warn(notice.message(item.origin or item.id))
                yield item

        self.core.ingest(
            noticed(),
            on_reject=lambda r: status.reject(r.message()),
            on_article=lambda _a, n: status.article(n),
            on_skip=lambda _a: status.skip(),
        )
