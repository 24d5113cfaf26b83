"""Issue 9: a text longer than spaCy's ``max_length`` is parsed in pieces, with the article's exact text and offsets."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.nlp import parse_pairs, split_text

PARAGRAPH = (
    "Gunmen killed five people in Nairobi on Monday, police said. Protesters marched in Kisumu.\n"
    "A second line of the same paragraph ends here!  "
)


@given(st.text(st.sampled_from("ab .!?\n\t\u201d"), max_size=400), st.integers(1, 60))
@settings(max_examples=300, deadline=None)
def test_nlp_issue9_split_text_joins_back_exactly(text: str, size: int) -> None:
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces) or text == ""


def test_nlp_issue9_split_text_prefers_paragraphs_then_sentences() -> None:
    text = "First paragraph. Still first.\n\nSecond paragraph is here. And more.\n\nThird."
    first, second, rest = "First paragraph. Still first.\n\n", "Second paragraph is here. ", "And more.\n\nThird."
    assert split_text(text, 50) == [first, second + rest]
    assert split_text(text, 28) == ["First paragraph. ", "Still first.\n\n", second, rest]
    assert split_text("One two. Three four five six.", 12) == ["One two. ", "Three four ", "five six."]
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_nlp_issue9_text_over_max_length_is_parsed_not_refused() -> None:
    nlp = spacy.blank("en")
    nlp.max_length = 1000
    text = "\n\n".join([PARAGRAPH] * 60)
    assert len(text) > nlp.max_length
    with pytest.raises(ValueError, match="E088"):
        list(nlp.pipe([text]))
    [(doc, ctx)] = list(parse_pairs(nlp, [(text, "long")], chunk=900))
    assert ctx == "long" and doc.text == text
    assert [t.text for t in doc] == [t.text for t in spacy.blank("en").make_doc(text)]


@pytest.mark.slow
def test_nlp_issue9_joined_doc_keeps_offsets_sentences_and_entities(nlp: Any) -> None:
    text = "\n\n".join([PARAGRAPH] * 30)
    short = "Police arrested two men in Kisumu."
    out = list(parse_pairs(nlp, [(short, 0), (text, 1), (short, 2)], batch_size=4, chunk=1000))
    assert [c for _, c in out] == [0, 1, 2]
    doc = out[1][0]
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    assert sum(1 for e in doc.ents if e.text == "Nairobi") == 30
    sents = list(doc.sents)
    assert len(sents) >= 90 and all(text[s.start_char : s.end_char] == s.text for s in sents)
    assert out[0][0].text == short and out[2][0].text == short
