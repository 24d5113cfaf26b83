"""What the dashboard tests in headless Chromium share: the browser, the marks that skip them without it, and a
``sitroom serve`` over a store each module fills its own way."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from sitroom.store import open_store
from sitroom.store.base import Store
from sitroom.testing.live import live_server

CHROMIUM = "/usr/bin/chromium"
BROWSER = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]


@contextmanager
def serve_filled(
    tmp_path_factory: pytest.TempPathFactory, name: str, fill: Callable[[Store], object], token: str | None = None
) -> Iterator[str]:
    """The base URL of ``sitroom serve`` (with ``token`` for writes) over a new DuckDB store that ``fill`` filled,
    in a temporary directory named after ``name``."""
    url = os.path.join(os.fspath(tmp_path_factory.mktemp(name)), "ui.duckdb")
    store = open_store(url)
    try:
        fill(store)
    finally:
        store.close()
    with live_server(url, token=token) as base:
        yield base
