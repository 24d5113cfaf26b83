"""The seed and its second report, through the real pipeline and store (issue 12's acceptance case)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitroom.core import Sitroom, demo_corpus_path
from sitroom.geo import Geoparser
from sitroom.pipeline import Pipeline
from sitroom.store.base import EventQuery

pytestmark = pytest.mark.slow

SEED = "nagorno-karabakh-ceasefire"
SECOND = "karabakh-ceasefire-september-2023"


def _fused_with_toll(core: Sitroom, article_id: str) -> dict[str, Any]:
    """The fused event among those ``article_id`` reports whose toll is the seed's 200."""
    found = [
        r
        for r in core.events(EventQuery(fused=True, article_id=article_id))
        if (r["fatalities"] or {}).get("killed") == 200
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("reverse", [False, True])
def test_fusion_demo_issue12_seed_joins_its_second_report(
    tmp_path: Path, nlp: Any, geoparser: Geoparser, reverse: bool
) -> None:
    """One fused event dated 19-20 September 2023 with 200 killed (best), reported by the seed and the second
    report; the seed (9 November) is stale. Ingesting the corpus in reverse file order changes none of it."""
    core = Sitroom(str(tmp_path / "demo.duckdb"), pipeline=Pipeline(nlp=nlp, geoparser=geoparser))
    try:
        items = list(core.read([demo_corpus_path()]))
        core.ingest(reversed(items) if reverse else items)
        fused = _fused_with_toll(core, SEED)
        assert (fused["date"], fused["date_end"]) == ("2023-09-19", "2023-09-20")
        assert fused["fatalities"]["killed"] == 200
        articles = {r["article_id"] for r in fused["reports"]}
        assert {SEED, SECOND} <= articles
        assert fused == _fused_with_toll(core, SECOND)
        assert SEED in core.store.stale_articles() and SECOND not in core.store.stale_articles()
        assert fused["fatalities"]["killed_high"] == 200  # never summed
    finally:
        core.close()
