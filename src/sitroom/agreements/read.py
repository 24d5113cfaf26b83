"""Reading one article for agreements: what it says about ceasefires, truces and peace deals, sentence by sentence.

The reading is positional and knows nothing of the store: agreement mentions (with a date when the text dates the
agreement it means, "the Nov. 10 statement"), acts of concluding one ("agreed on Wednesday to ..."), parties,
mediators, terms, effective and expiry dates, status changes (renewed, expired, collapsed) and the dated incidents
of violence the article reports, with who is said to be behind each and on whose word. The tracker
(:mod:`sitroom.agreements.track`) decides which agreement each of these belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitroom.agreements.incidents import Incident, find_incidents
from sitroom.agreements.lexicon import AgreementLexicon, agreement_lexicon
from sitroom.agreements.sentences import NUMBER_WORDS, Sentence, is_report_date, split_sentences
from sitroom.model import TimeExpression

__all__ = ["Clause", "Incident", "Mention", "Reading", "Sentence", "read_article"]


_LISTED = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s+(?:along\s+)?with\s+)(?:the\s+)?$")


_OTHERS = re.compile(
    r"\b(?:earlier|previous|past|prior|other|former|several|many|similar|failed|successive|repeated)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_ANNOUNCER = re.compile(r",\s+(?P<who>(?:the\s+)?[A-Z][^,.;]{1,60}?)\s+(?:said|announced)\b")
_NOMINAL = re.compile(r"\b(?:the|a|its|their)\s+$", re.I)  # "the signing": a noun, not an act


@dataclass
class Mention:
    sentence: int
    start: int  # in the sentence
    end: int
    kind: str | None  # None: a generic noun ("the deal")
    ref: tuple[date, str] | None  # the date the text gives the agreement it means, with its precision
    other: bool = False  # "earlier truces", "previous ceasefires": other agreements, not tracked from here


@dataclass
class Clause:
    """A positional fact: something said in one sentence at one offset (a term, a mediator, a date...)."""

    sentence: int
    pos: int
    what: str
    value: object = None
    when: date | None = None


@dataclass
class Reading:
    published: date
    sentences: list[Sentence]
    mentions: list[Mention]
    facts: list[Clause]
    incidents: list[Incident]
    acknowledged: set[str]  # codes that own their action in the article ("its counter-terrorist operation")
    lead_concerns: bool  # the first sentence is about an agreement or a breach of one


def read_article(text: str, published: date, lexicon: AgreementLexicon | None = None) -> Reading:
    lex = lexicon or agreement_lexicon()
    sentences = split_sentences(text, published, lex)
    has_kind = any(p.search(s.text) for s in sentences for _, p in lex.kinds)
    mentions = [m for s in sentences for m in _mentions(s, has_kind, lex)]
    facts: list[Clause] = []
    for s in sentences:
        facts += _facts(s, published, lex)
    incidents, acknowledged = find_incidents(sentences, published, lex)
    first = sentences[0] if sentences else None
    lead = bool(first) and (
        any(m.sentence == 0 for m in mentions)
        or any(f.sentence == 0 and f.what == "status" for f in facts)
        or any(i.sentence == 0 for i in incidents)
    )
    return Reading(published, sentences, mentions, facts, incidents, acknowledged, lead)


def _mentions(s: Sentence, has_kind: bool, lex: AgreementLexicon) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in lex.kinds:
        for m in pattern.finditer(s.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(Mention(s.index, m.start(), m.end(), kind, None))
    if has_kind:
        for m in lex.generic.finditer(s.text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(Mention(s.index, m.start(), m.end(), None, None))
    for mention in found:
        mention.ref = _reference_date(s, mention, lex)
        noun = s.text[mention.start : mention.end]
        mention.other = bool(
            _OTHERS.search(s.text[max(0, mention.start - 40) : mention.start])
            or (
                (noun.lower().endswith("s") and not noun.lower().endswith(("ss", "hostilities", "statements")))
                and s.text[mention.end : mention.end + 1] != "'"
            )
        )
    return sorted(found, key=lambda x: x.start)


def _reference_date(s: Sentence, m: Mention, lex: AgreementLexicon) -> tuple[date, str] | None:
    """A date the text ties to the agreement noun: "the Nov. 10 statement", "the truce agreed on Nov. 10", "the
    arrangement that had frozen the conflict since November 2020", "a truce took effect in April"."""
    for t in s.times:
        if t.precision not in ("day", "month"):
            continue
        before = m.start - 25 <= t.start and t.end <= m.start and "," not in s.text[t.end : m.start]
        after = m.end <= t.start <= m.end + 50 and not re.search(
            r"[,;(]|\b(?:a day|after|before)\b", s.text[m.end : t.start]
        )
        if before or after:
            return (t.date, t.precision)
    return None


def _date_near(s: Sentence, pos: int, width: int, lex: AgreementLexicon, published: date) -> TimeExpression | None:
    """The first day-precise date starting within ``width`` characters after ``pos`` that is not the report's own
    date ("said on Sunday")."""
    for t in s.times:
        if t.precision == "day" and pos <= t.start <= pos + width and not is_report_date(s, t, lex):
            return t
    return None


def _facts(s: Sentence, published: date, lex: AgreementLexicon) -> list[Clause]:
    out: list[Clause] = []
    text = s.text
    for term, pattern in lex.terms.items():
        for m in pattern.finditer(text):
            if not s.guards(m.start()):
                out.append(Clause(s.index, m.start(), "term", term))
    for m in lex.act.finditer(text):
        if s.guards(m.start()) or _NOMINAL.search(text[max(0, m.start() - 5) : m.start()]):
            continue
        if re.match(r"\s+by\b", text[m.end() :]):  # "the truce signed by both sides": a participle
            continue
        out.append(Clause(s.index, m.start(), "act", m.group(0).lower(), _act_date(s, m, lex, published)))
        announcer = _ANNOUNCER.search(text, m.end())
        if announcer:  # "..., Saudi Arabia and the United States said": who announces a deal brokered it
            for x in s.actors:
                if announcer.start("who") <= x.start < announcer.end("who"):
                    out.append(Clause(s.index, announcer.start(), "announcer", x.code))
    for m in lex.effective.finditer(text):
        t = _date_near(s, m.end(), 60, lex, published)
        if t is not None and not s.guards(m.start()):
            out.append(Clause(s.index, m.start(), "effective", None, _ahead(t, published, m.group(0))))
    for m in lex.status["extended"].finditer(text):
        if s.guards(m.start()):
            continue
        t = _date_near(s, m.end(), 40, lex, published) or _act_day(s, lex, published)
        span = _duration(text[m.end() : m.end() + 60], lex)
        out.append(Clause(s.index, m.start(), "extended", span, t.date if t else None))
        if t is not None:  # "renewed twice, on June 2 and Aug. 2": every date of the list is a renewal
            for u in s.times:
                if u.precision == "day" and t.end < u.start <= t.end + 30:
                    out.append(Clause(s.index, m.start(), "extended", span, u.date))
    out += _mediators(s, lex)
    for m in lex.duration.finditer(text):
        rest = text[m.end() : m.end() + 30]
        if any(p.search(rest) for _, p in lex.kinds):
            span = _span(m.group("n"), m.group("unit")) if m.group("n") else (1, m.group("unit1").lower())
            out.append(Clause(s.index, m.start(), "duration", span))
    for m in lex.expiry_due.finditer(text):
        t = _date_near(s, m.end(), 40, lex, published)
        if t is not None:
            out.append(Clause(s.index, m.start(), "expires", None, t.date))
    for status in ("expired", "collapsed"):
        for m in lex.status[status].finditer(text):
            t = _date_near(s, m.end(), 50, lex, published)
            if t is None or t.date > published:
                past = [u.date for u in s.times if u.precision == "day" and u.date <= published]
                when = max(past) if past else published
            else:
                when = t.date
            out.append(Clause(s.index, m.start(), "status", status, when))
    return out


def _act_day(s: Sentence, lex: AgreementLexicon, published: date) -> TimeExpression | None:
    """The day a sentence dates its act by ("agreed on Monday to extend ..."), when it has one verb of agreeing."""
    act = lex.act.search(s.text)
    if act is None:
        return None
    days = [t for t in s.times if t.precision == "day" and t.date <= published and not is_report_date(s, t, lex)]
    return days[0] if len(days) == 1 else None


def _ahead(t: TimeExpression, published: date, cue: str) -> date:
    """A weekday named for a start to come ("starting on Saturday", "due to take effect on Monday") is the coming
    one, not the last; one that "took effect on Friday" is the last."""
    past = re.search(r"\b(?:took|came|went|began|started|entered)\b", cue, re.I)
    if not past and t.date < published and not re.search(r"\d", t.text) and re.search(r"day\b", t.text):
        return date.fromordinal(t.date.toordinal() + 7)
    return t.date


def _act_date(s: Sentence, m: re.Match[str], lex: AgreementLexicon, published: date) -> date | None:
    """The date of an act: a date written next to its verb ("signed ... late on Monday", "agreed on Wednesday"; a
    month or a year dates an older act), else the report's own date ("said on Friday"), else the publication date
    (news tells of acts of the day)."""
    effective = [e.end() for e in lex.effective.finditer(s.text)]
    reported = None
    for t in s.times:
        if t.date > published:
            continue
        if t.precision == "day" and is_report_date(s, t, lex):
            reported = reported or t.date
            continue
        if any(0 <= t.start - e <= 20 for e in effective):
            continue
        if m.end() <= t.start <= m.end() + 45 or (m.start() - 25 <= t.start and t.end <= m.start()):
            return t.date
    return reported or published


def _span(n: str, unit: str) -> tuple[int, str]:
    value = NUMBER_WORDS.get(n.lower())
    return (value if value is not None else int(n), unit.lower())


def _duration(text: str, lex: AgreementLexicon) -> tuple[int, str] | None:
    m = lex.duration_for.search(text)
    return _span(m.group("n"), m.group("unit")) if m else None


def _mediators(s: Sentence, lex: AgreementLexicon) -> list[Clause]:
    out: list[Clause] = []
    for pattern in lex.mediator:
        for m in pattern.finditer(s.text):
            a = m.start("who")
            last = None
            for actor in s.actors:  # the first name of the span, and those listed after it ("Qatar, Egypt and ...")
                if actor.start < a or (last is not None and not _LISTED.match(s.text[last : actor.start])):
                    continue
                if last is None and actor.start >= m.end("who"):
                    break
                out.append(Clause(s.index, m.start(), "mediator", actor.code))
                last = actor.end
    for actor in s.actors:  # an international organisation announcing a deal is its go-between, not a party
        if actor.code in lex.organisations and re.match(
            r"(?:['\u2019]s)?\s+(?:(?:special|peace|top|chief)\s+)?(?:said|says|announced|envoy|mediat)",
            s.text[actor.end :],
        ):
            out.append(Clause(s.index, actor.start, "mediator", actor.code))
    return out
