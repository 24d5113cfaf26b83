"""Issue 10: a headline or standfirst on a line of its own is a sentence of its own, not the start of the lead's
(news pages put the headline above the body without a full stop). A line wrapped inside a sentence stays one."""

from __future__ import annotations

from typing import Any

from tests.article_cases import context_runner


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_headline_and_standfirst_are_sentences(nlp: Any) -> None:
    text = (
        "Roadside bomb kills army officer near the border\n"
        "The desert east of the river is rife with insurgents\n"
        "An officer was killed on Monday when a bomb exploded under his car, the ministry said."
    )
    assert _sentences(nlp, text) == [
        "Roadside bomb kills army officer near the border",
        "The desert east of the river is rife with insurgents",
        "An officer was killed on Monday when a bomb exploded under his car, the ministry said.",
    ]


def test_line_wrapped_inside_a_sentence_is_not_cut(nlp: Any) -> None:
    sentences = _sentences(nlp, "Gunmen attacked a convoy near the town of\nKismayo on Monday, police said.")
    assert sentences == ["Gunmen attacked a convoy near the town of\nKismayo on Monday, police said."]


def test_lower_case_line_start_is_not_cut(nlp: Any) -> None:
    assert len(_sentences(nlp, "Gunmen attacked a convoy on Monday\nkilling four people, police said.")) == 1


def test_event_told_in_a_headline_shows_its_full_sentence(nlp: Any, geoparser: Any) -> None:
    article = (
        "2024-03-05",
        "Roadside bomb kills army officer near Gao\n"
        "An army officer was killed on Monday when a roadside bomb exploded under his vehicle near Gao, the army "
        "said. Two soldiers were wounded in the blast. The army said it had opened an investigation. "
        "No group has claimed the attack. Attacks on convoys have risen this year. "
        "The road was closed for several hours.",
    )
    ctx = context_runner(nlp, geoparser, {"gao": article})("gao")
    bombs = [e for e in ctx.events if e.plover_event == "ASSAULT"]
    assert len(bombs) == 1, [e.evidence.sentence for e in bombs]
    shown = bombs[0]
    assert shown.evidence.sentence.startswith("An army officer was killed on Monday")
    start = shown.evidence.start
    assert start <= shown.trigger_start < shown.evidence.end  # the trigger shown is in the sentence shown
