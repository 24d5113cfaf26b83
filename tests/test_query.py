"""The query language (sitroom/query.py) is one definition: the CLI and the API accept the same filters, sorts and
formats, and refuse the same bad values with the same message (issue 9, item 6)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitroom.api import create_app
from sitroom.api.params import EVENT_PARAMS, FILTER_PARAMS
from sitroom.cli import cli, main
from sitroom.core import Sitroom
from sitroom.errors import UsageError
from sitroom.query import API_FORMATS, CLI_FORMATS, FILTERS, SORTS, EventQuery, event_query
from sitroom.store.queries import ORDERS
from sitroom.testing.live import AsgiClient


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, EventQuery(fused=True)),
        (
            {"since": "2023-01-02", "until": "2023-01-31"},
            EventQuery(since=date(2023, 1, 2), until=date(2023, 1, 31), fused=True),
        ),
        ({"country": ["ukr", "SDN,ukr"]}, EventQuery(countries=("UKR", "SDN"), fused=True)),
        ({"country": "aze"}, EventQuery(countries=("AZE",), fused=True)),
        ({"type": ["PROTEST", "Riots, PROTEST"]}, EventQuery(types=("PROTEST", "Riots"), fused=True)),
        ({"near": "50.45,30.52,25"}, EventQuery(near=(50.45, 30.52, 25.0), fused=True)),
        # fused events by default (issue 12); ``reports`` lists every report instead
        ({"actor": "  police ", "text": "", "reports": "true"}, EventQuery(actor="police", fused=False)),
        ({"reports": True, "article_id": "a-1"}, EventQuery(fused=False, article_id="a-1")),
        # modality and confidence (issue 14: the dashboard's switches)
        ({"modality": ["Reported", "future,reported"]}, EventQuery(modalities=("reported", "future"), fused=True)),
        ({"min_confidence": "0.75"}, EventQuery(min_confidence=0.75, fused=True)),
    ],
)
def test_query_event_query_parses_raw_values(params: dict[str, Any], expected: EventQuery) -> None:
    assert event_query(params) == expected


BAD: list[tuple[str, str]] = [
    ("since", "2023-02-30"),
    ("until", "yesterday"),
    ("near", "1,2"),
    ("near", "91,0,10"),
    ("near", "nan,0,10"),
    ("near", "0,0,30000"),
    ("country", "Ukraine"),
    ("text", "x" * 300),
    ("modality", "sure"),
    ("min_confidence", "1.5"),
    ("min_confidence", "high"),
]


@pytest.mark.parametrize(("name", "value"), BAD)
def test_query_bad_values_are_e030_naming_the_parameter(name: str, value: str) -> None:
    with pytest.raises(UsageError) as caught:
        event_query({name: value})
    assert caught.value.code == "E030" and str(caught.value).startswith(f"invalid value for {name}:")


def test_query_cli_and_api_refuse_the_same_values_alike(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client = AsgiClient(create_app(Sitroom(str(tmp_path / "q.duckdb"))))
    try:
        for name, value in BAD:
            api = client.get("/api/events", params={name: value})
            assert api.status_code == 422, (name, value)
            assert main(["events", "--db", str(tmp_path / "q.duckdb"), f"--{name.replace('_', '-')}", value]) == 1
            err = capsys.readouterr().err.strip()
            assert err == f"sitroom: error: {api.json()['error']} [E030]"
    finally:
        client.close()


def test_query_one_list_of_filters_sorts_and_formats() -> None:
    assert tuple(ORDERS) == SORTS  # the store has SQL for exactly the sort orders the front-ends offer
    assert frozenset(FILTERS) == FILTER_PARAMS and FILTER_PARAMS < EVENT_PARAMS
    events = cli.commands["events"]  # type: ignore[attr-defined]
    options = {p.name: p for p in events.params}
    assert set(FILTERS) <= set(options)
    assert tuple(options["order"].type.choices) == SORTS
    assert tuple(options["fmt"].type.choices) == CLI_FORMATS
    assert set(CLI_FORMATS) - {"table"} == set(API_FORMATS) - {"json"}
    for f in FILTERS.values():
        assert options[f.name].help == f.help
