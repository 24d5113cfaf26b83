"""Number expressions: digits, words, vague quantities."""

from __future__ import annotations

import pytest

from sitroom.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("1,200", 1200),
        ("3 000", 3000),
        ("1.5 million", 1_500_000),
        ("two", 2),
        ("twenty-three", 23),
        ("two hundred and fifty", 250),
        ("a hundred", 100),
        ("one thousand two hundred", 1200),
        ("a dozen", 12),
        ("banana", None),
        ("", None),
    ],
)
def test_numbers_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("twenty-three people and 1,200 others", [("twenty-three", 23, False), ("1,200", 1200, False)]),
        ("dozens were hurt and hundreds fled", [("dozens", 12, True), ("hundreds", 100, True)]),
        ("several hundred protesters", [("several hundred", 300, True)]),
        ("a dozen soldiers", [("a dozen", 12, False)]),
        ("an unknown number of fighters", [("an unknown number of", 3, True)]),
        ("no numbers here at all", []),
    ],
)
def test_numbers_find_numbers(text: str, found: list[tuple[str, int, bool]]) -> None:
    got = [(n.text, n.value, n.vague) for n in find_numbers(text)]
    assert got == found


def test_numbers_offsets_point_into_text() -> None:
    text = "At least  forty-two were counted."
    (n,) = find_numbers(text)
    assert text[n.start : n.end] == "forty-two"
