"""Reliability of the readers and of extraction, by property (issue 9, item 5).

Whatever bytes a file of a supported kind holds, whatever JSON value a record is, whatever string a ``published``
field carries, and whatever odd fields a CSV row has: the readers never raise, every failure is a ``Rejection`` with
a code from ``sitroom.errors.Errors`` and a one-line message, and the good records around a bad one still come
through. Extraction, end to end with spaCy, never raises on short generated texts and dates, and what it returns
validates against the event schema. The records that used to stop a run (issue 9's defects) are tested at the end,
through the CLI as a user would run them.

Reproduce: ``pytest tests/test_reliability_readers.py``; ``--hypothesis-seed=N`` replays one run.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.core import Sitroom
from sitroom.errors import Errors, InputError
from sitroom.model import Article, Rejection
from sitroom.pubdate import read_published
from sitroom.readers import SUFFIXES, _utf8_so_far, read_paths

CODES = frozenset(name for name in vars(Errors) if re.fullmatch(r"E\d{3}", name))
NOTICES = frozenset(name for name in vars(Errors) if re.fullmatch(r"W\d{3}", name))
Item = Article | Rejection

# a JSON value of any shape; dictionaries lean towards the keys a reader looks at, so that types get confused
_keys = st.sampled_from(["id", "text", "published", "title", "url", "source"]) | st.text(max_size=6)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=5),
    max_leaves=12,
)
# strings a publication date might be: real dates (the whole range), date-times, near misses and any text
published_strings = st.one_of(
    st.dates().map(date.isoformat),
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
    st.from_regex(r"\A-?\d{1,5}-\d{1,3}-\d{1,3}(T\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)?)?\Z"),
    st.text(max_size=25),
)
_clean_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1).filter(
    lambda s: s.strip() != ""
)


def check_items(items: list[Item]) -> list[Item]:
    """Every item is an article with text or a rejection with a known code and a one-line message."""
    for item in items:
        if isinstance(item, Rejection):
            assert item.code in CODES, item
            assert "\n" not in item.reason and "\r" not in item.reason, item
        else:
            assert isinstance(item, Article), item
            assert item.text.strip(), item
            assert all(n.code in NOTICES and "\n" not in n.reason for n in item.notices), item
    return items


def read_bytes(data: bytes, suffix: str, published: date | None = None) -> list[Item]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        return check_items(list(read_paths([str(path)], published=published)))


# bytes that look like something: pieces of JSON, CSV and the seed format mixed with arbitrary bytes
_FRAGMENTS = (
    *(b"{", b"}", b"[", b"]", b'"text"', b'"published"', b":", b",", b"\n", b"\r\n", b'"', b"\xef\xbb\xbf", b"\x00"),
    *(b"date 2023-11-09 ", b"id,published,text\n", b"\xff\xfe", b"\xe9", b"9999-12-31", b"0001-01-01", b" "),
)
_fragments = st.sampled_from(_FRAGMENTS)
any_bytes = st.one_of(
    st.binary(max_size=600),
    st.lists(_fragments | st.binary(max_size=8) | st.text(max_size=12).map(str.encode), max_size=40).map(b"".join),
)


@settings(max_examples=150, deadline=None)
@given(data=any_bytes, suffix=st.sampled_from(sorted(SUFFIXES)), published=st.none() | st.dates())
def test_reliability_readers_any_bytes_in_any_supported_file(data: bytes, suffix: str, published: date | None) -> None:
    read_bytes(data, suffix, published)


@settings(max_examples=60, deadline=None)
@given(data=any_bytes)
def test_reliability_readers_any_bytes_on_stdin(data: bytes) -> None:
    check_items(list(read_paths(["-"], stdin=io.BytesIO(data))))


@settings(max_examples=100, deadline=None)
@given(value=json_values)
def test_reliability_readers_any_json_value_as_a_json_file(value: Any) -> None:
    items = read_bytes(json.dumps(value).encode(), ".json")
    assert items or value == [], "a JSON document gives at least one article or rejection (an empty list: none)"


def _good_record(i: int, text: str, day: date) -> dict[str, Any]:
    return {"id": f"good-{i}", "published": day.isoformat(), "text": text}


def _is_bad(value: Any) -> bool:
    """True when a JSON value cannot be read as an article (so it must come out as exactly one rejection)."""
    if not isinstance(value, dict):
        return True
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return True
    try:
        read_published(value.get("published"))
    except InputError:
        return True
    return False


@settings(max_examples=100, deadline=None)
@given(
    lines=st.lists(
        st.one_of(
            st.tuples(st.just("good"), _clean_text, st.dates()),
            st.tuples(st.just("json"), json_values, st.none()),
            st.tuples(st.just("raw"), st.binary(min_size=1, max_size=40), st.none()),
        ),
        min_size=1,
        max_size=10,
    )
)
def test_reliability_readers_jsonl_good_records_come_through_bad_ones_are_rejected(lines: list[Any]) -> None:
    """One JSONL line each: good records come out as articles, in order; each bad line as one rejection."""
    encoded: list[bytes] = []
    good_ids: list[str] = []
    bad = 0
    for i, (kind, value, day) in enumerate(lines):
        if kind == "good":
            encoded.append(json.dumps(_good_record(i, value, day)).encode())
            good_ids.append(f"good-{i}")
            continue
        raw = json.dumps(value).encode() if kind == "json" else value.replace(b"\n", b" ").replace(b"\r", b" ")
        if not raw.strip():
            continue  # a blank line is skipped, not rejected
        if kind == "raw":
            try:
                value = json.loads(raw)
            except ValueError:
                value = None
        if _is_bad(value):
            bad += 1
            encoded.append(raw)
    items = read_bytes(b"\n".join(encoded) + b"\n", ".jsonl")
    head = b"\n".join(encoded)[:8192]
    if not encoded or (b"\x00" in head and not _utf8_so_far(head)):
        return  # an empty or binary stream (NUL bytes in what is not UTF-8) is rejected whole (E001/E002)
    if bad == 0 and not good_ids:
        return
    assert [a.id for a in items if isinstance(a, Article)] == good_ids
    assert sum(isinstance(r, Rejection) for r in items) == bad


@settings(max_examples=100, deadline=None)
@given(value=published_strings)
def test_reliability_readers_any_published_string_is_a_date_or_e006(value: str) -> None:
    """A date, no date with a notice (issue 13: an unreadable date never rejects an article), or E006 (impossible)."""
    record = {"id": "x", "published": value, "text": "Police dispersed protesters in Nairobi."}
    [item] = check_items(list(read_paths(["-"], stdin=io.BytesIO(json.dumps(record).encode()))))
    if isinstance(item, Rejection):
        assert item.code == "E006"
    else:
        published, notice = read_published(value)
        assert item.published == published
        assert item.notices == ((notice,) if notice else ())
        assert (item.published is None) == (notice is not None or not value.strip())


_field = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


@settings(max_examples=80, deadline=None)
@given(
    extra=st.lists(_field, max_size=3),
    rows=st.lists(
        st.tuples(
            st.booleans(),  # good row?
            _clean_text,
            st.dates(),
            st.lists(_field, max_size=5),  # odd extra fields: fewer or more than the header
            published_strings,
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_reliability_readers_csv_with_odd_fields(extra: list[str], rows: list[Any]) -> None:
    """Extra and missing fields, quotes, newlines and any text inside fields: good rows come through as articles."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = ["id", "published", "text", *extra]
    writer.writerow(header)
    good_ids = []
    bad = 0
    for i, (good, text, day, odd, published) in enumerate(rows):
        if good:
            writer.writerow([f"g{i}", day.isoformat(), text, *odd[: len(extra)]])
            good_ids.append(f"g{i}")
        else:
            try:
                read_published(published)
                blank = ""  # a readable date: make the row bad by leaving out its text
            except InputError:
                blank = text
            writer.writerow([f"b{i}", published, blank, *odd])
            bad += 1
    items = read_bytes(buffer.getvalue().encode(), ".csv")
    if "text" in extra:
        return  # a second "text" column: DictReader keeps the last one; only "no crash" is asked of it
    assert [a.id for a in items if isinstance(a, Article)] == good_ids
    assert sum(isinstance(r, Rejection) for r in items) == bad


# -- extraction, end to end ------------------------------------------------------------------------------------

_WORDS = str.split(
    "Government forces shelled rebel positions near Kharkiv on Monday , killing 12 civilians and wounding 30 ."
    " Protesters marched in Nairobi yesterday ; police fired tear gas and arrested 40 people . Two soldiers died"
    " in an air strike last week in Khartoum . The ceasefire collapsed on 3 March 2022 after talks in Baku ."
    " dozens hundreds at least three killed injured bomb militia"
)
short_texts = st.one_of(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join),
    st.text(max_size=80),
    st.lists(st.sampled_from(_WORDS) | st.text(max_size=6), min_size=1, max_size=25).map(" ".join),
).filter(lambda s: s.strip() != "")


@pytest.fixture(scope="module")
def core(nlp: Any, geoparser: Any) -> Sitroom:
    from sitroom.pipeline import Pipeline

    return Sitroom(pipeline=Pipeline(nlp=nlp, geoparser=geoparser))


@pytest.fixture(scope="module")
def event_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((resources.files("sitroom") / "data" / "event.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(
        st.tuples(short_texts, st.none() | st.dates(min_value=date(1000, 1, 1), max_value=date(9000, 12, 31))),
        min_size=1,
        max_size=4,
    )
)
def test_reliability_extract_short_texts_and_dates(core: Sitroom, event_validator: Any, texts: list[Any]) -> None:
    """Generated texts and publication dates through the whole pipeline: no exception, schema-valid events."""
    articles = [Article(id=f"gen-{i}", text=t, published=d) for i, (t, d) in enumerate(texts)]
    results = list(core.extract(articles))
    assert [a.id for a, _ in results] == [a.id for a in articles]
    for article, events in results:
        for event in events:
            record = event.to_dict()
            errors = sorted(e.message for e in event_validator.iter_errors(record))
            assert not errors, (article.text, errors)
            start, end = record["evidence"]["start"], record["evidence"]["end"]
            assert article.text[start:end] == record["evidence"]["sentence"]


# -- records that used to stop a run (issue 9's defects), through the CLI ----------------------------------------

GOOD_LINE = {"id": "fine", "published": "2024-03-04", "text": "Police fired on protesters in Nairobi, killing 3."}


def _cli_extract(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from sitroom.cli import main

    code = main(["extract", str(path), "--quiet"])
    out, err = capsys.readouterr()
    return code, out, err


def _assert_batch_went_on(code: int, out: str, err: str) -> None:
    assert "internal error" not in err and "Traceback" not in err, err
    assert code in (0, 2), err
    for line in err.splitlines():
        assert re.fullmatch(r"sitroom: rejected .* \[E\d{3}\]", line), line
    assert any(json.loads(line)["article_id"] == "fine" for line in out.splitlines()), out


@pytest.mark.slow
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_reliability_extract_issue9_extreme_dates_do_not_stop_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nlp: Any, published: str
) -> None:
    path = tmp_path / "extreme.jsonl"
    text = "Shelling killed 4 people in Kharkiv yesterday; a day later a drone hit the town, and last week too."
    lines = [{"id": "edge", "published": published, "text": text}, GOOD_LINE]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    _assert_batch_went_on(*_cli_extract(path, capsys))


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_reliability_readers_issue9_deeply_nested_json_is_a_rejection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nlp: Any, suffix: str
) -> None:
    deep = "[" * 5000 + "]" * 5000
    path = tmp_path / f"deep{suffix}"
    if suffix == ".jsonl":
        path.write_text(deep + "\n" + json.dumps(GOOD_LINE) + "\n", encoding="utf-8")
        _assert_batch_went_on(*_cli_extract(path, capsys))
    else:
        path.write_text(deep, encoding="utf-8")
        [item] = check_items(list(read_paths([str(path)])))
        assert isinstance(item, Rejection)


def test_reliability_readers_issue9_huge_json_file_is_e007(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(json.dumps([dict(GOOD_LINE, text="word " * 4_200_000)]), encoding="utf-8")
    [item] = check_items(list(read_paths([str(path)])))
    assert isinstance(item, Rejection) and item.code == "E007"


def test_reliability_readers_issue9_oversize_csv_row_rejects_only_that_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    big = "word " * 2_100_000  # 10.5 MB in one field: over the field limit
    path.write_text(f'id,published,text\na,2024-01-02,Fine text.\nb,2024-01-02,"{big}"\nc,2024-01-02,Also fine.\n')
    items = check_items(list(read_paths([str(path)])))
    assert [a.id for a in items if isinstance(a, Article)] == ["a", "c"]
    assert [r.code for r in items if isinstance(r, Rejection)] == ["E007"]
