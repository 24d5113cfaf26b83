"""Sentences of an article for agreement reading: split (abbreviations and datelines aside), with the actors and the
resolved time expressions of each, and which dates are only the report's own ("said on Sunday")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sitroom.agreements.lexicon import ActorSpan, AgreementLexicon, find_actors
from sitroom.extract.dates import find_times
from sitroom.extract.lexicons import word_lists
from sitroom.model import TimeExpression

_MODAL = re.compile(r"\b(?:can|could|may|might)\s+(?:also\s+)?(?:be\s+)?$", re.I)

__all__ = ["NUMBER_WORDS", "Sentence", "is_report_date", "split_sentences"]

_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'/-]{1,60},\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+[-\u2013\u2014]+\s+")
_ABBREV = re.compile(
    r"(?:\b[A-Z]\.(?:[A-Z]\.)+|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mr|Mrs|Ms|"
    r"Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Gov|Sen|Rep|Prof|a\.m|p\.m)\.)$"
)
_SPLIT = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[\"\u201c(]?[A-Z0-9])")
_NUMBERS = word_lists("number_words.json")
# the number words of a term or a toll ("a seven-day truce", "forty days", "killed two"): cardinals and the articles
NUMBER_WORDS = {
    **_NUMBERS.counts("articles"),
    **_NUMBERS.counts("units"),
    **_NUMBERS.counts("tens"),
    **_NUMBERS.counts("scales"),
}


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    guard_at: int  # where the sentence starts to propose, refuse or fail an agreement (-1: nowhere)
    actors: list[ActorSpan] = field(default_factory=list)  # offsets relative to the sentence
    times: list[TimeExpression] = field(default_factory=list)  # offsets relative to the sentence

    @property
    def guarded(self) -> bool:
        return self.guard_at >= 0

    def guards(self, pos: int) -> bool:
        """Whether what is said at ``pos`` is only proposed, refused, failed or possible ("a proposal to extend
        the truce", "can be extended"): no act, term or renewal comes from it."""
        return 0 <= self.guard_at <= pos or bool(_MODAL.search(self.text[max(0, pos - 16) : pos]))


def split_sentences(text: str, published: date, lex: AgreementLexicon) -> list[Sentence]:
    """The sentences of ``text`` after its dateline ("YEREVAN/BAKU, Nov 10 - "), each with its actors and times."""
    body = _DATELINE.match(text)
    begin = body.end() if body else 0
    times = [_with_year(text, t) for t in find_times(text, published) if t.start >= begin]
    return _sentences(text, begin, times, lex)


def _with_year(text: str, t: TimeExpression) -> TimeExpression:
    """ "since November 2020" read as "since November": the year written right after a month is the month's."""
    m = re.match(r"\s+((?:19|20)\d\d)\b", text[t.end : t.end + 6])
    if t.precision == "month" and m:
        d = date(int(m.group(1)), t.date.month, 1)
        return TimeExpression(
            t.start, t.end + m.end(), text[t.start : t.end + m.end()], d, "month", None, t.para_start, t.para_end
        )
    return t


def _sentences(text: str, begin: int, times: list[TimeExpression], lex: AgreementLexicon) -> list[Sentence]:
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text[begin:]):
        start = begin + para.start()
        last = start
        for m in _SPLIT.finditer(text, start, begin + para.end()):
            if _ABBREV.search(text, max(start, m.start() - 8), m.start()):
                continue
            spans.append((last, m.start() + 1))
            last = m.end()
        spans.append((last, begin + para.end()))
    out: list[Sentence] = []
    for a, b in spans:
        chunk = text[a:b].strip()
        if not chunk:
            continue
        a = text.index(chunk, a)
        guard = lex.guard.search(chunk)
        s = Sentence(len(out), a, a + len(chunk), chunk, guard.start() if guard else -1)
        s.actors = find_actors(chunk, lex)
        s.times = [
            TimeExpression(t.start - a, t.end - a, t.text, t.date, t.precision, t.end_date, t.para_start, t.para_end)
            for t in times
            if a <= t.start < a + len(chunk)
        ]
        out.append(s)
    return out


def is_report_date(s: Sentence, t: TimeExpression, lex: AgreementLexicon) -> bool:
    return bool(lex.reporting_date.search(s.text[max(0, t.start - 40) : t.start]))
