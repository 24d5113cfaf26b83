"""The relevance cascade: a cheap look at an article's words decides what the full spaCy parse must see.

Most of a news stream is not about conflict, and most sentences of an article that is do not carry an event. The
cascade reads an article's words (no model: a word list, ``data/cascade.json``, built from the ACLED kinds of the
event lexicon) and plans its parse:

* ``skip``: a longer article none of whose sentences has a cue word yields no event and is not parsed at all;
* ``whole``: a short text (at most six sentences: a brief, a coder's note; sitroom always reports its best
  mention), or one whose cue sentences are most of it, is parsed whole, exactly as without the cascade;
* ``parts``: the sentences with a cue, their neighbours (a toll often follows its event; "the attack" refers back)
  and the lead (dateline, time and place of the story) are parsed by the full pipeline; the other sentences are
  only tokenized. The pieces are joined into one ``Doc`` whose text is exactly the article's, so every offset is
  unchanged; the tokenized-only sentences carry no tags, lemmas or entities and only a flat tree that keeps them
  sentences of their own, so no step finds an event in them, and the geoparser skips them (their token ranges are
  in ``doc.user_data[sitroom.nlp.UNPARSED]``).

:meth:`Cascade.parse_pairs` is a drop-in replacement for :func:`sitroom.nlp.parse_pairs` that yields ``None`` for a
skipped article. ``Pipeline(cascade=None)`` (``sitroom extract --no-cascade``) parses everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, TypeVar

from sitroom.extract.lexicons import load_data
from sitroom.nlp import CHUNK_CHARS, UNPARSED, parse_pairs

__all__ = ["STRICT", "UNPARSED", "Cascade", "CueWords", "Plan", "cue_words", "inflections", "sentence_spans"]

C = TypeVar("C")
PlanKind = Literal["skip", "whole", "parts"]

# a sentence ends after . ! ? (and a closing quote or bracket) before white space, or at a blank line
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])|\n\s*\n\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def inflections(lemma: str) -> set[str]:
    """The regular forms of an English word: plural or third person, past, gerund (with a final e dropped, a final
    consonant doubled, a final y turned into i). Irregular forms are listed in ``data/cascade.json``."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y") and len(lemma) > 2:
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@dataclass(frozen=True)
class CueWords:
    """Lower-case word forms and word sequences that mark a sentence as one that may carry a conflict event."""

    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    lower_only: frozenset[str]  # cues only as written in lower case ("march", not "March")
    longest: int = 1  # words in the longest phrase

    def hit(self, text: str) -> bool:
        """Does ``text`` hold a cue word or phrase?"""
        written = _WORD.findall(text)
        low = [w.lower().replace("\u2019", "'") for w in written]
        found = self.words.intersection(low)
        if found and any(w not in self.lower_only or w in written for w in found):
            return True
        return any(
            not self.phrases.isdisjoint(zip(*(low[k:] for k in range(n)), strict=False))
            for n in range(2, self.longest + 1)
        )


def _phrase_forms(words: list[str]) -> set[tuple[str, ...]]:
    """A lemma sequence with its first word inflected, and its last word too when it has more than one."""
    firsts = inflections(words[0])
    lasts = inflections(words[-1]) if len(words) > 1 else {words[-1]}
    if len(words) == 1:
        return {(f,) for f in firsts}
    return {(f, *words[1:-1], la) for f in firsts for la in lasts}


@lru_cache(maxsize=1)
def cue_words() -> CueWords:
    """The cue words of ``data/cascade.json`` (its ``_source`` says how they were chosen)."""
    spec = load_data("cascade.json")
    raw = load_data("event_lexicon.json")
    stop = {form for w in spec["not_cues"] for form in inflections(w)}
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for kind in spec["kinds"]:
        entry = raw["kinds"][kind]
        for lemma in entry["lemmas"]:
            words |= inflections(lemma) - stop
        for phrase in entry["phrases"]:
            if not set(phrase.split()) <= stop:
                phrases |= _phrase_forms(phrase.split())
    cues = [c for feature in spec["context_features"] for c in raw["context"][feature]]
    for cue in [c for c in cues if c not in stop] + spec["extra"]:
        parts = cue.split()
        if len(parts) == 1:
            words.add(cue)
        else:
            phrases.add(tuple(parts))
    longest = max((len(p) for p in phrases), default=1)
    return CueWords(frozenset(words), frozenset(phrases), frozenset(spec["lower_only"]), longest)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``text`` cut into sentences by punctuation and blank lines: consecutive ``(start, end)`` spans that cover it
    exactly (each span keeps the white space after its sentence)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
            start = m.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class Plan:
    """How one article is parsed: ``pieces`` are consecutive ``(start, end, full)`` spans covering its text, ``full``
    saying whether the piece gets the full parse (``parts`` only)."""

    kind: PlanKind
    pieces: tuple[tuple[int, int, bool], ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()  # the cascade's sentences (``parts`` only)

    @property
    def parsed_chars(self) -> int:
        return sum(e - s for s, e, full in self.pieces if full)


@dataclass(frozen=True)
class Cascade:
    """The relevance cascade's settings.

    ``neighbours``: sentences on each side of a cue sentence that are parsed too; ``lead``: first sentences always
    parsed; ``short``: a text of at most this many sentences (``pipeline.SHORT_DOC_SENTENCES``: a coder's note or a
    brief, whose rules read the whole text) is parsed whole or not at all; ``whole_share``: parse the whole text
    when the sentences to parse hold at least this share of its characters (the saving would not pay for the
    joins); ``skip_short``: skip a short text that has no cue word and none of the words that give the best
    mention sitroom reports for a brief an ACLED type (an armed actor, a demonstration, lethal force); off by
    default: a coder's note states its event in words no list foresees ("boycott", "a state of emergency",
    "corpses were found"); ``min_cue_sentences``: a longer article with
    fewer cue sentences is skipped (``STRICT`` asks for three: an article that mentions violence once in passing is
    not about it).

    A longer article parsed in parts keeps its sentence count (the cascade cuts the unparsed sentences where it
    cut them to plan), so the rules that read it (a text of up to twelve sentences gives its main event the first
    toll it states, read from the sentences' text) see the same article; a toll is stated with a cue word
    ("killed", "dead", "wounded"), so its sentence is parsed."""

    neighbours: int = 1
    lead: int = 1
    short: int = 6
    whole_share: float = 0.7
    skip_short: bool = False
    min_cue_sentences: int = 1
    cues: CueWords | None = None

    def plan(self, text: str) -> Plan:
        cues = self.cues or cue_words()
        sents = sentence_spans(text)
        if len(sents) <= self.short or len(text) > CHUNK_CHARS:
            skip = self.skip_short and len(text) <= CHUNK_CHARS and not cues.hit(text) and not _typed_brief(text)
            return Plan("skip") if skip else Plan("whole")
        hits = [cues.hit(text[s:e]) for s, e in sents]
        if sum(hits) < self.min_cue_sentences:
            return Plan("skip")
        keep = [False] * len(sents)
        for n, hit in enumerate(hits):
            if hit:
                for k in range(max(0, n - self.neighbours), min(len(sents), n + self.neighbours + 1)):
                    keep[k] = True
        for k in range(min(self.lead, len(sents))):
            keep[k] = True
        pieces: list[tuple[int, int, bool]] = []
        for (s, e), full in zip(sents, keep, strict=True):
            if pieces and pieces[-1][2] == full:
                pieces[-1] = (pieces[-1][0], e, full)
            else:
                pieces.append((s, e, full))
        plan = Plan("parts", tuple(pieces), tuple(sents))
        if plan.parsed_chars >= self.whole_share * len(text):
            return Plan("whole")
        return plan

    def parse_pairs(
        self, nlp: Any, pairs: Iterable[tuple[str, C]], batch_size: int = 64
    ) -> Iterator[tuple[Any | None, C]]:
        """Like :func:`sitroom.nlp.parse_pairs`, in input order, with ``None`` for an article the cascade skips."""
        batch: list[tuple[str, C]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= batch_size:
                yield from self._parse_batch(nlp, batch, batch_size)
                batch = []
        if batch:
            yield from self._parse_batch(nlp, batch, batch_size)

    def _parse_batch(self, nlp: Any, batch: list[tuple[str, C]], batch_size: int) -> Iterator[tuple[Any | None, C]]:
        plans = [self.plan(text) for text, _ in batch]
        docs: dict[int, Any] = {}
        whole = [(text, n) for n, ((text, _), p) in enumerate(zip(batch, plans, strict=True)) if p.kind == "whole"]
        for doc, n in parse_pairs(nlp, whole, batch_size):
            docs[n] = doc
        segments = [
            (batch[n][0][s:e], (n, k))
            for n, p in enumerate(plans)
            if p.kind == "parts"
            for k, (s, e, full) in enumerate(p.pieces)
            if full
        ]
        parsed = {key: doc for doc, key in nlp.pipe(segments, as_tuples=True, batch_size=batch_size)}
        for n, p in enumerate(plans):
            if p.kind == "parts":
                text = batch[n][0]
                pieces = [
                    parsed[(n, k)] if full else _tokens_only(nlp, text, s, e, p.sentences)
                    for k, (s, e, full) in enumerate(p.pieces)
                ]
                docs[n] = _join(pieces)
                unparsed, at = [], 0
                for piece, (_, _, full) in zip(pieces, p.pieces, strict=True):
                    if not full:
                        unparsed.append((at, at + len(piece)))
                    at += len(piece)
                docs[n].user_data[UNPARSED] = tuple(unparsed)
        for n, (_, context) in enumerate(batch):
            yield docs.get(n), context


STRICT = Cascade(skip_short=True, min_cue_sentences=3)  # faster; events in passing mentions are lost


def _typed_brief(text: str) -> bool:
    """Would the best mention of this brief, without a trigger word, take an ACLED type from its words (see
    ``extract.detect._fallback``)?"""
    from sitroom.extract.events import label_prefix
    from sitroom.extract.lexicons import event_lexicon

    context = event_lexicon().context
    low = text.lower()
    features = ("demonstration", "armed_actor", "lethal_force")
    return label_prefix(text) is not None or any(context[name].search(low) for name in features)


def _tokens_only(nlp: Any, text: str, start: int, end: int, sentences: tuple[tuple[int, int], ...]) -> Any:
    """The piece ``text[start:end]`` tokenized only, its sentences where the cascade cut them.

    ``Doc.from_docs`` takes the sentences of joined pieces from their dependency trees once any piece is parsed,
    so sentence starts alone would be lost at the join (the whole unparsed run would become one sentence of its
    parsed neighbour, changing the text's sentence count and every sentence-wide rule). Each sentence is given a
    flat tree instead: its first token the root (``ROOT``), every other token attached to it (``dep``); no tag,
    lemma or entity is set, so no step finds an event or a place in it."""
    import numpy
    from spacy.attrs import DEP, HEAD, IDX

    doc = nlp.make_doc(text[start:end])
    n = len(doc)
    if n:
        starts = numpy.array([s - start for s, _ in sentences if start <= s < end], dtype="int64")
        first = numpy.isin(doc.to_array(IDX).astype("int64"), starts)
        first[0] = True
        roots = numpy.flatnonzero(first)[numpy.cumsum(first) - 1]
        heads = (roots - numpy.arange(n)).astype("uint64")  # relative offsets, as spaCy stores them
        root, dep = nlp.vocab.strings.add("ROOT"), nlp.vocab.strings.add("dep")
        deps = numpy.where(first, root, dep).astype("uint64")
        doc.from_array([HEAD, DEP], numpy.stack([heads, deps], axis=1))
    return doc


def _join(pieces: list[Any]) -> Any:
    import numpy
    from spacy.tokens import Doc

    for doc in pieces:
        doc.tensor = numpy.zeros((0,), dtype="float32")
    return Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
