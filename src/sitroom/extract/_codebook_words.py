"""Word patterns and phrase tests behind the codebook's features (private: :mod:`sitroom.extract.acled_rules` is
the API).

The cue words of ``data/event_lexicon.json`` ('context') say most of what a scene holds; the patterns here add what
the ACLED Codebook's tie-breaks need beyond them: who the sides are (armed, the state's, a crowd of ordinary
people), which weapons were used, a demonstration's grievance and how it was met, what was seized or harmed, and
whether a place changed hands in a fight (:func:`territory_change`).
"""

from __future__ import annotations

import re
from functools import cache

from sitroom.extract._casualty_lexicon import is_person
from sitroom.extract._casualty_lexicon import lexicon as casualty_lexicon
from sitroom.extract.lexicons import actor_data, country_words, event_lexicon, word_lists

__all__ = [
    "ARMED_OBJECT",
    "ARMED_VICTIMS",
    "BEATEN",
    "BOMB_USED",
    "CAPTORS_HIT",
    "CIVIL_CAMP_NAMED",
    "EXCESSIVE",
    "EXPLOSIVE_DEVICE",
    "FORCE_ON_DEMO",
    "GROUND_FIGHT",
    "GUNS",
    "HOSTAGE",
    "LETHAL",
    "MOB_WORDS",
    "MOVEMENT_ARMY",
    "OWN_MEMBERS",
    "PATIENT_HEAD",
    "PEOPLE_TAKEN",
    "PLACE",
    "POLITICAL_ARMED",
    "RETOLD_DEATH",
    "SEIZED_ARMS",
    "TOPIC",
    "WEAPON_ONLY_IN_RIOTS",
    "animals_pattern",
    "goods_taken_pattern",
    "is_armed",
    "is_crowd",
    "lethal_here",
    "names_group",
    "patient_armed",
    "seized_not_place",
    "territory_change",
]


# who the sides are: armed (organised, the state's), or a crowd of ordinary people
_ARMED_PATIENT = word_lists("doers.json").words("armed_patients")
GUNS = re.compile(r"\b(?:guns?|rifles?|firearms?|pistols?|ak-?47s?|machetes?|pangas?|wielding)\b")
_PEOPLE = re.compile(r"\b(?:people|persons|group of|groups of)\b")
MOB_WORDS = re.compile(r"\b(?:mob|mobs|lynch\w*|vigilante\w*|stoned to death|stoning to death|jungle justice)\b")
ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police officers?|officers|servicem[ae]n|convoy|patrol|military (?:convoy|"
    r"patrol|vehicle|base|camp|post)|police (?:post|station|patrol))\b(?:\s+\w+){0,2}?\s+"
    r"(?:(?:were|was|have been|had been|has been|got)\s+(?:killed|wounded|injured|attacked|ambushed|targeted|shot|"
    r"stabbed)|(?:killed|wounded|injured|shot|attacked|ambushed|targeted)\s+(?:in|by|when|during|after|while|at|on)\b|"
    r"came under|died|dies)"
)  # the forces suffer it: "soldiers were killed", "troops killed in an ambush" (not "a soldier shot a man")
# the act's object read from the words when the parse gives another ("killed four Koglweogo militiamen" parsed
# with "February 20" as the object): armed and organised people killed or attacked make a battle (not the lone doer of
# a passive: "a student was shot dead by a policeman")
ARMED_OBJECT = re.compile(
    r"\b(?:kill(?:ed|ing)|attack(?:ed|ing)|ambush(?:ed|ing)|shot|target(?:ed|ing))\s+(?:(?!by\s+(?:an?|one)\s)[\w()/,-]+\s+){0,5}?"
    r"(?:militiam[ae]n|militias|soldiers|troops|militants|fighters|rebels|policem[ae]n|gendarmes|insurgents|"
    r"jihadists|combatants|servicem[ae]n|marines|barracks|garrison|bases?|outposts?)\b",
    re.IGNORECASE,
)
POLITICAL_ARMED = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|islamists?|terrorists?|militia\w*|separatists?|fighters)\b"
)


# a convoy of aid trucks, buses or refugees carries no forces: attacking it is violence against civilians
CIVIL_CONVOY = re.compile(
    r"\b(?:aid|humanitarian|relief|civilian|civilians|trucks?|lorries|lorry|bus|buses|refugees?|evacuees?|"
    r"food|commercial|passengers?|wedding|funeral|displaced)\b"
)


# a camp of people who fled (not a militia's or an army's): "a displacement camp", "a camp for displaced people"
CIVIL_CAMP = re.compile(r"\b(?:displacement|displaced|refugees?|idps?|migrants?|evacuees?|homeless|relief)\b")
# "attacked a camp for displaced people", "a refugee camp": the camp the sentence names is one of civilians
CIVIL_CAMP_NAMED = re.compile(
    r"\b(?:(?:displacement|displaced|refugees?|idps?|migrants?|evacuees?|relief)(?:\s+(?:people|persons))?\s+camps?|"
    r"camps?\s+(?:for|of|housing|sheltering)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:displaced|refugees?|idps?|migrants?|evacuees?|homeless))\b"
)
# "the Lord's Resistance Army", "the Kosovo Liberation Army": an armed movement's name, no state's army (not "the
# People's Liberation Army")
MOVEMENT_ARMY = re.compile(
    r"\b(?<!people's )(?<!peoples )(?:liberation|resistance|republican|salvation|mahdi)\s+army\b"
)


@cache
def _group_names() -> re.Pattern[str]:
    names = sorted((g for g in actor_data()["groups"] if len(g) > 3), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(g) for g in names) + r")(?![\w-])")


def names_group(low: str) -> bool:
    """Does the lower-cased text name a catalogued armed group as words of its own ("the spla", not the "spla" of
    "displacement"; "isis", not the "isis" of "crisis")?"""
    return _group_names().search(low) is not None


def patient_armed(patients: list[str]) -> bool:
    """Some phrase naming who suffered the act names armed people (or a catalogued group), or a post of theirs."""
    for p in patients:
        low = p.lower().replace("-", " ")
        words = [
            w
            for w in low.split()
            if not (w == "convoy" and CIVIL_CONVOY.search(low)) and not (w == "camp" and CIVIL_CAMP.search(low))
        ]
        if any(w in _ARMED_PATIENT for w in words) or names_group(low) or _SIDES_LINES.search(low):
            return True
    return False


# "attacked Israeli lines", "broke through the enemy lines": a side's front, held by its troops (not "power lines")
_SIDES_LINES = re.compile(r"\b(?:enemy|front|defensive|[a-z]+(?:i|ian|ese|ish))\s+lines\b")


def is_armed(text: str) -> bool:
    """The phrase names an armed side: an armed actor, the state's forces, a non-state armed group or guns."""
    ctx = event_lexicon().context
    return bool(
        ctx["armed_actor"].search(text)
        or ctx["state_forces"].search(text)
        or ctx["nonstate_armed"].search(text)
        or GUNS.search(text)
    )


# "the Islamic Group said its members carried out the attack": an organisation's own members are whatever it is
OWN_MEMBERS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?members\b")
# ("a member of his own security detail": one of them; "men of the Imperial Bodyguard": its soldiers)
_MEMBERS_OF = re.compile(r"\b(?:members?|men)\s+of\b")


def body_members(low: str) -> bool:
    """An organisation's members, no crowd: its own ("said its members carried out the attack"), whatever it is, or
    those of an armed body ("members of a secret force", "members of the special police unit"), who are armed."""
    if OWN_MEMBERS.search(low):
        return True
    m = _MEMBERS_OF.search(low)
    return m is not None and event_lexicon().context["armed_bodies"].search(low, m.end()) is not None


_ONE = re.compile(r"(?:a|an|one)\s")
_JOINED = re.compile(r"\b(?:and|with|along|together)\b")
_JOINED_AFTER = re.compile(r"\s*,?\s*(?:and|with|along with|together with|accompanied by)\b")


def one_person(agent: str, sentence: str = "") -> bool:
    """ "a 19-year-old youth", "a student": one person is no crowd; the codebook's rioters and mobs are
    groups (ACLED Codebook 2023, Riots), so one person's violence is an attack, not mob violence. Not one joined by
    others the sentence names right after ("a youth along with five friends") nor one of a named group's men."""
    words = agent.split()
    if not words or _ONE.match(agent) is None or _JOINED.search(agent) or names_group(agent):
        return False
    at = sentence.find(agent)
    if at >= 0 and _JOINED_AFTER.match(sentence, at + len(agent)):
        return False
    return not words[-1].endswith("s") and is_person(words[-1])


def is_crowd(text: str | None) -> bool:
    """A side made of ordinary people (youths, residents, supporters, a group of people), not an armed group, nor an
    organisation's own members ("its members")."""
    if not text:
        return False
    low = text.lower()
    if body_members(low):
        return False
    single = re.sub(r"\b(crowd|mob|gang of youth|youth)s\b", r"\1", low)  # "crowds", "mobs": the plural of one
    unarmed = event_lexicon().context["unarmed_agent"]
    return bool(unarmed.search(low) or unarmed.search(single) or _PEOPLE.search(low)) and not is_armed(low)


# weapons and how they were used
WEAPON_ONLY_IN_RIOTS = re.compile(
    r"\b(?:petrol|crude|molotov|cocktail|cocktails)\b"
    # (home-made bombs are thrown; "a homemade gun" is a firearm, whoever made it)
    r"|\b(?:hand-made|handmade|home-made|homemade)\b(?!\s+(?:guns?|firearms?|rifles?|pistols?|shotguns?)\b)"
    r"|\b(?:threw|thrown|throwing|hurled|hurling) (?:\w+ ){0,3}?missiles\b"
    r"|\bmissiles (?:were |being )?(?:thrown|hurled)\b"
)  # "missiles were thrown at police": stones and bottles thrown by hand (British and Irish usage)
THROWN = re.compile(r"\b(?:threw|thrown|throwing|hurled|hurling|lobbed|tossed)\b")
# a word for an explosive device: what a blast, a find or a disarming is of ("a device was found unexploded", "the
# first exploded" names none)
EXPLOSIVE_DEVICE = re.compile(
    r"\b(?:devices?|bombs?|explosives?|mines?|ieds?|grenades?|shells?|rockets?|charges?)\b", re.IGNORECASE
)
BOMB_USED = re.compile(
    r"\b(?:exploded|explodes|explosion|explosions|blast|blasts|went off|goes off|killed|killing|injured|injuring|"
    r"wounded|wounding|dead|died|hurled|threw|thrown|detonated (?:near|at|in|outside))\b"
)
GROUND_FIGHT = re.compile(
    r"\b(?:ambush\w*|firearms?|gunfire|gunfight|exchanged? (?:of )?fire|exchanges of fire|firefights?|gun ?battles?|"
    r"snipers?|sniped|small arms|machine ?guns?|rifle fire|rifles|automatic weapons|engaged"
    # "attacked their positions with home-made guns and a mortar": guns carried into the attack, a fight on the ground
    r"|with (?:[\w-]+ ){0,2}guns)\b"
)
BEATEN = re.compile(r"\b(?:beaten|beat|beating|clubbed|stoned)\b(?:\s+\w+){0,2}?\s+to death\b")


# a demonstration's grievance, and force used on its participants
TOPIC = re.compile(
    r"\b(?:demand\w*|against|over|amid|protest(?:s|ed|ing)?|condemn\w*|release of|in protest at)\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:arrest\w*|detain\w*|detention|harassment|attacks?|killing|murder|assault\w*|"
    r"custody|abduction|kidnap\w*|disappearance|torture|clash\w*|violence|loot\w*|insecurity|demolition|"
    r"destruction|burn\w*|vandal\w*|crime|theft|robbery|shooting|death)"
    # "marched after the deaths this week of two men shot by police": the deaths that moved the march, told before it
    r"|\b(?:after|following)\s+the\s+(?:[\w-]+\s+){0,2}?(?:deaths?|killings?)\s+(?:[\w-]+\s+){0,3}?of\b"
)
# "marched after the deaths of Alton Sterling, who was shot by police in Baton Rouge": a death a relative clause tells
# of the person the demonstration is about is its grievance, no force on it
RETOLD_DEATH = re.compile(
    r"\bwho\s+(?:was|were|had\s+been)\s+(?:shot|killed|beaten)(?:\s+dead|\s+to\s+death)?\b[^,;.]*"
)
LETHAL = re.compile(
    r"\b(?:shot|shot dead|killed|killing|died|death|deaths|dead|live fire|live bullets|live ammunition|opened fire|"
    r"open fire|opens fire|wounded|wounding|gunshot|gunshots|bullet wounds?|"
    # ("fired into them with automatic weapons", "fired on the crowd"; not "fired tear gas at them")
    r"fired (?:into|on|upon) (?:the |a )?(?:crowds?|them|demonstrators|protesters|marchers|people))\b"
)
FORCE_ON_DEMO = re.compile(r"\b(?:attack\w*|assault\w*|arrest\w*|detain\w*|clash\w*|disrupt\w*|obstruct\w*)\b")
# what makes a death word no force on protesters: the dead are mourned ("a silence in memory of those killed"), or
# died in an accident ("killed in a helicopter crash")
_MOURNED = re.compile(r"\b(?:memory|memorial|tribute|homage|condolences?|mourn\w*|remembrance|respect to)\b")

# "burned effigies of the president", "set fire to flags": what a crowd burns to say what it thinks is no damage done
# (ACLED codes such a crowd as a demonstration); the words go, as a grievance's do, before violence is looked for
SYMBOLIC_BURNING = re.compile(
    r"\b(?:burn\w*|torch\w*|set fire to|set alight|tore down|tearing down)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(map(re.escape, word_lists("event_frames.json").words("symbolic_objects")), key=len, reverse=True))
    + r")\b"
)


def lethal_here(sentence: str) -> bool:
    """A death or shooting told in the sentence (``LETHAL``), not of the mourned dead or of an accident."""
    accidents = casualty_lexicon()["accident_nouns"]
    for m in LETHAL.finditer(sentence):
        if _MOURNED.search(sentence, 0, m.start()):
            continue
        after = re.findall(r"[a-z]+", sentence[m.end() : m.end() + 40])
        if accidents & set(after):
            continue
        return True
    return False


EXCESSIVE = re.compile(
    r"\b(?:police|policemen|officers?|security (?:forces|personnel|officers)|soldiers|troops|army|askaris|gsu|rab|bgb)"
    r"\b[^.;]{0,50}?\b(?:shot|shoots?|shooting|killed|kills?|killing|open(?:ed)? fire|opens fire|"
    r"fired (?:without (?:warning|provocation) )?(?:live|at|on|bullets)|fired (?:[a-z]+ ){1,4}into (?!the air|the sky)|"
    r"live fire|live bullets|beat|beats|beaten|"
    r"clobber\w*|injur\w*|wound\w*|maim\w*|"
    r"hack\w*)\b"
    r"|\b(?:shot|killed|injured|wounded|beaten|shot dead)\b[^.;]{0,40}?\bby (?:the )?"
    r"(?:police|security|soldiers|army|officers)"
    r"|\b(?:protesters?|demonstrators?|protestors?|students?|mourners)\b[^.;]{0,25}?\b(?:shot|killed|shot dead)\b"
)


# what was taken or harmed: people, goods, animals
# the armed captors of hostages killed, shot or attacked ("killing three of its four hijackers"): forces that storm
# a hijacked plane fight its hijackers
CAPTORS_HIT = re.compile(
    r"\b(?:kill(?:ed|ing)|shot|shooting|attack(?:ed|ing)|overpower(?:ed|ing)|wound(?:ed|ing))\s+(?:[\w()/,-]+\s+){0,5}?"
    r"(?:hijackers|kidnappers|hostage[- ]takers|captors|abductors)\b",
    re.IGNORECASE,
)
HOSTAGE = re.compile(r"\b(?:took|take|takes|taking|taken|held|hold|holds|holding|seized)\b[^.;]{0,40}?\bhostages?\b")
PEOPLE_TAKEN = re.compile(
    r"\b(?:people|persons|civilians|hostages?|men|women|children|boys?|girls?|staff|workers?|teachers?|passengers?|"
    r"officials?|nurses?|traders?|herders?|him|her|them)\b"
)
PATIENT_HEAD = re.compile(r"\s(?:in|at|from|near|on|of|to|belonging|along|between|around|inside|outside)\s")
_TAKE_VERBS = (
    r"(?:seiz\w*|stole|stolen|steal\w*|took|taken|taking|carried off|carted off|made off with|rustl\w*|loot\w*)"
)
_HARM_WORD = r"\b(?:killed|killing|kills|shot|shot dead|slaughtered|poached|wounded|injured)\s+(?:[\w-]+\s+){0,2}?"


@cache
def goods_taken_pattern() -> re.Pattern[str]:
    goods = event_lexicon().context["seized_goods"].pattern
    return re.compile(r"\b" + _TAKE_VERBS + r"\s+(?:[\w'-]+\s+){0,4}?" + goods)


@cache
def animals_pattern() -> re.Pattern[str]:
    return re.compile(_HARM_WORD + event_lexicon().context["animals_harmed"].pattern)


# a place changing hands
PLACE = re.compile(
    r"\b(?:town|towns|village|villages|city|district|districts|area|areas|zone|region|territory|base|bases|camp|"
    r"camps|position|positions|stronghold|strongholds|hill|hills|airport|port|headquarters|outpost|post|posts|"
    r"station|barracks|neighbourhood|neighborhood|locality|county|province|island|bridge|border crossing|road|"
    r"highway|sector|quarter|suburb|building|buildings|offices|compound|mine|site)\b"
)
_ARMS = r"weapons?|arms|guns?|rifles?|firearms?|ammunition|rounds|explosives?|bombs?|grenades?|cache|caches"
SEIZED_ARMS = re.compile(rf"\b(?:{_ARMS})\b")
_SEIZED = re.compile(  # what a "capture" or "seizure" takes when it takes no place: people, arms, vehicles, herds
    rf"\b(?:{_ARMS}|people|persons|civilians|hostages?|men|women|children|boys?|girls?|staff|crew|workers?|tourists?|"
    r"passengers?|fighters?|militants?|rebels?|soldiers?|officers?|policem[ae]n|members?|suspects?|traders?|"
    r"herders?|officials?|leaders?|activists?|protesters?|demonstrators?|students?|pupils?|journalists?|reporters?|"
    r"villagers?|residents?|critics?|youths?|teachers?|farmers?|fishermen|worshippers|priests?|nuns?|pilots?|"
    r"drivers?|engineers?|doctors?|nurses?|foreigners?|nationals?|citizens?|businessm[ae]n|contractors?|"
    r"missionar(?:y|ies)|"
    r"vessel|ship|boat|vehicles?|trucks?|cattle|livestock|planes?|airliners?|aircraft|buses|bus|trains?|tankers?|"
    r"coach|coaches|minibus(?:es)?|ferry|ferries|lorry|lorries|"
    r"hijackers?|kidnappers?|gunm[ae]n|attackers?|assailants?|bandits?|insurgents?|smugglers?)\b"
)
_ARMED_FORCE = re.compile(r"\b(?:gunfire|used force|stormed|shelled|exchange of fire|fought|fighting)\b")
_NO_VIOLENCE = re.compile(
    r"\b(?:no (?:violence|clash\w*|fighting|resistance|casualties)|without (?:a |any )?(?:fight\w*|resistance|"
    r"violence|a shot|clash\w*)|unopposed|peaceful(?:ly)?|abandoned|deserted|vacated)\b"
)
_VIOLENCE = re.compile(
    r"\b(?:clash\w*|fight\w*|battle\w*|attack\w*|kill\w*|dead|died|wound\w*|injur\w*|shell\w*|fired|"
    r"offensive|assault\w*|ambush\w*|air ?strikes?|bomb\w*|gunfire|exchange of fire)\b"
)


def _named_non_state(low: str) -> bool:
    """The phrase names a catalogued armed group that is not a state's forces."""
    groups = actor_data()["groups"]
    found = (m.group(0) for m in _group_names().finditer(low))
    return any(groups[g][3] != 1 for g in found)


_STRUCTURES = word_lists("reportability.json").words("structure_nouns")


def _territory(patient: str) -> bool:
    """Does the phrase name a place of territory ("the army base", "the town"), not a building ("the studio of a
    radio station": its head, before "of", is a building)?"""
    head = patient.lower().split(" of ")[0]
    return bool(PLACE.search(patient)) and not any(w in _STRUCTURES for w in re.findall(r"[a-z]+", head))


# control regained with no territory named ("police regained control and arrested 13"), not "control of the town"
_BARE_CONTROL = re.compile(
    r"\b(?:regain|regained|regaining|regains|retook|retaken|restored|reasserted)\s+(?:full\s+)?control\b"
    r"(?!\s+(?:of|over)\b)"
)
_COUNT_ONLY = re.compile(
    r"(?:about |some |at least |more than )?(?:\d[\d,]*|dozens|hundreds|scores|several|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)"
)


def seized_not_place(patients: list[str]) -> bool:
    """Whether what was captured or seized is people or arms rather than a place."""
    lows = [p.lower() for p in patients]
    return bool(lows) and not any(PLACE.search(p) for p in lows) and any(_SEIZED.search(p) for p in lows)


def _national_forces(agent: str) -> bool:
    """ "Azerbaijani forces", "Russian forces": forces a country's adjective names are its state's."""
    words = agent.lower().split()
    return len(words) >= 2 and words[-1] in ("forces", "force") and words[-2] in country_words()


# what is taken when the state itself changes hands: power, the country, the government
POWER_TAKEN = re.compile(
    r"(?:(?:the\s+)?control\s+of\s+)?(?:power|the\s+(?:country|government|state|presidency|nation))"
)


def territory_change(
    kinds: set[str], scope: str, patients: list[str], agent: str | None, own: str | None
) -> str | None:
    """Control of a place changing hands: by the state (regains), by others (overtakes), or without a fight."""
    won = own in ("attack", "clash") and bool(event_lexicon().context["place_taken"].search(scope))
    if "regain" not in kinds and own != "overtake" and not won:
        return None  # "capture" and "seize" take a place only as the event's own verb, or as a fight's outcome
    if own != "regain" and not won and _BARE_CONTROL.search(scope) and not any(_territory(p) for p in patients):
        # "gunmen stormed the studio ... before police regained control": control of the scene the sentence told,
        # which names no place of territory
        return None
    if not won and seized_not_place(patients):
        return None  # "captured five fighters", "seized weapons": no territory changed hands
    if own == "overtake" and not patients and agent is not None and _COUNT_ONLY.fullmatch(agent.strip().lower()):
        return None  # "79 killed and 45 captured": people counted, no place taken
    if (
        own in ("overtake", "regain")
        and agent is None
        and patients
        and all(_COUNT_ONLY.fullmatch(p.strip().lower()) for p in patients)
    ):
        return None  # (the same, with the count read as who was captured; "two had been recaptured": escapees)
    if own == "overtake" and patients and all(POWER_TAKEN.fullmatch(p.strip().lower()) for p in patients):
        # "said it had taken control of the country after a day of street battles", "seized power": the state changed
        # hands, no place was won; the fighting before is an event of its own
        return "Non-violent transfer of territory"
    state = "regain" in kinds or (
        agent is not None
        and (bool(event_lexicon().context["state_forces"].search(agent.lower())) or _national_forces(agent))
        and not _named_non_state(agent.lower())  # "Arakan Army fighters" are no state's army
    )
    if not won and (  # a place taken in a fight is never a non-violent transfer
        (_NO_VIOLENCE.search(scope) and not _ARMED_FORCE.search(scope)) or (not state and not _VIOLENCE.search(scope))
    ):
        return "Non-violent transfer of territory"  # control acquired without a violent interaction
    return "Government regains territory" if state else "Non-state actor overtakes territory"
