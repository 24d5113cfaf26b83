"""The agreement tracker: one article at a time, in publication order, against what is known.

Rules, written down so they can be argued with:

- A mention that the text dates ("the Nov. 10 statement", "since November 2020") is the known agreement signed or in
  force on that date (within a day; within the month for a month). Otherwise a mention in a sentence that concludes
  an agreement ("agreed on Wednesday to ...", not proposed, refused or failed) dated within ten days of publication
  is an agreement concluded now: the one concluded in this article already, a known one of the same parties
  concluded within ten days, or a new one. Any other mention is the agreement the article is about so far, else
  the known agreement sharing most parties with the article (the latest signed on a tie), else a new one.
- Each positional fact (a term, a mediator, a date, a status change) belongs to the agreement of the nearest
  mention in its sentence, else to that of the sentence before.
- Parties are the actors named before the verb of concluding ("Armenia and Azerbaijan agreed"), without sponsors
  ("Iran-aligned"), backers ("the coalition backing ...") and mediators ("brokered by Russia").
- Status after an article: its latest-dated change (a breach, a renewal of the last week, an expiry, a
  collapse; a planned end passed with no renewal heard of is an expiry on that day); on the same day an expiry,
  collapse or renewal outranks a breach. With no change, a breach or renewal
  status reverts to "in force"; expired and collapsed stay.
- An article is stale when its lead is about agreements already known and it reports nothing new about them: no new
  agreement, breach, renewal, expiry or collapse.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sitroom.agreements.lexicon import STATE, agreement_lexicon
from sitroom.agreements.model import AgreementState, ArticleOutcome, Violation, stable_id
from sitroom.agreements.read import Clause, Mention, Reading, Sentence
from sitroom.agreements.violations import Locate, link_incidents, locate_incidents

__all__ = ["Locate", "track_article"]

KIND_ORDER = ("implementation agreement", "peace agreement", "ceasefire", "truce")
RANK = {"violated": 1, "extended": 2, "expired": 3, "collapsed": 3}
ACT_WINDOW = 10  # days: an act dated within this many days of publication concludes an agreement now
_BETWEEN = re.compile(r"\s+between\s+(.{3,80}?)(?:[,.;]|\s+(?:took|came|was|is|will|has|had|that|which)\b)")
_FRESH = re.compile(r"\b(?:new|fresh|another|second|third|fourth|renewed)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BREACH = re.compile(r"\b(?:violat\w*|broke|broken|breach\w*)\b", re.I)
BACKGROUND = 7  # days: a renewal older than this is background and does not set the status


@dataclass
class _Resolved:
    mention: Mention
    agreement: AgreementState | None  # None: a mention of other agreements ("earlier truces")


def add_period(d: date, span: tuple[int, str]) -> date:
    n, unit = span
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "hour":
        return d + timedelta(hours=n)
    months = n * 12 if unit == "year" else n
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def track_article(
    article_id: str,
    reading: Reading,
    events: Sequence[dict[str, Any]],
    known: list[AgreementState],
    breaches: list[Violation],
    locate: Locate,
) -> ArticleOutcome:
    """What ``reading`` (of article ``article_id``, with its extracted ``events``) tells about agreements, given
    those ``known`` and their ``breaches`` so far. ``known`` states are not changed; the outcome holds new ones."""
    pub = reading.published
    states = {a.agreement_id: AgreementState.from_dict(a.to_dict()) for a in known}
    codes = {x.code for s in reading.sentences for x in s.actors}
    created: list[AgreementState] = []
    resolved: list[_Resolved] = []
    acts = [f for f in reading.facts if f.what == "act"]
    for m in reading.mentions:
        s = reading.sentences[m.sentence]
        if m.other:
            resolved.append(_Resolved(m, None))
            continue
        agreement = _by_date(m, states, created, codes)
        act = _act_of(m, s, acts, pub)
        if agreement is None and act is not None:
            agreement = _concluded(act, m, s, states, created, codes)
            if agreement is None:
                agreement = _new(article_id, m, len(created))
                created.append(agreement)
        if agreement is None:
            agreement = created[-1] if created else next((r.agreement for r in reversed(resolved) if r.agreement), None)
        if agreement is None:
            agreement = _most_shared(states, codes)
        if agreement is None:
            agreement = _new(article_id, m, len(created))
            created.append(agreement)
        resolved.append(_Resolved(m, agreement))
    owner = _owner(reading, resolved)
    for a in created:
        _fill_new(a, reading, owner, pub, article_id)
        states[a.agreement_id] = a
    concerned: dict[str, AgreementState] = {}
    for r in resolved:
        if r.agreement is not None:
            concerned.setdefault(r.agreement.agreement_id, r.agreement)
    changes: dict[str, list[tuple[date, str]]] = {aid: [] for aid in concerned}
    new_news = bool(created)
    for aid, state in concerned.items():
        new_news |= _update(state, reading, owner, pub, changes[aid], fresh=state in created)
    # an article that names no agreement may still report a breach: between two parties it names
    candidates = list(concerned.values()) or [a for a in states.values() if len(set(a.parties) & codes) >= 2]
    located = locate_incidents(reading, events, candidates, locate)
    reported, new_breach = link_incidents(located, reading, candidates, breaches)

    for v, _ in reported:
        changes.setdefault(v.agreement_id, []).append((v.date, "violated"))
        concerned.setdefault(v.agreement_id, states[v.agreement_id])
    new_news |= new_breach
    for aid, state in concerned.items():
        _set_status(state, changes.get(aid, []), fresh=state in created, pub=pub)
    stale = reading.lead_concerns and bool(concerned) and not new_news
    evidence: dict[str, list[str]] = {aid: [] for aid in concerned}
    for r in resolved:
        text = reading.sentences[r.mention.sentence].text
        if r.agreement is not None and text not in evidence[r.agreement.agreement_id]:
            evidence[r.agreement.agreement_id].append(text)
    return ArticleOutcome(
        article_id, pub, list(concerned.values()), reported, stale, [a.agreement_id for a in created], evidence
    )


def _act_of(m: Mention, s: Sentence, acts: list[Clause], pub: date) -> Clause | None:
    if _BREACH.search(s.text):
        return None
    for f in acts:
        if f.sentence != m.sentence or f.when is None or (pub - f.when).days > ACT_WINDOW:
            continue
        if re.match(r"\w*\s+by\b", s.text[f.pos :]):  # "the statement signed by the leaders": a participle
            continue
        return f
    return None


def _by_date(
    m: Mention, states: dict[str, AgreementState], created: list[AgreementState], codes: set[str]
) -> AgreementState | None:
    if m.ref is None:
        return None
    when, precision = m.ref
    for a in [*created, *sorted(states.values(), key=lambda x: x.signed or date.min, reverse=True)]:
        if a not in created and not set(a.parties) & codes:
            continue
        for d in (a.signed, a.effective):
            if d is None:
                continue
            if (precision == "day" and abs((d - when).days) <= 1) or (
                precision == "month" and (d.year, d.month) == (when.year, when.month)
            ):
                return a
    return None


def _family(kind: str | None) -> str | None:
    return {"truce": "ceasefire"}.get(kind or "", kind)


def _concluded(
    act: Clause,
    m: Mention,
    s: Sentence,
    states: dict[str, AgreementState],
    created: list[AgreementState],
    codes: set[str],
) -> AgreementState | None:
    """The agreement an act concludes: one concluded in this article or, of the same kind, a known one of the
    same parties concluded within ten days of it; None for a new one ("a declaration on implementing the peace
    deal" is a new agreement beside the deal)."""
    when = act.when
    same = [a for a in created if m.kind is None or _family(a.kind) == _family(m.kind)]
    if same:
        return same[-1]
    if _FRESH.search(s.text[max(0, m.start - 30) : m.start]):
        return None  # "a new ceasefire", "another truce": not the one known
    for a in sorted(states.values(), key=lambda x: x.signed or date.min, reverse=True):
        if m.kind is not None and _family(a.kind) != _family(m.kind):
            continue
        if a.ended is not None and when is not None and a.ended <= when:
            continue  # what ended cannot be concluded again
        if set(a.parties) & codes and a.signed and when and abs((a.signed - when).days) <= ACT_WINDOW:
            return a
    return None


def _new(article_id: str, m: Mention, n: int) -> AgreementState:
    a = AgreementState(stable_id("agr", article_id, n), m.kind or "ceasefire", [])
    a.first_article = article_id
    return a


def _most_shared(states: dict[str, AgreementState], codes: set[str]) -> AgreementState | None:
    best = [(len(set(a.parties) & codes), a.signed or date.min, a) for a in states.values()]
    best = [b for b in best if b[0] > 0]
    if not best:
        return None
    return max(best, key=lambda b: (b[0], b[1]))[2]


def _owner(reading: Reading, resolved: list[_Resolved]) -> Callable[[int, int], AgreementState | None]:
    """Which agreement a fact at (sentence, position) belongs to."""
    by_sentence: dict[int, list[_Resolved]] = {}
    for r in resolved:
        by_sentence.setdefault(r.mention.sentence, []).append(r)
    carried: dict[int, AgreementState | None] = {}
    current: AgreementState | None = next((r.agreement for r in resolved if r.agreement), None)
    for s in reading.sentences:
        carried[s.index] = current
        if s.index in by_sentence:
            current = by_sentence[s.index][-1].agreement or current

    def owner(sentence: int, pos: int) -> AgreementState | None:
        here = by_sentence.get(sentence)
        if here:
            return min(here, key=lambda r: abs(r.mention.start - pos)).agreement
        return carried.get(sentence)

    return owner


def _mine(
    reading: Reading, owner: Callable[[int, int], AgreementState | None], a: AgreementState, what: str
) -> list[Clause]:
    return [f for f in reading.facts if f.what == what and owner(f.sentence, f.pos) is a]


def _fill_new(
    a: AgreementState, reading: Reading, owner: Callable[[int, int], AgreementState | None], pub: date, article_id: str
) -> None:
    mentions = [m for m in reading.mentions if owner(m.sentence, m.start) is a]
    kinds = [m.kind for m in mentions if m.kind]
    ordered = [k for k in KIND_ORDER if k in kinds]
    if ordered:
        a.kind = (
            ordered[0]
            if ordered[0] not in ("ceasefire", "truce")
            else max(("ceasefire", "truce"), key=lambda k: (kinds.count(k), k == "ceasefire"))
        )
    mediators = {str(f.value) for f in _mine(reading, owner, a, "mediator")}
    announcers = {str(f.value) for f in _mine(reading, owner, a, "announcer")}
    acts = _mine(reading, owner, a, "act")
    parties: list[str] = []
    for f in acts:
        if str(f.value).startswith("announc"):  # who announces a deal is not thereby a party to it
            continue
        for code in _subjects(reading.sentences[f.sentence], f.pos):
            if code not in parties and code not in mediators:
                parties.append(code)
    if len(parties) < 2:  # "a truce between Israel and Hamas"
        for m in mentions:
            sentence = reading.sentences[m.sentence]
            between = _BETWEEN.match(sentence.text, m.end)
            if between:
                for x in sentence.actors:
                    if between.start(1) <= x.start < between.end(1) and x.code not in parties + sorted(mediators):
                        parties.append(x.code)
    lex = agreement_lexicon()
    if len(parties) == 1:  # one side named as agreeing: the other is the adversary its act sentences name
        for f in acts:
            sentence = reading.sentences[f.sentence]
            for x in sentence.actors:
                other = x.code not in parties and x.code not in mediators and x.code not in lex.organisations
                if other and not lex.sponsor.match(sentence.text, x.start):
                    parties.append(x.code)
                    break
            if len(parties) > 1:
                break
    a.parties = [p for p in parties if p not in lex.organisations and p != STATE]
    a.mediators = sorted(mediators | (announcers - set(a.parties)))
    mentioned = {m.sentence for m in mentions}
    dates = [f.when for f in acts if f.when and f.sentence in mentioned and 0 <= (pub - f.when).days <= ACT_WINDOW]
    a.signed = min(dates) if dates else pub
    starts = [
        f.when
        for f in _mine(reading, owner, a, "effective")
        if f.when and f.sentence in mentioned and f.when >= a.signed - timedelta(days=ACT_WINDOW)
    ]
    a.effective = starts[0] if starts else a.signed
    a.signed = min(a.signed, a.effective)  # concluded, at the latest, when it took effect
    spans = [f.value for f in _mine(reading, owner, a, "duration") if isinstance(f.value, tuple)]
    a.duration = spans[0] if spans else None
    if a.duration and a.effective:
        a.expires = add_period(a.effective, a.duration)
    a.agreement_id = stable_id("agr", ",".join(sorted(a.parties)), a.signed, a.kind if not parties else "")
    a.first_article = article_id


def _subjects(s: Sentence, verb: int) -> list[str]:
    """Codes named before the verb of concluding, without sponsors ("Iran-aligned") and backers ("the coalition
    backing the government")."""
    lex = agreement_lexicon()
    out = []
    for x in s.actors:
        if x.start >= verb:
            break
        if lex.sponsor.match(s.text, x.start) or lex.backer.search(_after_name(s.text, x.end)):
            continue
        out.append(x.code)
    return out


def _after_name(text: str, end: int) -> str:
    """The words after an actor's name up to the next lower-case word that is not part of it ("coalition")."""
    rest = text[end:]
    words = rest.split()
    i = 0
    while i < len(words) and (
        words[i][:1].isupper() or words[i] in ("-led", "led", "coalition", "forces", "government", "movement")
    ):
        i += 1
    return " " + " ".join(words[i : i + 3])


def _update(
    a: AgreementState,
    reading: Reading,
    owner: Callable[[int, int], AgreementState | None],
    pub: date,
    changes: list[tuple[date, str]],
    fresh: bool,
) -> bool:
    """Carry this article's facts into ``a``; return whether any of them is news (a change not known before)."""
    news = False
    for f in _mine(reading, owner, a, "term"):
        if str(f.value) not in a.terms:
            a.terms.append(str(f.value))
    for f in _mine(reading, owner, a, "mediator"):
        if str(f.value) not in a.mediators and str(f.value) not in a.parties:
            a.mediators.append(str(f.value))
    a.mediators.sort()
    ended_before = a.ended
    due = [f.when for f in _mine(reading, owner, a, "expires") if f.when]
    renewals = [f for f in _mine(reading, owner, a, "extended") if f.when]
    for f in renewals:
        span = f.value if isinstance(f.value, tuple) else a.duration
        assert f.when is not None
        if a.last_extension is None or f.when > a.last_extension:
            a.last_extension = f.when
            news |= not fresh
            if span and f.when:  # a renewal runs from the end of the period it extends
                a.expires = add_period(max(f.when, a.expires or f.when), span)
        if f.when and (pub - f.when).days <= BACKGROUND:
            changes.append((f.when, "extended"))
    if due:
        a.expires = max(due)
    for f in _mine(reading, owner, a, "status"):
        if f.when is None or f.when > pub:
            continue
        status = str(f.value)
        if status == "expired":
            a.expires = f.when
        changes.append((f.when, status))
        if ended_before is None or a.status not in ("expired", "collapsed"):
            news = True
            a.ended = f.when
    return news


def _set_status(a: AgreementState, changes: list[tuple[date, str]], fresh: bool, pub: date) -> None:
    lapsed = a.expires is not None and a.expires < pub and a.status not in ("expired", "collapsed")
    if lapsed and a.expires and not any(c[0] > a.expires for c in changes):  # planned end passed, no renewal heard
        changes = [*changes, (a.expires, "expired")]
    if changes:
        a.status = max(changes, key=lambda c: (c[0], RANK[c[1]]))[1]
    elif fresh or a.status in ("violated", "extended"):
        a.status = "in force"
    if a.status in ("expired", "collapsed") and a.ended is None:
        a.ended = max(c[0] for c in changes) if changes else None
