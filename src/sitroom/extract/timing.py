"""When each mention happened: the date of its own sentence's time expression (not one that dates the report of it
or a thing it names), how that date was found, and the narrative time a mention without one takes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sitroom.extract.dates import (
    began_when,
    counted_offset,
    dependent_spans,
    event_date,
    in_passing,
    relative_clause,
    told_day_counted_from,
)
from sitroom.extract.events import UNIT_DAYS, answered_act, days_apart, hung_on_search, rousing_cause
from sitroom.extract.lexicons import event_lexicon, reporting_verbs, word_lists
from sitroom.extract.numbers import ordinal_value, parse_number
from sitroom.extract.occurrence import participle_before_name, past_perfect, since_a_date
from sitroom.extract.time_grammar import WEEKDAY
from sitroom.model import Article, Frame, TimeExpression
from sitroom.nlp import doc_text, first_conjunct

__all__ = [
    "BACKGROUND_DAYS",
    "REPORTING_WEEK",
    "date_anchor",
    "date_mentions",
    "is_recent",
    "merged_days",
    "narrative_time",
    "told_days",
]

BACKGROUND_DAYS = 31  # an event this long before publication is background: it does not set the story's time
# ACLED codes each week's events from that week's reports: a development (an arrest, an agreement, a change of
# activity) told from before the week a report covers was coded from the reports of its own week
REPORTING_WEEK = 7
_SPEECH_ANY = reporting_verbs("source")
_PROMPTING = word_lists("time_words.json").words("prompting_verbs")
_FORCE_KINDS = word_lists("time_words.json").words("force_kinds")  # a verb that is itself an act of force


def date_mentions(mentions: list[Frame], doc: Any, times: list[TimeExpression], article: Article, short: bool) -> None:
    """Each mention's date, from the time expressions of its sentence (not those that date the report of it or a
    thing it names), and how that date was found (``date_anchor``)."""
    a = article
    brief = short  # a brief states its date once, anywhere in it
    # without a publication date only dates written in full resolve: a sentence dated only relatively stays undated
    relative = dependent_spans(a.text) if a.published is None else []
    # a speaker's quoted "today", a report's or a flashback's day: found once, asked for each later mention
    off_story = set() if brief else {t.start for t in times if _steps_out(doc, a.text, t)}
    # ("Troops patrolled Aden on Sunday, a day after crowds burned the offices": the patrol's day, told before the act
    # the count dates, is not the day of the sentences after it)
    hosts = [] if brief else _story_clause_hosts(mentions, times)
    off_story |= {t.start for t in times if any(lo <= t.start < hi for lo, hi in hosts)}
    # the days of clauses a count of time sets apart ("a week after two surfers were assaulted there on March 1"):
    # found once, each with its clause's verb, asked for each mention outside that clause
    apart = {} if brief else _set_apart_days(doc, times)
    # "seized power on Monday ... troops who had moved on the capital overnight": a night told after an earlier day
    # is the night before that day, not before the report: it dates no later sentence
    nights = set() if brief else {t.start for t in times if _night_after_a_day(t, times)}
    for m in mentions:
        if any(m.sent_start <= s < m.sent_end for s, _ in relative) and not any(
            m.sent_start <= t.start < m.sent_end for t in times
        ):
            m.date, m.own_time, m.date_anchor = (None, None, None), False, "publication"
            continue
        usable = (
            times
            if brief
            else [
                t
                for t in times
                if not _dates_the_report(doc, t, m)
                and not _dates_a_later_clause(doc, t, m)
                and not _dates_a_contrasted_clause(doc, t, m)
                and not _dates_a_counted_clause(apart.get(t.start), m)
                and not _dates_a_thing(doc, t, m, a.published)
                and not _dates_a_class(doc, t, m)
                and not _dates_a_state(doc, t, m)
                and not _dates_a_relative_clause(doc, t, m)
            ]
        )
        if not brief:
            # a speaker's quoted "today" dates no later sentence ("... have seized Kidal," he said. The rebels said
            # they had withdrawn), nor does the day of an earlier sentence's report or flashback ("The army said on
            # Tuesday ...", "had put the toll at 35 on Tuesday")
            usable = [
                t
                for t in usable
                if m.sent_start <= t.start < m.sent_end or (t.start not in off_story and t.start not in nights)
            ]
        if not brief:
            usable = _own_clause_times(doc, usable, m)
            usable = _marked_clause_times(doc, usable, m)
            usable = _possessed_day(doc, usable, m)
        m.date = event_date(
            usable,
            m.sent_start,
            m.sent_end,
            m.trigger.start,
            a.published,
            a.text,
            later=brief,
            counted=m.counted_from or m.counted_clause,
            own_offsets=frozenset() if brief else frozenset(t.start for t in usable if _offset_of_the_verb(doc, t, m)),
        )
        if m.counted_from and counted_offset(m.date[2]) and a.published is not None:
            # "Police fired tear gas at protesters on Thursday, a day after 74 people were killed in a riot": the count
            # that dates the clause's act runs from the day its sentence told before it (the main clause's, which is
            # not among the clause's own times), not from the report's
            offset, main = _offset_told(times, m)
            if offset is not None and main is not None:
                m.date = (main.date + (offset.date - a.published), offset.precision, offset.text)
        m.own_time, m.date_anchor = date_anchor(usable, m)
        if m.own_time and counted_offset(m.date[2]) and a.published is not None:
            # (the day the sentence told before the count, even one that dates only its report: "said on
            # Wednesday that ..., two days after army officers overthrew the monarchy" counts from Wednesday)
            offset, main = _offset_told(times, m)
            m.offset_from_report = offset is not None and main is None
        if not brief and not m.own_time and m.trigger.kind == "arrest":
            _report_bound(m, mentions, times, doc)
        if m.own_time and not brief and _told_as_before(doc, usable, m):
            # "offered a reward on Friday for a man it said had planned an attack": the attack was before the
            # Friday of the offer, on a day the sentence does not give
            m.own_time, m.date_anchor = False, "narrative"
        elif m.own_time and not brief and _dates_the_main_clause(doc, usable, m):
            # "declared ... on Sunday, after gangs stormed the prisons": the storming was by Sunday, on a day the
            # sentence does not give; it keeps Sunday as its bound but not as a time of its own
            m.own_time, m.date_anchor = False, "narrative"
        elif m.own_time and not brief and _toll_from(doc, m):
            # "pulled bodies from graves on Tuesday, raising to 46 the death toll from the abduction of a convoy":
            # the event a toll is counted from is dated by its own words, not by the day the toll rose
            m.own_time, m.date_anchor = False, "narrative"
        elif m.own_time and not brief and m.trigger.kind == "claim" and m.etype.acled_sub is not None:
            # "claimed responsibility on Thursday for two bombings": the day of the claim is a bound of the act it
            # stands for, not the act's own time
            m.own_time, m.date_anchor = False, "narrative"
        elif m.own_time and not brief and _said_then(doc, usable, m):
            # "ISWAP said on Wednesday it had attacked a prison": Wednesday is when it said so; the attack was by
            # then, and keeps that day as its bound but not as a time of its own
            m.own_time, m.date_anchor = False, "narrative"
        elif m.own_time and not brief and _quoted_today(a.text, usable, m):
            # '"Today, our forces have seized Kidal," the president said': the speaker's today is the day the story
            # tells, not necessarily the day the report was published
            m.date, m.own_time, m.date_anchor = (a.published, "day" if a.published else None, None), False, "fallback"
    if not brief:
        _after_an_event(mentions, doc)
        _told_again(mentions, times, a.text)
        _that_day(mentions, times, a.text)


_THAT_BEFORE = re.compile(r"\b[Tt]hat\s+\Z")


def _that_day(mentions: list[Frame], times: list[TimeExpression], text: str) -> None:
    """ "The coup began on Wednesday of last week ... That Wednesday evening, soldiers fired into the crowds": a day
    named with "that" is the day of that name the story has just told, not the latest one before the report."""
    for m in mentions:
        if not m.own_time or m.date[1] != "day" or m.date[0] is None:
            continue
        told = next(
            (
                t
                for t in times
                if m.sent_start <= t.start < m.sent_end
                and t.text == m.date[2]
                and WEEKDAY.match(t.text)
                and _THAT_BEFORE.search(text, max(0, t.start - 6), t.start)
            ),
            None,
        )
        if told is None:
            continue
        earlier = [
            o.date[0]
            for o in mentions
            if o.sent_start < m.sent_start
            and o.own_time
            and o.date[1] == "day"
            and o.date[0] is not None
            and o.date[0] != m.date[0]
            and o.date[0].weekday() == m.date[0].weekday()
            and 0 < (m.date[0] - o.date[0]).days <= 14
        ]
        if earlier:
            m.date = (earlier[-1], "day", m.date[2])


def _own_clause_times(doc: Any, times: list[TimeExpression], m: Frame) -> list[TimeExpression]:
    """Where the trigger is told in a relative clause that holds a time of its own ("searching the jungle on Monday
    for the guerrillas who ambushed and killed Sir Henry Gurney on Saturday"), the sentence's other times date the
    clause the relative hangs on, not the trigger: only the clause's own are kept."""
    tok = doc[m.trigger.i]
    clause = next((a for a in [tok, *list(tok.ancestors)[:4]] if a.dep_ == "relcl"), None)
    when = next(
        (
            c
            for a in [tok, *list(tok.ancestors)[:4]]
            if a.dep_ in ("relcl", "advcl")
            for c in a.children
            if c.lower_ == "when" and c.i < tok.i
        ),
        None,
    )
    hung = [t for t in times if m.sent_start <= t.start and 0 <= when.idx - t.end <= 2] if when is not None else []
    if hung:
        # "stood in silence on Sunday, the moment 50 years ago when a bomber dropped the bomb": the time right
        # before "when" is the one the clause hangs on; it dates the clause, not the sentence's other times
        return [t for t in times if not (m.sent_start <= t.start < m.sent_end)] + hung
    if clause is None or any(c.lower_ in ("when", "where", "whereupon") for c in clause.children):
        return times  # "at the end of March, when police and rebels fought": the time the clause hangs on dates it
    lo, hi = _chars_of(clause)

    def inside(t: TimeExpression) -> bool:
        return lo <= t.start and t.end <= hi

    if clause.head.dep_ in ("nsubj", "nsubjpass", "appos") and clause.tag_ == "VBD" and clause.head.i < clause.i:
        # "A gunman who killed 35 people at the site was captured on Monday morning": what the subject did, told to
        # say who it is, is not dated by the main clause's day (the story dates it elsewhere, or leaves it undated)
        return [t for t in times if not (m.sent_start <= t.start < m.sent_end) or inside(t)]
    return _clause_times(times, m, inside, inside)


def _offset_told(times: list[TimeExpression], m: Frame) -> tuple[TimeExpression | None, TimeExpression | None]:
    """The count of days whose text dates the mention ("a day after") and the day its sentence told before that count,
    from which it counts (None for either that is not there)."""
    here = [t for t in times if m.sent_start <= t.start < m.sent_end]
    offset = next((t for t in here if t.text == m.date[2]), None)
    return offset, (told_day_counted_from(offset, here) if offset is not None else None)


def _possessed_day(doc: Any, times: list[TimeExpression], m: Frame) -> list[TimeExpression]:
    """ "Saturday's march ... had been banned on Thursday": a day in the possessive on the trigger's own noun is the
    day of its event; the sentence's other times date the verb it hangs on."""
    tok = doc[m.trigger.i]
    if tok.pos_ != "NOUN":
        return times
    days = [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i]
    own = [t for t in times if any(t.start <= d.idx < t.end for d in days)]
    if not own:
        return times
    return [t for t in times if not (m.sent_start <= t.start < m.sent_end)] + own


def _marked_clause_times(doc: Any, times: list[TimeExpression], m: Frame) -> list[TimeExpression]:
    """Where the trigger is told in an "after" or "before" clause that holds a time of its own ("held an emergency
    meeting today after 24 people were killed when troops broke up a protest on Sunday night"), the sentence's
    other times date the main clause, not the trigger: only the clause's own are kept."""
    tok = doc[m.trigger.i]
    clause = next((a for a in [tok, *list(tok.ancestors)[:4]] if a.dep_ == "advcl" and _marked_after(a)), None)
    # ("patrolled the streets on Sunday after taking the capital on Saturday": a gerund after "after", the same)
    clause = clause or next(
        (
            a
            for a in [tok, *list(tok.ancestors)[:2]]
            if a.dep_ == "pcomp" and a.tag_ == "VBG" and a.head.lower_ in ("after", "before")
        ),
        None,
    )
    if clause is None:
        return times
    lo, hi = _chars_of(clause)
    # (not a clause joined to it with a subject of its own: "wounded by gunfire ..., and thousands of opposition
    # supporters protested overnight")
    apart = [
        _chars_of(c)
        for c in clause.children
        if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]

    def inside(t: TimeExpression) -> bool:
        return lo <= t.start and t.end <= hi and not any(a <= t.start < b for a, b in apart)

    # (a count of days, "a day after she was assassinated", counts from the main clause's day: no time of its own)
    return _clause_times(times, m, inside, lambda t: inside(t) and not counted_offset(t.text))


def _chars_of(clause: Any) -> tuple[int, int]:
    """The characters a token's subtree spans."""
    last = clause.doc[clause.right_edge.i]
    return clause.doc[clause.left_edge.i].idx, last.idx + len(last)


def _clause_times(
    times: list[TimeExpression],
    m: Frame,
    inside: Callable[[TimeExpression], bool],
    own: Callable[[TimeExpression], bool],
) -> list[TimeExpression]:
    """The times that may date the mention, when its clause holds a time of its own (``own``): that clause's (those
    ``inside`` it) among the times of its sentence; else all of them."""
    here = [t for t in times if m.sent_start <= t.start < m.sent_end]
    if not any(own(t) for t in here):
        return times
    return [t for t in times if not (m.sent_start <= t.start < m.sent_end) or inside(t)]


def _marked_after(clause: Any) -> bool:
    """Is the adverbial clause opened by "after" or "before", as its mark or (parsed as a preposition with the
    clause's subject: "held a meeting today after 24 people ... were killed") just before it?"""
    if any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children):
        return True
    doc = clause.doc
    first = clause.left_edge.i
    return any(
        w.lower_ in ("after", "before") and w.dep_ == "prep" and w.head.i == clause.head.i
        for w in doc[max(0, first - 4) : first]
    )


_AGAIN = re.compile(r"\bagain\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


def _told_again(mentions: list[Frame], times: list[TimeExpression], text: str) -> None:
    """ "Young men fought police with stones in Sidi Bouzid on Dec. 18 and again on Dec. 19": the act told once for
    two days is two events (ACLED: one event per day), the copy dated by the day after "again"."""
    copies: list[tuple[int, Frame]] = []
    for n, m in enumerate(mentions):
        if not m.own_time or m.date[1] != "day" or m.etype.acled_type is None:
            continue
        for t in times:
            if (
                m.sent_start <= t.start < m.sent_end
                and t.precision == "day"
                and t.date != m.date[0]
                and t.start > m.trigger.start
                and _AGAIN.search(text, max(m.sent_start, t.start - 16), t.start)
            ):
                copies.append((n, replace(m, date=(t.date, "day", t.text))))
                break
    for n, copy in reversed(copies):
        mentions.insert(n + 1, copy)


def _toll_from(doc: Any, m: Frame) -> bool:
    """Is the mention an event noun that a toll is counted from ("the death toll from the abduction"), dated by a
    time expression outside its own words?"""
    tok = doc[m.trigger.i]
    tok = first_conjunct(tok)  # "the abduction and killing of a convoy"
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "of"):
        return False
    if tok.head.head.lemma_.lower() != "toll":
        return False
    when = m.date[2]
    return bool(when) and when not in doc[tok.left_edge.i : tok.right_edge.i + 1].text


def _steps_out(doc: Any, text: str, t: TimeExpression) -> bool:
    """Does the time expression ``t`` of an earlier sentence date something off the story's line of time: a quoted
    "today", a report or a flashback (:func:`_off_the_story`)?"""
    if _quoted_deictic(text, t):
        return True
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is not None and _day_of_a_cause(span.root, None):
        return True  # "to protest against the burning of a church last month": the cause's time, not the story's
    verb = _dated_verb(doc, t)
    return verb is not None and _off_the_story(verb, t)


def _report_bound(m: Frame, mentions: list[Frame], times: list[TimeExpression], doc: Any) -> None:
    """ "Police said on Monday that they had arrested two suspects", after a bombing told on Sunday: the arrest was by
    Monday, the day of the report that tells it; the day the story last named is another act's (of another kind),
    not the arrest's, and the publication day is after the report. An arrest told on the earlier day keeps it: it may
    be that arrest retold. Only arrests (the caller's test): they follow the acts a story tells; another act told
    so (a town taken, told as the other side's withdrawal) is that act retold and keeps the story's day."""
    said = [t for t in times if m.sent_start <= t.start < m.sent_end and t.precision == "day"]
    said = [t for t in said if _dates_the_report(doc, t, m)]
    if not said or m.date[0] is None:
        return
    if said[0].date == m.date[0]:
        # "Police said on Monday that they had taken two men into custody", Monday being the day of publication:
        # the arrest keeps the report's day, not the day the story told its attack on
        m.date, m.date_anchor = (said[0].date, "day", said[0].text), "narrative"
        return
    told_before = said[0].date > m.date[0]  # else the date is the publication day, after the report
    if told_before and any(
        o.sentence < m.sentence and o.trigger.kind == m.trigger.kind and o.date[0] == m.date[0] for o in mentions
    ):
        return
    m.date, m.date_anchor = (said[0].date, "day", said[0].text), "narrative"


_TODAY = word_lists("time_words.json").words("today_words")


def _dating_time(times: list[TimeExpression], m: Frame) -> TimeExpression | None:
    """The time expression of the mention's own sentence that gave it its date."""
    return next((t for t in times if t.text == m.date[2] and m.sent_start <= t.start < m.sent_end), None)


def _quoted_today(text: str, times: list[TimeExpression], m: Frame) -> bool:
    """Is the mention dated by a "today" of its own sentence that is inside a quotation?"""
    t = _dating_time(times, m)
    return t is not None and _quoted_deictic(text, t)


def _quoted_deictic(text: str, t: TimeExpression) -> bool:
    """A "today" inside a quotation (an odd number of quotation marks since the start of its paragraph)."""
    if " ".join(t.text.lower().split()) not in _TODAY:
        return False
    return inside_quotation(text, text.rfind("\n", 0, t.start) + 1, t.start)


def inside_quotation(text: str, start: int, pos: int) -> bool:
    """Is character ``pos`` of ``text`` inside a quotation opened after ``start``: an odd number of straight quotation
    marks, or more opening than closing curly ones (a doubled single quotation mark, as some archives write one,
    counts as one)?"""
    before = text[start:pos].replace("\u2019\u2019", "\u201d").replace("\u2018\u2018", "\u201c")
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


# the kinds of violence one event may be told by ("the attacks" after "10 bombs exploded")
_VIOLENT_KINDS = word_lists("time_words.json").words("violent_kinds")


def _after_an_event(mentions: list[Frame], doc: Any) -> None:
    """ "Days after the explosion, protesters stormed the ministries": a mention with no time of its own whose
    sentence places it days, weeks or months from an event the article dates ("On Aug. 4 last year, ... exploded")
    takes that event's date moved by so much, at the precision such a phrase allows (a month for days or weeks)."""
    for m in mentions:
        if m.own_time:
            continue
        for b in mentions:
            if b.sentence != m.sentence or not b.background:
                continue
            apart = days_apart(doc[b.trigger.i])
            if apart is None or _verb_of(_offset_top(doc, b.trigger.i).head) != _verb_of(doc[m.trigger.i]):
                continue  # the phrase places another clause's event
            told = [
                a
                for a in mentions
                if a.sentence != m.sentence
                and a.own_time
                and a.date_anchor == "text"  # a date written in full ("On Aug. 4 last year")
                and not a.background
                and a.date[0] is not None
                and (a.trigger.kind == b.trigger.kind or {a.trigger.kind, b.trigger.kind} <= _VIOLENT_KINDS)
            ]
            if not told:
                continue
            before = [a for a in told if a.sentence < m.sentence]
            a = max(before, key=lambda a: a.sentence) if before else min(told, key=lambda a: a.sentence)
            offset, precision = apart
            day = a.date[0] + timedelta(days=offset)
            if precision == "month":
                day = day.replace(day=1)
            elif precision == "year":
                day = date(day.year, 1, 1)
            m.date = (day, precision, _offset_phrase(doc, b.trigger.i))
            m.own_time, m.date_anchor = True, "narrative"
            break


def _offset_top(doc: Any, i: int) -> Any:
    """The first word of the phrase that places an event from the one named at token ``i`` ("Days" of "Days after
    the explosion", "within" of "within a week of the blast")."""
    top = doc[i].head
    if top.head.lemma_.lower() in UNIT_DAYS:
        top = top.head
        if top.head.dep_ == "prep":
            top = top.head
    return top


def _offset_phrase(doc: Any, i: int) -> str:
    return str(doc[_offset_top(doc, i).left_edge.i : i + 1].text)


def _verb_of(tok: Any) -> int:
    """The index of the verb whose clause holds ``tok``."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return int(tok.i)


def _dates_the_report(doc: Any, t: TimeExpression, m: Frame) -> bool:
    """Does the time expression ``t`` date the statement that reports the mention rather than the mention's event
    ("Islamic State said on Monday that its fighters had seized the town": Monday is when it said so)? It does
    when it hangs on a verb of speech whose reported clause holds the trigger."""
    if not (m.sent_start <= t.start < m.sent_end):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    trigger = doc[m.trigger.i]
    if span is None or trigger.lemma_.lower() in _SPEECH_ANY or event_lexicon().kind_map[m.trigger.kind][0] == "plover":
        return False  # a statement's own time is its event's: "stated in August that genocide ..." is an accusation
    verb = _verb_above(span.root, 4)
    if verb.lemma_.lower() not in _SPEECH_ANY or verb.i == trigger.i:
        return False
    if trigger.dep_ == "dobj" and trigger.head.tag_ == "VBG" and trigger.head.lemma_.lower() in _PROMPTING:
        return False  # "said last month he would raise fuel prices, prompting protests": set off by the saying
    if (
        verb.dep_ == "conj"
        and verb.head.i == _verb_of(trigger)
        and verb.i > trigger.i
        and verb.lemma_.lower() != "claim"
    ):
        # "Gunmen ambushed a bus, killing 10 people, state media and diplomats said on Thursday", parsed with the
        # saying as a second verb of the act's clause: the day the report came, not the ambush's
        return True
    if trigger.i < span.start and span.end <= verb.i and doc[span.end].text == ",":
        # "... were executed at the range on June 26, the council announced": the report told after the act and
        # its time, which the parser may hang on the verb of speech, dates the act
        return False
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.lemma_.lower() == "claim":
        # "claimed responsibility on Thursday for two bombings": what is claimed is told as its object, unless the
        # time is of the claimed act's own words ("claimed a 2022 attack")
        if trigger.left_edge.i <= span.start and span.end - 1 <= trigger.right_edge.i:
            return False
        reported += [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    return any(c.left_edge.i <= trigger.i <= c.right_edge.i for c in reported)


def _verb_above(tok: Any, steps: int) -> Any:
    """The verb a time expression's head hangs on: ``tok`` or the first verb above it, at most ``steps`` heads up
    (else the last head reached)."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _own_span(doc: Any, t: TimeExpression, m: Frame) -> Any:
    """The tokens of the time expression ``t`` when it is told in the mention's own sentence (else None)."""
    if not (m.sent_start <= t.start < m.sent_end):
        return None
    return doc.char_span(t.start, t.end, alignment_mode="expand")


def _offset_of_the_verb(doc: Any, t: TimeExpression, m: Frame) -> bool:
    """Is ``t`` a count of days with no complement ("a day earlier", "two days before") that the trigger's own verb
    governs ("guerrillas who overran the police station at Bukit Kepong a day earlier")? It dates that verb's act,
    not another event's."""
    span = _own_span(doc, t, m)
    if span is None or not _BARE_OFFSET.search(t.text):
        return False
    last = span[-1]
    trigger = doc[m.trigger.i]
    return (
        trigger.pos_ == "VERB"
        and last.head.i == trigger.i
        and last.dep_ in ("advmod", "npadvmod")
        and not any(c.dep_ in ("pobj", "pcomp") for c in last.children)
    )


_BARE_OFFSET = re.compile(
    r"(?i)^(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|nights?|weeks?)\s+(?:earlier|before)$"
)


def _dates_a_relative_clause(doc: Any, t: TimeExpression, m: Frame) -> bool:
    """Does ``t`` date a relative clause in the past perfect, of the mention's sentence, that does not hold the
    trigger ("Police then cleared hundreds of protesters who had camped overnight outside Government
    House": the night is the camping's, before the clearing)?"""
    if not m.sent_start <= t.start < m.sent_end:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    trigger = doc[m.trigger.i]
    for anc in [span.root, *span.root.ancestors]:
        if anc.dep_ == "relcl":
            # (a clause in the past perfect, told as before the main one: not "the bombs that exploded on Friday",
            # nor "talks that ended early on Saturday")
            perfect = past_perfect(anc)
            return perfect and not anc.left_edge.i <= trigger.i <= anc.right_edge.i
    return False


def _dates_a_counted_clause(verb: Any | None, m: Frame) -> bool:
    """Does a time date a clause (of ``verb``, from :func:`_set_apart_days`) that a count of time sets apart from the
    mention's, whose sentence gives the mention's clause a day of its own ("gathered at the beach on Sunday, a week
    after two surfers were assaulted there on March 1": March 1 is the assault's day; but "the clashes came a day
    after activists attacked protesters on Monday" counts the clashes' day from Monday)?"""
    return verb is not None and not verb.left_edge.i <= m.trigger.i <= verb.right_edge.i


def _set_apart_days(doc: Any, times: list[TimeExpression]) -> dict[int, Any]:
    """The times (by start) that date a clause a count of time sets apart (:func:`_set_apart`), with its verb."""
    out: dict[int, Any] = {}
    for t in times:
        verb = _dated_verb(doc, t)
        if verb is not None and _set_apart(doc, verb, t, times):
            out[t.start] = verb
    return out


def _set_apart(doc: Any, verb: Any, t: TimeExpression, times: list[TimeExpression]) -> bool:
    """Is ``t`` the day of a clause (of ``verb``) that a count of time sets apart from its sentence's, which has a
    day of its own outside it?"""
    if not _counted_apart(verb, t):
        return False
    lo, hi = doc[verb.left_edge.i].idx, doc[verb.right_edge.i].idx
    sent = verb.sent
    return any(
        sent.start_char <= u.start < sent.end_char
        and not lo <= u.start <= hi
        and u.precision == "day"
        and not _COUNT_WORD.search(u.text)  # the count itself ("a day after") is counted from that clause's day
        for u in times
    )


_COUNT_WORD = re.compile(r"\b(?:after|before)\b", re.IGNORECASE)


def _counted_apart(verb: Any, t: TimeExpression) -> bool:
    """Is ``verb`` the verb of a clause a count of time ties to another ("a week after ... were assaulted"), and
    ``t`` a time of its own, not that count ("a day after")?"""
    if _COUNT_WORD.search(t.text):
        return False
    return any(
        c.dep_ == "mark"
        and c.lower_ in ("after", "before")
        and c.i > 0
        and c.doc[c.i - 1].lemma_.lower() in UNIT_DAYS
        and c.doc[c.i - 1].dep_ == "npadvmod"
        for c in verb.children
    )


def _dates_a_later_clause(doc: Any, t: TimeExpression, m: Frame) -> bool:
    """Does ``t`` date a clause coordinated after the mention's, with a subject of its own ("officials said troops
    had fired on the car, and the president apologised on Thursday": Thursday is the apology's day, not the
    firing's)? A time told inside a conjoined clause scopes over that clause only."""
    span = _own_span(doc, t, m)
    if span is None:
        return False
    trigger = doc[m.trigger.i]
    between = doc_text(doc)[m.trigger.start : t.start]
    if ";" in between and _DIED_OF_WOUNDS.search(between[between.index(";") :]):
        # "was pulled from a car by rioters and beaten; he died in hospital early on Friday": the day the victim died
        # of it, in a clause of its own, is not the day of the act
        return True
    verb = _verb_above(span.root, 6)
    if verb.dep_ != "conj" or verb.i <= trigger.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # "attacked the town and burned it on Monday": one subject, one time
    first = verb.head
    inside = first.left_edge.i <= trigger.i <= first.right_edge.i
    if not inside or verb.left_edge.i <= trigger.i <= verb.right_edge.i:
        return False
    # only where the mention's clause is told apart from the later one's time: reported by the first clause's verb
    # of speech, or in the past perfect (before the time the story has reached)
    return first.lemma_.lower() in _SPEECH_ANY or any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children
    )


def _but_clauses(verb: Any) -> list[Any]:
    """The clauses joined to ``verb`` by "but" that have a subject of their own ("banned the rally, but protesters
    streamed in")."""
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def _contrasted(verb: Any) -> bool:
    """Is ``verb`` the first of two clauses joined by "but", the second with a subject of its own and no time?"""
    return any(not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for c in _but_clauses(verb))


def _dates_a_contrasted_clause(doc: Any, t: TimeExpression, m: Frame) -> bool:
    """Does ``t`` date the other of two clauses joined by "but", each with a subject of its own ("The government
    banned the rally late on Saturday, but columns of marchers poured into the square": Saturday is the ban's day,
    not the march's)? A contrast joins two acts, told each in its own time."""
    span = _own_span(doc, t, m)
    if span is None:
        return False
    there = _verb_above(span.root, 6)
    here = _verb_above(doc[m.trigger.i], 6)
    first, second = (there, here) if there.i < here.i else (here, there)
    if first.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return False
    return any(c.i == second.i for c in _but_clauses(first))


_BEFORE_TIME = word_lists("time_words.json").words("before_time_words")
_ROUTE = word_lists("time_words.json").words("route_participles")


def _said_then(doc: Any, times: list[TimeExpression], m: Frame) -> bool:
    """Is the mention dated by a time told right after a verb of speech, before the clause that verb reports
    ("ISWAP said on Wednesday it had attacked a prison", "police said on Monday that ...")? The parser often hangs
    such a time on the reported verb; by its place it dates the saying."""
    t = _dating_time(times, m)
    span = doc.char_span(t.start, t.end, alignment_mode="expand") if t is not None else None
    if span is None or span.end >= len(doc):
        return False
    i = span.start
    while i > 0 and doc[i - 1].lower_ in _BEFORE_TIME:
        i -= 1
    speech = doc[i - 1] if i > 0 else None
    if speech is None or speech.pos_ not in ("VERB", "AUX") or speech.lemma_.lower() not in _SPEECH_ANY:
        return False
    clause = doc[m.trigger.i]
    if clause.dep_ == "relcl" and clause.tag_ in ("VBD", "VBN") and clause.head.dep_ == "nsubj":
        # "Iranian students who stormed the embassy said on Monday they would hold ...": who the speakers are, by
        # what they did before they spoke
        return bool(clause.head.head.i == speech.i)
    for _ in range(6):
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.i == speech.i:
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    nxt = doc[span.end]
    return nxt.lower_ == "that" or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == span.end for c in clause.children
    )


def _dates_a_state(doc: Any, t: TimeExpression, m: Frame) -> bool:
    """Does ``t`` date a state that goes on, told in a clause joined to the trigger's ("was wounded and was still in
    hospital on Sunday", "remained in a coma on Monday"): the day it still held, not the day of the act?"""
    span = _own_span(doc, t, m)
    if span is None:
        return False
    verb = _verb_above(span.root, 4)
    trigger = doc[m.trigger.i]
    if verb.i == trigger.i or verb.lemma_.lower() not in ("be", "remain", "stay"):
        return False
    still = any(c.dep_ == "advmod" and c.lower_ in ("still", "yet") for c in verb.children)
    joined = verb.dep_ == "conj" and verb.head.i == trigger.i
    # "was in hospital on Tuesday after the worst violence of the strike, a pitched battle ...": the day of the
    # state the act left behind, told with the act in its "after" phrase
    # (the parser may hang the phrase's apposition, "a pitched battle", on the verb itself)
    after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" and t.end <= c.idx < trigger.idx]
    phrase = bool(after) and not any(
        w.pos_ in ("VERB", "AUX") and w.dep_ not in ("amod", "compound") for w in doc[after[0].i + 1 : trigger.i]
    )
    # ("Greece was under military rule on Saturday after army officers seized power ... on Friday": the same, told
    # with a clause)
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "advcl" and a.head.i == verb.i), None)
    after_clause = clause is not None and any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children)
    return (still and joined) or (phrase and trigger.pos_ == "NOUN" and verb in trigger.ancestors) or after_clause


_STATE_PARTICIPLES = word_lists("time_words.json").words("state_participles")


def _dates_a_thing(doc: Any, t: TimeExpression, m: Frame, published: date | None = None) -> bool:
    """Does the time expression ``t`` sit in a clause that describes a person or thing of the sentence ("Ibrahim
    Biari, a commander it said led the Oct. 7 attack") rather than in the trigger's clause? Then it dates what
    that clause tells, not the mention. A clause in the present tense tells no past day ("detonated belts on the
    road to the cemetery where he is buried on Wednesday afternoon", parsed with the day in the relative clause):
    a day before publication there is the trigger's."""
    span = _own_span(doc, t, m)
    if span is None:
        return False
    own = relative_clause(m.sent_text, 0, len(m.sent_text), m.trigger.start - m.sent_start)
    if own is not None and own[0] <= t.start - m.sent_start and t.end - m.sent_start <= own[1]:
        # "the ruins of the headquarters, where a suicide bomber driving a truck packed with explosives killed 161
        # on Sunday": the trigger's own clause, however the parser hung the day in it
        return False
    trigger = doc[m.trigger.i]
    tok = span.root
    if _day_of_a_thing(tok, trigger):
        return True  # "gathered ... to denounce Sunday's parliamentary election": the day of the thing it names
    if _day_of_a_cause(tok, trigger):
        return True  # "marched ... to protest against the burning of a church last month": the burning's time
    for _ in range(8):
        if tok.i == trigger.i or tok.i == trigger.head.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.head.i == trigger.i:
            return False  # "a suicide bombing that tore through a mosque during Friday prayers": the event's own clause
        if (
            tok.dep_ == "relcl"
            and m.trigger.kind == "clash"
            and tok.head.dep_ == "dobj"
            and tok.head.head.i == trigger.i
            and not past_perfect(tok)
        ):
            # "had beaten off invaders who came ashore at Conakry before dawn on Sunday": the fight with those who
            # came, when they came
            return False
        if tok.dep_ == "relcl" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.i == trigger.i for g in c.children)
            for c in tok.head.children
        ):
            return False  # "thousands of protesters who tried to march on Thursday": the protesters' own clause
        if tok.dep_ == "acl" and tok.head.dep_ == "conj" and tok.head.head.i == trigger.i:
            # "were shot dead and three others wounded before dawn on Tuesday": the second half of the act, its verb
            # left out, parsed as a clause on "others"
            return False
        if tok.dep_ == "acl" and tok.lower_ in _STATE_PARTICIPLES:
            return False  # "fled from a church filled with tear gas in this city on Wednesday": the act's day
        if tok.dep_ == "acl" and participle_before_name(tok):
            return False  # "struck depots in occupied Kuwait on Thursday": a place's state, read as a clause
        if tok.dep_ in ("relcl", "acl", "appos") and not (tok.left_edge.i <= trigger.i <= tok.right_edge.i):
            clause = relative_clause(m.sent_text, 0, len(m.sent_text), t.start - m.sent_start)
            if clause is not None and began_when(m.sent_text, clause, m.trigger.start - m.sent_start):
                return False
            host = tok.head
            if (
                host.dep_ == "pobj"
                and host.head.lower_ in ("in", "during")
                and host.head.head.i == trigger.i
                and event_lexicon().lemma_kinds.get(host.lemma_.lower()) is not None
            ):
                return False  # "had killed 250 rebels in a final assault that began on Sunday night": the act's time
            past_day = published is not None and t.date < published and t.precision == "day"
            if past_day and _present_tense(tok) and _adverbial_of(span.root, tok):
                return False
            noun = tok.head
            # (the trigger's act: its own verb, or the verb an event noun is the subject of: "A bomb tore through a
            # bus carrying Israeli tourists ... on Wednesday")
            acts = {trigger.i} | ({trigger.head.i} if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" else set())
            # (and the act of a "when" clause that tells how the trigger's came about, with its object: "was hit in
            # the leg when a man opened fire on the truck carrying him through the town on Thursday")
            how = [
                c
                for c in trigger.children
                if c.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ in ("when", "as") for g in c.children)
            ]
            acts |= {c.i for c in how} | {g.i for c in how for g in c.children if g.dep_ == "dobj"}
            means = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i in acts
            # "hit a car carrying Mansour on Saturday": what the target was doing when it was hit, at the same time
            # (so are "143 Muslims marking the holy day ... on Tuesday", killed, whichever verb the parser made root)
            harmed = noun.head.i in acts or event_lexicon().lemma_kinds.get(noun.head.lemma_.lower()) == "attack"
            # (or "hijacked a Cypriot airliner bound for Athens on Sunday": where the target was going when taken)
            moving = tok.tag_ == "VBG" or tok.lower_ in _ROUTE
            means = means or (noun.dep_ in ("dobj", "nsubjpass") and harmed and moving)
            # "were killed when Iraqi aircraft dropped bombs filled with mustard gas on Halabja on March 16",
            # parsed with the day in the weapon's description: the "when" clause's act, at the trigger's time
            verb = noun.head
            means = means or (
                noun.dep_ == "dobj"
                and verb.dep_ == "advcl"
                and verb.head.i == trigger.i
                and any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in verb.children)
            )
            # "A bomb attack on an oil pipeline set off a fire that swept through the hamlet ... on Sunday": what the
            # act set off, told in its clause, happened at the act's time
            if (
                tok.dep_ == "relcl"
                and noun.dep_ == "dobj"
                and noun.head.i in acts
                and event_lexicon().lemma_kinds.get(noun.lemma_.lower()) is not None
                and not past_perfect(tok)
            ):
                return False
            # "killed in police firing in Vadodara on Sunday", parsed with "firing ... on Sunday" describing "police":
            # a participle inside the trigger's own phrase tells its scene
            return not (means and tok.dep_ == "acl")
        tok = tok.head
    return False


def _day_of_a_cause(tok: Any, trigger: Any | None) -> bool:
    """Is ``tok`` a time phrase that modifies a noun a preposition of cause governs ("against the burning of a
    church in Aswan province last month", "over the killing of a youth last week"), outside the trigger's words?"""
    at = trigger.i if trigger is not None else -1
    if _day_of_an_answered_act(tok, at):
        return True
    if tok.dep_ != "npadvmod" or tok.head.i == at:
        return False
    thing = tok.head
    if thing.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in thing.children):
        # (parsed on the purpose's verb: "marched ... to protest against the burning ... last month")
        thing = next(
            (
                g
                for c in thing.children
                if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS and c.i < tok.i
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"
            ),
            thing,
        )
    if thing.pos_ != "NOUN":
        return False
    return (
        thing.dep_ == "pobj" and thing.head.lower_ in _CAUSE_PREPS and not thing.left_edge.i <= at <= thing.right_edge.i
    )


_CAUSE_PREPS = word_lists("time_words.json").words("cause_prepositions")


def _day_of_an_answered_act(tok: Any, at: int) -> bool:
    """Is ``tok`` the time of the act an answer names ("attacked the headquarters in response to the killing of three
    Israelis in Larnaca on Sept 25", "in retaliation for the raid on Monday"), outside the trigger's words?"""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("on", "in"):
        tok = tok.head  # "on Sept 25", found without its preposition
    elif tok.dep_ not in ("npadvmod", "prep"):
        return False  # ("on Monday", "last week")
    act = tok.head
    return (
        act.pos_ == "NOUN"
        and act.i != at
        and answered_act(act) is not None
        and not act.left_edge.i <= at <= act.right_edge.i
    )


def _day_of_a_thing(tok: Any, trigger: Any) -> bool:
    """Is ``tok`` a day in the possessive naming the day of a thing that is no event of the lexicon ("to denounce
    Sunday's election")? Not when the thing is the trigger's own event ("Friday's bombing"), holds the trigger in its
    own clause ("last month's summit, where police shot"), or is told as a time ("in the days before Tuesday's
    marches")."""
    if tok.dep_ != "poss" or tok.head.pos_ != "NOUN" or tok.head.i == trigger.i:
        return False
    thing = tok.head
    if event_lexicon().lemma_kinds.get(thing.lemma_.lower()) is not None:
        # "the results of Sunday's parliamentary election set fire to", parsed as one noun phrase headed by "fire":
        # the first noun after the possessive is what the day is of, when it names no event
        # (not "Monday's suicide bombing" or "Monday's car bomb attack", a compound of the event's own)
        kinds = event_lexicon().lemma_kinds
        first = next((t for t in tok.doc[tok.i + 1 : thing.i] if t.pos_ == "NOUN"), None)
        if first is None or first.dep_ != "compound" or first.head.i == thing.i:
            return False
        between = tok.doc[first.i : thing.i]
        return all(kinds.get(t.lemma_.lower()) is None for t in between) and not (
            thing.left_edge.i <= trigger.i <= thing.right_edge.i
        )
    if thing.left_edge.i <= trigger.i <= thing.right_edge.i:
        return False
    return not (thing.dep_ == "pobj" and thing.head.lower_ in _BEFORE_AFTER)


def _adverbial_of(root: Any, verb: Any) -> bool:
    """Is the time phrase whose head is ``root`` an adverbial of ``verb`` ("is buried on Wednesday"), not a part of
    one of its nouns ("investigating last year's explosion")?"""
    head = root.head
    return bool(head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i))


def _present_tense(verb: Any) -> bool:
    """Is the verb finite in the present tense, itself ("lies") or by its auxiliary ("is buried", "are held")?"""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and all(c.tag_ in ("VBZ", "VBP") for c in auxes)


_RANKING = word_lists("time_words.json").words("ranking_adjectives")


def _ranks(tok: Any) -> bool:
    """A superlative or ordinal ("the deadliest", "the second", "the worst attack"), itself or as a modifier."""

    def ranking(t: Any) -> bool:
        return t.tag_ == "JJS" or t.lower_ in _RANKING or ordinal_value(t.lower_) is not None

    return ranking(tok) or any(c.dep_ == "amod" and ranking(c) for c in tok.children)


def _dates_a_class(doc: Any, t: TimeExpression, m: Frame) -> bool:
    """Does ``t`` bound the class an event is ranked in ("the bombing was the second in the town this year", "the
    deadliest attack since 2019", "the strike, the third this week, ...") rather than date the event? It does when
    it hangs on a superlative or ordinal said of the trigger, or on the "be" that says it."""
    if not (m.sent_start <= t.start < m.sent_end):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.head.i == head.i:
        return False
    head = head.head  # where the expression hangs ("last Sunday" is a time, not a rank)
    while head.dep_ in ("pobj", "prep", "npadvmod") and head.head.i != head.i and not _ranks(head):
        head = head.head
    trigger = doc[m.trigger.i]
    if _ranks(head):
        return head.i == trigger.i or trigger in (head.head, *head.head.children) or head.head.i == trigger.i
    if head.lemma_ != "be":
        return False
    told = any(c.i == trigger.i for c in head.children if c.dep_ in ("nsubj", "attr"))
    return told and any(c.dep_ in ("attr", "acomp") and _ranks(c) for c in head.children)


def _dates_the_main_clause(doc: Any, times: list[TimeExpression], m: Frame) -> bool:
    """Is the mention's date the time of the clause that an "after"/"before" clause holding the trigger hangs on?"""
    t = _dating_time(times, m)
    if t is None:
        return False
    if t.text.lower().endswith(("after", "before")):
        return False  # "a day after the army launched ...": an offset from the trigger's event, not the main clause's
    offset = _OFFSET_BEFORE_AFTER.match(doc_text(doc), t.end)  # the same, written "two days after"
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    trigger = doc[m.trigger.i]
    main = trigger.head.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _BEFORE_AFTER and main.pos_ == "VERB" and not _acts(main):
        # "declared a state of emergency on Thursday after rioting and looting ... left 15 dead": the act named
        # after "after" came before the day of the verb it hangs on (not "two days after the riots", counted; nor
        # "took the airport on Sunday after brief clashes", one scene of that day)
        counted = offset is not None and _DURATION_END.search(t.text) is not None
        return not (trigger.left_edge.i <= span.root.i <= trigger.right_edge.i) and not counted
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(3):
        marked = any(c.dep_ == "mark" and c.lower_ in _BEFORE_AFTER for c in clause.children)
        if clause.dep_ == "advcl" and marked and not offset and not since_a_date(clause):  # not "stored since 2014"
            return not (clause.left_edge.i <= span.root.i <= clause.right_edge.i)
        gerund = clause.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in clause.children)
        if clause.dep_ == "pcomp" and gerund and clause.head.lower_ in _BEFORE_AFTER:
            # "controlled the capital on Monday after seizing government buildings": the gerund's act came before
            return not (clause.left_edge.i <= span.root.i <= clause.right_edge.i)
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _told_as_before(doc: Any, t_all: list[TimeExpression], m: Frame) -> bool:
    """Is the trigger in a clause in the past perfect ("a man it said had planned an attack") under a clause that the
    mention's time dates, the time outside it? What "had" been done was done before that time."""
    t = _dating_time(t_all, m)
    span = doc.char_span(t.start, t.end, alignment_mode="expand") if t is not None else None
    if span is None:
        return False
    trigger = doc[m.trigger.i]
    cause = rousing_cause(trigger)
    if cause is not None and not cause[0] <= span.start_char < cause[1]:
        # "a day after mobs enraged by a British assault on Egyptian police burned the hotel": what roused them was
        # before the day their act is dated by
        return True
    if hung_on_search(trigger):
        # "searched on Monday for whoever planted the bomb ..., killing four girls": the parser hung the act of the
        # one sought on the search; it was done before the search's day
        return True
    named = next((a for a in [trigger, *list(trigger.ancestors)[:6]] if a.tag_ == "VBN" and a.dep_ == "acl"), None)
    if named is not None and not (named.left_edge.i <= span.root.i <= named.right_edge.i):
        # "held a day of mourning on Sunday for 30 people killed when rockets slammed into ...": the people were
        # killed (and the rockets slammed) before the day that dates the clause they are named in
        return True
    # the trigger's own clause: the trigger as its verb, or its subject or object ("had planned an attack")
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("ccomp", "relcl"):
        return False
    if clause is not trigger and trigger.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    perfect = past_perfect(clause)
    return perfect and not (clause.left_edge.i <= span.root.i <= clause.right_edge.i)


_PRESS = word_lists("time_words.json").words("press_addressees")
_DURATION_END = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s*\Z", re.IGNORECASE)


def _acts(verb: Any) -> bool:
    """Is the verb itself an act of force or of taking ground ("took the airport", "stormed the camp")?"""
    lemma = verb.lemma_.lower()
    return lemma == "take" or event_lexicon().lemma_kinds.get(lemma) in _FORCE_KINDS


_OFFSET_BEFORE_AFTER = re.compile(r"\s*(?:after|before|later|earlier)\b", re.IGNORECASE)

_BEFORE_AFTER = word_lists("time_words.json").words("before_after")


_WRITTEN = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def date_anchor(times: list[TimeExpression], m: Frame) -> tuple[bool, str]:
    """Whether the mention's own sentence dates it, and how its date was found: ``text`` (written in full),
    ``publication`` (a relative expression resolved against the publication date), ``narrative`` (taken from an
    earlier sentence) or ``fallback`` (no time expression: the publication date)."""
    text = m.date[2]
    if text is None:
        return False, "fallback"
    own = any(m.sent_start <= t.start < m.sent_end and t.text == text for t in times)
    if not own:
        return False, "narrative"
    return True, "text" if _WRITTEN.search(text) else "publication"


def recalled_days(mentions: list[Frame], doc: Any) -> list[TimeExpression]:
    """ "Six days after the attack on the student march of June 10 ... The march was the first big student
    demonstration in the capital since 1968. ... Gunmen fired at students": an event the story told with a day of its
    own, named again as the subject of a paragraph's first sentence, takes the story back to that day; the acts told
    after it with no time of their own are of that day, not of the day told last. Each such return, as a time the
    story sets."""
    days: list[TimeExpression] = []
    for m in mentions:
        if m.decision != "merged" or m.merged_into is None or not m.anaphoric or m.date_anchor != "fallback":
            continue  # (a mention the sentences around it had already dated keeps that day's story)
        head = mentions[m.merged_into]
        if not head.own_time or head.date[1] != "day" or head.date[0] is None or head.sentence >= m.sentence:
            continue
        tok = doc[m.trigger.i]
        # ("About 800 people had joined the march, which set out in the early evening": what the verb of a past
        # perfect did to it, a flashback to its day)
        flashback = tok.dep_ == "dobj" and past_perfect(tok.head)
        opens_paragraph = "\n" in doc_text(doc)[max(0, m.sent_start - 2) : m.sent_start]
        if (tok.dep_ not in ("nsubj", "nsubjpass") and not flashback) or not opens_paragraph:
            continue  # (the subject of a paragraph's first sentence: the story turns back to it)
        at = m.trigger.start
        days.append(TimeExpression(at, at + len(m.trigger.text), m.trigger.text, head.date[0], "day"))
    return days


def merged_days(mentions: list[Frame]) -> list[TimeExpression]:
    """ "a day after she was assassinated at an election rally ... Bhutto was leaving a rally on Thursday evening when
    a gunman fired on her car": a mention merged into an event told before it, dated by a day of its own, tells that
    day where it stands; the acts told after it with no time of their own are of that day. Each, as a time the story
    sets."""
    days: list[TimeExpression] = []
    for m in mentions:
        if m.decision != "merged" or not m.own_time or m.date[1] != "day" or m.date[0] is None or m.background:
            continue
        if m.anaphoric or not (m.reason or "").startswith("same event"):
            continue  # (an act told again, not a reference to one: "a vigil for protesters killed in earlier days")
        if m.merged_into is None or mentions[m.merged_into].sentence == m.sentence:
            continue  # (told again in a sentence of its own, which the sentence's own time already dates)
        at = m.trigger.start
        days.append(TimeExpression(at, at + len(m.trigger.text), m.trigger.text, m.date[0], "day"))
    return days


def narrative_time(
    heads: list[Frame],
    published: date | None,
    short: bool,
    told: list[TimeExpression] | None = None,
    sections: list[int] | None = None,
) -> None:
    """An event without a time expression of its own (its date fell back on the publication date) takes the day the
    article has last established for an earlier event ("on Wednesday ... In Kisumu, two were shot"), or last told of
    an act sitroom codes no event for (``told``, from :func:`told_days`: "troops entered the square on Wednesday
    afternoon. ... soldiers fired tear gas"). A round-up's paragraph that opens with a dateline of its own
    (``sections``, from :func:`sitroom.geo.locate.round_up_sections`: "PRIZREN - In the south, crowds ...") goes back
    to the day its lead set, not the day of what the paragraph before it told in passing ("three boys drowned on
    Tuesday")."""
    if short:
        return
    reference: tuple[Any, ...] | None = None
    lead: tuple[Any, ...] | None = None  # the day the story's lead set first
    news = published
    story: list[tuple[int, Frame | TimeExpression]] = [(m.trigger.start, m) for m in heads]
    story += [(t.start, t) for t in told or []]
    last: Frame | None = None  # the event told last with a time of its own, background or not
    dated: list[Frame] = []  # the events told so far with a time of their own
    bounds = sorted(sections or ())
    aside: tuple[int, tuple[Any, ...]] | None = None  # the sentence and the day of an event told in passing
    opened: tuple[int, tuple[Any, ...] | None] | None = None  # a sentence and the story's day when it began
    for at, m in sorted(story, key=lambda p: p[0]):
        while bounds and bounds[0] <= at:
            bounds.pop(0)
            reference = lead or reference
            last = None  # "ROME - ... Shortly afterwards": after the section's own events, not the last one's before
        if isinstance(m, TimeExpression):
            if m.text.lower() in _EARLIER:
                continue  # "The night before" counts back from the story's day; it sets none
            reference = (m.date, "day", m.text)
            lead = lead or reference
            continue
        story_day = lead or reference
        if m.offset_from_report and story_day is not None and news is not None and m.date[0] is not None:
            # "The attack came two days after a man killed three people in Nice": two days before the attack the
            # story's lead told, not before the report
            m.date = (story_day[0] + (m.date[0] - news), m.date[1], m.date[2])
            m.offset_from_report = False
        recent = is_recent(m, news)
        if opened is None or opened[0] != m.sentence:
            # "The night before, protesters set fire to police posts ...; police said they escaped": every act of
            # the sentence counts back from the day the story had reached when it began, not from each other
            opened = (m.sentence, reference)
        before = _days_before_that(m, opened[1], last)
        if before is not None:
            m.date, m.date_anchor = before, "narrative"  # "A day earlier, a homemade bomb exploded ..."
        after = (
            _counted_on(m, last, news)
            or _day_after(m, reference)
            or _next_day_closer(m, last)
            or _after_that(m, last)
            or _around_that(m, dated)
        )
        if after is not None:
            m.date, m.date_anchor = after, "narrative"  # "Last month, ... prompting protests. Days later, ..."
        elif (
            m.own_time
            and m.date[1] == "day"
            and m.etype.acled_type is not None
            and recent
            and (told_aside(m) or _flashback_in_sentence(m, dated))
        ):
            # "The port city, where three protesters were killed on Tuesday, saw the fiercest fighting": a day told in
            # passing dates its own sentence ("In Osh, where buildings were still burning on Sunday, snipers fired"),
            # not the sentences after it
            aside = (m.sentence, m.date)
        elif m.own_time and m.date[1] == "day" and m.etype.acled_type is not None and recent:
            reference = m.date  # a background event (last year's bombing) does not set the story's time
            lead = lead or reference
        elif m.date_anchor == "fallback" and aside is not None and aside[0] == m.sentence:
            m.date = aside[1]
            m.date_anchor = "narrative"
        elif m.date_anchor == "fallback" and reference is not None and m.etype.acled_type is not None:
            m.date = reference
            m.date_anchor = "narrative"
        if m.own_time and m.date[0] is not None and m.etype.acled_type is not None:
            if not counted_offset(m.date[2]):
                last = m  # (not "a day after the bloodiest clash yet": a day before the story's, told aside)
            dated.append(m)


def _flashback_in_sentence(m: Frame, dated: list[Frame]) -> bool:
    """Was a later day told for an event earlier in the mention's sentence ("was shot dead on Wednesday ..., hours
    after the funeral of a cousin who was beaten to death on Sunday")? The mention's day is a flashback from it."""
    return any(
        d.sentence == m.sentence and d.date[1] == "day" and d.date[0] is not None and d.date[0] > m.date[0]
        for d in dated
    )


def is_recent(m: Frame, published: date | None, days: int = BACKGROUND_DAYS) -> bool:
    """Is the mention's day within ``days`` (:data:`BACKGROUND_DAYS`) of the publication (or either unknown)? An older
    event is background: it sets no story time, and in a whole article it is history (``extract.rank.HISTORY``)."""
    return published is None or m.date[0] is None or (published - m.date[0]).days <= days


def told_aside(m: Frame) -> bool:
    """Is the mention told in passing, in a non-restrictive relative clause ("The port city, where three protesters
    were killed on Tuesday, saw some of the fiercest fighting"), or in a clause a count of days ties to the sentence's
    event ("on Monday, a day after the bloodiest clash yet")? Its day is not the story's."""
    if m.counted_from or (m.own_time and counted_offset(m.date[2])):
        return True
    return relative_clause(m.sent_text, 0, len(m.sent_text), m.trigger.start - m.sent_start) is not None


_AFTER_THAT = word_lists("time_words.json").mapping("after_that_openers")
_AFTER_THAT_OPENER = re.compile(
    r"\s*(?:about |some |nearly |around |roughly |just |barely )?"
    r"(?:(?:an?|one|two|three|four|five|six|several|a few|\d+) )?"
    r"(" + "|".join(re.escape(k) for k in sorted(_AFTER_THAT, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


_AROUND_THAT = re.compile(
    r"\s*(?:about |some |just |only )?(?:(?:an?|one|two|three|a few|several) )?(hours?|minutes?|moments?|shortly)"
    r"\s+(?:before|after)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?([a-z-]+)\s*,",
    re.IGNORECASE,
)


def _around_that(m: Frame, dated: list[Frame]) -> tuple[Any, ...] | None:
    """ "Hours before the prison attack, gunmen ambushed a convoy": an event with no time of its own, told hours
    before or after an event the article has dated, is of that event's day (the last told of the kind named)."""
    if m.own_time or m.etype.acled_type is None:
        return None
    opener = _AROUND_THAT.match(m.sent_text)
    if opener is None:
        return None
    kind = event_lexicon().lemma_kinds.get(opener.group(2).lower().rstrip("s"))
    if kind is None:
        return None
    same = [d for d in dated if d.trigger.kind == kind and d.sentence < m.sentence and d.date[1] == "day"]
    return same[-1].date if same else None


_COUNTED_LATER = re.compile(r"\b(\w+) (days?|weeks?) later\b", re.IGNORECASE)


def _counted_on(m: Frame, last: Frame | None, news: date | None) -> tuple[Any, ...] | None:
    """ "They freed the children four days later": an event with no time of its own whose sentence counts whole days
    or weeks on from the event told just before it (``last``, dated to the day) is of that day; "days later" without
    a number gives no day (see :func:`_after_that`)."""
    if last is None or m.own_time or m.etype.acled_type is None or last.date[0] is None or last.date[1] != "day":
        return None
    found = _COUNTED_LATER.findall(m.sent_text)
    if len(found) != 1:
        return None
    count = parse_number(found[0][0])
    if count is None or not 0 < count <= 31:
        return None
    day = last.date[0] + timedelta(days=count * (7 if found[0][1].lower().startswith("week") else 1))
    if news is not None and day > news:
        return None
    return (day, "day", f"{found[0][0]} {found[0][1]} later")


def _day_after(m: Frame, reference: tuple[Any, ...] | None) -> tuple[Any, ...] | None:
    """ "The next day, gunmen fired on his car": an event whose sentence opens by counting one day on from the day
    the story told last, with no time expression of its own, is of the day after it."""
    if reference is None or reference[1] != "day" or m.own_time or m.etype.acled_type is None:
        return None
    opener = _AFTER_THAT_OPENER.match(m.sent_text)
    if opener is None or _AFTER_THAT[opener.group(1).lower()] != "next":
        return None
    return (reference[0] + timedelta(days=1), "day", opener.group(1))


_NEXT_DAY_CLOSER = re.compile(
    r"\b(" + "|".join(re.escape(k) for k, v in _AFTER_THAT.items() if v == "next" and k.startswith("the ")) + r")\W*\Z",
    re.IGNORECASE,
)


_OTHER_CLAUSE = re.compile(r",|;|\b(?:until|till|before|after|when|while|and|but|as|then)\b", re.IGNORECASE)


def _next_day_closer(m: Frame, last: Frame | None) -> tuple[Any, ...] | None:
    """ "The four chiefs were beaten to death ... on May 21, 1994. Saro-Wiwa was arrested the next day.": a sentence
    with no time of its own that ends by counting one day on is of the day after the event told just before it."""
    if last is None or m.own_time or m.etype.acled_type is None or last.date[0] is None or last.date[1] != "day":
        return None
    closer = _NEXT_DAY_CLOSER.search(m.sent_text)
    if closer is None or last.sentence != m.sentence - 1:
        return None
    between = m.sent_text[m.trigger.start - m.sent_start : closer.start()]
    if _OTHER_CLAUSE.search(between):
        return None  # ("fighting spread ... until a local truce was arranged the next day": the truce's day)
    return (last.date[0] + timedelta(days=1), "day", closer.group(1))


_DAY_OFFSETS = word_lists("time_words.json").numbers("day_offsets")
# the offsets counted back from a day the story told ("a day earlier", "the previous day", "two days before"), not
# from the day of the report ("yesterday", "two days ago")
_EARLIER = {
    k: int(v)
    for k, v in _DAY_OFFSETS.items()
    if re.search(r"\b(?:earlier|before|previous)\b", k) and "yesterday" not in k and v < 0
}


_EVE_OF_THAT = re.compile(r"\bthe\s+eve\s+of\s+(?:that|this)\s+[a-z]+", re.IGNORECASE)


def _days_before_that(m: Frame, reference: tuple[Any, ...] | None, last: Frame | None = None) -> tuple[Any, ...] | None:
    """ "A day earlier, a homemade bomb exploded ...", told after the events of Wednesday evening: the day before the
    day the story told last, not the day before the report."""
    if reference is None or reference[0] is None or not m.own_time or m.date[2] is None:
        return None
    said = m.date[2].lower()
    opening = m.sent_text.lstrip(" \"'").lower()
    if said == "on the eve" and _EVE_OF_THAT.search(m.sent_text):
        # "On the eve of that battle, a rebel column seized the port": the day before the battle just told (however
        # long before the report)
        day = last.date[0] if last is not None and last.date[1] == "day" and last.date[0] else reference[0]
        return (day - timedelta(days=1), "day", m.date[2])
    if said not in _EARLIER:
        # "Three days earlier, on Tuesday, police had used tear gas": the weekday in apposition names the day the
        # count reaches back to, not the weekday nearest the report
        said = next((k for k in _EARLIER if opening.startswith(k + ", ")), "")
        named = WEEKDAY.search(m.date[2])
        if not said or named is None:
            return None
        back = reference[0] + timedelta(days=_EARLIER[said])
        if back == m.date[0] or back.strftime("%a").lower() != named.group(0).lower()[:3]:
            return None  # (the weekday the count reaches must be the one named)
        return (back, "day", m.date[2])
    elif not opening.startswith(said):
        return None
    return (reference[0] + timedelta(days=_EARLIER[said]), "day", m.date[2])


def _after_that(m: Frame, last: Frame | None) -> tuple[Any, ...] | None:
    """The date of an event with no time of its own whose sentence opens "Days later," or "Hours later,": the time
    of the event told just before it (``last``), as far as the opener allows (a day for "hours later", a month or a
    year only for "days later")."""
    if last is None or m.date_anchor not in ("fallback", "narrative") or m.etype.acled_type is None:
        return None
    opener = _AFTER_THAT_OPENER.match(m.sent_text)
    if opener is None:
        return None
    kind = _AFTER_THAT[opener.group(1).lower()]
    if m.date_anchor == "narrative" and kind != "month":
        return None  # (a day the story set for it stands, but not the month before "a month later")
    if kind == "next":
        return None  # the day after a day the story did not tell: no day the text gives
    if kind == "month":
        # "In December 1984, settlers ambushed ... A month later, police shot dead ...": the month after
        if last.date[0] is None or last.date[1] not in ("day", "month"):
            return None
        year, month = divmod(last.date[0].year * 12 + last.date[0].month, 12)  # (month - 1) + 1
        return (date(year, month + 1, 1), "month", opener.group(1))
    if kind == "period" and last.date[1] in ("day", "week"):
        return None
    return last.date


def _story_clause_hosts(mentions: list[Frame], times: list[TimeExpression]) -> list[tuple[int, int]]:
    """The spans, from a sentence's start to its act, of sentences whose act is told in a clause a count of days marks
    ("Troops patrolled Aden on Sunday, a day after crowds burned the offices"): the main clause's day there is not the
    story's (not "hours after", which counts no day)."""
    return [
        (m.sent_start, m.trigger.start)
        for m in mentions
        if m.counted_clause
        and not m.counted_from
        and any(m.sent_start <= t.start < m.trigger.start and counted_offset(t.text) for t in times)
    ]


def told_days(
    doc: Any, times: list[TimeExpression], text: str, published: date | None, mentions: list[Frame] | None = None
) -> list[TimeExpression]:
    """The days on which the story tells that something was done, whether or not sitroom codes an event for it: a
    day-precise time expression that dates a verb in the simple past ("a convoy left Goma on Tuesday morning"), not
    one off the story's line of time (:func:`_off_the_story`: "said on Thursday", "had put the toll at 60 on
    Tuesday"), outside quotations, and recent (not background); nor the day of a main clause whose sentence tells its
    act in a clause a count of days marks ("Troops patrolled Aden on Sunday, a day after crowds burned the offices":
    the story's day is Saturday's, which that act has)."""
    hosts = _story_clause_hosts(mentions or [], times)
    told = []
    for t in times:
        if any(lo <= t.start < hi for lo, hi in hosts):
            continue
        if t.precision != "day" or (published is not None and not 0 <= (published - t.date).days <= BACKGROUND_DAYS):
            continue
        verb = _dated_verb(doc, t)
        if verb is None or _off_the_story(verb, t) or inside_quotation(text, text.rfind("\n", 0, t.start) + 1, t.start):
            continue
        if verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in verb.children):
            continue  # "the capital was quiet under a curfew on Thursday": a state on that day, nothing done then
        if counted_offset(t.text):
            same = [u for u in times if verb.sent.start_char <= u.start < verb.sent.end_char]
            main_day = told_day_counted_from(t, same)
            if main_day is None or published is None:
                continue  # "The attack came two days after ...": counted from an event whose day the story sets
            main = _dated_verb(doc, main_day)
            if main is not None and not _off_the_story(main, main_day):
                # "broke out on Wednesday, December 17, a day after Kunayev was replaced": a flashback from the day
                # the story tells, which stays the story's day
                continue
            # "officials said on Thursday they had arrested 17, a day after soldiers stormed the palace": the day
            # before the report's, which the story tells
            t = replace(t, date=main_day.date + (t.date - published))
        if _set_apart(doc, verb, t, times):
            continue  # "gathered on Sunday, a week after two lifesavers were assaulted there on Dec. 4": a flashback
        if _night_after_a_day(t, times):
            continue  # "seized power on Thursday ... troops who had moved on the capital overnight": that night, not
            # the one before the report
        if _contrasted(verb):
            continue  # "banned the rally late on Friday, but protesters streamed in": the ban's day, not the story's
        if verb.dep_ == "relcl" and in_passing(text, t.start, 160):
            continue  # "The port city, where three protesters were killed on Tuesday, saw ...": a day told in passing
        if verb.dep_ == "relcl" and any(
            u.precision == "day" and u.date > t.date and verb.sent.start_char <= u.start < t.start for u in times
        ):
            # "was shot dead on Wednesday ..., hours after the funeral of a cousin who was beaten to death on Sunday":
            # a relative clause's earlier day, after the sentence told its own, is a flashback from the story's day
            continue
        if verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "neg" or _present_or_modal(c) for c in verb.children):
            told.append(t)
    return told


_DIED_OF_WOUNDS = re.compile(
    r"\bdied\s+(?:in\s+(?:a\s+|the\s+)?hospital|of\s+(?:his|her|their)\s+(?:injuries|wounds))\b", re.IGNORECASE
)


def _present_or_modal(aux: Any) -> bool:
    """Is ``aux`` a modal or a present form of "be" ("A verdict is expected on Monday", "will be held on Friday"):
    the verb it helps is no simple past, and its day is no day the story tells as done?"""
    if aux.dep_ not in ("aux", "auxpass"):
        return False
    return aux.tag_ == "MD" or (aux.lemma_ == "be" and aux.tag_ in ("VBZ", "VBP"))


# a night told after the story's day: the night before that day, not the one before publication
_NIGHT_BEFORE = re.compile(r"overnight$", re.IGNORECASE)


def _night_after_a_day(t: TimeExpression, times: list[TimeExpression]) -> bool:
    """Is ``t`` an "overnight" told after a time expression of an earlier day ("on Monday")?"""
    return bool(_NIGHT_BEFORE.match(t.text)) and any(
        u.start < t.start and u.precision == "day" and u.date < t.date for u in times
    )


def _describes_a_source(verb: Any) -> bool:
    """Is ``verb`` a relative clause on who an "according to" phrase names as the story's source?"""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    noun = first_conjunct(noun)  # "according to travellers and diplomats who reached ..."
    prep = noun.head
    return bool(noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according")


def _dated_verb(doc: Any, t: TimeExpression) -> Any | None:
    """The verb the time expression ``t`` hangs on, if it hangs on one."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    verb = doc[_verb_of(span.root)]
    return None if verb.i == span.root.i else verb


def _off_the_story(verb: Any, t: TimeExpression) -> bool:
    """Does the time ``t`` on this verb step out of the story's line of time: the day of a report (a verb of speech
    with no object, dated as reports are, relatively: "said on Tuesday"; a date written in full after one is more
    often the reported act's, as the parser hangs "said three days after April 15, 2013" on "said") or a flashback
    (a verb in the past perfect, before the story's time)?"""
    if _describes_a_source(verb):
        return True  # "according to travellers who reached the border on Friday": the sources' day, not the story's
    if verb.lemma_.lower() == "die" and _DIED_OF_WOUNDS.search(doc_text(verb.doc), verb.idx, t.start):
        return True  # "was beaten; he died in hospital early on Friday": the day a victim died of an act told before
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if perfect and verb.doc.text[max(0, t.start - 4) : t.start].strip().lower() == "by":
        perfect = False  # "By Tuesday afternoon, students had joined crowds": what was done by then, that day
    # a verb of speech with an object of its own does something ("declared a state of emergency on Wednesday")
    # (not "told reporters on Sunday": the press one tells is no object done)
    acts = any(c.dep_ == "dobj" and c.lemma_.lower() not in _PRESS for c in verb.children)
    return perfect or (verb.lemma_.lower() in _SPEECH_ANY and not acts and _WRITTEN.search(t.text) is None)
