"""The whole pipeline: article in, schema-valid, deterministic, ranked events out."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sitroom.model import Article
from sitroom.pipeline import STEPS, Pipeline, check_steps

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "nagorno-karabakh-ceasefire.txt"

TEXT = (
    "Police fired tear gas on Tuesday to disperse hundreds of traders who marched through Nairobi against new "
    "market fees. Two days earlier, unidentified gunmen killed three villagers near Marsabit.\n\n"
    "The governor said the attackers would be found."
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def schema() -> Any:
    with resources.files("sitroom").joinpath("data/event.schema.json").open(encoding="utf-8") as f:
        return json.load(f)


def test_pipeline_steps_in_order() -> None:
    assert [s.name for s in STEPS] == [
        "geoparse",
        "times",
        "detect",
        "actors",
        "date",
        "locate",
        "casualties",
        "report",
        "corefer",
        "rank",
    ]


def test_pipeline_steps_declarations_checked_issue10() -> None:
    check_steps(STEPS)
    by_name = {s.name: s for s in STEPS}
    swapped = [by_name["rank"], *(s for s in STEPS if s.name != "rank")]
    with pytest.raises(ValueError, match="'rank' requires"):
        check_steps(swapped)
    with pytest.raises(ValueError, match="appears twice"):
        check_steps([*STEPS, by_name["rank"]])


def test_pipeline_events_valid_and_ranked(pipe: Pipeline, schema: Any) -> None:
    art = Article(id="t1", text=TEXT, published=date(2024, 5, 8))
    events = pipe.extract(art)
    assert events, "an article reporting events yields events"
    for e in events:
        jsonschema.validate(e.to_dict(), schema)
    assert [e.salience_rank for e in events] == list(range(len(events)))
    main = events[0]
    assert main.acled_sub_event_type == "Protest with intervention"
    assert main.actor1 is not None and main.actor1.name == "Protesters (Kenya)"
    killing = next(e for e in events if e.acled_event_type == "Violence against civilians")
    assert killing.fatalities.killed == 3
    assert killing.actor1 is not None and killing.actor1.acled_inter == 3


def test_pipeline_deterministic_ids(pipe: Pipeline) -> None:
    art = Article(id="t2", text=TEXT, published=date(2024, 5, 8))
    first = [e.to_dict() for e in pipe.extract(art)]
    again = [e.to_dict() for _, evs in pipe.run_many([art, art]) for e in evs]
    assert again == first + first


def test_pipeline_run_many_keeps_input_order(pipe: Pipeline) -> None:
    arts = [Article(id=f"a{i}", text=TEXT, published=date(2024, 5, 8)) for i in range(5)]
    assert [a.id for a, _ in pipe.run_many(arts, batch_size=2)] == [a.id for a in arts]


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is absent")
def test_pipeline_seed_article(pipe: Pipeline) -> None:
    found = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)", SEED.read_text(encoding="utf-8"), re.S)
    assert found is not None
    art = Article(id="seed", text=found.group(2), published=date.fromisoformat(found.group(1)))
    events = pipe.extract(art)
    by_plover = {(e.plover_event, (e.actor1.country if e.actor1 else None)) for e in events}
    assert ("AGREE", "AZE") in by_plover
    assert ("ASSAULT", "AZE") in by_plover
    assault = [e for e in events if e.plover_event == "ASSAULT" and e.date == date(2023, 11, 8)]
    assert assault, "the operation launched 'a day after' is dated the day before publication"
    toll = [e for e in events if e.fatalities.killed == 200]
    assert toll and toll[0].fatalities.civilians_killed == 10 and toll[0].fatalities.injured == 400
