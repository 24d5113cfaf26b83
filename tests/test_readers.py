"""Readers: every input format streams, and every kind of bad input becomes one Rejection while the rest goes on."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.errors import InputError
from sitroom.model import Article, Rejection
from sitroom.readers import MAX_ARTICLE_BYTES, parse_published, read_paths

GOOD = {"id": "a1", "published": "2023-11-09", "text": "Protesters marched in Nairobi on Tuesday."}


def _read(*paths: Path | str, published: date | None = None) -> list[Article | Rejection]:
    return list(read_paths([str(p) for p in paths], published=published))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-09", date(2023, 11, 9)),
        ("2023-11-09T14:05:00Z", date(2023, 11, 9)),
        ("2023-11-09T23:30:00+05:00", date(2023, 11, 9)),
        (None, None),
        ("", None),
    ],
)
def test_readers_parse_published_accepts_dates_and_datetimes(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13-01", "yesterday", "09/11/2023", 20231109])
def test_readers_parse_published_rejects_impossible_dates(value: object) -> None:
    with pytest.raises(InputError) as err:
        parse_published(value)
    assert err.value.code == "E006"


@pytest.mark.parametrize("lead", ["", "   ", "\n\n", " \t"])
def test_readers_seed_format_with_leading_space(tmp_path: Path, lead: str) -> None:
    f = tmp_path / "my-article.txt"
    f.write_text(f"{lead}date 2023-11-09 Azerbaijan launched an operation.\nSecond line.", encoding="utf-8")
    [item] = _read(f)
    assert isinstance(item, Article)
    assert item.id == "my-article"
    assert item.published == date(2023, 11, 9)
    assert item.text == "Azerbaijan launched an operation.\nSecond line."


def test_readers_plain_text_needs_published(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Clashes erupted overnight.", encoding="utf-8")
    [rejected] = _read(f)
    assert isinstance(rejected, Rejection) and rejected.code == "E009"
    [article] = _read(f, published=date(2024, 6, 25))
    assert isinstance(article, Article) and article.published == date(2024, 6, 25)


def test_readers_jsonl_ignores_unknown_keys_and_reads_without_published(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    rows = [dict(GOOD, gold={"x": 1}), {"id": "b", "text": "Shelling hit Kharkiv on 3 March 2022."}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b = _read(f)
    assert isinstance(a, Article) and a.id == "a1" and a.published == date(2023, 11, 9)
    assert isinstance(b, Article) and b.published is None


def test_readers_malformed_line_among_good_ones(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps(GOOD),
        "{not json",
        json.dumps({"id": "notext", "published": "2023-01-01"}),
        json.dumps({"id": "baddate", "published": "2023-02-30", "text": "x"}),
        "[1, 2]",
        json.dumps(dict(GOOD, id="a2")),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(f)
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Rejection",
        "Rejection",
        "Rejection",
        "Rejection",
        "Article",
    ]
    codes = [i.code for i in items if isinstance(i, Rejection)]
    assert codes == ["E004", "E005", "E006", "E010"]
    wheres = [i.where for i in items if isinstance(i, Rejection)]
    assert wheres[0] == "line 2" and "notext" in wheres[1] and "baddate" in wheres[2]
    assert all(str(f) in i.message() for i in items if isinstance(i, Rejection))


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "E001"),
        (b"   \n\n", "E001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E002"),
        (b"date 2023-11-09 caf\xe9 bombed", "E003"),
    ],
)
def test_readers_bad_files_are_rejected_whole(tmp_path: Path, content: bytes, code: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [item] = _read(f)
    assert isinstance(item, Rejection) and item.code == code


def test_readers_nul_in_a_csv_field_is_that_rows_content_not_a_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "nul.csv"
    f.write_bytes(b"id,published,text\r\na,2023-01-02,\r\nb,2023-01-02,Police fired\x00 on protesters.\r\n")
    items = _read(f)
    assert [type(i).__name__ for i in items] == ["Rejection", "Article"]
    assert isinstance(items[0], Rejection) and items[0].code == "E005"
    assert isinstance(items[1], Article) and items[1].text == "Police fired\x00 on protesters."


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".txt"])
def test_readers_binary_file_is_e002_whatever_its_name(tmp_path: Path, suffix: str) -> None:
    f = tmp_path / f"image{suffix}"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [item] = _read(f)
    assert isinstance(item, Rejection) and item.code == "E002"


def test_readers_nul_in_plain_text_is_still_binary(tmp_path: Path) -> None:
    f = tmp_path / "nul.txt"
    f.write_bytes(b"date 2023-01-02\nPolice fired\x00 on protesters.")
    [item] = _read(f)
    assert isinstance(item, Rejection) and item.code == "E002"


def test_readers_invalid_utf8_line_in_jsonl_rejects_only_that_line(tmp_path: Path) -> None:
    f = tmp_path / "enc.jsonl"
    f.write_bytes(json.dumps(GOOD).encode() + b"\n" + b'{"id": "x", "text": "caf\xe9"}\n' + json.dumps(GOOD).encode())
    items = _read(f)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]
    assert isinstance(items[1], Rejection) and items[1].code == "E003"


def test_readers_huge_article_is_rejected(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("date 2023-11-09 " + "word " * (20_000_000 // 5), encoding="utf-8")
    [item] = _read(big)
    assert isinstance(item, Rejection) and item.code == "E007"
    jl = tmp_path / "big.jsonl"
    jl.write_text(json.dumps(dict(GOOD, text="x" * (MAX_ARTICLE_BYTES + 10))) + "\n" + json.dumps(GOOD) + "\n")
    items = _read(jl)
    assert isinstance(items[0], Rejection) and items[0].code == "E007"
    assert isinstance(items[1], Article)


def test_readers_csv_with_same_columns(tmp_path: Path) -> None:
    f = tmp_path / "in.csv"
    f.write_text('id,published,text,title\nc1,2022-02-24,"Missiles struck Kyiv, officials said.",Kyiv\nc2,,,\n')
    a, b = _read(f)
    assert isinstance(a, Article) and a.id == "c1" and a.title == "Kyiv" and a.published == date(2022, 2, 24)
    assert isinstance(b, Rejection) and b.code == "E005"


def test_readers_csv_without_text_column(tmp_path: Path) -> None:
    f = tmp_path / "in.csv"
    f.write_text("id,body\n1,hello\n")
    [item] = _read(f)
    assert isinstance(item, Rejection) and item.code == "E011"


def test_readers_directory_recursive_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("date 2023-01-02 Second.")
    (tmp_path / "a.txt").write_text("date 2023-01-01 First.")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("date 2023-01-01 Hidden.")
    (tmp_path / "notes.md").write_text("ignored")
    items = _read(tmp_path)
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "two"]


def test_readers_missing_path_and_unknown_suffix(tmp_path: Path) -> None:
    other = tmp_path / "x.docx"
    other.write_bytes(b"PK")
    a, b = _read(tmp_path / "nope.jsonl", other)
    assert isinstance(a, Rejection) and a.code == "E008"
    assert isinstance(b, Rejection) and b.code == "E012"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (json.dumps(GOOD).encode() + b"\n", "jsonl"),
        (b"date 2023-11-09 Text here.", "txt"),
        (b"[" + json.dumps(GOOD).encode() + b"]", "json"),
    ],
)
def test_readers_stdin_is_sniffed(data: bytes, kind: str) -> None:
    [item] = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert isinstance(item, Article), kind
    assert item.published == date(2023, 11, 9)


_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1).filter(
    lambda s: s.strip() != ""
)


# ids that are not blank: a blank id is no id (the record takes its line's id; the test below)
_ids = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != "")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_ids, _texts, st.dates()), min_size=1, max_size=8))
def test_readers_jsonl_round_trip_property(rows: list[tuple[str, str, date]]) -> None:
    data = "".join(json.dumps({"id": i, "text": t, "published": d.isoformat()}) + "\n" for i, t, d in rows)
    items = list(read_paths(["-"], stdin=io.BytesIO(data.encode("utf-8"))))
    assert len(items) == len(rows)
    for item, (rid, text, day) in zip(items, rows, strict=True):
        assert isinstance(item, Article)
        assert (item.id, item.text, item.published) == (rid, text, day)


def test_readers_are_streaming(tmp_path: Path) -> None:
    """The first record comes out before the rest of a large file is read."""
    f = tmp_path / "many.jsonl"
    with f.open("w") as out:
        for i in range(20000):
            out.write(json.dumps(dict(GOOD, id=str(i))) + "\n")
    gen = read_paths([str(f)])
    first = next(gen)
    assert isinstance(first, Article) and first.id == "0"
    gen.close()


def test_readers_blank_id_is_no_id() -> None:
    data = json.dumps({"id": "  ", "text": "Protesters marched.", "published": "2024-01-02"}) + "\n"
    [item] = list(read_paths(["-"], stdin=io.BytesIO(data.encode("utf-8"))))
    assert isinstance(item, Article) and item.id == "stdin-1"
