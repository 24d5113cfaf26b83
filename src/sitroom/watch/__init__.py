"""``sitroom watch``: follow RSS and Atom feeds, web pages and drop folders into the store, politely, exactly once.

- :mod:`~sitroom.watch.fetch`: the ``Fetcher`` protocol and ``HttpFetcher`` (timeouts, retries with back-off,
  conditional GET, a delay between requests to one host);
- :mod:`~sitroom.watch.sources`: a feed (feedparser) or a page (trafilatura) into articles;
- :mod:`~sitroom.watch.checkpoint`: where the watch stopped, written atomically;
- :mod:`~sitroom.watch.watcher`: the loop (``Watcher``), and why every article is stored exactly once;
- :mod:`~sitroom.watch.status`: the status line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitroom.watch.checkpoint import Checkpoint
from sitroom.watch.fetch import Fetcher, FetchError, HttpFetcher, Response
from sitroom.watch.sources import SourceError
from sitroom.watch.status import WatchStatus
from sitroom.watch.watcher import Watcher, check_source, is_url

if TYPE_CHECKING:
    from sitroom.core import Sitroom

__all__ = [
    "Checkpoint",
    "FetchError",
    "Fetcher",
    "HttpFetcher",
    "Response",
    "SourceError",
    "WatchStatus",
    "Watcher",
    "check_source",
    "default_state",
    "is_url",
    "watch",
]


def default_state(db: str) -> str:
    """The checkpoint beside a DuckDB file (``events.duckdb.watch.json``); ``sitroom-watch.json`` in the current
    directory for a PostgreSQL store."""
    if "://" in db:
        return "sitroom-watch.json"
    return db + ".watch.json"


def watch(
    core: Sitroom,
    sources: list[str],
    *,
    state: str,
    fetcher: Fetcher,
    status: WatchStatus,
    once: bool = False,
    interval: float = 300.0,
) -> WatchStatus:
    """Run the watch of ``sources`` into ``core``'s store, keeping its place in the checkpoint file ``state``."""
    watcher = Watcher(core, sources, Checkpoint(state), fetcher, status)
    watcher.run(once=once, interval=interval)
    return status
