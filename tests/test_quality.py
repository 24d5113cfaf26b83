"""Quality on the dev gold sets, end to end through the real pipeline, scored by the shared reference scorer.

Every event written for every dev set must validate against the schema, and the scores must not fall below the
floors below (the measured figures at the last change, rounded down: a regression guard, not the targets; the
README's quality table has the current figures). Skips with a clear message when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from sitroom.model import Article
from sitroom.readers import parse_published
from tests.modules import module_from_file
from tests.test_schema import shipped_schema

SHARED = Path(__file__).resolve().parents[2] / "shared"
EVENT_SETS = [
    "seed_expectations",
    "acled_kenya",
    "acled_bangladesh",
    "acled_africa2016",
    "acled_gaza",
    "acled_burkina",
    "ucdp_global",
    "plover_gsr",
    "articles_dev",
    "wikievents_dev",
    "police_docs_dev",
]
GEO_SETS = ["geo_lgl", "geo_gwn"]

pytestmark = pytest.mark.slow

FLOORS: dict[str, dict[str, float]] = {
    "seed_expectations": {"found": 8},
    "acled_kenya": {
        "event_type_acc": 0.84,
        "sub_event_acc": 0.77,
        "actor1_type_acc": 0.74,
        "date_acc": 0.95,
        "fatalities_exact": 0.92,
        "loc_acc25km": 0.40,
    },
    "acled_bangladesh": {"event_type_acc": 0.91, "sub_event_acc": 0.82, "fatalities_exact": 0.97, "loc_acc25km": 0.76},
    "acled_africa2016": {
        "event_type_acc": 0.75,
        "sub_event_acc": 0.64,
        "actor1_type_acc": 0.68,
        "fatalities_exact": 0.86,
        "loc_acc25km": 0.45,
    },
    "acled_gaza": {"event_type_acc": 0.91, "sub_event_acc": 0.88, "actor1_type_acc": 0.88, "fatalities_exact": 0.91},
    "acled_burkina": {"event_type_acc": 0.83, "sub_event_acc": 0.76, "actor1_type_acc": 0.78, "fatalities_exact": 0.92},
    "articles_dev": {"precision": 0.85, "recall": 0.82},
    # coreference merges the sentences KAIROS annotates one by one; its scorer reads only `evidence` (issue 10):
    # each retelling merged into its event costs recall here by construction, and KAIROS also annotates what the
    # codebook does not code (series, habits, hypotheticals, headlines that a body sentence tells in full); one
    # event per actor pair, place and day (two car bombs of one day's bombing of one city are one event) and a charge
    # that names an attack ("pleaded not guilty to charges of ...") cost it 0.016 more in stop 24; in stop 28 attacks
    # a group may "launch" in a purpose clause (what it would do, not what it did) cost one mention (0.359 -> 0.354);
    # in stop 46 dropping attacks with no one hurt told after an article's first two coded events (extract.rank.MINOR)
    # cost four mentions here (0.370 -> 0.349, precision 0.820 -> 0.830) for 16 false events fewer in the article sets
    # nobody read, and leaving out violence of more than a month before the report, told as background
    # (extract.rank.HISTORY), four more (0.349 -> 0.323, precision 0.837), for 25 fewer there
    "wikievents_dev": {"precision": 0.79, "recall": 0.31},
    "police_docs_dev": {"macro_f1": 0.58},
    "ucdp_global": {"deaths_in_range": 0.28, "date_acc": 0.93},
    "plover_gsr": {"plover_acc": 0.72, "source_country_acc": 0.80},
    "geo_lgl": {"detect_f1": 0.81, "acc161_of_matched": 0.85},
    "geo_gwn": {"detect_f1": 0.85, "acc161_of_matched": 0.92},
}


# What the analyst sees, per article: no more events than this (issue 10: events, not trigger hits)
CEILINGS: dict[str, dict[str, float]] = {
    "seed_expectations": {"events_emitted": 10},
    "articles_dev": {"events_per_article": 4.5},
    "wikievents_dev": {"events_per_doc": 8.0},
    "police_docs_dev": {"events_per_doc": 4.0},
}


def _need_shared() -> None:
    if not (SHARED / "gold").exists():
        pytest.skip(f"dev gold sets not found at {SHARED / 'gold'} (../shared is absent)")


def _gold(name: str) -> list[dict[str, Any]]:
    with (SHARED / "gold" / f"{name}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _articles(records: list[dict[str, Any]]) -> list[Article]:
    return [Article(id=r["id"], text=r["text"], published=parse_published(r.get("published"))) for r in records]


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    _need_shared()
    return module_from_file("shared_score", SHARED / "tools" / "score.py")


@pytest.fixture(scope="session")
def outputs() -> dict[str, list[dict[str, Any]]]:
    _need_shared()
    from sitroom.pipeline import Pipeline

    pipeline = Pipeline()
    result: dict[str, list[dict[str, Any]]] = {}
    for name in EVENT_SETS:
        result[name] = [e.to_dict() for _, events in pipeline.run_many(_articles(_gold(name))) for e in events]
    for name in GEO_SETS:
        result[name] = [t.to_dict(a.id) for a, tops in pipeline.geoparse_many(_articles(_gold(name))) for t in tops]
    return result


@pytest.mark.parametrize("name", EVENT_SETS)
def test_quality_every_event_validates_against_the_schema(name: str, outputs: dict[str, list[dict[str, Any]]]) -> None:
    validator = Draft202012Validator(shipped_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{e.get('article_id')}: {err.message}" for e in outputs[name] for err in validator.iter_errors(e)]
    assert not errors, errors[:5]


@pytest.mark.parametrize("name", EVENT_SETS + GEO_SETS)
def test_quality_scores_stay_above_floor(
    name: str, outputs: dict[str, list[dict[str, Any]]], scorer: ModuleType
) -> None:
    metrics = scorer.score(_gold(name), outputs[name])
    for metric, floor in FLOORS[name].items():
        assert metrics[metric] is not None and metrics[metric] >= floor, (name, metric, metrics[metric], floor)
    for metric, ceiling in CEILINGS.get(name, {}).items():
        assert metrics[metric] is not None and metrics[metric] <= ceiling, (name, metric, metrics[metric], ceiling)


def test_quality_extraction_is_deterministic() -> None:
    _need_shared()
    from sitroom.pipeline import Pipeline

    records = _gold("acled_kenya")[:40]
    first = [e.to_dict() for _, evs in Pipeline().run_many(_articles(records)) for e in evs]
    second = [e.to_dict() for _, evs in Pipeline().run_many(_articles(records)) for e in evs]
    assert first == second
