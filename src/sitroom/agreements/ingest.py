"""Agreement tracking as a step of ingestion: each stored article is read for agreements against what the store
knows, and what it adds is stored with it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sitroom.agreements.lexicon import agreement_lexicon
from sitroom.agreements.locate import gazetteer_locate
from sitroom.agreements.model import ArticleOutcome
from sitroom.agreements.read import read_article
from sitroom.agreements.track import track_article
from sitroom.agreements.violations import Locate
from sitroom.errors import Errors, SitroomError
from sitroom.model import Article, Event, Rejection

__all__ = ["note_article", "track_stored"]


@lru_cache(maxsize=1)
def _default_locate() -> Locate:
    return gazetteer_locate()


def note_article(
    store: Any, article: Article, events: Sequence[Event | dict[str, Any]], locate: Locate | None = None
) -> ArticleOutcome | None:
    """Track ``article`` (just stored, with its ``events``) in ``store``; None for a store without agreement
    tables or an article without a publication date (its dates cannot be read)."""
    from sitroom.store.agreements import AgreementStore

    if not isinstance(store, AgreementStore) or article.published is None:
        return None
    known, breaches = store.agreement_state()
    if not known and not any(p.search(article.text) for _, p in agreement_lexicon().kinds):
        outcome = ArticleOutcome(article.id, article.published, [], [], False)  # nothing to read it against
        store.add_agreement_outcome(article, outcome)
        return outcome
    records = [e.to_dict() if isinstance(e, Event) else e for e in events]
    outcome = track_article(
        article.id,
        read_article(article.text, article.published),
        records,
        known,
        breaches,
        locate or _default_locate(),
    )
    store.add_agreement_outcome(article, outcome)
    return outcome


def track_stored(store: Any, hashes: Sequence[str] | None = None, locate: Locate | None = None) -> int:
    """Track the stored articles not read for agreements yet (all, or those of ``hashes``: what an ingest just
    stored), in publication order (ties by id); the number tracked. Ingestion calls it once its articles are
    stored, so a directory read in any order is tracked in publication order. An article published before one
    already tracked means all are read again (the tracker's state depends on the order): one pass over the stored
    articles, paid only when older news arrives late."""
    from sitroom.store.agreements import AgreementStore

    if not isinstance(store, AgreementStore):
        return 0
    todo = list(store.untracked_articles(hashes))
    if not todo:
        return 0
    if store.agreements_out_of_order(todo[0][0].published):
        store.clear_agreements()
        todo = list(store.untracked_articles())
    n = 0
    for article, events in todo:
        try:
            outcome = note_article(store, article, events, locate)
        except SitroomError:
            raise  # the store's own errors are the ingest's
        except Exception as exc:  # a bug in reading one article must not stop an ingest: E019, and go on
            _reading_failed(store, article, exc)
            continue
        n += outcome is not None
    return n


def _reading_failed(store: Any, article: Article, exc: Exception) -> None:
    """Mark ``article`` read (with nothing found) and record why in the rejected-inputs table (E019)."""
    assert article.published is not None
    store.add_agreement_outcome(article, ArticleOutcome(article.id, article.published, [], [], False))
    detail = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
    if hasattr(store, "add_rejection"):
        store.add_rejection(
            Rejection(article.origin or article.id, f"id {article.id}", Errors.E019.format(detail=detail), "E019")
        )
