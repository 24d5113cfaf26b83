"""Salience: which of an article's events is its main one (rank 0), and the order of the rest."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from sitroom.extract._actor_resolver import crowd_of_place
from sitroom.extract.event_tolls import give_each_toll_once, main_event_toll
from sitroom.extract.events import TOLLED_TYPES, rule_of_exception
from sitroom.extract.lexicons import country_names, event_lexicon
from sitroom.extract.timing import REPORTING_WEEK, is_recent
from sitroom.model import Article, Event, EventType, Evidence, Frame

__all__ = ["Candidate", "rank", "rank_events", "salience"]

_MODALITY_COST = {"asserted": 0, "reported": 0, "future": 0, "hypothetical": 1, "negated": 2}


@dataclass
class Candidate:
    index: int  # position in the article's list of candidate events
    sentence: int  # sentence number in the article
    depth: int  # syntactic depth of the trigger below its sentence root
    priority: int  # kind priority from the lexicon
    modality: str
    acled: bool  # typed in the ACLED taxonomy
    background: bool = False  # an antecedent, cause or purpose of another event in its sentence


def rank(cands: list[Candidate]) -> list[int]:
    """Indexes of ``cands`` from the main event down.

    News puts the main event first: asserted (or announced: "will support") before hypothetical and negated, the
    earlier sentence first (the lead), the sentence's main clause before embedded ones, and among equals the more
    specific, more violent kind.
    """

    def key(c: Candidate) -> tuple[int, int, bool, int, int, int]:
        return (_MODALITY_COST.get(c.modality, 1), c.sentence, c.background, c.depth, -c.priority, c.index)

    return [c.index for c in sorted(cands, key=key)]


# acts that answer an earlier event told in their own sentence ("arrested after the raid", "resigned after the
# protests", "signed an accord to end the raids"): there the act is the news and the event its antecedent
_RESPONSES = frozenset({"arrest", "agree", "transfer", "retreat", "concede", "release"})


def salience(mentions: list[Frame]) -> list[int]:
    """The mentions' salience order (indices, the main one first): :func:`rank` over their candidates."""
    lex = event_lexicon()
    answered = {m.sentence for m in mentions if m.trigger.kind in _RESPONSES and not m.background}
    heads_told = {m.sentence for m in mentions if not m.counted_from and m.etype.acled_type is not None}
    cands = [
        Candidate(
            i,
            m.sentence,
            m.trigger.depth,
            lex.priority[m.trigger.kind],
            m.modality,
            m.etype.acled_type is not None,
            # (and an act of another day a count ties to the sentence's own: "swept through the city on Thursday,
            # beating students, a day after rioters set fire to the police headquarters" leads with Thursday's)
            # (of another kind than the main clause's, which detect did not set apart: no clause of its own)
            (m.background and m.sentence in answered)
            or (m.counted_from and m.clause is None and m.sentence in heads_told),
        )
        for i, m in enumerate(mentions)
    ]
    return rank(cands)


def rank_events(
    frames: list[Frame],
    article: Article,
    sents: list[str],
    short: bool,
    toll_sentences: int,
    recalled_events: list[Event] | None = None,
) -> list[Event]:
    """The article's events, in salience order (rank 0 first): one per kept mention, with its toll given once, the
    article's stated toll given to its main event when the article has at most ``toll_sentences`` sentences, and
    every sentence that reports it; of a whole article, what a coder codes (``_select``). The history an article
    recalls (:data:`HISTORY`, :data:`SETTLED`) is no event of it; built all the same, it goes to ``recalled_events``
    when given (the pipeline's ``Context.recalled``)."""
    kept = [i for i, m in enumerate(frames) if m.decision == "kept"]
    heads = [frames[i] for i in kept]
    order = salience(heads)
    give_each_toll_once(heads, order)
    for r, i in enumerate(order):
        m = heads[i]
        m.rank = r
        if r != 0:
            continue
        past = _history_only(frames)
        main_event_toll(m, heads, [t for t in sents if t not in past], short, toll_sentences)
    if short:
        order = _without_unsorted(heads, order)
        history: list[int] = []
    else:
        order, history = _select(heads, order, article.published)
    for r, i in enumerate(order + history):
        heads[i].rank = r
    if recalled_events is not None:
        recalled_events.extend(_event(heads[i], kept[i], frames, article) for i in history)
    return [_event(heads[i], kept[i], frames, article) for i in order]


def _select(heads: list[Frame], order: list[int], published: date | None) -> tuple[list[int], list[int]]:
    """What a coder codes of a whole article's events (``heads`` in salience order ``order``): the minor ones
    (:data:`MINOR`, :data:`UNSORTED`) and the summaries (:data:`SUMMED_UP`) are dropped; the history it recalls
    (:data:`HISTORY`, :data:`SETTLED`) is dropped and returned apart; a non-ACLED event told beside the principal one
    loses that type (``_uncoded``). Returns the order of the events kept and that of the history."""
    coded = [i for i in order if heads[i].etype.acled_type is not None]  # (a statement leads no coder's list)
    minor = {i for r, i in enumerate(coded) if r >= MAIN_EVENTS and _minor(heads[i])}
    for i in minor:
        heads[i].decision = "dropped"
        heads[i].reason = MINOR
    # (not the article's main event: a late report, or a coder's note written weeks on, is still its report)
    recalled = {i for i in coded[1:] if _history(heads[i], published)} - minor
    for i in recalled:
        heads[i].decision = "dropped"
        heads[i].reason = HISTORY
    main_day = heads[coded[0]].date[0] if coded else None
    settled = {i for i in coded[1:] if _settled(heads[i], published, main_day)} - minor - recalled
    for i in settled:
        heads[i].decision = "dropped"
        heads[i].reason = SETTLED
    recalled |= settled
    daily = [heads[i] for i in coded if heads[i].date[1] == "day"]
    summed = {
        i
        for i in coded
        if heads[i].date[1] in _SPANS
        # (the lead's killing "at the weekend" sums up no killing told of the Friday before it)
        and any(
            d.etype.acled_sub == heads[i].etype.acled_sub and (i != coded[0] or _within(d, heads[i])) for d in daily
        )
    } - recalled
    for i in summed:
        heads[i].decision = "dropped"
        heads[i].reason = SUMMED_UP
    kept = _without_unsorted(heads, [i for i in order if i not in minor | recalled | summed])
    for i in kept[1:]:
        if heads[i].etype.acled_type is None and heads[i].etype.non_acled is not None:
            # a diplomatic act, a disaster, a crime or a claim told beside the article's principal event: ACLED codes
            # none of them, and PLOVER keeps it as the verbal or material act it is (see ``_uncoded``)
            heads[i].etype = _uncoded(heads[i].etype)
    return kept, [i for i in order if i in recalled]


def _event(m: Frame, at: int, frames: list[Frame], a: Article) -> Event:
    """The event of the head mention ``m`` (``frames[at]``), with every sentence that reports it."""
    d, precision, date_text = m.date
    conf = 0.7 if m.modality == "asserted" else 0.4
    conf -= min(0.3, 0.05 * m.trigger.depth)
    conf = min(0.95, conf + 0.05 * (len(m.members) - 1))  # every other sentence that reports it supports it
    seen: set[int] = set()
    mentions = []
    for j in m.members or [at]:
        o = frames[j]
        if o.sent_start not in seen:
            seen.add(o.sent_start)
            mentions.append(Evidence(o.sent_text, o.sent_start, o.sent_end))
    mentions.sort(key=lambda e: e.start)
    shown = _told_in_full(m, [frames[j] for j in m.members])
    where = _country_placed(m, [e.sentence for e in mentions])  # demonstrators are named by this country
    return Event(
        article_id=a.id,
        plover_event=m.etype.plover,
        evidence=Evidence(shown.sent_text, shown.sent_start, shown.sent_end),
        salience_rank=m.rank,
        plover_mode=m.etype.mode,
        cameo_root=m.etype.cameo,
        acled_event_type=m.etype.acled_type,
        acled_sub_event_type=m.etype.acled_sub,
        non_acled_type=m.etype.non_acled,
        actor1=crowd_of_place(m.actor1, where),
        actor2=crowd_of_place(m.actor2, where),
        date=d,
        date_precision=precision,
        date_text=date_text,
        location=m.location,
        fatalities=m.fatalities,
        confidence=max(0.05, conf),
        modality=m.modality,
        trigger=shown.trigger.text,
        trigger_start=shown.trigger.start,
        mentions=mentions,
        date_anchor=m.date_anchor,
    )


MAIN_EVENTS = 2  # the events an article leads with: a coder codes them whatever else it tells
MINOR = "minor: told after the article's main events, an attack with no one killed or hurt, or a change of activity"
_MINOR_SUBS = frozenset({"Attack", "Change to group/activity"})


# ACLED's "Other" strategic development is the codebook's catch-all for a significant development of no other kind
# ("the government closed the border", "the embassy shut its doors"): the news of an article or a note that leads
# with it; told after the principal event, a measure taken around it that a coder leaves out
UNSORTED = "minor: a strategic development of no codebook kind ('Other'), told after the text's principal event"


# ACLED codes an event on its day, with a week's or a month's precision only when no day is known: "protests spread
# over the weekend", "clashes this month", told where the article tells events of that sub-event type on their days,
# sum those up
SUMMED_UP = "summary: told over a week or a month, of a kind the article tells day by day"
_SPANS = frozenset({"week", "month"})


def _within(day: Frame, span: Frame) -> bool:
    """Is the day-dated mention's day inside the week or month the other is dated by? Unknown days are."""
    d, start = day.date[0], span.date[0]
    if d is None or start is None:
        return True
    if span.date[1] == "week":
        return bool(0 <= (d - start).days <= 6)
    return bool((d.year, d.month) == (start.year, start.month))


def _without_unsorted(heads: list[Frame], order: list[int]) -> list[int]:
    """``order`` less the "Other" developments told after its first event (:data:`UNSORTED`), which are dropped."""
    aside = {i for i in order[1:] if heads[i].etype.acled_sub == "Other"}
    for i in aside:
        heads[i].decision = "dropped"
        heads[i].reason = UNSORTED
    return [i for i in order if i not in aside]


def _minor(m: Frame) -> bool:
    """An event a coder leaves out: told after the article's main events, an attack that killed or hurt no one the
    article counts (ACLED codes an attack on civilians by its harm: without it the words are most often another
    account of an event told already, or of one years before), or a change of a group's activity (a curfew, a
    deployment, roadblocks) told in passing."""
    if m.etype.acled_sub not in _MINOR_SUBS:
        return False
    if m.own_time and _fired_on_crowd(m):
        return False  # "paratroopers opened fire on a crowd", on a day of its own: lethal force on a crowd is coded
    if m.own_time and m.patient_text and m.trigger.text.lower() in ("beat", "beaten"):
        # "18:20 — Commandos of the police beat journalists ...": people beaten, on a time of their own, were hurt
        return False
    if m.own_time and rule_of_exception(m):
        # "Later on Thursday the authorities declared a state of emergency": a rule of exception on a day of its own
        # (not a curfew told in passing)
        return False
    return m.fatalities.killed is None and m.fatalities.injured is None and not m.killed_uncounted


_ON_CROWD = re.compile(
    r"\s+(?:on|at|into)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2})?(?:crowds?|demonstrators|protesters|marchers)\b"
)


def _fired_on_crowd(m: Frame) -> bool:
    """Did the mention's doers fire on a crowd ("opened fire on a crowd packed into the avenue", "firing into crowds
    and houses")?"""
    if m.trigger.text.lower() not in ("opened fire", "open fire", "fired", "firing"):
        return False
    return _ON_CROWD.match(m.sent_text, m.trigger.start - m.sent_start + len(m.trigger.text)) is not None


HISTORY = "history: violence or a demonstration of more than a month before the report, told as background"


def _history(m: Frame, published: date | None) -> bool:
    """Violence or a demonstration more than ``timing.BACKGROUND_DAYS`` before the article's publication: history the
    article recalls ("the 1998 embassy bombing", "a massacre in March"), which ACLED coded, if at all, from the
    reports of its time; this report's own events are recent."""
    return m.etype.acled_type in TOLLED_TYPES and not is_recent(m, published)


def _uncoded(etype: EventType) -> EventType:
    """An event type without its non-ACLED type (a diplomatic event, a disaster, organised crime, a claim of
    responsibility): what an article tells beside its principal event stays a PLOVER event, not a row of the
    coded events. ACLED codes none of these (Codebook 2023: political violence, demonstrations and the strategic
    developments around them); an article whose principal event is one of them codes it, as its own report."""
    return replace(etype, non_acled=None)


SETTLED = "history: a strategic development of more than a week before the report, told as background"


def _settled(m: Frame, published: date | None, main_day: date | None) -> bool:
    """A strategic development (an arrest, an agreement, a change of a group's activity) told from before the week
    the report covers (:data:`timing.REPORTING_WEEK`) and before the article's main event (``main_day``): ACLED codes
    each week's events from that week's reports, so "signed a truce in May", "was arrested last year" told as
    background were coded then, not from this report. What followed the main event ("freed the hostages four days
    later") is the story this report tells, however long ago it began."""
    if m.etype.acled_type != "Strategic developments" or is_recent(m, published, REPORTING_WEEK):
        return False
    return main_day is None or m.date[0] is None or m.date[0] < main_day


def _history_only(frames: list[Frame]) -> set[str]:
    """The sentences that tell only history ("the largest protest since April 2001, when police shot dead dozens"):
    every mention of theirs was dropped as history or background, so their toll is no toll of the main event."""
    told: dict[str, bool] = {}
    for f in frames:
        past = f.decision == "dropped" and f.reason.startswith(("history", "background"))
        told[f.sent_text] = told.get(f.sent_text, True) and past if f.decision == "dropped" else False
    return {s for s, past in told.items() if past}


def _country_placed(m: Frame, told: list[str]) -> str | None:
    """The country of the town or district the event is placed in, where a sentence that tells the event names that
    country ("In Kyrgyzstan's capital Bishkek, ..."); not a country named as the place itself, nor the country of a
    namesake the text does not name (a Kenyan estate called London)."""
    loc = m.location
    if loc is None or loc.country is None or loc.precision == "country":
        return None
    name = country_names().get(loc.country)
    return loc.country if name is not None and any(name in s for s in told) else None


_FULL_STOP = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")


def _told_in_full(head: Frame, members: list[Frame]) -> Frame:
    """The mention an event shows as its evidence: its head, unless the head is a headline (the article's first
    line, with no full stop) and a later sentence tells the same event in full ("Roadside bomb kills general" above
    "The general died when a roadside bomb exploded under his convoy on Monday"): the first such sentence."""
    if head.sentence != 0 or head.sent_text.rstrip().endswith(_FULL_STOP):
        return head
    full = [o for o in members if o.sentence > 0 and o.sent_text.rstrip().endswith(_FULL_STOP)]
    return min(full, key=lambda o: (o.sentence, o.trigger.start)) if full else head
