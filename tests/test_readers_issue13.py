"""Records with publication dates as feeds write them (issue 13, item 2): read, completed or kept without a date;
and the extraction of an article without a publication date, where only dates written in full resolve."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitroom.extract.dates import dependent_spans
from sitroom.model import Article, Rejection
from sitroom.readers import read_paths

TEXT = "Police fired tear gas at protesters in Nairobi."


def _jsonl(path: Path, dates: list[Any]) -> Path:
    rows = [{"id": f"r{i}", "published": d, "text": TEXT} for i, d in enumerate(dates)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_readers_issue13_feed_dates_no_longer_reject_records(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "feed.jsonl", ["Wed, 23 Nov 2022 07:58:00 GMT", "Wed Nov 23", "7:58 AM ET", "soon", None])
    items = list(read_paths([str(f)]))
    assert all(isinstance(i, Article) for i in items), items
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.published for a in articles] == [date(2022, 11, 23), None, None, None, None]
    assert [[n.code for n in a.notices] for a in articles] == [[], ["W002"], ["W002"], ["W001"], []]


def test_readers_issue13_published_completes_partial_dates(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "feed.jsonl", ["Wed Nov 23", "7:58 AM ET", "2021-06-01"])
    items = list(read_paths([str(f)], published=date(2022, 11, 25)))
    assert [i.published for i in items if isinstance(i, Article)] == [
        date(2022, 11, 23),
        date(2022, 11, 25),
        date(2021, 6, 1),
    ]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_readers_issue13_every_record_format_reads_feed_dates(tmp_path: Path, suffix: str) -> None:
    f = tmp_path / f"in{suffix}"
    if suffix == ".csv":
        f.write_text(f'id,published,text\na,"Wed Nov 23",{TEXT}\nb,2023-02-30,{TEXT}\n', encoding="utf-8")
    else:
        f.write_text(json.dumps([{"id": "a", "published": "Wed Nov 23", "text": TEXT}]), encoding="utf-8")
    items = list(read_paths([str(f)], published=date(2022, 12, 1)))
    assert isinstance(items[0], Article) and items[0].published == date(2022, 11, 23)
    if suffix == ".csv":  # an impossible date is still rejected
        assert isinstance(items[1], Rejection) and items[1].code == "E006"


def test_readers_issue13_cli_warns_and_keeps_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sitroom.cli import main

    f = _jsonl(tmp_path / "feed.jsonl", ["whenever"])
    db = tmp_path / "s.duckdb"
    code = main(["ingest", str(f), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert err.startswith(f"sitroom: warning {f}:1: publication date 'whenever' cannot be read"), err
    assert err.rstrip().endswith("[W001]") and len(err.splitlines()) == 1, err
    from sitroom.store import open_store

    store = open_store(str(db))
    try:
        article = store.article("r0")
        assert article is not None and article["published"] is None
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("Clashes on Monday killed two.", ["on Monday"]),
        ("Clashes on 13 December 2022 killed two.", []),
        ("Yesterday, and on 3 May 2021, and last week.", ["Yesterday", "last week"]),
        ("Rebels attacked on 23 November.", ["23 November"]),
    ],
)
def test_dates_issue13_dependent_spans(text: str, relative: list[str]) -> None:
    assert [text[a:b] for a, b in dependent_spans(text)] == relative


@pytest.mark.slow
def test_pipeline_issue13_without_publication_date_only_written_dates_resolve(nlp: Any, geoparser: Any) -> None:
    """No sentence dated only relatively ("Last week, ...") borrows a neighbour's written date."""
    from sitroom.pipeline import Pipeline

    text = (
        "On 13 December 2022, rebels attacked a village near Goma, killing 12 people. "
        "Last week, soldiers clashed with militia fighters in Bunia. "
        "Police fired tear gas at protesters in Nairobi on Monday."
    )
    pipeline = Pipeline(nlp=nlp, geoparser=geoparser)
    [(_, undated)] = list(pipeline.run_many([Article(id="x", text=text)]))
    [first] = [e for e in undated if e.evidence.start == 0]
    assert first.date == date(2022, 12, 13) and first.date_anchor == "text"
    others = [e for e in undated if e.evidence.start > text.index("Last week")]
    assert others and all(e.date is None and e.date_anchor == "publication" for e in others), others
    [(_, dated)] = list(pipeline.run_many([Article(id="x", text=text, published=date(2022, 12, 20))]))
    assert all(e.date is not None for e in dated)
