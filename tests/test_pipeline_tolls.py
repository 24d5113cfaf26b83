"""A toll stated once is carried by one event, so that summing ``killed`` over events never double counts."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from sitroom.model import Article
from sitroom.pipeline import Pipeline

pytestmark = pytest.mark.slow

TEXTS = [
    "Gunmen attacked a market in the town and clashed with police, killing 12 people and wounding 30.",
    "Rebels shelled the city and stormed an army base on Monday; at least 40 people were killed.",
    "Protesters blocked the highway and burned tyres before police opened fire, killing three protesters.",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text", TEXTS)
def test_pipeline_tolls_each_sentence_toll_counted_once(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, published=date(2024, 3, 5)))
    assert events, "the sentence yields events"
    carriers = Counter(e.evidence.start for e in events if e.fatalities.killed)
    assert carriers, "one event carries the toll"
    assert max(carriers.values()) == 1
