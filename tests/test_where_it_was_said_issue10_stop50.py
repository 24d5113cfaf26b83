"""Stop 50 of issue 10, read from set 37: a place that opens a sentence and hangs on its verb of speech ("In Maputo,
the interior ministry said gunmen had attacked a bus near Chimoio") is where the statement was made, not where the
reported act happened. Article written for this test from wire style and English syntax; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    "said_in": (
        "2016-03-08",
        "BEIRA, Mozambique - Gunmen ambushed a bus on the main road on Sunday, witnesses said.\n\nIn Maputo, the"
        " interior ministry said gunmen had attacked a second bus near Chimoio on Sunday evening, killing six"
        " passengers." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_the_place_where_a_statement_was_made_is_not_the_acts(ctx_of: Any) -> None:
    ctx = ctx_of("said_in")
    second = events_in(ctx, "In Maputo, the interior ministry said")
    assert len(second) == 1 and second[0].location is not None, show_events(ctx)
    assert second[0].location.name == "Chimoio", second[0].location
