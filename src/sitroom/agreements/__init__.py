"""Agreements as first-class records: ceasefires, truces, peace deals and their extensions, each with its parties,
mediators, dates, terms and status over time, the reports that support it, and the breaches linked to it.

:func:`read_article` reads one article (:mod:`.read`); :func:`track_article` decides what it tells against what
is known (:mod:`.track`); :mod:`.violations` places and links breaches; :class:`AgreementBook` keeps the state in
memory, and :mod:`sitroom.store.agreements` keeps it in a store.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sitroom.agreements.lexicon import agreement_lexicon, find_actors
from sitroom.agreements.locate import gazetteer_locate
from sitroom.agreements.model import AgreementState, ArticleOutcome, Violation
from sitroom.agreements.read import read_article
from sitroom.agreements.track import track_article
from sitroom.agreements.violations import Locate, link_violation

__all__ = [
    "AgreementBook",
    "AgreementState",
    "ArticleOutcome",
    "Locate",
    "Violation",
    "agreement_lexicon",
    "find_actors",
    "gazetteer_locate",
    "link_violation",
    "read_article",
    "track_article",
]


class AgreementBook:
    """The tracker's state in memory: feed articles in publication order with :meth:`add`."""

    def __init__(self, locate: Locate | None = None) -> None:
        self.locate = locate or gazetteer_locate()
        self.agreements: dict[str, AgreementState] = {}
        self.violations: dict[str, Violation] = {}
        self.outcomes: list[ArticleOutcome] = []

    def add(self, article_id: str, text: str, published: date, events: Sequence[dict[str, Any]] = ()) -> ArticleOutcome:
        outcome = track_article(
            article_id,
            read_article(text, published),
            events,
            list(self.agreements.values()),
            list(self.violations.values()),
            self.locate,
        )
        for a in outcome.agreements:
            self.agreements[a.agreement_id] = a
        for v, _ in outcome.violations:
            self.violations.setdefault(v.violation_id, v)
        self.outcomes.append(outcome)
        return outcome

    def records(self) -> list[dict[str, Any]]:
        return [r for o in self.outcomes for r in o.records()]
