"""Checks on the bundled demo corpus in src/sitroom/data/demo (issue 2, item 8)."""

from __future__ import annotations

import datetime as dt
import re
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest

DEMO: Traversable = files("sitroom").joinpath("data", "demo")
SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "nagorno-karabakh-ceasefire.txt"
SEED_NAME = "nagorno-karabakh-ceasefire.txt"

# The seed format: optional leading white space, `date YYYY-MM-DD`, white space, then the text.
ARTICLE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\s+(\S.*)\Z", re.DOTALL)
# Articles written for the corpus keep the date alone on the first line.
FIRST_LINE = re.compile(r"\Adate \d{4}-\d{2}-\d{2}\n")
SLUG = re.compile(r"\A[a-z0-9]+(?:-[a-z0-9]+)*\.txt\Z")

EARLIEST = dt.date(2020, 1, 1)


def _articles() -> list[Traversable]:
    return sorted((f for f in DEMO.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)


ARTICLES = _articles()
IDS = [f.name for f in ARTICLES]
WRITTEN = [f for f in ARTICLES if f.name != SEED_NAME]


def _parse(raw: bytes) -> tuple[dt.date, str]:
    text = raw.decode("utf-8")  # strict: invalid UTF-8 raises
    match = ARTICLE.match(text)
    assert match is not None, "not `date YYYY-MM-DD` followed by text"
    return dt.date.fromisoformat(match.group(1)), match.group(2)


def _normalised(body: str) -> str:
    return " ".join(body.lower().split())


def test_demo_corpus_has_at_least_30_articles() -> None:
    assert len(ARTICLES) >= 30
    assert SEED_NAME in IDS


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_demo_corpus_file_parses(article: Traversable) -> None:
    published, body = _parse(article.read_bytes())
    assert EARLIEST <= published <= dt.date.today()
    words = len(body.split())
    assert 80 <= words <= 400, f"{words} words"
    assert "\ufffd" not in body
    assert "\r" not in body


@pytest.mark.parametrize("article", WRITTEN, ids=[f.name for f in WRITTEN])
def test_demo_corpus_written_articles_keep_date_line_alone(article: Traversable) -> None:
    text = article.read_text(encoding="utf-8")
    assert FIRST_LINE.match(text), "first line must be exactly `date YYYY-MM-DD`"
    assert 80 <= len(text.split()) - 2 <= 250
    assert "http" not in text


@pytest.mark.parametrize("name", IDS)
def test_demo_corpus_file_names_are_slugs(name: str) -> None:
    assert SLUG.match(name), name


def test_demo_corpus_has_no_duplicate_texts() -> None:
    bodies = [_normalised(_parse(a.read_bytes())[1]) for a in ARTICLES]
    assert len(set(bodies)) == len(bodies)
    # no article opens with the same sentence as another one either
    openings = [b.split(". ")[0] for b in bodies]
    assert len(set(openings)) == len(openings)


@pytest.mark.parametrize(
    ("raw", "ok"),
    [
        (b"date 2022-02-25\nRussian forces crossed the border.", True),
        (b"  \n date 2023-11-09 Text on the same line.", True),
        (b"date 2023-02-30\nImpossible day.", False),
        (b"date 2023-11-09\n   \n", False),
        (b"Published 2023-11-09\nNo date line.", False),
        (b"date 2023-11-09\n\xff\xfe not utf-8", False),
    ],
)
def test_demo_corpus_parser_accepts_only_the_seed_format(raw: bytes, ok: bool) -> None:
    # guards the checker itself: the checks above must be able to fail
    if ok:
        _parse(raw)
    else:
        with pytest.raises((AssertionError, ValueError)):
            _parse(raw)


def test_demo_corpus_sources_lists_every_article() -> None:
    sources = DEMO.joinpath("SOURCES.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in sources
    listed = set(re.findall(r"^\| ([a-z0-9-]+\.txt) \|", sources, flags=re.MULTILINE))
    assert listed == set(IDS)


def test_demo_corpus_seed_is_verbatim() -> None:
    if not SHARED_SEED.is_file():
        pytest.skip(f"founding seed not found at {SHARED_SEED}")
    assert DEMO.joinpath(SEED_NAME).read_bytes() == SHARED_SEED.read_bytes()
