"""sitroom.testing: the helpers that tests and benchmarks share, kept out of the product's modules (issue 9)."""

from __future__ import annotations

import importlib

import pytest

from sitroom.testing import synthetic_articles


def test_testing_synthetic_articles_are_consistent_and_deterministic() -> None:
    first = list(synthetic_articles(50, per_article=5, seed=3))
    again = list(synthetic_articles(50, per_article=5, seed=3))
    assert [a.content_hash for a, _ in first] == [a.content_hash for a, _ in again]
    assert len(first) == 10 and sum(len(events) for _, events in first) == 50
    for article, events in first:
        assert article.id.startswith("syn-3-")
        for event in events:
            assert article.text[event.evidence.start : event.evidence.end] == event.evidence.sentence
            assert event.article_id == article.id


def test_testing_unlocated_share() -> None:
    events = [e for _, evs in synthetic_articles(400, unlocated=0.25) for e in evs]
    share = sum(e.location is None for e in events) / len(events)
    assert 0.15 < share < 0.35
    assert all(e.location is not None for _, evs in synthetic_articles(100) for e in evs)


@pytest.mark.parametrize(
    "module", ["sitroom.api.synthetic", "sitroom.api.live", "sitroom.store.synthetic", "sitroom.store.pgtemp"]
)
def test_testing_helpers_left_the_product_modules(module: str) -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(module)
