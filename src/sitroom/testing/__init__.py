"""Helpers for testing code that uses sitroom, and for sitroom's own tests and benchmarks; not used by the product.

- ``synthetic_articles(n_events, seed=...)``: made-up articles with their events, deterministic, ready for a store
  (``sitroom.store.add_many``) without loading the NLP pipeline.
- ``TempPostgres``: a throwaway PostgreSQL server (Debian's ``postgresql`` binaries) on a free loopback port.
- ``live_server(store_url)``: ``sitroom serve`` in a subprocess, yielding its base URL once it answers.
- ``AsgiClient(app)``: a synchronous HTTP client of an app built by ``sitroom.api.create_app``, in this process
  (needs httpx, from the ``dev`` extras).
- ``free_port()``: a free TCP port on 127.0.0.1.
- ``FeedServer``: feeds and pages on 127.0.0.1, with slow hosts, failures and conditional GET (``sitroom watch``).
"""

from __future__ import annotations

from sitroom.testing.feeds import FeedServer
from sitroom.testing.live import AsgiClient, live_server
from sitroom.testing.pgtemp import TempPostgres, pg_bindir
from sitroom.testing.ports import free_port
from sitroom.testing.synthetic import synthetic_articles

__all__ = ["AsgiClient", "FeedServer", "TempPostgres", "free_port", "live_server", "pg_bindir", "synthetic_articles"]
