"""The extraction pipeline, in one place: article in, ranked events out. (skeleton: the extraction owner fills it)

Steps, in order:  parse (spaCy)  ->  geoparse  ->  time expressions  ->  detect events  ->  actors  ->
date each event  ->  locate each event  ->  casualties  ->  rank.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sitroom.model import Article, Event, Toponym

__all__ = ["Pipeline"]


class Pipeline:
    """Runs every step over articles. ``nlp`` and ``geoparser`` may be handed in (tests pass small ones)."""

    def __init__(self, nlp: Any | None = None, geoparser: Any | None = None) -> None:
        from sitroom.geo import Geoparser
        from sitroom.nlp import load_nlp

        self.nlp = nlp if nlp is not None else load_nlp()
        self.geoparser = geoparser if geoparser is not None else Geoparser()

    def run_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[tuple[Article, list[Event]]]:
        """Events of each article, in input order, events in salience order (rank 0 first)."""
        for article in articles:
            yield article, []

    def extract(self, article: Article) -> list[Event]:
        return next(iter(self.run_many([article])))[1]

    def geoparse_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[tuple[Article, list[Toponym]]]:
        for article in articles:
            yield article, self.geoparser.parse(self.nlp(article.text))
