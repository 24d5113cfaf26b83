"""Within-article event coreference: the headline, the lead and later sentences that describe one happening become
one event, as ACLED codes "one event per actor pair, place and day".

Mentions are joined in text order. Two mentions can be one event when their types belong to one family (violence,
demonstrations, or the same strategic, non-ACLED or verbal type), their days agree (or one has no time of its own),
their places are within :data:`NEAR_KM` (or one is only a country or region), and their named initiators do not
contradict each other. Two *strong* mentions of different specific weapon types (an air strike and a shelling) stay
two events; a mention of killing or an attack in general joins the specific one. A *weak* mention
(:mod:`sitroom.extract.reportable`) only ever joins an event; in a whole article it makes none of its own.

The event takes its type and actors from its best mention (strong first, then as :func:`sitroom.extract.rank.rank`
orders them), its date from the first mention with a time of its own, its place from the most precise mention,
and its toll from the most specific statement of it (a later "rose to" update wins; tolls are never summed).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sitroom.extract._actor_resolver import crowd_as_rioters
from sitroom.extract._codebook_words import EXPLOSIVE_DEVICE, WEAPON_ONLY_IN_RIOTS, patient_armed
from sitroom.extract.acled_rules import AT_DEMONSTRATORS, civilians_harmed, fired_on_civilians
from sitroom.extract.actor_syntax import PRONOUNS
from sitroom.extract.casualties import killing_words
from sitroom.extract.dates import COMPARED_SINCE
from sitroom.extract.events import (
    ONE_MORE,
    TERRITORY_SUBS,
    TOLLED_TYPES,
    VAGUE_SD,
    VIOLENT_TYPES,
    classify,
    rule_of_exception,
)
from sitroom.extract.lexicons import event_lexicon, word_lists
from sitroom.extract.numbers import parse_number
from sitroom.extract.occurrence import PARTICIPANT_NOUNS, reportability
from sitroom.extract.rank import salience
from sitroom.extract.reportable import limit_statements
from sitroom.extract.time_grammar import calendar_names
from sitroom.extract.timing import BACKGROUND_DAYS, told_aside
from sitroom.geo.names import haversine_km
from sitroom.model import AcledInter, Actor, Frame, Location

__all__ = ["NEAR_KM", "WINDOW_SENTENCES", "Cluster", "corefer", "family", "merge_mentions"]

NEAR_KM = 40.0
WINDOW_SENTENCES = 60  # a mention refers back at most this far (news tells one happening within a few paragraphs)
_DEMO = frozenset({"Protests", "Riots"})
_WEAPONS = frozenset(
    {
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    }
)
_GENERAL = frozenset({"Attack", "Armed clash"})
_CHEMICAL_BY = frozenset({"Chemical weapon", "Air/drone strike", "Shelling/artillery/missile attack"})
_SAID = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?(?:said|says|told|reported|claimed)\b")
_LOCATIVE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round)\s+(?:the\s+)?([A-Z][\w'-]+)")
# "in the nearby village of Zaatara": a settlement the sentence names as such, known to the gazetteer or not
_SETTLEMENT_OF = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside)\s+the\s+(?:[a-z]+\s+)?"
    r"(?:village|town|city|hamlet|township|suburb|neighbou?rhood)\s+of\s+([A-Z][\w'-]+)"
)
# a name followed by a building's noun names a site of the scene ("at the Gozar-e-Sayed Abad mosque"), not a new place
_SITE = re.compile(
    r"(?:[\s-]+[A-Z][\w'-]*)*\s+(?:mosque|church|cathedral|temple|synagogue|shrine|school|college|university|"
    r"hospital|clinic|market|bazaar|hotel|stadium|gym|gymnasium|camp|prison|jail|station|airport|bridge|square|"
    # (a venue's own name ends in its noun, capitalised: "outside the Sari Club")
    r"(?i:club|bar|cafe|restaurant|nightclub|disco|consulate|embassy))\b"
)
# capitalised words that open a sentence or name a day, never the place a sentence moves to
_NOT_PLACES = word_lists("place_words.json").words("not_place_names") | calendar_names()
# a sentence that opens with a time frame of its own ("After the truce began, ...", "Hours later ...") moves on
_NEW_TIME = re.compile(r"^\W*(?:after|before|when|once|following|during|hours|days|minutes|moments|shortly)\b")
# "When some of them threw stones at the police station, police opened fire": a clause whose subject is a pronoun for
# the people just told (they, some or many of them) goes on with their event; it opens no new time
# ("When police tried to disperse it, youths threw stones": the forces acting on the crowd just told, the same)
_SAME_PEOPLE = re.compile(
    r"^\W*when\s+(?:they|(?:some|many|most|a\s+few|several|part|dozens|hundreds)\s+of\s+them|"
    r"(?:the\s+)?(?:police|troops|soldiers|security\s+forces|riot\s+police)\s+(?:tried|moved|attempted|began|started)"
    r"\s+to\s+(?:disperse|break\s+up|clear|stop|scatter)\s+(?:it|them|the\s+(?:crowd|march|marchers|protest|"
    r"protesters|demonstration|demonstrators|rally|gathering))\b)"
)
ACCOUNT_SENTENCES = 6  # how far back an unplaced, untimed mention of the same sub-type retells an event
ELABORATION_SENTENCES = 2  # how far back an untimed sentence may elaborate the event just told
FLASHBACK_DAYS = 7  # a mention the text dates this many days before an untimed event's fallback day is another
_THEY = re.compile(r"\s*They\s")  # a sentence that opens by naming its doers with a pronoun
_TOLD_ON_SENTENCES = 8  # how far back the attackers a pronoun names again may have been told
# (not "a second shot", "another bullet": one shooting's shots)
_SHOTS = "|".join(sorted(word_lists("event_frames.json").words("shots_of_one_attack")))
_NEW_EVENT = re.compile(
    r"\b(?:separately|separate|another|other|also|meanwhile|elsewhere|second|earlier|later|previous|previously)\b"
    rf"(?!\s+(?:{_SHOTS})\b)"
)
_AND_ANOTHER = re.compile(r"\b(?:and|with)\s+another\s+(\w+)")
_PEOPLE = word_lists("casualty_lexicon.json").words("people_singular")
_ASIDE_CLAUSE = re.compile(r",\s+(?:where|which|who|whom|whose)\b[^,;.]*")
_ENUMERATED = re.compile(r"\bthe first\b.*\bthe second\b")
_WITHIN_SECONDS = re.compile(r"\b(?:seconds|moments)\s+(?:later|earlier)\b")


def _tells_another(low: str) -> bool:
    """Does the sentence say it tells another event ("separately", "another", "a second bomb")? Not "the first
    exploded on the stage and the second a few seconds later", which tells the parts of one told before."""
    low = _WITHIN_SECONDS.sub(" ", low)  # "a few seconds later": the same scene's next moment
    # "stormed the palace, where he had moved his residence a few days earlier": a clause that describes a thing the
    # sentence names tells that thing's past, not another event
    low = _ASIDE_CLAUSE.sub(" ", low)
    # "shot him and another activist": a second victim of the act told, not a second act
    low = _AND_ANOTHER.sub(lambda m: " " if m.group(1) in _PEOPLE else m.group(), low)
    if _ENUMERATED.search(low):
        low = low.replace("second", " ")
    return _NEW_EVENT.search(low) is not None


_MORE_VICTIMS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens?) more\b")
_SAME_CITY = re.compile(r"\b(?:the|that) (?:capital|city|town|village)\b(?! of)")  # the place already told
# "stormed the camp in the capital": a lead that places its act in the country's capital places it, though it names
# no town
_IN_CAPITAL = re.compile(r"\b(?:in|at|near|outside|around) the (?:country's |nation's )?capital\b(?! of)")
# "About half an hour later a helicopter fired on the villagers": minutes or hours on, at the scene just told
_MOMENTS_LATER = re.compile(
    r"\s*(?:about |some |around |nearly |shortly |only |just )?(?:an? |half an |\w+ )?(?:minutes?|hours?|moments?)"
    r" later\b",
    re.IGNORECASE,
)
_ONE_MORE = re.compile(ONE_MORE + r"\b")
_CONTINUES_DAYS = 7  # how long a fight told as going on may last and still be the event told before it
_PRECISION = {"point": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
_UPDATE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|reached|now stands|stood at|updated)\b")


def family(f: Frame) -> str:
    t = f.etype
    if t.acled_type in VIOLENT_TYPES:
        return "violence"
    if t.acled_type in _DEMO:
        return "demonstration"
    if t.acled_type is not None:
        return f"sd:{t.acled_sub}"
    if t.non_acled is not None:
        return f"na:{t.non_acled}:{t.plover}"
    return f"verbal:{t.plover}"


@dataclass
class Cluster:
    head: int  # the frame that types the event
    members: list[int] = field(default_factory=list)


_BOUND_DAYS = 2  # how far before its main clause's day an act told "after" it may lie and still be that act


def _dates_agree(a: Frame, b: Frame) -> bool:
    if not (a.own_time and b.own_time):
        return True
    if a.date[0] == b.date[0]:
        return True
    if a.date[0] is not None and b.date[0] is not None and (a.continues or b.continues):
        # "fighting continued into the weekend" after an attack on Wednesday: the same event, lasting on
        later, earlier = (a, b) if a.continues else (b, a)
        return bool(0 <= (later.date[0] - earlier.date[0]).days <= _CONTINUES_DAYS)
    if (
        a.date[0] is not None
        and b.date[0] is not None
        and any(
            bound.background and 0 < (bound.date[0] - other.date[0]).days <= _BOUND_DAYS
            for bound, other in ((a, b), (b, a))
        )
    ):
        # "declared a state of emergency on Thursday after rioting ... The unrest began on Wednesday": an act told
        # as what came before the main clause's day has that day as a bound, not as its own
        return True
    if a.date[1] == "day" and b.date[1] == "day":
        return False
    if a.date[0] is None or b.date[0] is None:
        return True
    # a coarser date holds the finer one: "in August" and "on 4 August" agree, "in August 2020" and a day of 2021
    # do not
    return _within(a.date[0], b.date) or _within(b.date[0], a.date)


def _same_story_time(f: Frame, head: Frame) -> bool:
    """A mention with no time of its own, told after the story moved to another day ("On Sunday, relatives laid
    flowers ... Near the office, marchers threw stones" after "Days after the bombing, crowds stormed the office"),
    is not that earlier event: the time the text has set for it must agree with the event's own."""
    if f.date_anchor != "narrative" or f.date[0] is None or head.date[0] is None:
        return True
    if not head.own_time:
        # two mentions the text dates by the days it set for them, the mention's days before the event's ("on June
        # 20, when ... mutineers opened fire" and "there was scattered shooting through the night" of the story's
        # day, two weeks later): two events
        # (a day apart, or told as after it, they may still be one: a blast in the morning, its damage told later)
        if f.date[1] != "day" or head.date[1] != "day":
            return True
        days: int = (head.date[0] - f.date[0]).days
        # (more than a week before the day the event fell back on, the publication's, is a flashback too)
        return days <= (1 if head.date_anchor == "narrative" else FLASHBACK_DAYS)
    return _dates_agree(replace(f, own_time=True), head)


def _within(day: Any, coarse: tuple[Any, str | None, str | None]) -> bool:
    start, precision = coarse[0], coarse[1]
    if precision == "year":
        return bool(day.year == start.year)
    if precision == "month":
        return bool((day.year, day.month) == (start.year, start.month))
    if precision == "week":
        return bool(0 <= (day - start).days < 7)
    return False


def _places_agree(a: Frame, b: Frame) -> bool:
    if family(a) == family(b) == "sd:Agreement":
        return True  # an agreement is signed in one capital and told of the war's region: its parties decide
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    if la.country and lb.country and la.country != lb.country:
        return False
    if _PRECISION.get(la.precision, 4) >= 2 or _PRECISION.get(lb.precision, 4) >= 2:
        return True  # a country, region or province contains the point
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= NEAR_KM


def _actors_agree(a: Frame, b: Frame) -> bool:
    if _claim_of(a, b) or _claim_of(b, a):
        return True  # the claimant is who the claim says did it, whoever the report of the act names
    if _burned_after(a, b) or _burned_after(b, a):
        return True  # a fire no one started has no actor of its own: the one the text lends it is a guess
    if _force_retold(a, b) or _force_retold(b, a):
        return True  # one side's account of a demonstration: whose crowd it was, the account's place decided
    if a.sentence == b.sentence and (_force_on_crowd(a, b) or _force_on_crowd(b, a)):
        return True  # "soldiers shot four youths after hundreds of people stoned troops": the two sides of one riot
    if _press_attacked(a, b) or _press_attacked(b, a):
        # "Commandos of the police beat journalists ... who were filming protesters": the attack on the press is an
        # event of its own, not the force the crowd met
        return False
    if _fringe_of(a, b) or _fringe_of(b, a):
        # "Late that night a group of masked football supporters at the edge of the crowd threw firecrackers at riot
        # police": a group on the fringe of a march riots, the march itself stays a demonstration of its own
        return False
    if _crowd_on_demonstrators(a, b) or _crowd_on_demonstrators(b, a):
        # "several hundred of the king's supporters attacked anti-king demonstrators", after the students' march: the
        # crowd that attacked them is another side, its attack another event (ACLED: Mob violence)
        return False
    if a.etype.acled_sub == b.etype.acled_sub == "Arrests" and "surrender" in (a.trigger.kind, b.trigger.kind):
        return True  # "surrendered to U.S. troops", "gave himself up to American soldiers": who gave up, who took him
    if a.etype.acled_sub == "Agreement" and b.etype.acled_sub == "Agreement":
        # "India and Pakistan signed a declaration", then "Shastri and Ayub Khan signed the document": an
        # agreement has two sides or more, any of which a report may name first; two are apart only when both
        # name their two sides and share none
        signed_a = {x.country for x in (a.actor1, a.actor2) if x is not None and x.country}
        signed_b = {x.country for x in (b.actor1, b.actor2) if x is not None and x.country}
        return len(signed_a) < 2 or len(signed_b) < 2 or bool(signed_a & signed_b)
    if family(a).startswith(("verbal", "na:")):
        # a statement or a political act is one event per actor: the same speaker or party, or none named
        na = a.actor1.name if a.actor1 else None
        nb = b.actor1.name if b.actor1 else None
        return na == nb
    if a.agent_text is None or b.agent_text is None or a.actor1 is None or b.actor1 is None:
        return True
    if _changed_hands(a, b):
        return True  # one side's taking and the other's leaving: two sides of one change of control
    if _munition_only(a) or _munition_only(b):
        return True  # "the missile hit" names the weapon, not who fired it: the actor the text lends it is a guess
    if _generic_group(a.actor1) or _generic_group(b.actor1):
        return True  # "Islamist rebels" and "the ADF": a group named by a common noun may be the named one
    if _one_crowd(a.actor1, b.actor1):
        return True  # a crowd no one names is the crowd of the place, whichever country a sentence lent it
    if _definite_doer(a) or _definite_doer(b):
        return True  # "the soldiers hit four homes" after "soldiers from South Africa raided the capital"
    if a.etype.acled_type == "Battles" or b.etype.acled_type == "Battles":
        sides_a = {x.country for x in (a.actor1, a.actor2) if x is not None}
        sides_b = {x.country for x in (b.actor1, b.actor2) if x is not None}
        return bool(sides_a & sides_b)
    return a.actor1.country is None or b.actor1.country is None or a.actor1.country == b.actor1.country


_NON_STATE = frozenset({AcledInter.REBEL_GROUP, AcledInter.POLITICAL_MILITIA, AcledInter.IDENTITY_MILITIA})


_ON_THE_FRINGE = re.compile(
    r"\b(?:at|on)\s+the\s+(?:edges?|fringes?|margins?|sidelines?)\s+of\s+(?:the\s+)?"
    r"(?:crowd|march|rally|demonstration|protest|procession)s?\b",
    re.IGNORECASE,
)


def _fringe_of(a: Frame, b: Frame) -> bool:
    """Is ``a`` a riot by a group its sentence puts on the fringe of a crowd, and ``b`` a demonstration told in another
    sentence (the march whose edge it was)?"""
    return (
        a.etype.acled_type == "Riots"
        and a.sentence != b.sentence
        and b.trigger.kind == "protest"
        and _ON_THE_FRINGE.search(a.sent_text) is not None
    )


def _press_attacked(a: Frame, b: Frame) -> bool:
    """Is ``a`` an attack on journalists (the event lexicon's 'press') and ``b`` a demonstration told by its own word
    (not "villagers ... attacked the strangers with sticks and stones", the attack on the journalists told again)?"""
    return (
        a.etype.acled_sub == "Attack"
        and bool(a.patient_text)
        and all(event_lexicon().context["press"].search(p.lower()) for p in a.patient_text)
        and b.trigger.kind == "protest"
    )


def _crowd_on_demonstrators(a: Frame, b: Frame) -> bool:
    """Is ``a`` a crowd's attack on demonstrators (mob violence with protesters its targets) and ``b`` a
    demonstration, whose crowd ``a`` attacked?"""
    if a.etype.acled_sub != "Mob violence":
        return False
    # (the demonstrators its targets, named as actor 2 or as what it threw at: "the crowd ... threw bottles and cans at
    # the demonstrators")
    # or partisans who fell on "them" in a sentence that names the demonstrators ("members of a right-wing group drove
    # a lorry into a column of marchers ... and attacked them with clubs"), a demonstration told apart from it (the
    # marchers its own sentence names are the people it attacked)
    lex = event_lexicon().context
    partisans = (
        lex["partisans"].search((a.agent_text or "").lower()) is not None
        and lex["demonstrating_agent"].search(a.sent_text.lower()) is not None
        and a.sentence != b.sentence
    )
    if (
        not (a.actor2 is not None and a.actor2.acled_inter == AcledInter.PROTESTERS)
        and not AT_DEMONSTRATORS.search(a.sent_text)
        and not partisans
    ):
        return False
    return b.etype.acled_type == "Protests" or b.etype.acled_sub == "Violent demonstration"


def _definite_doer(f: Frame) -> bool:
    """A doer named by a definite common noun and nothing else ("the soldiers", "the attackers"), or by "they" in a
    witness's quoted words: one the text has introduced, whatever country the resolver lent it, which names no side
    of its own."""
    words = (f.agent_text or "").split()
    if len(words) == 1 and words[0].lower() == "they" and f.sent_text.lstrip().startswith(('"', "\u201c")):
        # ('"We locked the doors, but they smashed the windows," said a clerk': who "they" are, a witness does not
        # say; the story told it before)
        return True
    return 2 <= len(words) <= 3 and words[0].lower() == "the" and all(w.islower() for w in words[1:])


def _generic_group(a: Actor) -> bool:
    """A non-state armed actor named by a common noun ("Rebels (Uganda)", "Unidentified Armed Group (Mali)")."""
    return a.acled_inter in _NON_STATE and a.name.endswith(")") and " (" in a.name


# a suicide bombing and a bombing: one blast, whichever of the two a report tells it as
_BLAST = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})


_CALM = re.compile(r"\b(?:" + "|".join(sorted(word_lists("event_frames.json").words("calm_phrases"))) + r")\b")


def _said_calm(f: Frame) -> bool:
    """ "A first general strike ... passed off largely without trouble": a demonstration its sentence tells went off
    without violence."""
    return f.etype.acled_sub == "Peaceful protest" and _CALM.search(f.sent_text.lower()) is not None


def _types_agree(a: Frame, b: Frame, weak_a: bool, weak_b: bool, short: bool = True) -> bool:
    if (weak_a and a.etype.acled_type == "Riots" and _said_calm(b)) or (
        weak_b and b.etype.acled_type == "Riots" and _said_calm(a)
    ):
        return False  # "The rioting was the worst since 1965", after a strike that passed off calmly: not that strike
    fa, fb = family(a), family(b)
    if fa != fb:
        if (rule_of_exception(a) and fb == "violence") or (rule_of_exception(b) and fa == "violence"):
            # "declared martial law in the province and launched its biggest military offensive": a decree and a
            # fight, two events
            return False
        if _damage_done(a, b) or _damage_done(b, a) or _freed_after(a, b) or _freed_after(b, a):
            return True
        if _burned_after(a, b) or _burned_after(b, a):
            return True
        if not short and (_burned_in_riot(a, b) or _burned_in_riot(b, a)):
            return True
        if _changed_hands(a, b) or _force_on_crowd(a, b) or _force_on_crowd(b, a):
            return True
        if not short and (_witness_account(a, b) or _witness_account(b, a)):
            return True
        if _claim_of(a, b) or _claim_of(b, a):
            return True
        if _getaway(a, b) or _getaway(b, a):
            return True
        if _dud_of(a, b) or _dud_of(b, a):
            return True
        if _arrested_at(a, b) or _arrested_at(b, a):
            return True
        if _taken_in_fight(a, b) or _taken_in_fight(b, a):
            return True
        if _killed_in_custody(a, b) or _killed_in_custody(b, a):
            return True
        if _crowd_attacked(a, b) or _crowd_attacked(b, a):
            return True
        if (
            not short
            and a.sentence == b.sentence
            and ((_killing(a) and b.etype.acled_type == "Riots") or (_killing(b) and a.etype.acled_type == "Riots"))
        ):
            # "Eight people were injured when youths fought with stones": the riot's casualties, told in its sentence
            return True
        if a.sentence == b.sentence and {a.etype.acled_sub, b.etype.acled_sub} <= VAGUE_SD:
            # "declared a state of emergency, banning gatherings and ordering a curfew": one decree's measures, one
            # strategic development (ACLED: one event per actor, place and day)
            return True
        # "68 people were injured" after a riot, or a protest met with force: that event's casualties
        return _hurt_in(a, b) or _hurt_in(b, a)
    sa, sb = a.etype.acled_sub, b.etype.acled_sub
    if (
        weak_a
        and not short
        and a.own_time
        and a.date[1] == "day"
        and sa in _WEAPONS
        and sb in _WEAPONS
        and sa != sb
        and {sa, sb} != _BLAST  # one blast, told as either
        and "Chemical weapon" not in (sa, sb)
    ):
        # "Prigozhin accused the ministry of striking Wagner's camps with missiles" on Friday is no helicopter fire
        # told on Saturday: an act with a day and a weapon of its own refers to no strike by another weapon
        return False
    if fa != "violence" or weak_a or weak_b:
        return True
    apart = a.sentence != b.sentence and not (a.anaphoric or b.anaphoric)
    if not short and (sa in TERRITORY_SUBS) != (sb in TERRITORY_SUBS) and apart:
        # in an article, the fighting and the change of control it led to, told apart, are two events (ACLED);
        # a brief tells one event, and "the attack" may name the whole operation told before
        return False
    if sa == sb:
        return True
    if not apart and {sa, sb} & TERRITORY_SUBS and {sa, sb} <= TERRITORY_SUBS | {"Armed clash"}:
        # "dropped on the airfield at dawn and seized it after a short fight": the fight and the ground it won, told
        # in one sentence, are one battle coded by its outcome (ACLED)
        return True
    if not short and a.sentence != b.sentence and (_rescue_fight(a, b) or _rescue_fight(b, a)):
        return False
    if "Chemical weapon" in (sa, sb) and {sa, sb} <= _CHEMICAL_BY:
        return True  # a chemical attack is told as the air strike or the shelling that delivered it
    if {sa, sb} == _BLAST:
        return True  # "a suicide bomber blew himself up ... The bomber set off his explosives": one blast told twice
    if _munition_of(a, b) or _munition_of(b, a):
        return True
    if a.sentence == b.sentence and (_killing(a) or _killing(b)):
        # "were killed when aircraft dropped bombs filled with chlorine": the killing is the strike its clause tells,
        # whatever weapon the sentence's words lent the killing's type
        return True
    if _bare_blast(a, b) or _bare_blast(b, a):
        return True
    if _salvo_with_planes(a, b) or _salvo_with_planes(b, a):
        return True
    if sa in _WEAPONS and sb in _WEAPONS:
        return False  # an air strike and a shelling are two events
    # "attacked", "killed" in general joins the specific act; an attack and a clash are one fight told twice
    return (sa in _GENERAL) or (sb in _GENERAL) or _killing(a) or _killing(b)


_AIR_MUNITIONS = word_lists("event_frames.json").words("air_munitions")
_LANDED = word_lists("event_frames.json").words("landing_verbs")
_WENT_OFF = re.compile(r"\b(?:explode[sd]?|exploding|detonated|(?:went|go|goes|gone) off|blew up)\b", re.IGNORECASE)
_BLAST_VERBS = re.compile(r"(?:explode[sd]?|exploding|detonated|(?:went|go|goes|gone) off)\Z", re.IGNORECASE)


def _bare_blast(f: Frame, weapon: Frame) -> bool:
    """ "Two grenades were thrown ... Witnesses said the first exploded on the stage": a blast told by its verb alone,
    of something that names no device ("the first", "it"), is the blast of a weapon its story tells thrown or fired,
    not a bomb of its own."""
    return (
        f.etype.acled_sub == "Remote explosive/landmine/IED"
        and weapon.etype.acled_sub in ("Grenade", "Shelling/artillery/missile attack", "Air/drone strike")
        and _BLAST_VERBS.match(f.trigger.text) is not None
        and not EXPLOSIVE_DEVICE.search(f.agent_text or "")
    )


def _struck_home(f: Frame) -> bool:
    """ "missiles struck the central district": munitions told as landing, or as harming people, struck home."""
    return f.trigger.text.lower() in _LANDED or bool(f.fatalities.killed or f.fatalities.injured)


# "shot down 43 of the missiles", "intercepted most of them": a part of what was fired, the rest got through
_PART_OF = re.compile(r"\s*(?:down\s+)?(?:\d[\d,]*|[a-z]+)\s+of\s+(?:the|its|their|them)\b", re.IGNORECASE)


def _partly_stopped(f: Frame) -> bool:
    """Does the interception name a part of the salvo ("air defences had shot down 43 of the missiles")? The part
    shot down does not make a strike told as landing an interception."""
    after = f.trigger.start - f.sent_start + len(f.trigger.text)
    return _PART_OF.match(f.sent_text, after) is not None


def _salvo_with_planes(salvo: Frame, strike: Frame) -> bool:
    """ "when cruise missiles fired from warships and waves of bombers struck Baghdad": missiles named by their noun
    alone, in the clause of an air strike on the same place and day, are that strike's opening salvo: one event."""
    return (
        salvo.sentence == strike.sentence
        and salvo.etype.acled_sub == "Shelling/artillery/missile attack"
        and strike.etype.acled_sub == "Air/drone strike"
        and salvo.trigger.text.lower() in _AIR_MUNITIONS
        and salvo.location is not None
        and strike.location is not None
        and salvo.location.name == strike.location.name
        and salvo.date[:2] == strike.date[:2]
    )


def _munition_only(f: Frame) -> bool:
    """A definite missile, rocket or bomb told as the doer or the event ("The missile hit the vehicle"): the mention
    names the weapon of an act already told, and no one who fired it."""
    words = [*(f.agent_text or "").lower().split(), f.trigger.text.lower()]
    if not f.anaphoric:
        # "In Tripoli bombs hit the Bab al-Aziziya barracks": munitions that hit or fell, the strike's, however
        # indefinite (a planted bomb explodes or goes off)
        return f.trigger.text.lower() in _LANDED and any(w in _AIR_MUNITIONS for w in words[:-1])
    return any(w in _AIR_MUNITIONS for w in words)


def _munition_of(f: Frame, strike: Frame) -> bool:
    """ "A drone strike killed a commander ... The missile hit the vehicle": the munition (typed a missile attack or
    a bombing by its noun alone) refers back to the air or drone strike that delivered it."""
    if strike.etype.acled_sub != "Air/drone strike":
        return False
    sub = f.etype.acled_sub
    return sub in ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED") and _munition_only(f)


_FORCEFUL_DEMO = frozenset(
    {"Violent demonstration", "Mob violence", "Excessive force against protesters", "Protest with intervention"}
)


_DAMAGE = "Looting/property destruction"  # the sub-type of damage an event's own act may do


_HANDOVER = "Non-violent transfer of territory"
_OUTCOMES = frozenset({_DAMAGE, "Change to group/activity"})  # what an act did, or how it ended (a release, a getaway)


def _changed_hands(a: Frame, b: Frame) -> bool:
    """ "The army took control of Kidal ... The rebels said their fighters had withdrawn": one side's taking and the
    other's leaving of the same place are one change of control (ACLED codes it once, as the taking)."""
    subs = {a.etype.acled_sub, b.etype.acled_sub}
    if _HANDOVER not in subs or not subs & TERRITORY_SUBS:
        return False
    la, lb = a.location, b.location
    # (a town the gazetteer lacks is kept by its name at its province's centre: "the town of Nasir" and "Upper Nile")
    return la is not None and lb is not None and (la.name == lb.name or (la.lat, la.lon) == (lb.lat, lb.lon))


def _claim_of(claim: Frame, act: Frame) -> bool:
    """ "A bomb exploded during Mass ... Islamic State claimed responsibility.": a claim of responsibility and the
    violent act it claims are one event (ACLED codes the act, the claim telling who did it)."""
    return claim.trigger.kind == "claim" and claim.etype.acled_sub is None and family(act) == "violence"


def _damage_done(damage: Frame, act: Frame) -> bool:
    """Property destroyed or looted in the sentence that tells a violent event or a demonstration, by its doers
    ("the attackers entered the camps, killing 40 and burning shelters"; "protesters tore down the plaque and set
    fire to a door"): what that event did, one event (ACLED codes the violence, not the damage apart)."""
    if damage.etype.acled_sub != _DAMAGE:
        return False
    if damage.sentence != act.sentence:
        # "... demonstrators gathered outside police headquarters. Some smashed its windows": some of the crowd just
        # told, damaging in the demonstration's scene ("The riot broke out on Friday ... Prisoners set fire to
        # mattresses": the same, told with no time of its own)
        follows = (
            (damage.anaphoric or not damage.own_time)
            and damage.sentence == act.sentence + 1
            and family(act) == "demonstration"
        )
        # "Rebels attacked a camp on Saturday ... They overpowered the guards, drove residents into their huts and
        # set the roofs on fire": the attackers told again by a pronoun, with no time or place of their own, doing
        # the damage of the attack the story tells
        told_on = (
            family(act) == "violence"
            and not damage.own_time
            and _THEY.match(damage.sent_text) is not None
            and 0 < damage.sentence - act.sentence <= _TOLD_ON_SENTENCES
            and not damage.placed_here()
        )
        return follows or told_on
    if family(act) not in ("violence", "demonstration"):
        return False
    if (
        damage.clause is not None
        and act.clause is not None
        and damage.clause != act.clause
        and not _dates_agree(damage, act)
    ):
        # "a bomb wrecked a mosque in Utrecht on Monday, and a church hall in Zwolle was set on fire on Tuesday"
        return False
    a1, b1 = damage.actor1, act.actor1
    # ("a truck packed with explosives blew up at the gate, bringing down part of the wall and destroying shops":
    # damage that names no doer of its own, in the act's sentence, is the act's, whoever a guess made its doer)
    return (
        a1 is None
        or b1 is None
        or a1.name == b1.name
        or family(act) == "demonstration"
        or damage.agent_text is None
        # ("killed when a roadside bomb destroyed their truck": the device that did the damage is the act's)
        or EXPLOSIVE_DEVICE.search(damage.agent_text) is not None
    )


def _burned_in_riot(damage: Frame, riot: Frame) -> bool:
    """Property burned or wrecked on the day and in the town of a riot ("mobs burned Shepheard's Hotel ... members
    who tried to escape the flames were beaten by the crowd"): the riot's damage (ACLED codes the riot, not the
    destruction apart)."""
    return (
        damage.etype.acled_sub == _DAMAGE
        and riot.etype.acled_type == "Riots"
        and damage.location is not None
        and riot.location is not None
        and damage.location.name == riot.location.name
        # (not soldiers' looting: "soldiers and civilians stripped supermarkets", the state's forces' own act)
        and (damage.actor1 is None or damage.actor1.acled_inter != AcledInter.STATE_FORCES)
    )


def _burned_after(fire: Frame, act: Frame) -> bool:
    """A fire told with no one starting it just after a blast or an attack ("... when the blast went off. The bus
    was ripped open and burned out, and two coaches caught fire"): the act's damage, no accident of its own."""
    return (
        "Man-made disaster" in (fire.etype.acled_sub, fire.etype.non_acled)
        and not fire.own_time
        and 0 < fire.sentence - act.sentence <= ELABORATION_SENTENCES + 1
        and family(act) == "violence"
    )


_DUD = re.compile(
    r"\b(?:fail(?:ed|s)?\s+to\s+(?:explode|detonate|go off)|did\s+not\s+(?:explode|detonate|go off))\b", re.I
)


def _dud_of(dud: Frame, act: Frame) -> bool:
    """Is ``dud`` a weapon of an attack told before that failed to go off ("Police said ... a grenade rolled under it
    had failed to explode"), with no time of its own? Part of that attack (ACLED codes the attack; a disrupted
    weapons use is one that forces stopped)."""
    return (
        dud.trigger.kind == "disrupt"
        and _DUD.search(dud.trigger.text) is not None
        and family(act) == "violence"
        and not dud.own_time
        and dud.sentence >= act.sentence
        and dud is not act
    )


def _getaway(move: Frame, act: Frame) -> bool:
    """ "Rebels fired on a police post, wounding one officer, before escaping into the forest": the doers' movement
    told in the sentence of their act is how that act ended, one event (ACLED codes the attack)."""
    if move.etype.acled_sub != "Change to group/activity" or family(act) != "violence":
        return False
    if move.sentence != act.sentence:
        return False
    sides = {x.name for x in (act.actor1, act.actor2) if x is not None}
    return move.actor1 is None or not sides or move.actor1.name in sides  # a battle lists the state first


def _killed_in_custody(arrest: Frame, killing: Frame) -> bool:
    """ "Colonel Tung was detained at the generals' headquarters that afternoon and shot dead that night": a person
    named, taken and killed in one sentence is one event, the killing (ACLED codes violence against a detainee as
    violence against civilians, not an arrest)."""
    return (
        arrest.etype.acled_sub == "Arrests"
        and killing.etype.acled_sub == "Attack"
        and killing.sentence == arrest.sentence
        and killing.named_victim
        and killing_words(killing.trigger.text)
    )


def _freed_after(release: Frame, taking: Frame) -> bool:
    """ "300 boys were abducted from a school and later freed": the release told in the abduction's sentence ends
    that abduction's story (ACLED codes the abduction); so does a jail opened in a town just taken end the taking's."""
    if release.trigger.kind != "release":
        return False
    if taking.etype.acled_sub in TERRITORY_SUBS:
        # "The capture of Cap-Haitien by rebels on Sunday ... the rebels opened the prison and freed its inmates":
        # the prison opened in the town taken, told with no time of its own, is part of the taking
        return (
            0 <= release.sentence - taking.sentence <= ELABORATION_SENTENCES
            and not release.own_time
            and _places_agree(release, taking)
        )
    return release.sentence == taking.sentence and taking.etype.acled_sub == "Abduction/forced disappearance"


def _rescue_fight(attack: Frame, clash: Frame) -> bool:
    """ "The seven attackers went from room to room shooting pupils ... Army commandos fought the gunmen for about
    eight hours": gunmen's attack on civilians and the state's forces' fight with those gunmen are two actor pairs,
    two events (ACLED), each told with its own doer."""
    return (
        attack.etype.acled_sub == "Attack"
        and clash.etype.acled_sub == "Armed clash"
        and clash.agent_text is not None
        and attack.actor1 is not None
        and attack.actor1.acled_inter != AcledInter.STATE_FORCES
        and attack.actor2 is not None
        and attack.actor2.acled_inter == AcledInter.CIVILIANS
        and clash.actor1 is not None
        and clash.actor1.acled_inter == AcledInter.STATE_FORCES
        and clash.actor1.text == clash.agent_text  # the forces are the doers, not the side a battle lists first
        # the troops fought the attackers told before ("fought the gunmen")
        and attack.sentence < clash.sentence
        and clash.actor2 is not None
        and clash.actor2.name == attack.actor1.name
        and any(p.lower().startswith("the ") for p in clash.patient_text)
    )


def _done_by_the_doers_before(f: Frame, g: Frame) -> bool:
    """An act done by no one named, told in the sentence right after an act of the kind its own kind goes with, on
    that day, was done by that act's doers, in that act: "Mobs roamed New Delhi, burning Sikh homes and killing Sikh
    men. Witnesses said Sikhs were pulled from buses, beaten and set alight" (ACLED codes the mob's violence once);
    "Soviet troops ... arrested the party leader. Prime Minister Oldrich Cernik was seized at his office" (taken in
    that arrest, by the troops it names)."""
    before = _DONE_WITH.get(f.etype.acled_sub or "")
    return (
        before is not None
        and g.etype.acled_sub == before
        and f.agent_text is None
        and (before != "Arrests" or g.agent_text is not None)
        and 0 < f.sentence - g.sentence <= 1
        and (not f.own_time or f.date[0] == g.date[0])
    )


# the sub-type of an act by no one named -> that of the act told just before whose doers did it
_DONE_WITH = {"Attack": "Mob violence", "Abduction/forced disappearance": "Arrests"}


def _hurt_in(hurt: Frame, demo: Frame) -> bool:
    """A casualty told with no one doing it ("killed", "injured", with a time or without) and a demonstration with
    force: the people hurt are that demonstration's casualties."""
    return hurt.hurt_only and family(hurt) == "violence" and demo.etype.acled_sub in _FORCEFUL_DEMO


_CROWD_SCENE = word_lists("event_frames.json").words("crowd_scene_words")


# (the phrase goes on past commas of its own, "since a mass breakout from the prison at Rawson, about twenty kilometres
# to the east, on Tuesday of last week", not past a clause joined to it: "since Monday, and on Tuesday")
_SINCE_BEFORE = re.compile(r"\bsince\b(?:(?!,\s+(?:and|but)\b)[^;.])*$", re.IGNORECASE)


def _dated_since(m: Frame) -> bool:
    """Is the mention's time told inside a phrase of "since" ("had been held there for a week, since a mass breakout
    from the prison at Rawson on Tuesday of last week"): the start of a state, not a day the story moves to?"""
    at = m.sent_text.find(m.date[2] or "\0")
    return at > 0 and _SINCE_BEFORE.search(m.sent_text, 0, at) is not None


def _scene_moved(frames: list[Frame], after: int, before: int, head: Frame) -> bool:
    """Does a sentence between ``after`` and ``before`` move the story to another town and day ("The unrest began on
    Sunday night in Amadora", a mention that is no event of its own), so that what follows is told then and there?"""
    return any(
        after < m.sentence < before
        and m.placed_here()
        and m.own_time
        and m.date[0] != head.date[0]
        and not _same_town(m, head)
        # (not a state told from its start: "The deputy has been held since Jan 5 and is on trial in Toktogul", "had
        # been held there for a week, since a mass breakout from the prison at Rawson on Tuesday of last week")
        and not (m.date[2] or "").lower().startswith("since")
        and not _dated_since(m)
        for m in frames
    )


def _placed_at_a_town(f: Frame) -> bool:
    return f.location is not None and f.location.precision == "point"


def _same_town(f: Frame, head: Frame) -> bool:
    """Are the two placed at one town (or is either unplaced or placed above a town)?"""
    if f.location is None or head.location is None or not (_placed_at_a_town(f) and _placed_at_a_town(head)):
        return True
    return _one_town(f.location, head.location)


def _hurt_in_part(hurt: Frame, c: Cluster, frames: list[Frame], short: bool) -> bool:
    """ "25 people were injured" after "some marchers threw stones at the police", told as part of the march: the
    casualties of the part of a demonstration that turned violent are that demonstration's."""
    return hurt.hurt_only and any(
        j != c.head and _hurt_in(hurt, frames[j]) and _compatible(hurt, frames[j], True, False, short)
        for j in c.members
    )


def _forces_account(f: Frame) -> bool:
    """A riot told in reported speech with the state's forces as its target ("the police said the officers had been
    attacked with stones and a petrol bomb"): the forces' account of an incident, told as what they met."""
    return (
        f.etype.acled_type == "Riots"
        and f.modality == "reported"
        and f.actor2 is not None
        and f.actor2.acled_inter == AcledInter.STATE_FORCES
    )


def _answer_to_riot(act: Frame, demo: Frame) -> bool:
    """ "... crowds set fire to a police station. Doctors said police had shot dead a number of people": the
    police's answer to the riot just told, in the sentence after it, with no time or place of its own."""
    return (
        act.sentence - demo.sentence == 1
        and demo.etype.acled_type == "Riots"
        and not act.own_time
        and not act.placed_here()
        and act.etype.acled_sub == "Attack"
        and act.actor1 is not None
        and act.actor1.acled_inter == AcledInter.STATE_FORCES
        and demo.actor1 is not None
        and demo.actor1.acled_inter in (AcledInter.RIOTERS, AcledInter.PROTESTERS)
    )


def _force_used(f: Frame) -> bool:
    """Is the event the state's forces' use of force (firing on marchers, a shooting by troops)?"""
    return f.etype.acled_type in TOLLED_TYPES and (
        f.etype.acled_sub == "Excessive force against protesters"
        or (f.actor1 is not None and f.actor1.acled_inter == AcledInter.STATE_FORCES)
    )


def _force_on_crowd(act: Frame, demo: Frame) -> bool:
    """ "A day after police shot dead 19 people during demonstrations": violence by state forces told amid a
    demonstration, of a demonstration met with force or turned violent, is that demonstration's (ACLED codes force
    used against a demonstration as the demonstration event, not as an attack of its own)."""
    # "Thousands of car workers marched toward the city centre. Police tried to stop them with tear gas and then
    # opened fire": the means of crowd control, right after a demonstration, tell force used on it
    met = (
        demo.etype.acled_sub == "Peaceful protest"
        and act.sentence - demo.sentence == 1
        and event_lexicon().context["crowd_control"].search(act.sent_text.lower()) is not None
    )
    if family(act) != "violence" or (demo.etype.acled_sub not in _FORCEFUL_DEMO and not met):
        return False
    if act.actor1 is None or act.actor1.acled_inter not in (AcledInter.STATE_FORCES, AcledInter.EXTERNAL_OTHER_FORCES):
        return False  # (peacekeepers firing tear gas to keep crowds apart intervene as the state's forces do)
    if met:
        return True
    if demo.sentence - act.sentence == 1 and demo.etype.acled_type == "Riots" and _THE_CROWD.search(demo.sent_text):
        # "Police ... opened fire, killing a worker. The crowd, joined by students, drove the police back": the
        # crowd's answer, told next, is the same demonstration's
        return True
    if act.sentence == demo.sentence:
        # in one sentence, the codebook's table has typed the act with the demonstration in view, but for the
        # police's answer told after a riot ("crowds stoned police ..., and police opened fire"): the riot's
        return (
            demo.etype.acled_type == "Riots"
            # ("Soldiers shot and wounded four youths ... after hundreds of people stoned troops": the riot told
            # after the force it drew, in the clause that times it)
            and (demo.trigger.start < act.trigger.start or _told_after(act, demo))
            and act.fatalities.killed is None
            and demo.agent_text is not None
            and act.agent_text is not None
            and not (act.background or act.anaphoric)
        )
    if 0 < act.sentence - demo.sentence <= ELABORATION_SENTENCES + 3 and _THE_CROWD.search(act.sent_text):
        # "... piled buses into barricades. Soldiers fired over the heads of the crowd and into it"; "shooting into
        # a crowd ... Witnesses said the column reached the tower ... soldiers fired live ammunition into the crowd"
        return True
    return any(w in _CROWD_SCENE for w in re.findall(r"[a-z-]+", act.sent_text.lower()))


_QUOTE_OPENS = ('"', "\u201c")
# a verb of speech or a statement told before the act in its sentence ("prints a statement saying that the police
# fired ... and that two policemen were struck")
_SAYING = re.compile(r"\b(?:said|says|saying|stated|statement|claimed|claims|claiming)\b")
_FIRED = re.compile(r"\b(?:fired|firing|opened fire)\b")


def _witness_account(act: Frame, demo: Frame) -> bool:
    """'"The police fired at us from 20 metres," said a volunteer medic who was at the march': a witness's own words
    of the force, quoted in the paragraphs after a demonstration met with force or turned violent, with no time of
    their own or the demonstration's day, tell that demonstration again (ACLED: one event per demonstration; where
    they place it is judged as any mention's place is)."""
    # or an official's statement of it with no time of its own, the firing on a demonstration told again or the forces
    # told as the ones attacked ("The Administrator said in a statement that the police had been attacked while
    # carrying out a lawful arrest and had fired in self-defence"), not another act ("said they had taken control",
    # "said soldiers shot dead several people who tried to stop them")
    told_by = act.sent_text[: max(0, act.trigger.start - act.sent_start)]
    said = (act.source is not None or act.modality == "reported" or _SAYING.search(told_by) is not None) and (
        not act.own_time
    )
    fired = _FIRED.search(act.sent_text) is not None and demo.etype.acled_type == "Protests"
    # (the forces themselves, by the last word of who was hit: "the police", not "a small army base")
    forces_hit = any(
        event_lexicon().context["state_forces"].fullmatch(p.lower().split()[-1]) for p in act.patient_text if p.split()
    )
    stated = said and (fired or forces_hit)
    return (
        family(act) == "violence"
        and demo.etype.acled_sub in _FORCEFUL_DEMO
        and act.sentence > demo.sentence
        and (act.sent_text.lstrip().startswith(_QUOTE_OPENS) or stated)
        and (not act.own_time or act.date[0] == demo.date[0])
        # (a doer the statement leaves unnamed is a guess of the resolver's: "the police had been attacked")
        and (act.actor1 is None or act.actor1.acled_inter in _AT_A_DEMONSTRATION or (stated and act.agent_text is None))
    )


# who acts at a demonstration: the forces that police it and the crowd ("they" in a witness's words is either)
_AT_A_DEMONSTRATION = frozenset({AcledInter.STATE_FORCES, AcledInter.RIOTERS, AcledInter.PROTESTERS})


def _force_retold(f: Frame, demo: Frame) -> bool:
    """A demonstration met with force, told in reported speech with no time or place of its own, after a
    demonstration of force or violence: the account of one side of that event (ACLED codes one event per
    demonstration, whichever side's version a sentence gives)."""
    return (
        f.etype.acled_sub == "Excessive force against protesters"
        and (f.modality == "reported" or f.source is not None)
        and not f.own_time
        and f.sentence > demo.sentence
        and demo.etype.acled_sub in _FORCEFUL_DEMO
    )


_THE_CROWD = re.compile(r"\bthe\s+crowds?\b", re.IGNORECASE)  # the crowd the sentence before told of


def _taken_in_fight(arrest: Frame, fight: Frame) -> bool:
    """ "Troops killed ten rebels and captured five others": fighters a side took in its fight, told in the fight's
    sentence by the same side, are that battle's outcome, not arrests of their own (ACLED codes the battle)."""
    return (
        arrest.etype.acled_sub == "Arrests"
        # (those captured; not "killed four gunmen and arrested two", arrests the state made)
        and arrest.trigger.text.lower().startswith(("captur", "seiz"))
        and fight.etype.acled_type == "Battles"
        and arrest.sentence == fight.sentence
        and arrest.actor1 is not None
        and fight.actor1 is not None
        and arrest.actor1.name == fight.actor1.name
    )


def _arrested_at(arrest: Frame, demo: Frame) -> bool:
    """ "Police detained a dozen journalists who staged a sit-in": arrests told in the sentence of the demonstration
    they broke up are that demonstration's intervention (ACLED Codebook 2023, Protest with intervention), not an
    event of their own; so are people counted as taken in the sentences just after a crowd's event, with no time of
    their own ("Dozens were injured and more than 100 were detained")."""
    if arrest.etype.acled_sub != "Arrests":
        return False
    if 0 < arrest.sentence - demo.sentence <= 2 and _mass_arrest(arrest):
        return demo.etype.acled_type in _CROWD_TYPES and not (demo.anaphoric or demo.background)
    return (
        # a riot's arrests are that riot's too: ACLED codes a demonstration turned violent as the riot, whatever
        # the police did to it; a riot told as a crowd's act, not a time of riots ("during the riots, police
        # arrested ...", "after two days of riots, arrests have been made")
        (
            demo.etype.acled_sub == "Protest with intervention"
            or (
                demo.etype.acled_sub == "Violent demonstration"
                and demo.agent_text is not None
                and not (demo.anaphoric or demo.background)
            )
        )
        and arrest.sentence == demo.sentence
        # "arrested 40 protesters who had marched on Saturday": the people arrested, named by what they did before
        and not (
            demo.trigger.text.lower().removesuffix("s") in PARTICIPANT_NOUNS and _TOLD_BEFORE.search(demo.sent_text)
        )
    )


_CROWD_TYPES = frozenset({"Riots", "Protests"})
_TOLD_BEFORE = re.compile(r"\b(?:who|which|that)\s+had\s+\w+")
# "About 170 people", "scores", "more than 100", "a number of demonstrators": people taken counted, none named
_COUNTED_PEOPLE = re.compile(
    r"(?:(?:more|fewer) than |over |about |some |at least |nearly |around |almost |up to )?"
    r"(?:\d[\d,]*|a dozen|dozens|scores|hundreds|thousands|several|many|a number|a few)\b",
    re.IGNORECASE,
)


def _mass_arrest(f: Frame) -> bool:
    """Arrests of people counted, with no time of their own ("more than 100 were detained"), by no army: a crowd's
    arrests (not "20 suspects", sought for what someone did, nor "the army said dozens had been captured")."""
    return (
        not f.own_time
        and len(f.patient_text) == 1
        and _COUNTED_PEOPLE.match(f.patient_text[0]) is not None
        and "suspect" not in f.patient_text[0].lower()
        and not (f.actor1 is not None and f.actor1.sector == "MIL")
        and _BY_ARMY.search(f.source or "") is None
    )


_BY_ARMY = re.compile(r"\b(?:army|military|troops|soldiers)\b", re.IGNORECASE)  # who reports an operation's prisoners


# "drove his car into a crowd of people protesting", "opened fire on a group of students marching": the crowd the
# act was aimed at, named by what it was doing
_CROWD_AIMED_AT = re.compile(
    r"\b(?:(?:into|on|at|upon|among)\s+(?:a|the)\s+(?:crowd|group|column|line)s?\s+(?:of|at)\s+(?:(?:a|an|the)\s+)?"
    r"|(?:into|among)\s+(?:a|an|the)\s+"
    # ("gunmen opened fire on a huge opposition march")
    r"|\bfir(?:e|ed|ing)\s+(?:on|at|upon|into)\s+(?:(?:a|an|the)\s+)?)(?:[\w-]+\s+){0,2}\Z"
)


def _crowd_attacked(demo: Frame, act: Frame) -> bool:
    """A demonstration named in the sentence of an attack only as what its crowd was doing when the attack hit it
    ("A man drove his car into a crowd of people protesting against a rally", "a bomb exploded among an
    anti-fascist rally"): the attack's victims, one event."""
    if family(demo) != "demonstration" or family(act) != "violence" or demo.sentence != act.sentence:
        return False
    if act.etype.acled_type not in ("Violence against civilians", "Explosions/Remote violence"):
        return False
    return _CROWD_AIMED_AT.search(demo.sent_text, 0, demo.trigger.start - demo.sent_start) is not None


def _scene_types(a: Frame, b: Frame) -> bool:
    """Types one scene can be told as: the same sub-type; any two sub-types of a demonstration (a protest met with
    force is one event, typed by what happened to it); an attack and an armed clash (whether the target fought
    back is what the reports differ on); two accounts of a kidnapping."""
    sa, sb = a.etype.acled_sub, b.etype.acled_sub
    if sa == sb:
        return True
    if family(a) == family(b) == "demonstration":
        return True
    if _force_on_crowd(a, b) or _force_on_crowd(b, a) or _hurt_in(a, b) or _hurt_in(b, a):
        return True
    if a.trigger.kind == b.trigger.kind == "abduct":
        return True  # one kidnapping, typed an attack where its sentence tells the victim dead and not elsewhere
    return sa in _GENERAL and sb in _GENERAL


def _intercepts(a: Frame, b: Frame) -> bool:
    """An interception and the launch it stopped: a launch told as fired, not one that hit or harmed (a barrage
    partly shot down and partly striking home is a strike and an interception, two events)."""
    return (
        a.etype.acled_sub == "Disrupted weapons use"
        and a.trigger.kind == "disrupt"
        and b.etype.acled_sub in ("Shelling/artillery/missile attack", "Air/drone strike")
        and b.trigger.kind != "attack"
        and not (b.fatalities.killed or b.fatalities.injured)
        and _dates_agree(a, b)
    )


_SAME_TOWN_KM = 3.0  # two points this close are one town under two names (a district and its city)


def _same_scene(a: Frame, b: Frame) -> bool:
    """The same kind of event on the same day (each dated by its own words) at the same named place; an
    interception and the launch it stopped, or one agreement told twice, on the same day anywhere."""
    if _intercepts(a, b) or _intercepts(b, a):
        return True
    if family(a) == family(b) == "sd:Agreement" and a.date[0] == b.date[0]:
        return True
    if _captives_shot(a, b) or _captives_shot(b, a):
        return False
    la, lb = a.location, b.location
    if (la is None) != (lb is None) and _scene_types(a, b) and a.own_time and b.own_time:
        # "a day after the bloodiest clash yet", which the sentence does not place, and "Thursday's battle in
        # Borovo Selo": one act of its day, placed where the text places it
        return a.date[0] == b.date[0] and a.date[1] == "day"
    return (
        _scene_types(a, b)
        and a.own_time
        and b.own_time
        and a.date[0] == b.date[0]
        and la is not None
        and lb is not None
        and la.precision == lb.precision == "point"
        # two towns the text names apart ("in Manama", "in the village of Sitra") are two scenes
        and _one_town(la, lb)
        # (and a site the text sets apart in the town: "outside the Legislative Palace a few blocks away")
        and not any(_ANOTHER_SITE.search(f.sent_text) for f in (a, b))
        # (nor a place the gazetteer lacks, named in a sentence placed only by the story: "around Masiaka")
        and not any(_UNKNOWN_PLACE.search(f.sent_text) and not f.placed_here() for f in (a, b))
    )


_UNKNOWN_PLACE = re.compile(r"\b(?:around|near|outside)\s+(?-i:[A-Z][a-z]+)\b(?!\s+(?-i:[A-Z]))")


_ANOTHER_SITE = re.compile(
    r"\b(?:a few|several|two|three|four|five|\d+)\s+(?:blocks|streets)\s+away\b"
    r"|\b(?:elsewhere|in another part) (?:in|of) the (?:city|capital|town)\b",
    re.IGNORECASE,
)


def _captives_shot(a: Frame, b: Frame) -> bool:
    """Is ``a`` an attack on people named as civilians or captives ("rebel officers opened fire on the hostages"),
    ``b`` a fight with an armed side named ("attacked the Bodyguard")? Two events of one day in one town, however
    near: the fight, and what one side did to the people it held."""
    return (
        a.etype.acled_type == "Violence against civilians"
        and b.etype.acled_sub == "Armed clash"
        and civilians_harmed(a.patient_text)
        and patient_armed(b.patient_text)
    )


def _one_town(la: Location, lb: Location) -> bool:
    """Two points with one name, or this close: one town (a district and its city)."""
    return la.name == lb.name or haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= _SAME_TOWN_KM


def _bounded_here(f: Frame) -> bool:
    """Is the background mention dated by a time its own sentence gives (as a bound, not its own time)?"""
    return f.background and not f.own_time and bool(f.date[2]) and (f.date[2] or "") in f.sent_text


def _recent_to(f: Frame, head: Frame) -> bool:
    """Can the time of ``f`` be the time of an event the story told without one ("In March, more than 30 were killed"
    after a lead of killings reported this week is another, earlier event)? Not when it lies more than
    BACKGROUND_DAYS from the day the story's telling gave that event."""
    if f.date[0] is None or head.date[0] is None:
        return True
    days: int = abs((head.date[0] - f.date[0]).days)
    return days <= BACKGROUND_DAYS


def _no_new_place(f: Frame, head: Frame) -> bool:
    """The mention's sentence names no place, or the event's own ("In Mambasa, three traders were abducted" after
    a raid near Komanda is a new scene)."""
    loc = f.location
    if loc is not None and f.placed_here():
        if (_opens(head) or _headline(head.sent_text)) and (not _placed_at_all(head) or _filed_only(head)):
            # a headline that names no place, then its lead that does: the lead places the event (so does the
            # sentence after a lead that names only the town it is filed from: "AYACUCHO, Peru - Eight journalists
            # were beaten to death, the commander of the Ayacucho emergency zone said", then "were killed on
            # Wednesday at Uchuraccay")
            return True
        hloc = head.location
        if hloc is not None and _measured_off(head) and _near_named(f, hloc):
            # "shot dead on the road south of his capital, Sanaa", then "the car was stopped at Hizyaz, a village
            # about 10 km south of Sanaa": the scene the lead placed off the town, named
            return True
        if (
            hloc is not None
            and hloc.precision in ("admin1", "region")
            and _contains(hloc, loc)
            and f.etype.acled_sub == head.etype.acled_sub
        ):
            # "bombs tore through restaurants on Bali ... Two blasts hit cafes in Jimbaran": the same act placed
            # closer (not "shells landed in Stepanakert" after "fighting broke out in Nagorno-Karabakh")
            return True
        return hloc is not None and (hloc.name == loc.name or (loc.precision != "point" and _contains(loc, hloc)))
    here = head.location.text if head.location is not None and head.location.text else None
    # ("marched ... to protest against the burning of a church in Aswan province": where the cause happened)
    cause = _CAUSE_OF.search(f.sent_text)
    # a place the gazetteer does not know still opens a new scene: "In Mambasa, ..."
    return not any(
        m.group(1) != here
        and (cause is None or m.start() < cause.start())
        and m.group(1).removesuffix("'s") not in _NOT_PLACES  # (not "a suspect in Tuesday's shooting")
        and not _SITE.match(f.sent_text, m.end())
        and not _SAID.match(f.sent_text, m.end())  # "Kazakh students in Moscow said ...": where the tellers are
        for m in _LOCATIVE.finditer(f.sent_text)
    )


def _dated_before(m: Frame, head: Frame) -> bool:
    """Is ``m`` dated before the day the story set for ``head`` (not its publication day)?"""
    if head.date_anchor == "fallback" or head.date[0] is None or m.date[0] is None:
        return False
    return bool(m.date[0] < head.date[0])


def _dated_as_published(m: Frame, head: Frame) -> bool:
    """Is ``m`` dated, relatively, on the very day ``head`` fell back on (its publication day)?"""
    return head.date_anchor == "fallback" and m.date_anchor == "publication" and m.date[0] == head.date[0]


def _taken_apart(f: Frame, head: Frame) -> bool:
    """Is ``f`` a change of territory and ``head`` an event of another kind (a fight)?"""
    return f.etype.acled_sub in TERRITORY_SUBS and head.etype.acled_sub not in TERRITORY_SUBS


def _other_ground(f: Frame, head: Frame) -> bool:
    """Is ``f`` a place taken that names, as what was taken, a place the event's own sentence did not name ("the
    rebels took Sake on Jan. 21" after "said it had taken the city": another town, another event)?"""
    return f.etype.acled_sub in TERRITORY_SUBS and any(
        p[:1].isupper() and p not in head.sent_text for p in f.patient_text
    )


def _new_settlement(f: Frame, head: Frame) -> bool:
    """Does the mention's sentence name a settlement as such ("in the nearby village of Zaatara") that the event's
    own sentence did not name?"""
    return any(m.group(1) not in head.sent_text for m in _SETTLEMENT_OF.finditer(f.sent_text))


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


def _same_victims(f: Frame, head: Frame) -> bool:
    """Does ``f`` name who it harmed by a definite noun ("the priests") that a sentence of the event names as the
    people harmed ("pulled six Jesuit priests from their residence ... and shot them dead"; "claimed the three men
    had been shot at close range" after "three men had died of gunshot wounds")?"""
    if family(f) != family(head) or family(f) not in ("violence", "demonstration") or head.sentence >= f.sentence:
        return False
    for p in f.patient_text:
        words = p.lower().split()
        plural = words[-1].endswith(("s", "men"))  # "the priests", "the three men"
        if len(words) >= 2 and words[0] == "the" and plural and _word_in(words[-1], head.sent_text):
            return True
        # "the three men had been shot" after "Three people were shot dead": as many as the event killed
        counted = parse_number(words[1]) if len(words) == 3 and words[0] == "the" and plural else None
        if counted is not None and counted > 1 and counted == head.fatalities.killed:
            return True
    return False


def _death_retold(f: Frame, head: Frame) -> bool:
    """Is ``f`` an act of force on "she" or "him", told by a source after ``head``, an event that killed one person,
    on its day?"""
    return (
        family(f) == "violence"
        and family(head) in ("violence", "demonstration")
        and head.sentence < f.sentence
        and (f.source is not None or f.modality == "reported")
        and _one_person_again(f, head)
        and f.date[0] is not None
        and f.date[0] == head.date[0]
    )


def _lead_town(f: Frame, lead: Frame) -> bool:
    """Is ``lead`` an event the article's first sentence placed at a town by name, the town ``f`` is placed at, on
    the day the story gave it?"""
    la, lf = lead.location, f.location
    return (
        _opens(lead)
        and lead.placed_here()
        and la is not None
        and lf is not None
        and la.precision == lf.precision == "point"
        and la.name == lf.name
        and _same_story_time(f, lead)
    )


def _lead_unplaced(lead: Frame, f: Frame) -> bool:
    """A lead (or headline) that names no place of its own ("BOGOTA - ... a unit of the ELN had kidnapped the
    father of ..."), whose place came from the dateline or the article, and a later mention in the same country
    that places it ("... were seized by armed men at a petrol station in Barrancas")."""
    if not (_opens(lead) or _headline(lead.sent_text)) or _placed_at_all(lead) or f.sentence <= lead.sentence:
        return False
    la, lf = lead.location, f.location
    return la is None or lf is None or la.country == lf.country


def _counted_lead_placed(lead: Frame, f: Frame) -> bool:
    """Is ``lead`` an act of the lead's clause a count of days sets apart, with no place of its own, that ``f``
    (its own time on the same day, of the same sub-type, a few sentences on) tells again where it happened?"""
    return (
        lead.counted_from
        and f.own_time
        and _opens(lead)
        and not _placed_at_all(lead)
        and lead.etype.acled_sub is not None
        and lead.etype.acled_sub == f.etype.acled_sub
        and lead.date[0] == f.date[0]
        and 0 < f.sentence - lead.sentence <= ELABORATION_SENTENCES
    )


_SIGNED_AT_SITE = re.compile(r"\b(?:signed|initialled|concluded)\b[^.;]{0,60}?\bat\s+(?:the\s+)?[A-Z]")


def _filed_only(lead: Frame) -> bool:
    """Is the lead placed at the town its dateline names, which it names again only as a modifier or a title's
    ("the commander of the Ayacucho emergency zone"), never as where something happened ("in Ayacucho")?"""
    loc = lead.location
    if (
        loc is None
        or not loc.text
        or not _opens(lead)
        or not lead.sent_text.lstrip().upper().startswith(loc.text.upper())
    ):
        return False
    return re.search(rf"\b(?:in|at|near|outside|around)\s+(?:the\s+)?{re.escape(loc.text)}\b", lead.sent_text) is None


def _placed_at_all(f: Frame) -> bool:
    """Does the mention's sentence place it, by a name or as "in the capital" (the country's capital)? (Not "in the
    capital" told across a count of days from the trigger: "shot dead the general on Monday, two days after the army
    chief was killed in the capital" places Saturday's killing, not Monday's.)"""
    if f.placed_here():
        return True
    at = f.trigger.start - f.sent_start
    for m in _IN_CAPITAL.finditer(f.sent_text):
        lo, hi = sorted((at, m.start()))
        if not _DAYS_COUNTED.search(f.sent_text, lo, hi):
            return True
    return False


def _opens(f: Frame) -> bool:
    """Is the mention told in the article's first sentence (after a dateline the parser may have split off:
    "BOGOTA - | The government said ...")?"""
    return f.sentence == 0 or (f.sentence == 1 and f.sent_start <= _DATELINE_CHARS)


_DATELINE_CHARS = 48  # the longest dateline split off as a sentence of its own ("KABUL, Afghanistan (Reuters) -")


def _headline(sentence: str) -> bool:
    """A line of its own with no closing punctuation ("Alleged Confrontation Leaves Students Injured")."""
    return sentence.rstrip(" \t").endswith("\n") and not sentence.strip().endswith((".", "!", "?", '"', "\u201d"))


def _contains(area: Location, place: Location) -> bool:
    """``area`` (a division, region or country) contains ``place``: the same scene told at a coarser scale ("the
    health ministry of Iraq's Kurdistan region said 13 were killed" after strikes near Koya)."""
    if area.country is not None and area.country != place.country:
        return False
    if area.precision == "country":
        return True
    return place.admin1 is not None and place.admin1 in (area.name, area.admin1)


def _deaths_named(f: Frame) -> bool:
    """ "The killings", "the deaths", "the massacre": a reference that names people killed."""
    return f.trigger.text.lower().startswith(("killing", "death", "massacre", "slaughter"))


def _killing(f: Frame) -> bool:
    return f.trigger.kind == "attack" and f.trigger.text.lower().startswith(("kill", "die", "dead", "wound", "injur"))


def _compatible(a: Frame, b: Frame, weak_a: bool, weak_b: bool, short: bool = True) -> bool:
    if a.sentence == b.sentence and a.clause is not None and b.clause is not None and a.clause != b.clause:
        return False  # "a woman was burnt alive and a youth perished in police firing": two events
    if a.sentence == b.sentence and (_another_days_clause(a, b) or _another_days_clause(b, a)):
        return False  # "killed four fighters in an air strike, two days after a truck bomb killed 300": two days
    if _calm(a) != _calm(b) and "Peaceful protest" in (a.etype.acled_sub, b.etype.acled_sub):
        # "While a march by union members passed off peacefully, small groups smashed windows": the march is
        # another demonstration than the one police dispersed with tear gas
        return False
    if a.trigger.i == b.trigger.i and a.location is not None and b.location is not None:
        # one word told of a list of towns ("took over Ocosingo, Las Margaritas and Altamirano"): a copy per town,
        # each its own event however close the towns lie (ACLED: one event per location)
        # ("fought police on Dec. 18 and again on Dec. 19": a copy per day, each its own event)
        return a.location.name == b.location.name and (not (a.own_time and b.own_time) or a.date[0] == b.date[0])
    if _intercepts(a, b) or _intercepts(b, a):
        # the missiles one side says it fired and the other says it shot down are one disrupted attack; the
        # launcher and the interceptor are its two sides, so their actors differ
        return _places_agree(a, b)
    # a definite description ("the shelling damaged a school") names no place of its own: where it happened is
    # the event it refers to, whatever place the nearby text suggested for it
    referring = (  # a weak mention ("68 people were injured") refers to an event, as "the attack" does
        (a.anaphoric or weak_a)
        and not a.placed_here()
        and (a.location is None or b.location is None or a.location.country == b.location.country)
    )
    unplaced = not short and not a.placed_here() and a.sentence > b.sentence and a.sentence - b.sentence <= 1
    # (one side's account of a demonstration met with force, placed by no word of its own: the place the text
    # lends it is a guess)
    retold = not short and not a.placed_here() and _force_retold(a, b)
    place_ok = _places_agree(a, b) or referring or unplaced or retold or (not short and _lead_unplaced(b, a))
    types = _types_agree(a, b, weak_a, weak_b, short)
    return types and (_dates_agree(a, b) or _judged_today(a, b, weak_a)) and place_ok and _actors_agree(a, b)


def _another_days_clause(f: Frame, other: Frame) -> bool:
    """Is ``f`` told in a clause a count of days sets apart ("two days after a truck bomb killed 300") that does not
    hold ``other``'s trigger?"""
    if not f.counted_from or f.clause_span is None or _same_counted_clause(f, other):
        return False  # (not two acts of the one clause: "a day after rioters set fire to ... and stormed ...")
    lo, hi = f.clause_span
    at = lo - f.sent_start
    if not _DAYS_COUNTED.search(f.sent_text[max(0, at - 20) : at + 25]):
        return False  # ("hours after demonstrators pelted the office": within the day, the story may tell it as one)
    return not lo <= other.trigger.start < hi


# a count of days, weeks or months at the edge of the clause it sets apart ("two days after", "a week before")
_DAYS_COUNTED = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\b", re.IGNORECASE)


def _calm(f: Frame) -> bool:
    """A demonstration told in a clause of its own as having gone peacefully (detect keeps that clause apart)."""
    return f.etype.acled_sub == "Peaceful protest" and f.clause is not None and "peacefully" in f.sent_text


def _judged_today(a: Frame, b: Frame, weak_a: bool) -> bool:
    """ "Pakistan on Monday condemned a U.S. drone strike": a weak mention dated by the day of the report that
    names it refers to an event told with an earlier day of its own."""
    if not weak_a or a.date_anchor != "publication" or a.date[0] is None or b.date[0] is None:
        return False
    if (a.date[2] or "").endswith(("'s", "\u2019s")):
        return False  # "Thursday's gun battles": the day names the event's own, not the report's
    return bool(b.own_time and b.date[0] < a.date[0])


_OF_THE_HURT = re.compile(r"\bof\s+the\s+(?:injured|wounded|hurt|survivors|casualties)\b", re.IGNORECASE)


def _own_casualty_report(f: Frame) -> bool:
    """ "Three aid workers were killed in clashes in Kabkabiya": people killed at a town the sentence names, with no
    event of the article there to join, tell an event of their own (ACLED codes the clashes there that day)."""
    return (
        f.hurt_only
        and not f.background
        and bool(f.fatalities.killed)
        # (not "five of the injured had died in hospitals in Medellin": the wounded of an event told before)
        and not _OF_THE_HURT.search(f.sent_text)
        and f.location is not None
        and f.location.precision == "point"
        and f.placed_here()
        and family(f) == "violence"
    )


# "after" that ties a clause to the one before it on the same occasion (not "a day after", "hours after": apart)
_AFTER = re.compile(r"(?<!\bday )(?<!\bdays )(?<!\bhour )(?<!\bhours )(?<!\bweek )(?<!\bweeks )\bafter\b")
# a cause a crowd acts against, told with where it happened ("against the burning of a church in Aswan province")
_CAUSE_OF = re.compile(
    r"\b(?:against|over)\s+the\s+(?:\w+\s+){0,2}?(?:burning|killings?|deaths?|arrests?|shooting|destruction|"
    r"demolition|jailing|detention)\s+of\b"
)


def _told_after(act: Frame, demo: Frame) -> bool:
    """Is ``demo``, told after ``act`` in its sentence, in a clause that "after" opens ("shot four youths ... after
    hundreds of people stoned troops")?"""
    if act.etype.acled_sub != "Attack":
        return False  # (the force used: not "captured the town after heavy fighting")
    lo, hi = act.trigger.start - act.sent_start, demo.trigger.start - act.sent_start
    return 0 <= lo < hi and _AFTER.search(act.sent_text, lo, hi) is not None


_HOURS_BEFORE = re.compile(
    r"\b(?:hours|minutes|moments|shortly|soon|just|only)\s+(?:after|before)\s+(?:the\s+)?$", re.IGNORECASE
)


_HAD_BEFORE = re.compile(r"\bafter\s+(?:[\w'-]+\s+){0,5}?had\s+(?:been\s+)?$", re.IGNORECASE)


def _same_counted_clause(f: Frame, g: Frame) -> bool:
    """Are both mentions told in one clause a count of days sets apart ("a day after a mob stoned the car")?"""
    return f.counted_from and g.counted_from and f.clause_span is not None and f.clause_span == g.clause_span


def _earlier_cause(f: Frame) -> bool:
    """Is the mention an antecedent told in the past perfect after "after" ("seeking revenge after some of them had
    thrown stones")?"""
    at = f.trigger.start - f.sent_start
    return f.background and _HAD_BEFORE.search(f.sent_text[max(0, at - 60) : at]) is not None


_DAYS_BEFORE = re.compile(r"\b(?:a|one|two|three|\d+)\s+days?\s+(?:after|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _antecedent_told(f: Frame) -> bool:
    """ "The armed forces seized power on Wednesday evening, hours after police and militias stormed the university
    and killed dozens of students": an act that a clause of the same day names to time the sentence's event, told
    with its doer, is an event of its own (an ACLED coder codes it), even when the article tells it nowhere else."""
    if not (f.background and f.agent_text and (f.etype.acled_type in TOLLED_TYPES or f.etype.acled_sub == "Arrests")):
        return False
    if _named_victim_killed(f):
        return True
    at = f.sent_text.find(f.agent_text)
    if not 0 <= at < f.trigger.start - f.sent_start:
        return False
    # (or a clause of another day the count sets apart: "opened fire on Sunday, a day after security forces detained
    # hundreds of young men")
    return bool(_HOURS_BEFORE.search(f.sent_text[:at])) or (
        f.counted_from and _DAYS_BEFORE.search(f.sent_text[:at]) is not None
    )


def _answered(f: Frame) -> bool:
    """ "had attacked the headquarters in response to the killing of three Israelis in Larnaca": the act an answer
    names is an event of its own, never the answer."""
    if not f.background:
        return False
    before = f.sent_text[max(0, f.trigger.start - f.sent_start - 40) : f.trigger.start - f.sent_start]
    return _ANSWERING.search(before) is not None


_ANSWERING = re.compile(
    r"\bin\s+(?:"
    + "|".join(sorted(word_lists("time_words.json").words("reprisal_nouns")))
    + r")\s+(?:to|for)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


def _named_victim_killed(f: Frame) -> bool:
    """ "on the second day of revenge attacks after Prime Minister Indira Gandhi was shot dead by two of her
    bodyguards": a named person killed by a doer the clause names is an assassination, an event of its own however
    the sentence times another event by it."""
    return f.named_victim and f.fatalities.killed == 1


def _victim_told(f: Frame, clusters: list[Cluster], frames: list[Frame]) -> Cluster | None:
    """The event, told in a sentence of its own, that kills the person an antecedent names as killed ("after Indira
    Gandhi was shot dead", then "Gandhi, 66, was gunned down on Wednesday"): the nearest such event in the article."""
    if not _named_victim_killed(f) or not f.patient_text:
        return None
    name = f.patient_text[0].split()[-1]
    told = [
        c
        for c in clusters
        if frames[c.head].sentence != f.sentence
        and family(frames[c.head]) == "violence"
        and frames[c.head].fatalities.killed
        and re.search(rf"\b{re.escape(name)}\b", frames[c.head].sent_text)
    ]
    return min(told, key=lambda c: abs(frames[c.head].sentence - f.sentence)) if told else None


_AT_NIGHT = re.compile(r"\b(?:overnight|at night|during the night|in the night)\b", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _one_building_at_night(f: Frame) -> bool:
    """ "a Jewish cultural centre that was under construction was set on fire overnight into Sunday": property that
    no one the text names set on fire in the night, an arson of its own, not a crowd's riot (not "homes and cars were
    also set alight that night in the villages": more of the rioting)."""
    return f.agent_text is None and _AT_NIGHT.search(f.sent_text) is not None and _ALSO.search(f.sent_text) is None


def _own_damage_report(f: Frame) -> bool:
    """ "Also on Wednesday, an insurance office in the port of Dun Laoghaire was set on fire": property set on fire on
    a day and at a town of its own, with no event of the article there to join, was an act of its own (arson)."""
    return (
        f.etype.acled_sub == _DAMAGE
        and f.trigger.kind == "loot"
        and f.own_time
        and not f.background
        and f.location is not None
        and f.location.precision == "point"
        and f.placed_here()
    )


def _night_before(f: Frame, head: Frame) -> bool:
    """Is ``head`` told as of the night ("stormed the building overnight") and ``f`` of the evening before it ("late
    on Monday")? One night's event, across midnight."""
    if f.date[0] is None or head.date[0] is None or "night" not in (head.date[2] or "").lower():
        return False
    days: int = (head.date[0] - f.date[0]).days
    return days == 1


def _one_person_again(f: Frame, head: Frame) -> bool:
    """Is ``f``'s one victim a person referred back to by a pronoun ("he was ambushed"), after ``head`` told one person
    killed? (Not two bombs in two parts of one city that day: each its own event.)"""
    return head.fatalities.killed == 1 and any(p.lower() in ("he", "she", "him", "her") for p in f.patient_text)


_CITY_PART_KM = 5.0  # a district this close to a city's point is a part of that city (Ikoyi, 4 km from Lagos)


def _same_unit(f: Frame, head: Frame) -> bool:
    """The same sub-type and the same actors (compatibility checked them and the places) on the same day at the same
    named point place, the mention naming that place itself; or minutes or hours after the act just told, at its
    scene ("About half an hour later a helicopter fired on the villagers")."""
    la, lb = f.location, head.location
    # (one crowd's rioting in one town on one day, told as a violent demonstration and as a mob's sacking: ACLED's
    # unit is the day, the place and the actors)
    riots = (
        f.etype.acled_type == head.etype.acled_type == "Riots" or _burned_in_riot(f, head) or _burned_in_riot(head, f)
    )
    same = (
        f.etype.acled_sub is not None
        # (a suicide bombing told again as "the bombing": one blast, told as either)
        and (f.etype.acled_sub == head.etype.acled_sub or riots or {f.etype.acled_sub, head.etype.acled_sub} == _BLAST)
        and head.date[1] == "day"
        # untimed: the article's time so far, dated later (not when the story has moved to another day: "The
        # offensive began at dawn on Thursday ... Artillery also shelled the camp" after Friday's shelling)
        and (f.date[0] == head.date[0] or (not f.own_time and (_same_story_time(f, head) or _night_before(f, head))))
    )
    if not same:
        return False
    far = f.sentence - head.sentence > ELABORATION_SENTENCES
    if f.own_time and not head.own_time and far and not (f.placed_here() and head.placed_here()):
        # (the day the article gives far on, "Shops were closed today as workers stayed away in protest", is not the
        # day of an act told long before with neither a time nor a town of its own: "10,000 people had marched from
        # the Creggan"; "took Kandahar overnight" still dates "captured Kandahar and Herat")
        return False
    if la is not None and lb is not None and lb.precision in ("admin1", "admin2") and la.precision == "point":
        # "Gunmen killed 45 ... in the highlands of Chiapas state on Monday. Survivors said dozens of men armed with
        # assault rifles surrounded Acteal ... and opened fire": the town in the lead's province, on its day, by
        # doers the lead named (or left unnamed)
        unnamed = f.actor1 is None or head.actor1 is None
        if f.date[0] == head.date[0] and f.placed_here() and _contains(lb, la) and unnamed:
            return True
    if f.actor1 is None or head.actor1 is None:
        return False
    if f.actor1.name != head.actor1.name and not _one_crowd(f.actor1, head.actor1):
        # (a crowd named by no one is the crowd of the place: "Rioters (Lithuania)" and the "Rioters (Bulgaria)" the
        # article's main country lent a sentence that names no country are one crowd at one place)
        return False
    if _MOMENTS_LATER.match(f.sent_text):
        # (not "Minutes later a third wrecked a restaurant in Kuta": one more, counted, at another scene)
        return _no_new_place(f, head) or _ONE_MORE.search(f.sent_text) is None
    if la is None or lb is None:
        return False
    if lb.precision in ("admin1", "admin2") and la.precision == "point" and _contains(lb, la) and f.placed_here():
        return True  # "ambushed a convoy in Michoacan state ... The convoy was attacked in El Aguaje": the town in it
    if (
        la.precision == lb.precision == "point"
        and f.placed_here()
        and f.date[0] == head.date[0]
        and _one_person_again(f, head)
        and haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= _CITY_PART_KM
    ):
        # "who was shot dead on Friday", in a story filed from Lagos, then "he was ambushed on Friday ... in traffic in
        # Ikoyi": the part of the city the event was told at, named later
        return True
    return (
        la.precision == lb.precision == "point"
        and la.name == lb.name
        and (
            f.placed_here()
            or _SAME_CITY.search(f.sent_text) is not None
            # "Thursday's bombing struck the crowds ...": the act named by its day is that day's act told before
            or (f.date[2] or "").endswith(("'s", "\u2019s"))
            # (not an event told in passing, "The port city, where three protesters were killed on Tuesday, ...")
            or (riots and not f.own_time and not (told_aside(head) and head.own_time) and _no_new_place(f, head))
            # "The army said that about 50 attackers had been arrested", after "arrested about 50 people": as many
            # taken as the arrests told before, the same arrests told again
            or (
                f.etype.acled_sub == "Arrests"
                and f.fatalities.arrested is not None
                and f.fatalities.arrested == head.fatalities.arrested
            )
        )
    )


def _remote_then_close(head: Frame, f: Frame) -> bool:
    """Is ``head`` a strike from afar (shelling, an air strike, a bomb) and ``f`` a fight or an attack at close
    quarters?"""
    far = "Explosions/Remote violence"
    return head.etype.acled_type == far and f.etype.acled_type in ("Battles", "Violence against civilians")


def _one_crowd(a: Actor, b: Actor) -> bool:
    """Two generic crowd actors of one kind ("Rioters (Lithuania)", "Rioters (Bulgaria)"), named by no group or
    people, whose countries only differ."""
    return (
        a.acled_inter == b.acled_inter
        and a.acled_inter in (AcledInter.RIOTERS, AcledInter.PROTESTERS)
        and a.name.split(" (")[0] == b.name.split(" (")[0]
        and a.name.startswith(("Rioters (", "Protesters ("))
    )


def _blast_of_the_day(f: Frame, c: Cluster, frames: list[Frame]) -> bool:
    """ "The bombs that destroyed two nightclubs in Kuta on Saturday night ... a small bomb went off inside Paddy's
    Bar just after 11 p.m. on Saturday": the blasts one doer set off in one town on one day, told one by one at
    their buildings, are ACLED's one event (its unit is the actor, the place and the day). The day is the one any
    account of the event gave; the mention names no other town."""
    head = frames[c.head]
    la, lb = f.location, head.location
    if not _WENT_OFF.search(f.sent_text):
        return False  # (a blast told: not "a bag packed with explosives was found")
    if not (
        f.etype.acled_type == head.etype.acled_type == "Explosions/Remote violence"
        and f.actor1 is not None
        and head.actor1 is not None
        and f.actor1.name == head.actor1.name
        and la is not None
        and lb is not None
        and la.precision == lb.precision == "point"
        and la.name == lb.name
        and _no_new_place(f, head)
    ):
        return False
    return any(frames[j].own_time and frames[j].date[0] == f.date[0] for j in c.members)


def _caused_by(f: Frame, active: list[Cluster], frames: list[Frame], weak: list[bool]) -> Cluster | None:
    """The event whose own word is the mention's agent ("The strike destroyed dozens of stalls"): what an act did
    is that act (ACLED codes an air strike that razes a market as the air strike), whatever type its verb alone
    would give. The agent's word joins an event told before (a weak "the strike" joins the nearest it fits)."""
    agent = f.agent_text.lower() if f.agent_text else ""
    if not agent or family(f) not in ("violence", "sd:Looting/property destruction"):
        return None
    for j, g in enumerate(frames):
        if not (
            g.sentence == f.sentence
            and g.trigger.start < f.trigger.start
            and g.decision != "dropped"
            and family(g) == "violence"
            and re.search(rf"\b{re.escape(g.trigger.text.lower())}\b", agent)
        ):
            continue
        told = next((c for c in active if j in c.members), None)
        if told is not None or not weak[j]:
            return told
        fits = [c for c in active if _compatible(g, frames[c.head], True, False)]
        return max(fits, key=lambda c: frames[c.head].sentence) if fits else None
    return None


def _passing(c: Cluster, frames: list[Frame]) -> bool:
    """Is the event told only in passing, with a day of its own, in a relative clause ("The port city, where three
    protesters were killed on Tuesday, saw the fiercest fighting")? What the next sentences tell is not more of it."""
    return all(told_aside(frames[j]) and frames[j].own_time for j in c.members)


def _same_doer_first(f: Frame, fits: list[Cluster], frames: list[Frame]) -> list[Cluster]:
    """A mention that names its doer refers to the event that doer was named in, not to one told without a doer
    ("police opened fire" after "a woman was burnt alive and a youth perished in police firing")."""
    if f.agent_text is None or f.actor1 is None:
        return fits
    name = f.actor1.name

    def named_there(j: int) -> bool:
        a = frames[j].actor1
        return frames[j].agent_text is not None and a is not None and a.name == name

    # (of the story's time: "When some of them threw stones" on the Sunday the sentence before told, not the
    # same crowd's riot of Monday that the lead told)
    same = [
        c
        for c in fits
        if _scene_types(f, frames[c.head])
        and any(named_there(j) for j in c.members)
        and _same_story_time(f, frames[c.head])
    ]
    return same or fits


def _telling(c: Cluster, frames: list[Frame], f: Frame | None = None) -> list[int]:
    """The members a new mention must agree with: all but what an event's own act did or how it ended (the stalls a
    strike destroyed are the strike's, and the jets' bombs told next are that strike too; "attacked a prison,
    freeing hundreds of inmates": the gunmen who blew open its walls, told next, attacked it). Of a demonstration
    met with force, the force told as an attack ("officers kept shooting into the crowd") and the march before it
    ("the marchers had set out at dawn") are its parts: a new mention ``f`` of the demonstration's own type, or of the
    force on it ("the police had opened fire on the crowd with no warning"), agrees with the demonstration."""
    head = frames[c.head]
    if family(head) not in ("violence", "demonstration"):
        return c.members
    # the crowd an attack hit ("threw grenades into a crowd at an opposition rally") is its victims, not an act that
    # later accounts of the attack must agree with
    hit = {j for j in c.members if any(_crowd_attacked(frames[j], frames[k]) for k in c.members)}
    parts = _telling_parts(c, frames, f)
    return [j for j in parts if j not in hit] or parts


def _telling_parts(c: Cluster, frames: list[Frame], f: Frame | None) -> list[int]:
    """The members of ``c`` a new mention ``f`` must agree with, but the crowd an attack hit (:func:`_telling`)."""
    head = frames[c.head]
    milder = _MILDER.get(head.etype.acled_sub or "", 9)
    again = (
        f is not None
        and family(head) == "demonstration"
        and (
            f.etype.acled_sub == head.etype.acled_sub
            or _force_on_crowd(f, head)
            # ("a volunteer medic who was at the march": the demonstration as it was before force met it)
            or (f.anaphoric and family(f) == "demonstration" and _MILDER.get(f.etype.acled_sub or "", 9) < milder)
        )
    )

    def part(m: Frame) -> bool:  # the force used, or the demonstration as it was before force met it
        return family(m) == "violence" or _MILDER.get(m.etype.acled_sub or "", 9) < milder

    return [
        j
        for j in c.members
        if j == c.head or (frames[j].etype.acled_sub not in _OUTCOMES and not (again and part(frames[j])))
    ]


def corefer(
    frames: list[Frame], weak: list[bool], order: list[int], short: bool, sections: Sequence[int] = ()
) -> list[Cluster]:
    """Group the kept frames into events. ``order`` is the salience order of all frames (best first); ``sections``
    where a round-up's paragraphs with a dateline of their own begin."""
    pos = {i: r for r, i in enumerate(order)}
    clusters: list[Cluster] = []
    live = [i for i, f in enumerate(frames) if f.decision != "dropped"]
    strong = [i for i in live if not weak[i]]
    active: list[Cluster] = []  # the clusters told within the last WINDOW_SENTENCES (mentions come in text order)
    for i in strong:
        f = frames[i]
        active = [c for c in active if frames[c.members[-1]].sentence >= f.sentence - WINDOW_SENTENCES]
        fits = [
            c for c in active if all(_compatible(f, frames[j], False, weak[j], short) for j in _telling(c, frames, f))
        ]
        if f.etype.acled_sub in _OUTCOMES:
            # what an act did or how it ended is judged against the act told in its own sentence ("took control of
            # Mosul on Tuesday, ... freeing hundreds of prisoners"), not the other accounts of that event
            fits += [c for c in active if c not in fits and _ends_here(f, c, frames, weak, short)]
            if not short:
                fits += [c for c in active if c not in fits and _raid_went_on(f, c, frames)]
        # a strong mention joins an event it is told with (its own sentence), one it refers back to (the nearest
        # told before it), or one of the same kind on the same day at the same place; else it is a new event
        if _antecedent_told(f) or _answered(f):  # the act a clause times the sentence's event by is another event
            # (but not the clause's own other words: "a day after a mob stoned the car", the mob's stoning)
            fits = [
                c
                for c in fits
                if not any(
                    frames[j].sentence == f.sentence and not _same_counted_clause(f, frames[j]) for j in c.members
                )
            ]
        told_here = [c for c in fits if any(frames[j].sentence == f.sentence for j in c.members)]
        # "a volunteer was shot dead in Sai Buri and a grenade was thrown at a base in Raman, wounding one ranger":
        # in a sentence whose clauses tell events apart, a mention joins the event of its own clause
        target = next((c for c in told_here if any(_in_clause(f, frames[j]) for j in c.members)), None)
        target = target or next(iter(told_here), None)
        if target is None and not short:
            # "Gunmen opened fire ... and then set fire to patrol vehicles": the damage done in the sentence of an
            # event's own act is that event's, whatever the sentences before it told of it
            target = next(
                (
                    c
                    for c in active
                    if any(_damage_done(f, frames[j]) for j in c.members if frames[j].sentence == f.sentence)
                ),
                None,
            )
        if target is None:
            # "Some threw stones at police, who detained dozens": the arrests told in the sentence of a
            # demonstration's violence or intervention are that demonstration's, however it was told before
            target = next(
                (c for c in active if any(_arrested_at(f, frames[j]) for j in c.members)),
                None,
            )
        fits = _same_doer_first(f, fits, frames)
        if target is None:
            target = _caused_by(f, active, frames, weak)
            if target is not None:
                f.etype = frames[target.head].etype  # told as its cause's outcome: of its cause's type
        # "said early on Monday that it had taken the city" refers to no fight the story dated Tuesday: a change of
        # territory is an event of its own (ACLED), told of another fight only on the day the story gave that fight
        told_then = [
            c for c in fits if short or not _taken_apart(f, frames[c.head]) or _same_story_time(f, frames[c.head])
        ]
        if target is None and (f.anaphoric or f.continues or short):
            # "The violence began on Sunday, when 5,000 gathered at the beach" refers to no event the story set on
            # Monday, told just before it
            told_then = [c for c in told_then if short or _same_story_time(frames[c.head], f)]
            if told_then:
                target = max(told_then, key=lambda c: max(frames[j].sentence for j in c.members))
        if target is None:
            target = next((c for c in fits if any(_same_scene(f, frames[j]) for j in c.members)), None)
        if target is None and not short:
            # '"The police fired at us from 20 metres," said a volunteer medic': a witness's words of the force
            # used on the demonstration the story tells
            target = next((c for c in fits if any(_witness_account(f, frames[j]) for j in c.members)), None)
        if target is None and not short:
            # "Soldiers fired over the heads of the crowd and into it", after the crowd's barricades: the force used
            # on the demonstration told just before is that demonstration's
            target = next(
                (
                    c
                    for c in active
                    if frames[c.head].sentence == f.sentence - 1
                    and _force_on_crowd(f, frames[c.head])
                    and _compatible(f, frames[c.head], False, False, short)
                    # (not "At Maspero, ... soldiers opened fire", a scene of its own after the stoning in Shubra)
                    and _no_new_place(f, frames[c.head])
                ),
                None,
            )
        if target is None and not short:
            # the police's answer to the riot the sentence before told ("Doctors said police had shot dead a number
            # of people", after crowds burned a police station)
            target = next(
                (
                    c
                    for c in active
                    # (the riot told in the sentence before, however an earlier sentence told it first)
                    if any(_answer_to_riot(f, frames[j]) for j in c.members) and _no_new_place(f, frames[c.head])
                ),
                None,
            )
        if target is None and not short:
            target = next(
                (
                    c
                    for c in active
                    if any(_done_by_the_doers_before(f, frames[j]) for j in c.members)
                    and _places_agree(f, frames[c.head])
                    and _actors_agree(f, frames[c.head])
                ),
                None,
            )
        if target is None and not short and not f.own_time:
            # "The rebels' radio said the army had murdered the priests": the people harmed, named definitely as
            # the ones an event told before harmed, make it that event, told again with another doer
            target = next((c for c in reversed(fits) if any(_same_victims(f, frames[j]) for j in c.members)), None)
        if target is None and not short and not f.own_time:
            # "Students who were with her said she had been knocked down and beaten by policemen", after "a woman
            # student was killed when demonstrators fought riot police": one side's account of how the one person
            # the event killed died, whatever it makes of the event
            target = next((c for c in reversed(active) if _death_retold(f, frames[c.head])), None)
        low = f.sent_text.lower()
        if (
            target is None
            and not f.own_time
            and fits
            and not _tells_another(low)
            and (not _NEW_TIME.match(low) or _SAME_PEOPLE.match(low))
            and not (_MORE_VICTIMS.search(low) and _new_settlement(f, frames[fits[-1].head]))
        ):
            # a sentence that names no time of its own right after the one that told an event elaborates it
            # ("Thousands marched on the airport and threw stones ..."), unless it says it is another one
            last = max(fits, key=lambda c: max(frames[j].sentence for j in c.members))
            latest = max(last.members, key=lambda j: frames[j].sentence)
            told_at = frames[latest].sentence
            # (or a little further on, when the sentences between tell nothing else and open no round-up's section:
            # "Witnesses said the column reached the tower shortly before 2 a.m." between the storming and "soldiers
            # fired ... into the crowd")
            close = f.sentence - told_at <= ELABORATION_SENTENCES or (
                f.sentence - told_at <= ELABORATION_SENTENCES + 2
                and not any(told_at < frames[k].sentence < f.sentence for k in strong)
                and not any(frames[latest].trigger.start < x <= f.trigger.start for x in sections)
                and _scene_types(f, frames[last.head])  # (not "an hour of concentrated bombing" after a shooting)
            )
            # (not an event told in passing: "The port city, where three protesters were killed on Tuesday, saw
            # the fiercest fighting. Protesters stormed a police station" tells the story's day, not Tuesday's)
            if (
                close
                and not _passing(last, frames)
                and _no_new_place(f, frames[last.head])
                and _same_story_time(f, frames[last.head])
                and not _scene_moved(frames, told_at, f.sentence, frames[last.head])
            ):
                target = last
        if target is None and not short and not f.own_time and not f.placed_here() and fits and not _tells_another(low):
            # the lead's summary ("gun battles in the divided town of Mitrovica on Wednesday") told at length later,
            # at the same town and with no time of its own ("MITROVICA - The trouble began when thousands marched on
            # the bridge"): the same event
            summary = [
                c
                for c in fits
                if _lead_town(f, frames[c.head])
                and _no_new_place(f, frames[c.head])
                and not _new_settlement(f, frames[c.head])
                and not _MORE_VICTIMS.search(low)
                # (not "armed men then stormed the mayor's office", after a lead of tanks shelling parliament: a
                # strike from afar summed up in a lead is no fight at close quarters told later)
                and not _remote_then_close(frames[c.head], f)
            ]
            target = summary[0] if summary else None
        if target is None and not f.own_time and not f.placed_here() and f.etype.acled_sub is not None and fits:
            # no time and no place of its own, the same kind of act as an event just told ("its fighter jets had
            # targeted a commander" after "an air strike on the camp"): another account of that event
            same = [
                c
                for c in fits
                # (or the force told used on a demonstration: "Witnesses said police ... opened fire before the
                # marchers had time to turn back", after a lead that told the marchers fired on)
                if (
                    frames[c.head].etype.acled_sub == f.etype.acled_sub
                    or _force_on_crowd(f, frames[c.head])
                    # "The army said its troops had been attacked with stones", after troops fired on a crowd, "the
                    # police said the officers had been attacked with stones", after "one of the officers fired at the
                    # boy": the forces' own account of the force they used
                    or (_forces_account(f) and any(_force_used(frames[j]) for j in c.members))
                    # "Iranian officials said Saudi police had opened fire on peaceful pilgrims", after the clash
                    # told: the other side's account of the demonstration met with force
                    or _force_retold(f, frames[c.head])
                )
                and f.sentence - max(frames[j].sentence for j in c.members) <= ACCOUNT_SENTENCES
                and not _passing(c, frames)
            ]
            # a place the gazetteer does not know still tells another scene ("in the nearby village of Zaatara")
            same = [
                c
                for c in same
                if _same_story_time(f, frames[c.head])
                and not _new_settlement(f, frames[c.head])
                and not _scene_moved(frames, max(frames[j].sentence for j in c.members), f.sentence, frames[c.head])
            ]
            if same and not _tells_another(low):
                target = max(same, key=lambda c: max(frames[j].sentence for j in c.members))
        if target is None and f.own_time and fits:
            # the lead told it without a time ("after gangs stormed two prisons"), the next sentence tells when
            # ("Gang members attacked the penitentiary on Saturday night"): the same event, now dated
            untimed = [
                c
                for c in fits
                if not any(frames[j].own_time for j in c.members)
                and f.sentence - max(frames[j].sentence for j in c.members) <= ELABORATION_SENTENCES
                and frames[c.head].etype.acled_type is not None
                and _no_new_place(f, frames[c.head])
                and not _other_ground(f, frames[c.head])
                and _recent_to(f, frames[c.head])
            ]
            if untimed and not _tells_another(low):
                target = untimed[-1]
        if target is None and not short and fits:
            # the lead's act told in a clause a count of days sets apart ("clashed with police on Friday, a day after
            # a gunman shot and wounded the former prime minister"), placed by no word of its own, then told with its
            # day and its town ("was hit in the leg when a man opened fire on his truck in Wazirabad on Thursday"):
            # the same event, now placed
            target = next((c for c in fits if _counted_lead_placed(frames[c.head], f)), None)
        if target is None and not short and fits:
            # ACLED's unit: one event per actor pair, place and day ("other missiles hit a clinic" in the city an
            # air strike hit that day is the same event, told in parts)
            target = next((c for c in reversed(fits) if _same_unit(f, frames[c.head])), None)
        if target is None and not short and fits:
            target = next((c for c in reversed(fits) if _blast_of_the_day(f, c, frames)), None)
        if target is None:
            _sides_told_before(f, active, frames)
            target = Cluster(i, [])
            clusters.append(target)
            active.append(target)
        target.members.append(i)
    by_sentence = sorted(clusters, key=lambda c: frames[c.head].sentence)
    starts = [frames[c.head].sentence for c in by_sentence]
    made: list[Cluster] = []  # the events told by such mentions alone
    for i in (i for i in live if weak[i]):
        here = frames[i].sentence
        lo, hi = bisect_left(starts, here - WINDOW_SENTENCES), bisect_right(starts, here + WINDOW_SENTENCES)
        near = [
            c
            for c in by_sentence[lo:hi]
            if _compatible(frames[i], frames[c.head], True, False, short) or _hurt_in_part(frames[i], c, frames, short)
        ]
        if _deaths_named(frames[i]):  # "the killings" name no attack in which no one was hurt
            near = [c for c in near if frames[c.head].fatalities.killed != 0]
        if frames[i].own_time or _bounded_here(frames[i]):
            # "the assault came three days before Sunday's runoff": not an act of years before (nor "overthrown in
            # January after a general strike", bounded by its sentence's month, an event of May)
            near = [c for c in near if _recent_to(frames[i], frames[c.head])]
        kind = frames[i].etype.acled_sub
        if not short and kind in _WEAPONS:
            # "It was the third bombing in the city in less than a month", after the bomb and then a shooting: the
            # event told with that weapon, not the shooting told last
            armed = [c for c in near if any(frames[j].etype.acled_sub == kind for j in c.members)]
            near = [c for c in armed if frames[c.head].sentence <= here] or near
        antecedent = _antecedent_told(frames[i])
        if antecedent:
            # "seized power on Wednesday evening, hours after police stormed the university": the act the clause
            # times the sentence's event by is another event, never that one
            # (but the clause's own act: "a day after a mob stoned the car", the mob's stoning)
            near = [
                c
                for c in near
                if not any(
                    frames[j].sentence == here and not weak[j] and not _same_counted_clause(frames[i], frames[j])
                    for j in c.members
                )
            ]
            victim_event = _victim_told(frames[i], by_sentence, frames)
            if victim_event is not None:
                victim_event.members.append(i)  # "after Indira Gandhi was shot dead ... Gandhi, 66, was gunned down"
                continue
        damage = _own_damage_report(frames[i])
        if near and _earlier_cause(frames[i]) and not any(frames[c.head].sentence <= here for c in near):
            # "the killers were policemen seeking revenge after some of them had thrown stones at a patrol car": a
            # cause told in the past perfect came before the story; it is none of the events the article tells after it
            near = []
        if near:
            # the event the mention refers to: the nearest before it, else the nearest after it
            before = [c for c in near if frames[c.head].sentence <= here]
            last_day = max((d for c in before if (d := frames[c.head].date[0]) is not None), default=None)
            killed = frames[i].fatalities.killed
            sub = frames[i].etype.acled_sub
            pick = (
                max(
                    before,
                    key=lambda c: (
                        any(_in_clause(frames[i], frames[j]) for j in c.members),  # its own clause's event
                        # "who had called Monday's rally": the event told on the day the reference names
                        not frames[i].own_time or frames[c.head].date[0] == frames[i].date[0],
                        # a toll of its own that differs ("at least 27 killed" after "six killed by landmines")
                        # tells of another event than one that has that toll already
                        frames[c.head].fatalities.killed in (None, killed) or killed is None,
                        # "condemned the bombing" refers to the bombing, not to a shooting told since
                        sub not in _WEAPONS or frames[c.head].etype.acled_sub == sub,
                        # of two events one sentence told, the main clause's, not one a count of days set apart and
                        # told nowhere since ("shot dead the general on Monday, two days after the president was
                        # gunned down ... The general was killed in a shoot-out"): Monday's
                        not _counted_only(frames, c, here),
                        # "Tanjug said the riots were the work of hostile elements", after the story's riots and a
                        # protest of three weeks before: the story's events, not its history
                        frames[i].own_time or not _definite(frames[i]) or _of_the_story(frames[c.head], last_day),
                        _told_last(frames, c, here),
                        frames[c.head].sentence,
                    ),
                )
                if before
                else min(near, key=lambda c: frames[c.head].sentence)
            )
            pick.members.append(i)
        elif (
            short
            or not strong
            or _own_casualty_report(frames[i])
            or antecedent
            or (damage and not any(frames[c.head].sentence == here for c in clusters))
        ):
            if damage:
                # "homes and cars were also set alight that night in the villages of Burin", "the violence reached
                # Kandy, where much of the main shopping street was burned": in a story of rioting, property set on
                # fire elsewhere was the crowds' doing, a riot of its own there
                riots = [
                    r
                    for r in (frames[c.head] for c in clusters)
                    if r.etype.acled_type == "Riots" and r.sentence <= here and not r.background
                ]
                if riots and not _one_building_at_night(frames[i]):
                    frames[i].etype = riots[-1].etype
                    if frames[i].agent_text is None:
                        frames[i].actor1 = riots[-1].actor1
            # "two days after rioters protesting against the results set fire ...": two such mentions of one
            # sentence that agree tell one event
            twin = next(
                (
                    c
                    for c in made
                    if frames[c.head].sentence == here and _compatible(frames[i], frames[c.head], True, False, short)
                ),
                None,
            )
            if twin is not None:
                twin.members.append(i)
                continue
            made.append(Cluster(i, [i]))
            clusters.append(made[-1])
        else:
            frames[i].decision = "dropped"
            frames[i].reason = "weak: refers to an event this article does not report"
    for c in clusters:
        # in one sentence, the event is named by what it tells, not by its antecedent ("took the village after
        # clashes": the taking); no mention that only refers to it names it
        told = {frames[j].sentence for j in c.members if not frames[j].background}
        c.members.sort(key=lambda j: (weak[j], frames[j].background and frames[j].sentence in told, pos[j]))
        c.head = c.members[0]
        for j in c.members[1:]:
            frames[j].decision = "merged"
            frames[j].merged_into = c.head
            frames[j].reason = frames[j].reason or "same event as its head mention"
        frames[c.head].members = sorted(c.members)
    return clusters


def _counted_only(frames: list[Frame], c: Cluster, here: int) -> bool:
    """Is ``c`` an event told in a clause a count of days sets apart, and in no sentence since, up to ``here``?"""
    head = frames[c.head]
    return head.counted_from and not any(head.sentence < frames[j].sentence <= here for j in c.members)


_BOTH_SIDES = re.compile(r"^(?:the\s+two|both)\s+sides$")


def _sides_told_before(f: Frame, active: list[Cluster], frames: list[Frame]) -> None:
    """ "Three were killed when protesters fought ruling-party activists in Chattogram ... Two more died in clashes
    between the two sides in the capital": a fight of "the two sides" at another place is a fight of the sides the
    sentence before told, of that event's kind (here a violent demonstration, not a battle of armed forces)."""
    if f.etype.acled_sub != "Armed clash" or not _BOTH_SIDES.match((f.agent_text or "").lower()):
        return
    told = [c for c in active if f.sentence - frames[c.members[-1]].sentence == 1]
    demo = next((frames[c.head] for c in reversed(told) if family(frames[c.head]) == "demonstration"), None)
    if demo is not None and demo.etype.acled_type == "Riots":
        f.etype = demo.etype
        f.actor1, f.actor2 = demo.actor1, demo.actor2


def _ends_here(f: Frame, c: Cluster, frames: list[Frame], weak: list[bool], short: bool) -> bool:
    """Does outcome ``f`` agree with every member of ``c`` told in its own sentence (there being one)?"""
    here = [j for j in c.members if frames[j].sentence == f.sentence]
    return bool(here) and all(_compatible(f, frames[j], False, weak[j], short) for j in here)


def _raid_went_on(f: Frame, c: Cluster, frames: list[Frame]) -> bool:
    """ "A second gang attacked the police station at Naivasha. The raiders overpowered the constables, freed more
    than 170 prisoners and escaped with rifles": what the doers of an act did next, told in the next sentence with
    no act of its own, is how that act went on and ended (ACLED codes the raid once)."""
    head = frames[c.head]
    if family(head) != "violence" or any(frames[j].sentence == f.sentence for j in c.members):
        return False
    if max(frames[j].sentence for j in c.members) != f.sentence - 1 or f.own_time:
        return False
    return _places_agree(f, head) and _actors_agree(f, head) and _dates_agree(f, head)


def _in_clause(f: Frame, other: Frame) -> bool:
    """Is ``f``'s trigger inside the clause ``other`` was told apart in (same sentence)?"""
    span = other.clause_span
    return other.sentence == f.sentence and span is not None and span[0] <= f.trigger.start < span[1]


_LEAD_TOLD_AGAIN = 2  # the sentences after a lead that may tell its act again, on the day they give it
_STORY_DAYS = 7  # the week before the last event told, which a definite "the riots" with no time of its own means


def _definite(f: Frame) -> bool:
    """Is the mention's word a noun after "the" ("the riots were the work of hostile elements")?"""
    return _THE_BEFORE.search(f.sent_text, 0, max(0, f.trigger.start - f.sent_start)) is not None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _of_the_story(head: Frame, latest: date | None) -> bool:
    """Is ``head`` dated within the week before ``latest``, the last day of the events a mention may refer to?"""
    if head.date[0] is None or latest is None:
        return True
    days: int = (latest - head.date[0]).days
    return days <= _STORY_DAYS


def _told_last(frames: list[Frame], c: Cluster, here: int) -> int:
    """The last sentence, up to sentence ``here``, that tells the event ``c``."""
    return max(frames[j].sentence for j in c.members if frames[j].sentence <= here)


def _dated_after_narrative(m: Frame, head: Frame) -> bool:
    """Is ``m`` dated to the day by its own words after the day the story's narrative dated the head?"""
    return (
        head.date_anchor == "narrative"
        and head.date[1] == "day"
        and head.date[0] is not None
        and m.date[0] is not None
        and m.date[0] > head.date[0]
    )


# "on the road south of his capital, Sanaa", "outside the capital, Kabul": a town named as where the scene lies from
_MEASURED_OFF = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside|near)\s+(?:the\s+|his\s+|her\s+|its\s+)?"
    r"(?:[a-z]+\s*,?\s+){0,2}$",
    re.IGNORECASE,
)
_NEAR_SCENE_KM = 50.0


def _measured_off(f: Frame) -> bool:
    """Does the mention's own sentence name its place only as what the scene lies off ("south of ... Sanaa")?"""
    if f.location is None or not f.placed_here() or not f.location.text:
        return False
    at = f.sent_text.find(f.location.text)
    return at > 0 and _MEASURED_OFF.search(f.sent_text[:at]) is not None


def _near_named(m: Frame, town: Location) -> bool:
    """Does ``m``'s own sentence name another point within :data:`_NEAR_SCENE_KM` of ``town``?"""
    loc = m.location
    return (
        loc is not None
        and m.placed_here()
        and loc.precision == "point"
        and loc.name != town.name
        and town.lat is not None
        and loc.lat is not None
        and haversine_km(loc.lat, loc.lon, town.lat, town.lon) <= _NEAR_SCENE_KM
    )


def fuse(frames: list[Frame], cluster: Cluster, short: bool = False, weak: list[bool] | None = None) -> None:
    """Give the cluster's head mention the event's date, place and toll from its members (``weak``: per frame, it
    only refers to an event)."""
    head = frames[cluster.head]
    members = [frames[j] for j in sorted(cluster.members, key=lambda j: frames[j].trigger.start)]
    referring = {id(frames[j]) for j in cluster.members if weak is not None and weak[j]}
    if head.own_time and head.background and not short and head.date[0] is not None:
        # "declared a state of emergency on Thursday after rioting ... The unrest began on Wednesday morning": an
        # act told as what came before the main clause's day takes the earlier day a later account gives it
        earlier = [
            m
            for m in members
            if m is not head
            and m.own_time
            and not m.background
            and m.date[1] == "day"
            and m.date[0] is not None
            and m.date[0] < head.date[0]
        ]
        if earlier:
            head.date, head.date_anchor = earlier[0].date, earlier[0].date_anchor
    if not head.own_time:
        # "the fall of Goma capped an offensive in which the rebels took Minova on Jan. 21": a mention that only
        # refers to the event does not date it before the day the story had reached for it
        # nor, by a weekday that is the publication day, an event the story may date on a day of its own ("the Council
        # is to continue its debate on the invasion on Wednesday")
        timed = [
            m
            for m in members
            if m.own_time
            and (id(m) not in referring or not (_dated_before(m, head) or _dated_as_published(m, head)))
            # nor by a later day its clause tells ("the guerrillas who held the hostages for two days flew to Panama
            # on Thursday") an event the story dated by its narrative ("on Tuesday ... the raiders seized them")
            and not (id(m) in referring and _dated_after_narrative(m, head))
        ]
        dated = next((m for m in timed if m.date[1] == "day"), None) or next(iter(timed), None)
        if dated is not None:
            head.date = dated.date
            head.date_anchor = dated.date_anchor
            head.own_time = True
        elif head.date_anchor == "fallback" and _opens(head):
            # "Gunmen killed 160 people in a series of attacks ... The attacks began on Saturday night": a lead
            # dated by nothing but its publication is dated by the day its series began (not an act of a later
            # paragraph, "demonstrators forced their way into the building", whose day the story sets)
            began = next((m for m in members if m.course and m.date[0] is not None and m.date[1] == "day"), None)
            if began is None:
                # "Survivors of an ambush that killed ten ... said on Friday ... The victims were returning on
                # Wednesday evening ... and came under fire": the act the next sentences tell, on the day they give
                began = next(
                    (
                        m
                        for m in members
                        if m is not head
                        and id(m) not in referring
                        and m.date_anchor == "narrative"
                        and m.date[0] is not None
                        and m.date[1] == "day"
                        and 0 < m.sentence - head.sentence <= _LEAD_TOLD_AGAIN
                    ),
                    None,
                )
            if began is not None and (head.date[0] is None or began.date[0] <= head.date[0]):
                head.date, head.date_anchor = began.date, "narrative"
    best_loc = head.location
    if not short and (_opens(head) or _headline(head.sent_text)) and (not head.placed_here() or _filed_only(head)):
        # a lead placed only by its dateline, told in place by a later sentence: that sentence places the event
        # (not an agreement the lead says was signed at a site in the town the report is filed from: "LONDON - The
        # leaders ... signed an agreement at Lancaster House"; "Bishop Muzorewa, who was prime minister in Salisbury
        # until this month, signed for the delegation" signed it there too)
        told = next(
            (
                m
                for m in members
                if m is not head
                and m.location is not None
                and m.placed_here()
                and not (
                    family(head) == "sd:Agreement" and not head.placed_here() and _SIGNED_AT_SITE.search(head.sent_text)
                )
            ),
            None,
        )
        if told is not None:
            best_loc = told.location
    elif not short and not head.placed_here():
        # "Gandhi, 66, was gunned down ... in the garden of her official residence", after "roamed New Delhi ...
        # after Indira Gandhi was shot dead": the place of the sentence that told the killing of that person before
        told = next((m for m in members if m.named_victim and m.location is not None and m.placed_here()), None)
        if told is not None:
            best_loc = told.location
    if not short and best_loc is not None and best_loc is head.location and _measured_off(head):
        # "shot dead on the road south of his capital, Sanaa ... The car was stopped at Hizyaz, a village about 10 km
        # south of Sanaa": the town the lead measured from is no scene; the place a member names near it is
        near = next((m.location for m in members if m is not head and _near_named(m, best_loc)), None)
        best_loc = near or best_loc
    told_here = not short and head.placed_here() and not _filed_only(head)
    for m in members:
        if told_here and not m.placed_here():
            continue  # the place the head's own sentence names is not refined by one a member only inherited
        if m.location is not None and (
            best_loc is None
            or (
                _PRECISION.get(m.location.precision, 4) < _PRECISION.get(best_loc.precision, 4)
                # a finer place refines a region only from inside it ("Kaduna state", then not a town of Borno)
                and (best_loc.precision in ("point", "admin2", "country") or _contains(best_loc, m.location))
            )
        ):
            best_loc = m.location
    head.location = best_loc
    toll = head.fatalities
    for m in members:
        f = m.fatalities
        if m is head or f.is_empty():
            continue
        if (toll.killed is None and f.killed is not None) or (
            f.killed is not None and toll.killed is not None and f.killed > toll.killed and _updates(m)
        ):
            toll = _with(toll, f)
        elif toll.injured is None and f.injured is not None and (f.killed is None or toll.killed in (None, f.killed)):
            # a count of the injured alone ("68 people were injured") adds to the event's toll
            toll = _with(toll, f, injured_only=True)
        if toll.arrested is None and f.arrested is not None:
            # "About 150 people were detained" after a riot: the riot's arrests, counted on its toll
            toll = replace(toll, arrested=f.arrested)
    head.fatalities = toll
    _escalate(head, members, short, referring)
    if not short:
        _doer_told_later(head, members)
    if head.actor1 is None:
        # (a casualty report names who was hurt, never who did it: "one of them hit by a stone")
        head.actor1 = next((m.actor1 for m in members if m.actor1 is not None and not m.hurt_only), None)
    if head.actor2 is None and short:
        head.actor2 = next((m.actor2 for m in members if m.actor2 is not None and m.actor2 != head.actor1), None)
    elif head.actor2 is None:
        # in an article, the other side is not actor 1 again under another wording, nor, in a fight (two armed
        # sides), the civilians a member's words named
        first = head.actor1.name if head.actor1 is not None else None
        battle = head.etype.acled_type == "Battles"

        def side(a: Any) -> bool:
            return a is not None and a.name != first and not (battle and a.acled_inter == AcledInter.CIVILIANS)

        head.actor2 = next((m.actor2 for m in members if side(m.actor2)), None)
        if head.etype.acled_sub == "Attack" and head.actor2 is not None and head.actor2.acled_inter in _FIGHTING_SIDES:
            # "launched a military operation ... a campaign against separatist forces": ACLED's attack is on
            # civilians; violence against an armed side its other reports name is a battle
            head.etype = classify("clash", "Armed clash")


_FIGHTING_SIDES = frozenset(
    {
        AcledInter.STATE_FORCES,
        AcledInter.REBEL_GROUP,
        AcledInter.POLITICAL_MILITIA,
        AcledInter.IDENTITY_MILITIA,
        AcledInter.EXTERNAL_OTHER_FORCES,
    }
)


def _doer_told_later(head: Frame, members: list[Frame]) -> None:
    """A riot told first without a doer ("rioting broke out"), then as the state's forces firing on the mob ("one
    person was killed when police fired on a mob"): the forces are who acted (the schema's initiator), the rioters
    the other party, as that report says."""
    if head.agent_text is not None or head.etype.acled_type != "Riots":
        return
    for m in members:
        a = m.actor1
        if (
            m is not head
            and m.etype.acled_type == "Riots"
            and m.agent_text
            and m.agent_text.lower() not in PRONOUNS
            and a is not None
            and a.acled_inter == AcledInter.STATE_FORCES
        ):
            head.actor1, head.actor2 = a, m.actor2 or head.actor2
            return


_MILDER = {"Peaceful protest": 0, "Protest with intervention": 1}


def _escalate(head: Frame, members: list[Frame], short: bool = False, referring: set[int] | None = None) -> None:
    """The event's type from everything told of it: an attack in which the target fought back is an armed clash; a
    protest later told as met with force, or as turning violent, is typed by that (ACLED codes the most severe
    form of one demonstration)."""
    sub = head.etype.acled_sub
    chemical = next((m for m in members if m.etype.acled_sub == "Chemical weapon"), None)
    # (a dud of the attack, "a grenade rolled under it had failed to explode", stopped nothing: the attack went on)
    stopped = next((m for m in members if m.etype.acled_sub == "Disrupted weapons use" and not _dud_of(m, head)), None)
    planes = next((m for m in members if _salvo_with_planes(head, m)), None)
    if stopped is not None and not (_partly_stopped(stopped) and _struck_home(head)):
        head.etype = stopped.etype  # ACLED codes an intercepted attack as disrupted weapons use, not as the attack
    elif planes is not None:
        head.etype = planes.etype  # "when cruise missiles ... and waves of bombers struck Baghdad": the air strike
    elif chemical is not None:
        head.etype = chemical.etype  # the codebook types a chemical attack by its agent, not its delivery
    elif (
        not short
        and _killing(head)
        and head.agent_text is None  # (not "riot police killed four when they stormed a protest camp")
        and (riot := next((m for m in members if m.sentence == head.sentence and m.etype.acled_type == "Riots"), None))
    ):
        # "Eight people were injured when youths fought with stones": the harm told is the riot's, typed by the riot
        head.etype = riot.etype
        head.actor1, head.actor2 = riot.actor1 or head.actor1, riot.actor2
    elif (
        not short
        and sub == _DAMAGE
        and (blast := next((m for m in members if m.etype.acled_sub in _WEAPONS), None)) is not None
    ):
        # "a bomb destroyed Pan Am Flight 103 ... a high explosive had detonated in the plane's hold": what the bomb
        # destroyed is the bombing's damage, typed by the weapon (ACLED codes the explosion)
        head.etype = blast.etype
    elif not short and (riot := next((m for m in members if _burned_in_riot(head, m)), None)) is not None:
        # "smashing shop windows, overturning cars and looting stores" told again as "the rioting": the riot's
        # damage, typed by the riot (ACLED codes the riot)
        head.etype = riot.etype
        head.actor1 = riot.actor1 or head.actor1
    elif (
        not short
        and sub == "Abduction/forced disappearance"
        and (killing := next((m for m in members if m.etype.acled_sub == "Attack" and m.fatalities.killed), None))
    ):
        # "Gunmen rounded up farm workers ..., tied their hands and cut their throats": people seized and killed
        # are the victims of an attack (ACLED codes the killing, not the abduction)
        head.etype = killing.etype
    elif (killing := next((m for m in members if _killed_in_custody(head, m)), None)) is not None:
        head.etype = killing.etype  # the detainee killed: the killing, not the arrest
        head.actor1 = killing.actor1 or head.actor1
    elif (demo := next((m for m in members if _arrested_at(head, m)), None)) is not None:
        head.etype = demo.etype  # the arrests were the demonstration's intervention
        head.actor1, head.actor2 = demo.actor1 or head.actor1, demo.actor2 or head.actor2
    elif (
        demo := next(
            (
                m
                for m in members
                # (not a mention that only refers to the event: "his men had been fighting invaders", a war's course)
                if m.decision != "dropped" and id(m) not in (referring or set()) and _force_on_crowd(head, m)
            ),
            None,
        )
    ) is not None:
        # "police shot dead 19 people during demonstrations ... police opened fire after protesters broke into the
        # compound": the demonstration met with that force, typed and with the sides as its own report tells them
        head.etype = demo.etype
        head.actor1, head.actor2 = demo.actor1 or head.actor1, demo.actor2 or head.actor2
    elif sub == "Armed clash" and (bomber := _bomber_as_doer(head, members)) is not None:
        # "a suicide bomber killed 40 paramilitary policemen": the bomber who killed them typed the act, however
        # armed the dead (ACLED codes a suicide bombing by its weapon)
        head.etype = bomber.etype
    elif sub == "Attack" and (
        (weapon := _weapon_as_doer(head, members)) is not None
        or (head.agent_text is None and (weapon := _weapon_told(members)) is not None)
    ):
        # "The strike hit a car ..." after "a U.S. drone strike", "shells hit the suburb": the weapon types it
        head.etype = weapon.etype
        if weapon.agent_text is not None and weapon.actor1 is not None:
            head.actor1 = weapon.actor1  # and whoever that report says wielded it did it
    elif sub == "Attack" and not any(
        fired_on_civilians(m.sent_text) for m in members if m is head or m.etype.acled_sub == "Attack"
    ):
        # "since the war began", a mention in another sentence that only refers to the wider war, does not say the
        # attacked fought back (nor does the police's fight with a gunman who had opened fire on people, told in any
        # sentence of the attack)
        abstract = reportability().abstract_nouns
        other = next(
            (
                m
                for m in members
                if m.etype.acled_sub == "Armed clash"
                and m.decision != "dropped"
                and not (
                    id(m) in (referring or set())
                    and m.sentence != head.sentence
                    # "the war", or "who was behind the killing" typed as a fight by the police its sentence names: a
                    # reference that is no word of fighting does not say the attacked fought back
                    and (m.trigger.text.lower() in abstract or m.trigger.kind != "clash")
                )
                # ("an accord aimed at ending the island's separatist war", told in the attack's sentence: the war
                # referred to is no fight of this scene)
                and not (id(m) in (referring or set()) and m.trigger.text.lower() in abstract)
                # "denied that his forces had targeted civilians and said the killings had been carried out by
                # government troops": another sentence's claim of who killed, not a word of fighting
                and not (m.sentence != head.sentence and m.trigger.kind != "clash" and m.modality != "asserted")
                # "Armed youths fought in the streets for several days" in November last year, told as the feud's
                # history: a fight of another time does not say this attack's victims fought back
                and not (m.sentence != head.sentence and _of_another_time(m, head))
            ),
            None,
        )
        if other is not None:
            head.etype = other.etype
            if not short and head.actor2 is not None and head.actor2.acled_inter == AcledInter.CIVILIANS:
                # a fight has two armed sides (ACLED Battles): the civilians an attack's own words named are no side
                side = other.actor2
                armed = side is not None and side.acled_inter != AcledInter.CIVILIANS
                same = side is not None and head.actor1 is not None and side.name == head.actor1.name
                head.actor2 = side if armed and not same else None
    elif sub == "Looting/property destruction" and (violence := _violence_told(members)) is not None:
        # "set fire to a market and shot traders, killing 20": ACLED codes property destroyed in an attack, a fight or
        # a bombing as that violence; looting and destruction are an event of their own only where nothing worse is
        # told of the same happening
        head.etype = violence.etype
        head.killed_uncounted = not (violence.fatalities.killed or violence.fatalities.injured)
        if head.actor2 is None:
            head.actor2 = violence.actor2
    elif sub == _DAMAGE and (demo := _demonstration_told_with(head, members)) is not None:
        # "passengers angered by fare rises set buses on fire and blocked the road": destruction told with a
        # demonstration's own act by the same people, in its sentence, is that demonstration turned violent
        head.etype = demo.etype if demo.etype.acled_type == "Riots" else classify("riot", "Violent demonstration")
        a1 = demo.actor1 or head.actor1
        head.actor1 = crowd_as_rioters(a1) if a1 is not None and a1.acled_inter == AcledInter.PROTESTERS else a1
    elif sub in _MILDER:
        # "the unrest", "a history of violence": a word for the whole wave does not say this protest turned violent
        abstract = reportability().abstract_nouns
        worse = [
            m
            for m in members
            if family(m) == "demonstration"
            and _MILDER.get(m.etype.acled_sub or "", 9) > _MILDER[sub]
            and m.trigger.text.lower() not in abstract
            and not m.justified  # "rioters" in the police's plea of self-defence is their word, not what happened
            # ("The protests are the largest since those of 2015, when a fire killed dozens": the protests compared,
            # typed by what they are compared with)
            and not (m is not head and COMPARED_SINCE.search(m.sent_text))
        ]
        damaged = any(m.etype.acled_sub == _DAMAGE and m.anaphoric and m is not head for m in members)
        forced = not worse and any(
            m is not head and m.decision != "dropped" and family(m) == "violence" and _force_on_crowd(m, head)
            for m in members
        )
        if forced:
            # "Thousands marched toward the city centre. Police ... opened fire, killing a worker": the demonstration
            # met with the forces' violence (ACLED: excessive force against protesters)
            head.etype = classify("protest", "Excessive force against protesters")
        elif worse or damaged:
            # "... demonstrators gathered outside police headquarters. Some smashed its windows": the demonstration
            # turned violent (ACLED: a violent demonstration)
            turned = classify("riot", "Violent demonstration")
            head.etype = max(worse, key=lambda m: _MILDER.get(m.etype.acled_sub or "", 9)).etype if worse else turned
            if head.etype.acled_sub == "Mob violence":
                head.etype = turned  # "some of them threw stones": the demonstration's own people, not a mob's
            a1 = head.actor1
            if head.etype.acled_type == "Riots" and a1 is not None and a1.acled_inter == AcledInter.PROTESTERS:
                # a demonstration turned violent: its demonstrators are rioters (ACLED's Rioters, inter 5)
                head.actor1 = crowd_as_rioters(a1)


def _of_another_time(m: Frame, head: Frame) -> bool:
    """Is ``m`` told of a time before the event's day, or of no time at all ("the fight over the chieftaincy is also a
    fight over land")? (Fighting that "continued into the weekend" is of the event's own course.)"""
    if m.date[0] is None or head.date[0] is None:
        return False
    return m.date[0] < head.date[0] or (m.date_anchor == "fallback" and m.date[0] != head.date[0])


def _demonstration_told_with(head: Frame, members: list[Frame]) -> Frame | None:
    """A member told in the head's sentence as a demonstration or a riot by the head's doer."""
    return next(
        (
            m
            for m in members
            if m.sentence == head.sentence
            and family(m) == "demonstration"
            and m.decision != "dropped"
            and m.agent_text is not None
            and m.agent_text == head.agent_text
        ),
        None,
    )


def _violence_told(members: list[Frame]) -> Frame | None:
    """A report of armed violence among the event's own that killed or wounded people ("shot traders as they fled,
    killing 20"): an attack on a camp or a post with no one hurt stays the destruction it did (ACLED: property
    destruction "where no other form of violence is occurring")."""
    abstract = reportability().abstract_nouns
    return next(
        (
            m
            for m in members
            if m.etype.acled_type in VIOLENT_TYPES
            and m.decision != "dropped"
            and m.trigger.text.lower() not in abstract
            # (or "had killed and mutilated civilians": people killed, however many)
            and (
                m.fatalities.killed
                or m.fatalities.injured
                or (m.trigger.kind == "attack" and killing_words(m.trigger.text))
            )
        ),
        None,
    )


def _weapon_as_doer(head: Frame, members: list[Frame]) -> Frame | None:
    """The weapon told as the subject of the head's own verb ("shells hit the suburb of Dobrinja, killing 10"): it
    types the act, and is no doer of it."""
    if head.agent_text is None:
        return None
    said = head.agent_text.lower()
    return next(
        (
            m
            for m in members
            if m.sentence == head.sentence and m.etype.acled_sub in _WEAPONS and m.trigger.text.lower() == said
        ),
        None,
    )


def _bomber_as_doer(head: Frame, members: list[Frame]) -> Frame | None:
    """The suicide bomber told as the doer of the head's own verb ("a suicide bomber killed 40 policemen")."""
    said = (head.agent_text or "").lower()
    return next(
        (
            m
            for m in members
            if said
            and m.sentence == head.sentence
            and m.etype.acled_sub == "Suicide bomb"
            and m.trigger.text.lower() in said
        ),
        None,
    )


def _weapon_told(members: list[Frame]) -> Frame | None:
    """The weapon the event's reports name (an air strike, a shelling, a bomb): the one told first when they name
    several ("a day after an Israeli air strike killed 54 ... Israel said Hezbollah had fired rockets from the
    village": the report that opens the story names the weapon; a later one may tell a claim about another act)."""
    # (not a weapon told as what the event set off or followed: "the murder has set off a wave of arson and bomb
    # attacks")
    told = [
        m
        for m in members
        if m.etype.acled_sub in _WEAPONS and m.decision != "dropped" and not _thrown_by_hand(m) and not m.background
    ]
    return min(told, key=lambda m: m.trigger.start) if told else None


def _thrown_by_hand(m: Frame) -> bool:
    """A petrol bomb or a home-made bomb a crowd throws ("attacked with stones and a petrol bomb"): no weapon that
    types another act of the event (ACLED codes the crowd's violence as a riot)."""
    return m.etype.acled_sub in ("Remote explosive/landmine/IED", "Grenade") and bool(
        WEAPON_ONLY_IN_RIOTS.search(m.sent_text.lower())
    )


def _updates(m: Frame) -> bool:
    return bool(_UPDATE.search(m.sent_text.lower()))


def _with(base: Any, new: Any, injured_only: bool = False) -> Any:
    if injured_only:
        return replace(base, injured=new.injured)
    merged = replace(new)
    if merged.injured is None:
        merged.injured = base.injured
    return merged


def merge_mentions(mentions: list[Frame], weak: list[bool], short: bool, sections: Sequence[int] = ()) -> list[Frame]:
    """The ``corefer`` step: one event per happening, its mentions fused into its head (every sentence kept); in a
    whole article only the principal statements stay events. ``sections``: where a round-up's paragraphs with a
    dateline of their own begin. Returns the heads."""
    clusters = corefer(mentions, weak, salience(mentions), short, sections)
    for c in clusters:
        fuse(mentions, c, short, weak)
    if not short:
        heads = [c.head for c in clusters]
        limit_statements(mentions, heads, salience([mentions[i] for i in heads]))
    return [mentions[c.head] for c in clusters]
