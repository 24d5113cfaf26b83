"""Reading one article for agreements: what it says about ceasefires, truces and peace deals, sentence by sentence.

The reading is positional and knows nothing of the store: agreement mentions (with a date when the text dates the
agreement it means, "the Nov. 10 statement"), acts of concluding one ("agreed on Wednesday to ..."), parties,
mediators, terms, effective and expiry dates, status changes (renewed, expired, collapsed) and the dated incidents
of violence the article reports, with who is said to be behind each and on whose word. The tracker
(:mod:`sitroom.agreements.track`) decides which agreement each of these belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise

from sitroom.agreements.lexicon import ActorSpan, AgreementLexicon, agreement_lexicon, find_actors
from sitroom.extract.dates import find_times
from sitroom.model import TimeExpression

__all__ = ["Clause", "Incident", "Mention", "Reading", "Sentence", "place_names", "read_article"]

_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'/-]{1,60},\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+[-\u2013\u2014]+\s+")
_ABBREV = re.compile(
    r"(?:\b[A-Z]\.(?:[A-Z]\.)+|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mr|Mrs|Ms|"
    r"Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Gov|Sen|Rep|Prof|a\.m|p\.m)\.)$"
)
_SPLIT = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[\"\u201c(]?[A-Z0-9])")
_CLAUSE = re.compile(
    r";|:\s|,\s+(?:and\s+)?(?:that\s+)|,\s+while\s+|,\s+(?:hours|days|a day|two days|minutes)\s+"
    r"(?:after|before)\s+|,\s+a day after\s+"
)
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
_COUNT = re.compile(
    r"(?<![\w-])(?P<n>\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")(?![\w-])(?!\s*(?:p\.m|a\.m|GMT|"
    r"km|kilomet|miles|percent|%|days|weeks|months|years|hours|minutes|Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec))",
    re.I,
)
_EXCLUDED_COUNT = re.compile(r"\b(?:including|among them|of them|of whom)\s+$", re.I)
_PLACE = re.compile(r"\b(?:[A-Z][\w'\u2019]*(?:-[A-Za-z][\w'\u2019]*)*)(?:\s+(?:al-|el-)?[A-Z][\w'\u2019-]*){0,2}")


_LISTED = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    guarded: bool  # proposes, refuses or fails an agreement: no acts, terms or extensions from it
    actors: list[ActorSpan] = field(default_factory=list)  # offsets relative to the sentence
    times: list[TimeExpression] = field(default_factory=list)  # offsets relative to the sentence


@dataclass
class Mention:
    sentence: int
    start: int  # in the sentence
    end: int
    kind: str | None  # None: a generic noun ("the deal")
    ref: tuple[date, str] | None  # the date the text gives the agreement it means, with its precision


@dataclass
class Clause:
    """A positional fact: something said in one sentence at one offset (a term, a mediator, a date...)."""

    sentence: int
    pos: int
    what: str
    value: object = None
    when: date | None = None


@dataclass
class Incident:
    """One dated (or undated) act of violence in a clause, before it is linked to an agreement."""

    sentence: int
    pos: int
    text: str
    when: date | None
    places: list[str]  # candidate place names: the clause's first, then the rest of the sentence's
    by: set[str]
    by_how: str  # "accused" | "by" | "subject" | "" (unknown yet)
    source: set[str]  # who says so (codes), empty for the narrator or an unnamed witness
    victims: set[str]
    killed: int | None
    hurt: bool


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
    body = _DATELINE.match(text)
    begin = body.end() if body else 0
    times = [_with_year(text, t) for t in find_times(text, published) if t.start >= begin]
    sentences = _sentences(text, begin, times, lex)
    has_kind = any(p.search(s.text) for s in sentences for _, p in lex.kinds)
    mentions = [m for s in sentences for m in _mentions(s, has_kind, lex)]
    facts: list[Clause] = []
    for s in sentences:
        facts += _facts(s, published, lex)
    incidents, acknowledged = _incidents(sentences, published, lex)
    first = sentences[0] if sentences else None
    lead = bool(first) and (
        any(m.sentence == 0 for m in mentions)
        or any(f.sentence == 0 and f.what == "status" for f in facts)
        or any(i.sentence == 0 for i in incidents)
    )
    return Reading(published, sentences, mentions, facts, incidents, acknowledged, lead)


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
        s = Sentence(len(out), a, a + len(chunk), chunk, bool(lex.guard.search(chunk)))
        s.actors = find_actors(chunk, lex)
        s.times = [
            TimeExpression(t.start - a, t.end - a, t.text, t.date, t.precision, t.end_date, t.para_start, t.para_end)
            for t in times
            if a <= t.start < a + len(chunk)
        ]
        out.append(s)
    return out


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
        if t.precision == "day" and pos <= t.start <= pos + width and not _is_report_date(s, t, lex):
            return t
    return None


def _is_report_date(s: Sentence, t: TimeExpression, lex: AgreementLexicon) -> bool:
    return bool(lex.reporting_date.search(s.text[max(0, t.start - 40) : t.start]))


def _facts(s: Sentence, published: date, lex: AgreementLexicon) -> list[Clause]:
    out: list[Clause] = []
    text = s.text
    if not s.guarded:
        for term, pattern in lex.terms.items():
            for m in pattern.finditer(text):
                out.append(Clause(s.index, m.start(), "term", term))
        for m in lex.act.finditer(text):
            out.append(Clause(s.index, m.start(), "act", m.group(0).lower(), _act_date(s, m, lex, published)))
        for m in lex.effective.finditer(text):
            t = _date_near(s, m.end(), 60, lex, published)
            if t is not None:
                out.append(Clause(s.index, m.start(), "effective", None, _ahead(t, published)))
        for m in lex.status["extended"].finditer(text):
            t = _date_near(s, m.end(), 40, lex, published) or _act_day(s, lex, published)
            span = _duration(text[m.end() : m.end() + 60], lex, "for")
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
    days = [t for t in s.times if t.precision == "day" and t.date <= published and not _is_report_date(s, t, lex)]
    return days[0] if len(days) == 1 else None


def _ahead(t: TimeExpression, published: date) -> date:
    """A weekday named for a start ("starting on Saturday") is the coming one, not the last."""
    if t.date < published and not re.search(r"\d", t.text) and re.search(r"day\b", t.text):
        return date.fromordinal(t.date.toordinal() + 7)
    return t.date


def _act_date(s: Sentence, m: re.Match[str], lex: AgreementLexicon, published: date) -> date | None:
    effective = [e.end() for e in lex.effective.finditer(s.text)]
    candidates = []
    reported = None
    for t in s.times:
        if t.precision != "day" or t.date > published:
            continue
        if _is_report_date(s, t, lex):
            reported = reported or t.date
            continue
        if any(0 <= t.start - e <= 20 for e in effective):
            continue
        if m.end() <= t.start <= m.end() + 45 or (m.start() - 25 <= t.start and t.end <= m.start()):
            candidates.append(t.date)
    return candidates[0] if candidates else reported


def _span(n: str, unit: str) -> tuple[int, str]:
    value = _NUMBER_WORDS.get(n.lower())
    return (value if value is not None else int(n), unit.lower())


def _duration(text: str, lex: AgreementLexicon, how: str) -> tuple[int, str] | None:
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
            r"(?:['\u2019]s)?\s+(?:[A-Za-z-]+\s+){0,2}(?:said|says|announced|envoy|mediat)", s.text[actor.end :]
        ):
            out.append(Clause(s.index, actor.start, "mediator", actor.code))
    return out


# -- incidents ----------------------------------------------------------------------------------------------------
def _incidents(sentences: list[Sentence], published: date, lex: AgreementLexicon) -> tuple[list[Incident], set[str]]:
    out: list[Incident] = []
    acknowledged: set[str] = set()
    previous_subject: set[str] = set()
    last_speaker: set[str] = set()
    for s in sentences:
        speaker = _speaker(s, 0, len(s.text), lex, last_speaker, previous_subject) or set()
        if speaker:
            last_speaker = speaker
        for m in lex.acknowledge.finditer(s.text):
            before = [a for a in s.actors if a.end <= m.start()]
            if before:
                acknowledged.add(before[-1].code)
            elif lex.pronouns.match(s.text) and previous_subject:
                acknowledged |= previous_subject
        blame = lex.accuse.search(s.text)
        clauses = _clauses(s)
        sentence_days = [t for t in s.times if t.precision == "day" and not _is_report_date(s, t, lex)]
        inherited: tuple[set[str], str] = (set(), "")
        hit: set[str] = set()
        for a, b in clauses:
            chunk = s.text[a:b]
            days = [t for t in sentence_days if a <= t.start < b and t.date <= published]
            listed = bool(days) and lex.killed.search(s.text[:a]) is not None and _lead_count(chunk) is not None
            if (not lex.violence.search(chunk) and not listed) or lex.generic_violence.search(chunk):
                continue
            when = days[0].date if days else None
            if (
                when is None
                and len(sentence_days) == 1
                and re.match(r"[\s,]*(?:hours|minutes) (?:after|before)", chunk)
            ):
                when = sentence_days[0].date
            by, how = _perpetrator(s, a, b, lex)
            if not by and inherited[0] and re.match(r"[\s,:;]*(?:and\b|that\b|\w+\s+near\b)", chunk):
                by, how = inherited
            if by:
                inherited = (by, how)
            victims = _victims(chunk, s, a, lex) or (hit if not by else set())
            hit = victims or hit
            killed = _killed(chunk, lex)
            if killed is None and lex.killed.search(s.text[:a]):
                killed = _lead_count(chunk)
            places = place_names(chunk) + [p for p in place_names(s.text) if p not in chunk]
            said = _speaker(s, a, b, lex, last_speaker, previous_subject) or speaker
            out.append(
                Incident(
                    s.index, a, chunk, when, places, by, how, set(said), victims, killed, bool(lex.hurt.search(chunk))
                )
            )
        if blame is not None and not lex.violence.search(s.text[: blame.start()]):
            accused = {x.code for x in s.actors if blame.start("who") <= x.start < blame.end("who")}
            for incident in reversed(out):
                if incident.sentence < s.index - 3:
                    break
                if not incident.by and accused:
                    incident.by, incident.by_how = set(accused), "accused"
                    incident.source |= speaker
        subject = [x.code for x in s.actors if x.start < 40]
        if subject and not lex.pronouns.match(s.text):
            previous_subject = {subject[0]}
    return out, acknowledged


def _speaker(s: Sentence, a: int, b: int, lex: AgreementLexicon, previous: set[str], subject: set[str]) -> set[str]:
    """Who a clause reports: the actor named just before its reporting verb ("Armenia's Defence Ministry said",
    "Baku said"); "the ministry said" is the one named before; none for the narrator or an unnamed witness."""
    m = lex.reporting_verbs.search(s.text, a, b)
    if m is None:
        per = re.search(r"\baccording to\b", s.text[a:b], re.I)
        if per:
            named = [x.code for x in s.actors if a + per.end() <= x.start < a + per.end() + 30]
            return set(named[:1])
        return set()
    cut = max(s.text.rfind(",", a, m.start()), s.text.rfind(";", a, m.start()), a)
    named = [x.code for x in s.actors if cut <= x.start and x.end <= m.start()]
    if named:
        return {named[0]}
    window = s.text[cut : m.start()]
    if lex.pronouns.match(window.strip()):
        return set(subject)
    if re.search(r"\b(?:ministry|army|military|government|spokes\w+|officials?|command|service)\s*$", window, re.I):
        return set(previous)
    return set()


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _CLAUSE.finditer(s.text):
        cuts.append(m.start())
    days = [t for t in s.times if t.precision == "day"]
    for t1, t2 in pairwise(days):  # two dated incidents in one clause: cut between them
        gap = s.text[t1.end : t2.start]
        joint = re.search(r"\band\b", gap)
        if joint and not any(t1.end <= c <= t2.start for c in cuts):
            cuts.append(t1.end + joint.start())
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], len(s.text)], strict=True) if b > a]


def _perpetrator(s: Sentence, a: int, b: int, lex: AgreementLexicon) -> tuple[set[str], str]:
    chunk = s.text[a:b]
    inside = [x for x in s.actors if a <= x.start < b]
    m = lex.accuse.search(chunk)
    if m:
        who = {x.code for x in inside if m.start("who") <= x.start - a < m.end("who")}
        if who:
            return who, "accused"
    for m in lex.by.finditer(chunk):
        if lex.violence.search(chunk[: m.start()]):
            who = {x.code for x in inside if m.start("who") <= x.start - a < m.end("who")}
            if who:
                return who, "by"
    for x in inside:  # "the Azerbaijani attacks", "Houthi shelling"
        after = chunk[x.end - a : x.end - a + 30]
        if re.match(r"\s+(?:[\w-]+\s+)?(?:attacks?|shelling|strikes?|offensive|bombardment|fire)\b", after):
            return {x.code}, "subject"
    verb = re.search(
        r"\b(?:attacked|shelled|struck|launched|began|fired|opened fire|bombed|raided|ambushed|"
        r"advanced|entered|violated|broke)\b",
        chunk,
    )
    if verb:
        said = lex.reporting_verbs.search(chunk[: verb.start()])
        floor = said.end() if said else 0
        subjects = [x for x in inside if floor <= x.start - a < verb.start() and not _sponsored(s, x, lex)]
        if subjects:
            return {subjects[-1].code}, "subject"
    return set(), ""


def _sponsored(s: Sentence, x: ActorSpan, lex: AgreementLexicon) -> bool:
    m = lex.sponsor.search(s.text, max(0, x.start - 1), x.end + 12)
    return bool(m and m.start() <= x.start + 1)


def _victims(chunk: str, s: Sentence, a: int, lex: AgreementLexicon) -> set[str]:
    """Codes of the dead or wounded: "three Azerbaijani servicemen were killed", "Six Armenian soldiers"."""
    out = set()
    for x in s.actors:
        if a <= x.start < a + len(chunk):
            rest = s.text[x.end : x.end + 40]
            if re.match(
                r"\s+(?:\w+\s+)?(?:servicem[ae]n|soldiers?|troops|police|officers|civilians|fighters)\b"
                r"[^.;]{0,40}\b(?:killed|wounded|injured|died|dead)",
                rest,
            ):
                out.add(x.code)
    if re.search(r"\b(?:its|their) (?:soldiers|servicemen|troops|forces)\b[^.;]{0,30}\b(?:killed|wounded)", chunk):
        heads = [x.code for x in s.actors if x.start < a + chunk.find(" its ") + 1]
        out |= set(heads[:1])
    return out


def _killed(chunk: str, lex: AgreementLexicon) -> int | None:
    """The deaths a clause gives: the counts named before its verb of dying ("four police officers and two road
    workers had been killed" is 6; "at least 32 people, including seven civilians" is 32), 0 when it gives only
    wounded, None when it gives no casualties."""
    verb = lex.killed.search(chunk)
    if verb is None:
        return 0 if lex.hurt.search(chunk) else None
    head = chunk[: verb.start()]
    said = list(lex.reporting_verbs.finditer(head))
    if said:
        head = head[said[-1].end() :]
    head = re.split(r"\b(?:wounded|injured|hurt|hit)\b", head)[-1]
    after = re.match(
        r"\s*(?:at least |some |about |nearly |more than )?(?P<n>\d[\d,]*|[a-z]+)\s+\w+", chunk[verb.end() :]
    )
    total = 0
    for m in _COUNT.finditer(head):
        if _EXCLUDED_COUNT.search(head[: m.start()]):
            continue
        word = m.group("n").lower()
        total += _NUMBER_WORDS.get(word, 0) or (int(word.replace(",", "")) if word[0].isdigit() else 0)
    if not total and after and verb.group(0).lower() in ("killing", "killed"):  # "killing four soldiers"
        word = after.group("n").lower()
        total = _NUMBER_WORDS.get(word, 0) or (int(word.replace(",", "")) if word[0].isdigit() else 0)
    return total or None


def _lead_count(chunk: str) -> int | None:
    """A clause that starts with a bare count after a list colon ("three near the village of Sur on Nov. 26")."""
    m = re.match(r"[\s,:;]*(?:and\s+)?(\w+)\s+(?:near|in|at|on|outside|around)\b", chunk)
    word = m.group(1).lower() if m else ""
    return _NUMBER_WORDS.get(word, 0) or (int(word) if word.isdigit() else 0) or None


def place_names(chunk: str) -> list[str]:
    """Capitalised names in a clause that may be places, left to right (the tracker looks them up)."""
    out = []
    for m in _PLACE.finditer(chunk):
        name = m.group(0)
        for part in re.split(r"['\u2019]s\s+", name):
            part = part.removesuffix("'s").removesuffix("\u2019s")
            if len(part) > 2 and part not in _NOT_PLACES and not _CALENDAR.match(part) and part not in lexicon_names():
                out.append(part)
    return out


_CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)",
    re.I,
)


def lexicon_names() -> frozenset[str]:
    return _actor_names()


_NOT_PLACES = {"The", "A", "An", "In", "On", "At", "It", "Its", "They", "He", "She", "Defence Ministry", "Ministry"}


@lru_cache(maxsize=1)
def _actor_names() -> frozenset[str]:
    """Names that are actors, not places, as written with capitals ("Azerbaijani", "Houthi")."""
    return frozenset(n.title() for n in agreement_lexicon().names) | frozenset(agreement_lexicon().names)
