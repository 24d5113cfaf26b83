"""Issue 9: an article whose processing raises is rejected alone (E015) and the batch goes on, in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from sitroom.core import Sitroom, each_article
from sitroom.model import Article, Rejection
from sitroom.pipeline import STEPS, Context, Pipeline, Step


def _articles(n: int, bad: set[int]) -> list[Article]:
    return [
        Article(
            id=f"a{i}",
            text=("BOOM " if i in bad else "") + f"Police arrested {i + 2} men in Kisumu on Monday.",
            published=date(2023, 11, 9),
            origin=f"feed.jsonl:{i + 1}",
        )
        for i in range(n)
    ]


@Language.component("issue9_explode")
def _explode(doc: Any) -> Any:
    if doc.text.startswith("BOOM"):
        raise RuntimeError("component failed")
    return doc


@pytest.mark.parametrize("bad", [{0}, {3}, {9}, {2, 3, 7}], ids=str)
def test_core_issue9_a_failing_parse_rejects_that_article_only(bad: set[int]) -> None:
    """A failure inside ``nlp.pipe`` (mid-batch, not at its head) rejects the article that caused it."""
    nlp = spacy.blank("en")
    nlp.add_pipe("issue9_explode")

    def run(articles: Iterable[Article]) -> Iterator[tuple[Article, int]]:
        for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=4):
            yield article, len(doc)

    rejected: list[Rejection] = []
    out = list(each_article(run, _articles(10, bad), rejected.append))
    assert [a.id for a, _ in out] == [f"a{i}" for i in range(10) if i not in bad]
    assert [r.code for r in rejected] == ["E015"] * len(bad)
    assert [r.where for r in rejected] == [f"id a{i}" for i in sorted(bad)]
    assert "RuntimeError: component failed" in rejected[0].reason


def _boom(ctx: Context, pipe: Pipeline) -> None:
    if ctx.article.text.startswith("BOOM"):
        raise ValueError("step failed")


@pytest.mark.slow
def test_core_issue9_a_failing_step_is_e015_and_ingest_goes_on(nlp: Any, geoparser: Any, tmp_path: Path) -> None:
    steps = (*STEPS[:1], Step("boom", ("article",), (), _boom), *STEPS[1:])
    core = Sitroom(str(tmp_path / "s.duckdb"), pipeline=Pipeline(nlp=nlp, geoparser=geoparser, steps=steps))
    rejected: list[Rejection] = []
    result = core.ingest(_articles(6, {1, 4}), on_reject=rejected.append)
    assert (result.articles_new, result.rejected) == (4, 2)
    assert [r.code for r in rejected] == ["E015", "E015"]
    assert rejected[0].message().startswith("feed.jsonl:2:id a1: could not be processed: ValueError: step failed")
    assert [r["code"] for r in core.store.rejections()] == ["E015", "E015"]
    core.close()


def test_core_issue9_sitroom_debug_prints_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("issue9_explode")

    def run(articles: Iterable[Article]) -> Iterator[tuple[Article, int]]:
        for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True):
            yield article, len(doc)

    rejected: list[Rejection] = []
    list(each_article(run, _articles(2, {0}), rejected.append))
    assert "Traceback" not in capsys.readouterr().err
    monkeypatch.setenv("SITROOM_DEBUG", "1")
    list(each_article(run, _articles(2, {0}), rejected.append))
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: component failed" in err
    assert [r.code for r in rejected] == ["E015", "E015"]
