"""Issue 9 regressions in the readers: a bad record is that record's rejection, with its code, and the rest is read."""

from __future__ import annotations

import json
from pathlib import Path

from sitroom.model import Article, Rejection
from sitroom.readers import MAX_ARTICLE_BYTES, read_paths

GOOD = {"id": "ok", "published": "2023-11-09", "text": "Protesters marched in Nairobi on Tuesday."}
DEEP = "[" * 1000 + "]" * 1000
MAX_JSON_BYTES = 20_000_000  # readers.MAX_JSON_BYTES, spelled out so that this file imports before the fix


def _read(path: Path) -> list[Article | Rejection]:
    return list(read_paths([str(path)]))


def test_readers_issue9_deep_jsonl_line_is_e004_and_the_rest_is_read(tmp_path: Path) -> None:
    f = tmp_path / "deep.jsonl"
    deep = json.dumps({**GOOD, "id": "deep"})[:-1] + f', "extra": {DEEP}}}'
    f.write_text(deep + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    first, second = _read(f)
    assert isinstance(first, Rejection) and first.code == "E004" and "nested too deeply" in first.reason
    assert first.where == "line 1"
    assert isinstance(second, Article) and second.id == "ok"


def test_readers_issue9_deep_json_document_is_e004(tmp_path: Path) -> None:
    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    [item] = _read(f)
    assert isinstance(item, Rejection) and item.code == "E004"


def test_readers_issue9_json_over_the_limit_is_e007_not_e004(tmp_path: Path) -> None:
    f = tmp_path / "big.json"
    f.write_text(json.dumps({**GOOD, "text": "x" * MAX_JSON_BYTES}), encoding="utf-8")
    [item] = _read(f)
    assert isinstance(item, Rejection) and item.code == "E007", item
    assert str(MAX_JSON_BYTES) in item.reason


def test_readers_issue9_big_json_on_stdin_is_e007(tmp_path: Path) -> None:
    import io

    data = ("[" + json.dumps({**GOOD, "text": "x" * MAX_JSON_BYTES}) + "]").encode()
    [item] = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert isinstance(item, Rejection) and item.code == "E007"


def test_readers_issue9_json_error_says_at_once(tmp_path: Path) -> None:
    f = tmp_path / "cut.json"
    f.write_text('{"id": "a", "text": "unterminated', encoding="utf-8")
    g = tmp_path / "cut.jsonl"
    g.write_text('{"id": "a", "text": "unterminated\n', encoding="utf-8")
    for path in (f, g):
        [item] = _read(path)
        assert isinstance(item, Rejection) and item.code == "E004"
        assert "at at" not in item.message(), item.message()
        assert "column" in item.reason


def test_readers_issue9_one_oversize_csv_row_rejects_only_that_row(tmp_path: Path) -> None:
    f = tmp_path / "rows.csv"
    big = "x" * (MAX_ARTICLE_BYTES * 2 + 10)  # over any field limit, not only the article limit
    f.write_text(
        "id,published,text\n"
        "a,2023-11-09,Police arrested two men in Kisumu.\n"
        f'b,2023-11-09,"{big}"\n'
        "c,2023-11-09,Protesters marched in Nairobi.\n",
        encoding="utf-8",
    )
    items = _read(f)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]
    assert isinstance(items[1], Rejection) and items[1].code == "E007"
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c"]
