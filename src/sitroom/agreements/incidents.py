"""Incidents of violence in an article, clause by clause: when, where (candidate names), who is said to be behind
each (accused, named after "by", or the subject of the verb of attacking), on whose word, who was hit, and the toll.

Conventions: an undated clause takes the date of its sentence only when it happened "hours after" the dated one; a
clause joined by "and"/"that" keeps the accused of the clause before it; a blame in a later sentence ("It blamed
Armenian armed groups for laying the mines") names the accused of the incidents before it that have none; a
date right after a reporting verb is the report's, not the incident's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise

from sitroom.agreements.lexicon import ActorSpan, AgreementLexicon, agreement_lexicon, state_codes
from sitroom.agreements.sentences import NUMBER_WORDS as _NUMBER_WORDS
from sitroom.agreements.sentences import Sentence
from sitroom.agreements.sentences import is_report_date as _is_report_date
from sitroom.extract.lexicons import word_lists

__all__ = ["Incident", "find_incidents", "place_names"]

_CLAUSE = re.compile(
    r";|:\s|,\s+(?:and\s+)?(?:that\s+)|,\s+while\s+|,\s+(?:hours|days|a day|two days|minutes)\s+"
    r"(?:after|before)\s+|,\s+a day after\s+|,\s+(?:just\s+)?(?:after|before)\s+"
)
_COUNT = re.compile(
    r"(?<![\w-])(?P<n>\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")(?![\w-])(?!\s*(?:p\.m|a\.m|GMT|"
    r"km|kilomet|miles|percent|%|days|weeks|months|years|hours|minutes|Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec))",
    re.I,
)
_EXCLUDED_COUNT = re.compile(r"\b(?:including|among them|of them|of whom)\s+$", re.I)
_PLACE = re.compile(r"\b(?:[A-Z][\w'\u2019]*(?:-[A-Za-z][\w'\u2019]*)*)(?:\s+(?:al-|el-)?[A-Z][\w'\u2019-]*){0,2}")


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


def find_incidents(
    sentences: list[Sentence], published: date, lex: AgreementLexicon
) -> tuple[list[Incident], set[str]]:
    out: list[Incident] = []
    acknowledged: set[str] = set()
    previous_subject: set[str] = set()
    last_speaker: set[str] = set()
    for s in sentences:
        speaker = _speaker(s, 0, len(s.text), lex, last_speaker, previous_subject) or set()
        if speaker:
            last_speaker = speaker
        for m in lex.acknowledge.finditer(s.text):  # the subject of the clause owns the act
            start = max([a for a, _ in _clauses(s) if a <= m.start()], default=0)
            before = [a for a in s.actors if start <= a.start and a.end <= m.start()]
            if before:
                acknowledged.add(before[0].code)
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
                and re.match(r"[\s,]*(?:(?:hours|minutes) |just )?(?:after|before)\b", chunk)
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
        r"advanced|entered|violated|broke|carried out|conducted|staged|mounted)\b",
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
                r"\s+(?:\w+\s+)?(?:servicem[ae]n|soldiers?|troops|police|policemen|officers|civilians|fighters|guards|personnel|militiamen|rebels)\b"
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


_NOT_PLACES = word_lists("place_words.json").words("not_place_names")


@lru_cache(maxsize=1)
def _actor_names() -> frozenset[str]:
    """Names of groups and organisations, not places, as written with capitals ("Houthi", "Hezbollah"); country
    names stay candidates (the coarsest place of all)."""
    lex = agreement_lexicon()
    groups = [n for n, code in lex.names.items() if code not in state_codes()]
    return frozenset(n.title() for n in groups) | frozenset(groups)
