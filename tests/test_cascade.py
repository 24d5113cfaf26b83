"""The relevance cascade: which words are cues, how an article's parse is planned, and that a planned parse keeps the
article's text and the events of its cue sentences."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitroom.cascade import Cascade, cue_words, inflections, sentence_spans
from sitroom.geo import Geoparser
from sitroom.model import Article
from sitroom.nlp import UNPARSED
from sitroom.pipeline import Pipeline

FILLER = [
    "The city council met on Monday to discuss the budget for the new library.",
    "Members argued for hours about the cost of the roof.",
    "A local bakery won a prize for its bread at the regional fair.",
    "The weather stayed mild all week, with light rain in the evenings.",
    "Schools will reopen after the holiday on the first of the month.",
    "The mayor thanked the volunteers who cleaned the riverside park.",
    "Tickets for the summer concert went on sale at the town hall.",
    "A new bus route will link the station with the hospital.",
]
CALM = FILLER + [f"On day {n} the market sold fresh fruit and bread." for n in range(1, 7)]  # 14 sentences
CUE = "Gunmen killed three villagers near Marsabit on Sunday, police said."
TOLL = "Two more people died of their wounds in hospital."


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Gunmen killed three villagers.", True),
        ("Soldiers opened fire on the crowd.", True),  # a phrase of words that are no cue alone
        ("The council will meet in March.", False),  # March the month, not a march
        ("Thousands marched through the capital.", True),
        ("The fire brigade came quickly.", False),  # 'fire' alone is no cue
        ("Trade talks resumed in Geneva.", False),
        ("Thousands joined rallies across the country.", True),  # issue 13: the plural is cue, 'rally' is not
        ("He pointed a gun at the clerk.", True),
        ("The rate was set according to the rules.", False),  # issue 13: 'according' is no form of 'accord'
    ],
)
def test_cascade_cue_words(text: str, hit: bool) -> None:
    assert cue_words().hit(text) is hit


def test_cascade_inflections_regular_forms() -> None:
    assert {"attacks", "attacked", "attacking"} <= inflections("attack")
    assert {"seized", "seizing", "seizes"} <= inflections("seize")
    assert {"stabbed", "stabbing"} <= inflections("stab")


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"'A1")), max_size=80))
def test_cascade_sentence_spans_cover_the_text(text: str) -> None:
    spans = sentence_spans(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(s < e for s, e in spans) or text == ""


def test_cascade_plan_skips_a_long_article_without_a_cue() -> None:
    assert Cascade().plan(" ".join(CALM)).kind == "skip"


def test_cascade_plan_parses_a_short_text_whole_even_without_a_cue() -> None:
    assert Cascade().plan(" ".join(FILLER[:3])).kind == "whole"
    assert Cascade(skip_short=True).plan(" ".join(FILLER[:3])).kind == "skip"


def test_cascade_plan_parts_keep_the_lead_the_cue_and_its_neighbours() -> None:
    text = " ".join([*CALM[:7], CUE, TOLL, *CALM[7:]])
    plan = Cascade().plan(text)
    assert plan.kind == "parts"
    parsed = "".join(text[s:e] for s, e, full in plan.pieces if full)
    assert all(s in parsed for s in (CALM[0], CALM[6], CUE, TOLL, CALM[7]))
    assert CALM[2] not in parsed and CALM[10] not in parsed
    assert "".join(text[s:e] for s, e, _ in plan.pieces) == text


@pytest.mark.slow
def test_cascade_parse_keeps_the_text_and_the_events_of_cue_sentences(nlp: Any, geoparser: Geoparser) -> None:
    text = " ".join([*CALM[:7], CUE, TOLL, *CALM[7:]])
    long_calm = " ".join(CALM)
    articles = [Article(id="a", text=text), Article(id="b", text=long_calm), Article(id="c", text=CUE)]
    pairs = [(a.text, a.id) for a in articles]
    docs = dict((k, d) for d, k in Cascade().parse_pairs(nlp, pairs))
    assert docs["a"].text == text and docs["b"] is None and docs["c"].text == CUE
    plain = Pipeline(nlp=nlp, geoparser=geoparser)
    cascaded = Pipeline(nlp=nlp, geoparser=geoparser, cascade=Cascade())
    full = dict((a.id, evs) for a, evs in plain.run_many(articles))
    fast = dict((a.id, evs) for a, evs in cascaded.run_many(articles))
    assert fast["b"] == []
    assert fast["c"] == full["c"]
    want = [(e.acled_event_type, e.date, e.fatalities.killed) for e in full["a"] if e.acled_event_type]
    got = [(e.acled_event_type, e.date, e.fatalities.killed) for e in fast["a"] if e.acled_event_type]
    assert want and got == want


def test_cascade_issue13_text_of_seven_to_twelve_sentences_is_parsed_in_parts() -> None:
    text = " ".join([*CALM[:4], CUE, *CALM[4:7]])  # eight sentences: no brief
    assert Cascade().plan(text).kind == "parts"
    assert Cascade().plan(" ".join([CUE, *CALM[:5]])).kind == "whole"  # six: a brief, parsed whole


def test_cascade_issue13_skip_short_keeps_a_brief_whose_best_mention_is_typed() -> None:
    strict = Cascade(skip_short=True)
    assert strict.plan("Police patrolled the market on Monday. Traders stayed home.").kind == "whole"
    assert strict.plan("Arrests: On 3 May, a trader was held in Kisumu.").kind == "whole"  # a coder's label
    assert strict.plan("The bakery won a prize. The judges liked its bread.").kind == "skip"


@pytest.mark.slow
def test_cascade_issue13_later_steps_read_only_the_parsed_sentences(nlp: Any, geoparser: Geoparser) -> None:
    calm = [*CALM[:7], "The choir of Nakuru sang at the fair in Nakuru on Saturday.", *CALM[7:]]
    text = " ".join([*calm[:3], CUE, *calm[3:]])
    doc = next(Cascade().parse_pairs(nlp, [(text, "a")]))[0]
    unparsed = doc.user_data[UNPARSED]
    assert unparsed
    assert len(list(doc.sents)) == len(sentence_spans(text))  # the join keeps every unparsed sentence's start
    for start, end in unparsed:  # only tokenized: no tags; the parsed tokens have them
        assert all(not t.tag_ for t in doc[start:end])
        assert doc[start].is_sent_start
    assert all(t.tag_ for t in doc[: unparsed[0][0]] if not t.is_space)
    places = {p.text for p in geoparser.parse(doc, for_events=True)}
    assert "Marsabit" in places and "Nakuru" not in places  # the cue sentence is read, the others are not
    assert "Nakuru" in {p.text for p in geoparser.parse(nlp(text), for_events=True)}  # as a full parse reads it
