"""Event location: of the places an article names, the one where a given event happened."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sitroom.extract._casualty_lexicon import is_person
from sitroom.extract.events import VIOLENT_KINDS
from sitroom.extract.lexicons import event_lexicon, word_lists
from sitroom.geo.names import fold, haversine_km
from sitroom.geo.relative import DISTANCE_BEARING
from sitroom.model import Frame, Location, Toponym, clauses_apart

__all__ = [
    "dateline_end",
    "focus_country",
    "locate_event",
    "locate_mentions",
    "not_the_place",
    "round_up_sections",
    "without_dateline",
]

_SPECIFICITY = {"point": 4.0, "admin2": 3.0, "admin1": 2.0, "region": 1.5, "country": 0.0}
PARAGRAPH_CHARS = 600
# a locative just before a name: the country or region is where the event was ("in northwest Pakistan", "on
# Congo's border"), not only whose it was ("Georgia's ruling party")
_WHERE_BEFORE = re.compile(r"\b(?:in|on|near|at|across|along|throughout|inside|into)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_THE_DIVISION = re.compile(r"\b(?:in|across|throughout)\s+the\s+(?:province|region|state)\b(?!\s+of\b)")
_THE_CITY = re.compile(r"\b[Tt]he (?:town|city)\b")
_THE_PLACE = re.compile(r"\b[Tt]he (?:town|city|village|capital|district|province|region|area|camp|base)\b")
# territories that are one city: their name is as precise as a town's (Hong Kong, Macau, Singapore, Monaco, the
# Vatican, Gibraltar)
CITY_STATES = frozenset({"HKG", "MAC", "SGP", "MCO", "VAT", "GIB"})
W_FOCUS = 1.5  # a place of the article's focus country over one of a neighbouring country
CONTAINER_KM = 100.0  # "X, Y" with X this far from Y: X was resolved to a namesake elsewhere, Y is the place
# what stands between a place and the place that contains it: "Eastleigh, Nairobi", "Kasarani area of Nairobi",
# "Kibundani in Msambweni", "Lafto sub-city of Addis Ababa"
_CONTAINER_GAP = re.compile(
    r"^\s*(?:,|\(|in|of|(?:area|district|neighbou?rhood|suburb|sub-city|section|part|estate|village|town|ward"
    r"|location|division|locality|township|quarter|outskirts)\s+of|,?\s*(?:in|near)|\(\s*near"
    # a site named by the place, then its town: "the Santa Cruz cemetery in Dili"
    r"|(?:cemetery|camp|church|mosque|market|school|college|university|square|stadium|prison|hospital)\s+in"
    r"|,\s*an?\s+(?:community|village|town|hamlet|settlement|locality)\s+(?:in|of|near)\s+(?:the\s+)?"
    r"(?:(?:municipality|district|county|province|department|commune|region)\s+of)?)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_REST_OF_NAME = re.compile(r"^(?:\s+[A-Z][\w'-]*){1,3}(?=\s)")  # "Lucky| Summer| neighbourhood of Nairobi"
_NAMED_AFTER = re.compile(
    # a road named after a place, and a mediation body, a peace process or a treaty named after the city where it
    # was founded or signed ("the OSCE Minsk Group", "the Oslo Accords", "the Astana process", "the Geneva
    # Conventions"): none is where the event was
    r"^\s+(?:road|street|highway|avenue|boulevard|group(?!\s+of\b)|process|format|protocols?|accords?|agreements?|"
    r"conventions?|declaration"
    # and a government named by its seat ("forces allied to the Tripoli government"): who, not where (not its
    # offices, "the Mandera county government headquarters", a site)
    r"|(?:government|administration|regime|authorities)"
    r"(?!\s+(?:headquarters|offices?|buildings?|house|compound|premises|complex)\b))\b",
    re.IGNORECASE,
)
_AT = re.compile(
    r"\b(?:(?:in|at|near|outside|inside|into|over)|"
    r"(?:strikes?|attacks?|raids?|assaults?|offensive|march|marches|shelling|bombing|bombardment|barrage)\s+on|"
    r"(?:residents|inhabitants|people|citizens|villagers)\s+of|"  # "residents of Khartoum reported clashes": there
    r"invad(?:ed|es|e|ing)|occup(?:ied|ies|y|ying)|(?:bomb(?:ed|s|ing)|shell(?:ed|s|ing))(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
_ADMIN_NAMED = re.compile(r"\s(?:region|province|oblast|governorate|prefecture)$", re.IGNORECASE)  # no namesake
_ITS_FORCES = re.compile(
    r"\s+(?:forces|troops|military|army|navy|air force|warplanes|jets|drones|destroyer|warship|officials"
    r"|authorities)\b",
    re.IGNORECASE,
)
_TAKEN_TO = re.compile(
    r"\b(?:taken|transferred|moved|flown|brought|rushed|driven|airlifted|evacuated"
    # "arrested the governor on Tuesday and flew him to La Paz": where the arrested were taken
    r"|(?:flew|took|drove|sent)\s+(?:him|her|them)(?:\s+\w+){0,2}?)\s+(?:overnight\s+|later\s+)?to\s+"
    r"(?:an?\s+|the\s+)?"
    r"(?:[\w'-]+\s+){0,4}?(?:in\s+)?$",
    re.IGNORECASE,
)
# "five of the injured had died in hospitals in Medellin": where the wounded died, later (not where they are treated:
# "treated in hospitals in Beslan", the scene's own town as often as not)
_DIED_IN_HOSPITAL = re.compile(
    r"\b(?:died|dying)\s+(?:later\s+|overnight\s+)?(?:in|at)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:hospitals?|clinics?)\s+in\s+$",
    re.IGNORECASE,
)
# "the medical examiner said, after autopsies in Rochester", "bodies taken to the morgue in": where the dead were
# examined afterwards
_EXAMINED_AT = re.compile(
    r"\b(?:autops(?:y|ies)|post-?mortems?(?:\s+examinations?)?|morgue|mortuary)\s+"
    r"(?:(?:was|were)\s+)?(?:(?:carried\s+out|performed|conducted|held)\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Lula, who was visiting the flood-hit city of Araraquara when the riot began": where a person was at the time
_WAS_VISITING = re.compile(
    r"\b(?:was|were)\s+visiting\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,4}?(?:of\s+)?$", re.IGNORECASE
)
# the rest of a site's compound name ("-Bari church"): a building named after more than the place (a road between
# two towns, "the Nairobi-Nyeri highway", names both)
_NAMED_SITE = re.compile(
    r"[-\u2011][A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:mosque|church|cathedral|temple|synagogue|shrine|school|"
    r"college|university|hospital|clinic|market|hotel|stadium)\b"
)
# "member of parliament for Enfield Southgate", "the senator for Queensland", "spokesman on Northern Ireland", "envoy
# to Sudan": the seat or the brief someone holds
_TITLE_OF = re.compile(
    r"\b(?:" + "|".join(word_lists("place_words.json").words("ruler_titles")) + r")\s+of\s+(?:the\s+)?$"
)
# "when he was governor of the southern region of Moquegua", "a former mayor of Lyon": where someone once held office
_PAST_OFFICE = re.compile(
    r"\b(?:was|were|had\s+been|former|ex-)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:"
    + "|".join(word_lists("place_words.json").words("held_offices"))
    + r")\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SEAT_OF = re.compile(
    r"\b(?:(?:member of parliament|mp|m\.p\.|mep|senator|congress(?:man|woman)|assemblyman|councill?or|deputy|"
    r"representative)\s+for|member\s+of\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:parliament|assembly|congress|house)\s+for|(?:spokes(?:man|woman|person)|minister|secretary)\s+(?:on|for)|(?:envoy|ambassador)\s+to)"
    r"\s+(?:[\w'-]+\s+){0,2}$"
    # a government told by its seat ("as the government in Kinshasa vowed to retake it"): whose, not where
    r"|\b(?:the|its|a)\s+(?:central\s+|national\s+|federal\s+)?(?:government|regime)\s+in\s+$",
    re.IGNORECASE,
)
_LOCAL_RULE = re.compile(r"^\s+(?:government|administration|authorities)\b", re.IGNORECASE)
_DIVISION_NAME = re.compile(r"\b(?:county|province|state|district|region|governorate)$", re.IGNORECASE)
# "two days after the fall of Bentiu": the place of the earlier event a time phrase counts from
_SINCE_EVENT_AT = re.compile(
    r"\b(?:after|before|since|following|until|by)\s+(?:the\s+)?(?:fall|capture|seizure|loss|recapture|liberation)\s+"
    r"of\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?$"
)
_TIME_FROM = re.compile(r"\b(?:after|before|since|following|until)\s+the\s+\Z")
# "a day before the assault on Saigon": a time counted from an event told with its place
_TIME_FROM_EVENT = re.compile(r"\b(?:after|before|since|following|until)\s+the\s+([a-z]+)\s+(?:on|in|at)\s+\Z")
_WORD = re.compile(r"[a-z]+")


def _names_event(after: str) -> bool:
    """Does the text after a name open with a noun of an event sitroom codes ("... attack on Tuesday")?"""
    word = _WORD.match(after.lstrip().lower())
    if word is None:
        return False
    lex = event_lexicon()
    kind = lex.lemma_kinds.get(word.group(0)) or lex.lemma_kinds.get(word.group(0).removesuffix("s"))
    return kind is not None and lex.kind_map[kind][0] == "acled"


# "in revenge for Uganda's role in the force in Mogadishu": what an act avenged or answered, not where it was done
_AVENGED = re.compile(
    r"\b(?:in\s+(?:revenge|retaliation|reprisal)\s+for|to\s+avenge|in\s+response\s+to)\b[^.;:!?]*$", re.IGNORECASE
)
# "Ovidio Guzman, 28, who is wanted in the United States", "a cleric who lives in exile in Turkey": where the person
# a relative clause describes stands or stood, not where the event was
_PERSON_WHERE = re.compile(
    r"\bwho\s+(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:wanted|born|based|exiled|jailed|imprisoned|"
    r"educated|raised|settled|living)(?:\s+in\s+exile)?|(?:now\s+)?(?:lives|lived|resides|resided)(?:\s+in\s+exile)?"
    # ("a 25-year-old Army reservist who had served in Afghanistan": a career's place)
    r"|(?:had\s+|has\s+|have\s+)?(?:once\s+|previously\s+|also\s+)?(?:served|worked|studied|trained|taught)"
    # ("Bishop Abel Muzorewa, who was prime minister in Salisbury until this month": an office's seat)
    r"|(?:is|was|had\s+been|has\s+been)\s+(?:the\s+|a\s+)?(?:prime\s+minister|president|premier|governor|mayor"
    r"|minister|ambassador|consul|envoy|bishop|archbishop))"
    r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a former police chief from Richmond, Indiana", "a student from Lahore": a person's home, told to say who they are
_PERSON_FROM = re.compile(
    r"\b(?:an?|one|another|the\s+former)\s+(?:[\w'-]+\s+){0,3}?([a-z]+)\s+from\s+(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?,\s+)?$"
)
# "James Alex Fields Jr, 20, of Maumee, Ohio", "a mechanic, 34, from Leeds": a person's age, then where they live
_AGED_OF = re.compile(r"\b[A-Za-z][\w.'-]*,\s+\d{1,2},\s+(?:of|from)\s+(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?,\s+)?$")
_TRAVELLED_FROM = re.compile(
    r"\b(?:travell?ing|heading|driving|flying|sailing|returning|coming|bound|on\s+its\s+way|on\s+their\s+way|sent|"
    r"dispatched|despatched|flown\s+in|rushed|brought\s+in|flights?(?:\s+\d+)?|en\s+route|set\s+out|sets\s+out"
    r"|setting\s+out|departed"
    # "three MPs who had come from London": people who came ("the highest share came from the District" is a count's)
    r"|(?:had|have|has|who)\s+(?:just\s+)?(?:come|came))"
    # "who had come by special trains from Maputo": the means of the journey between the verb and "from"
    r"(?:\s+by(?:\s+[a-z-]+){1,3}?)?"
    r"(?:\s*,\s*also)?"  # ("and United Airlines Flight 175, also from Boston")
    r"\s+(?:back\s+)?from\s+(?:the\s+)?"
    # "United Airlines Flight 93, bound from Newark to San Francisco": where the journey was to end, too
    r"(?:(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2}\s+to\s+(?:the\s+)?)?$"
    # "was steaming up-river to Nanking when guns opened fire on her": where the journey was to end
    r"|\b(?:steaming|sailing|travell?ing|flying|driving|heading|on\s+(?:its|her|his|their)\s+way)\s+"
    r"(?:(?:up|down)-?river\s+|upstream\s+|downstream\s+|back\s+)?to\s+(?:the\s+)?$"
    # "advanced up the Mekong from his stronghold at Savannakhet": the base a force set out from
    r"|\b(?:advanc(?:ed|ing)|marched|marching|moved|moving|pushed|pushing|came|coming|set\s+out)\b[^.;,]{0,40}?"
    r"\bfrom\s+(?:his|her|its|their)\s+(?:[\w-]+\s+)?(?:stronghold|base|headquarters|home|camp)\s+(?:at|in)\s+$"
    # "thousands of residents fled across the Mekong into Thailand": where they fled to
    r"|\b(?:fled|fleeing|escaped|escaping)\s+(?:across\s+[^,.;]{1,30}?\s+|over\s+the\s+border\s+)?(?:into|to)\s+"
    r"(?:the\s+|neighbouring\s+|neighboring\s+)?$"
    # "flying from New York to Seoul by way of Anchorage": a stop on the way
    r"|\b(?:flying|travell?ing|sailing|driving|bound|en\s+route)\s+from\s+[^.;]{1,60}?\s+(?:by\s+way\s+of|via)\s+$"
    # "brought in reinforcements from Salalah", "sent troops from the capital": where the help came from
    r"|\b(?:brought|flew|flown|sent|rushed|moved|airlifted)\s+(?:in\s+)?(?:(?:fresh|more|extra|army|police)\s+)?"
    r"(?:reinforcements|troops|soldiers|police|policemen|units|forces|men)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "drew criticism from Britain", "protests from Beijing": whose words they were, not where anything happened
_REPROACH_FROM = re.compile(
    r"\b(?:criticism|condemnation|protests?|complaints?|objections?|rebukes?|reproaches|outrage|anger)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "the Kenwood Manor district of Nairobi": a capitalised word of the same name right before the toponym, and the city
# the district lies in told after it
_DISTRICT_WORDS = r"(?:district|suburb|township|quarter|neighbou?rhood|area|section)"
_DISTRICT_NOUNS = _DISTRICT_WORDS + r"\s+of\s+(?-i:[A-Z])"
_DISTRICT_OF = re.compile(r"\s+" + _DISTRICT_NOUNS, re.IGNORECASE)
_NAME_THEN_DISTRICT_OF = re.compile(r"\s+(?-i:[A-Z][\w'-]*)\s+" + _DISTRICT_NOUNS, re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "this village west of Montreal": the reporter's own town, placed by its bearing from another (not "Eker, a village
# south of Sitra", a village the gazetteer may lack, whose nearest named town is that one)
_TOWN_OFF = re.compile(
    r"\bthis\s+(?:[\w-]+\s+)?(?:village|town|hamlet|settlement|suburb|township)\s*,?\s+"
    # ("this hill village about 10 km south-east of Tyre", "this village, about 65 miles south-east of X")
    r"(?:" + DISTANCE_BEARING + r"|(?:(?:just|some|about|far)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
# "from Maputo and ", "from Aden, Mukalla and ": the names listed before a place, all in the same role
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}(?:,\s+|\s+and\s+|\s+or\s+|,\s+and\s+))+$")
# "The New China News Agency, in a report from Peking, said": where a report was filed, not where its story was
_FILED_FROM = re.compile(
    r"\b(?:report|reports|dispatch|dispatches|broadcast|statement|despatch)\s+(?:\w+\s+)?from\s+(?:the\s+)?$"
    # "an army communique issued in Havana said": where a statement was issued
    r"|\b(?:communiqu[eé]s?|statements?|bulletins?|reports?|leaflets?|posters?)\s+(?:issued|released|published|broadcast"
    r"|read|posted|put\s+up|distributed)\s+(?:on\s+walls\s+)?in\s+$",
    re.IGNORECASE,
)
# "called on the Chinese to leave Tibet", "urged the troops to withdraw from Gaza": the place a demand is about
_DEMANDED_FROM = re.compile(
    r"\b(?:call(?:ed|ing)?\s+on|urg(?:ed|ing|e)|demand(?:ed|ing)?|ask(?:ed|ing)?)\b[^.;]{0,60}?\bto\s+"
    r"(?:leave|quit|withdraw\s+from|pull\s+out\s+of|get\s+out\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "was abroad on his way to Hanoi": where someone was going, not where they were (a lorry "headed for Kisii" that
# came under fire may be the only place a note gives)
_BOUND_FOR = re.compile(
    r"\b(?:on\s+(?:his|her|their|its)\s+way)\s+(?:back\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "troopers blocked the highway to Montgomery", "setting out on the 50-mile walk to Montgomery": a road named by where
# it leads, a journey of miles by where it ends; "the boats had headed for the island of Jolo": where they went after
# (not "headed for a rally in Kerben": where the rally was). Such a town places no event when the text names another
# place: a short note's "on the road to Garissa", "a lorry headed for Kisii" is all it says of where it was
_HEADED_TO = re.compile(
    r"\b(?:road|highway|motorway|route|(?:[\w-]+-(?:mile|kilometre|kilometer|km)\s+)(?:walk|march|trek|journey))"
    r"\s+(?:from\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+)?to\s+(?:the\s+)?$"
    r"|\b(?:head(?:ed|ing|s)?|bound|making)\s+for\s+(?:the\s+)?(?:(?!in\b|at\b|near\b)[\w-]+\s+){0,3}?"
    r"(?:(?:island|town|city|port|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "the Pentagon said", "Moscow has denied": a name that speaks is a government or an office, not where the act was
# ("Tehran gave a very different account": the government that tells its version)
_SPEAKS = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:said|says|announced|reported|claimed|denied|confirmed|told"
    r"|(?:gave|given|gives|offered)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}(?:account|version))\b",
    re.IGNORECASE,
)
# "travellers reaching West Berlin said", "refugees arriving in Thailand told": where the tellers came to
_REACHING = re.compile(
    r"\b(?:reaching|reached|arriving\s+(?:in|at)|arrived\s+(?:in|at)|fled\s+to|fleeing\s+to|escaped\s+to|"
    r"crossing\s+into|crossed\s+into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a leader in Djugu said", "the health ministry in Hamas-run Gaza says": where the speaker is
_OF_SPEAKER = re.compile(r"\b(?:in|at|from|of|near|for)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
_ACT_NAMED = re.compile(
    r"\b(?:strikes?|attacks?|bomb\w*|shell\w*|raids?|kill\w*|ambush\w*|assault\w*|massacre\w*|shot|shooting|fired)\b",
    re.IGNORECASE,
)
# "after talks in Moscow", "at a summit in Tashkent": where the sides met, which places no later act the text tells
# without a place of its own
_VENUE = re.compile(
    r"\b(?:talks|negotiations|summit|meeting|conference|consultations|mediation)\s+(?:[\w'-]+\s+){0,2}?(?:in|at)\s+$",
    re.IGNORECASE,
)
# "recalled its ambassador from Bogota": where a state's envoy serves (not "a bomb at the embassy in Nairobi")
_ENVOY_AT = re.compile(
    r"\b(?:ambassadors?|envoys?|charg[eé] d'affaires)\s+(?:\w+\s+){0,2}?(?:from|in|to)\s+$",
    re.IGNORECASE,
)
# the grievance a demonstration's purpose clause names, up to the place ("to protest against the army's role in ...")
_GRIEVANCE = re.compile(r"\b(?:to\s+protest|in\s+protest)\s+(?:against|over|at)\b[^.;!?]*$", re.IGNORECASE)
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_LABEL = re.compile(r"\blocations?\s*:[^.:]{0,60}$", re.IGNORECASE)  # a coder's "LOCATION: X" line


_DATELINE_COUNTRY = 10.0  # the weight of a country a dateline names, against one for each place the text names


def focus_country(toponyms: list[Toponym], text: str | None = None) -> str | None:
    """The country the article is mostly about: the most frequent country of its toponyms (demonyms count half).
    With ``text``, a name told as a place ("in X", "invaded X") counts twice and one that is no place of the story
    (``not_the_place``: "the Pentagon said", "U.S. forces") half: the country where things happened, not the one
    whose forces and offices the story names most."""
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    filed = dateline_end(text) if text is not None else 0
    for t in toponyms:
        if not t.country:
            continue
        weight = 0.5 if t.feature == "demonym" else 1.0
        if text is not None and t.feature == "demonym" and _FORCE_AFTER.match(text, t.end):
            weight = 0.25  # "Israeli armour crossed the river": whose forces act, not where the story happens
        if text is not None and t.feature != "demonym":
            weight = 0.5 if not_the_place(t, text) or _as_adjective(t, text) or _speaks_for(t, text) else 1.0
        if t.start < filed and t.feature == "country":
            weight = _DATELINE_COUNTRY  # "KINGSTON, Jamaica, May 27 -": the wire names the story's country

        counts[t.country] = counts.get(t.country, 0.0) + weight
        first.setdefault(t.country, t.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


# "Israeli armour", "the Jordanian army spokesman", "Israeli heavy tanks": a demonym before a word for armed forces
_FORCE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(word_lists("place_words.json").words("force_nouns"))) + r")\b"
)


# "the United States should not have carried out a strike", "as the United States begins to withdraw": a state
# that acts, not a place where anything happens
_ACTS = re.compile(
    r"\s+(?:should|would|will|could|must|might|begins|began|vowed|vows|wants|wanted|agreed|agrees|invited|offered)\b"
)
# "the prime minister fled to South Africa", "troops from South Africa and Botswana were sent in": where someone went
# or came from, not where the story happens
_WENT_OR_CAME = re.compile(
    r"\b(?:fled|flew|escaped|went|returned|travell?ed)\s+(?:back\s+)?to\s+$|\b(?:troops|soldiers|forces|police)\s+from\s+$",
    re.IGNORECASE,
)
# "Moscow and Kyiv signed a deal", "Beijing has warned": a capital that acts as its government
_GOVERNS = re.compile(
    r"(?:\s+and\s+[A-Z][\w'-]+)?\s+(?:(?:has|had|have)\s+)?(?:signed|agreed|accused|warned|urged|demanded"
    r"|rejected|accepted|condemned)\b"
)
# "South Africa's foreign ministry said": the state's office that tells it
_ITS_OFFICE = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|spokes(?:man|woman|person)|officials?)\b"
)
_SPOKESMAN = re.compile(r"\s+(?:spokes(?:man|woman|person)|officials?)\b")


def _speaks_for(t: Toponym, text: str) -> bool:
    """ "The United States said", "the United States should not have carried out a strike": a state that tells or
    acts, named as its government, or where someone fled or troops came from, not where anything happened (half a
    place, for the article's country)."""
    if t.feature != "country":
        return False
    if _WENT_OR_CAME.search(text, max(0, t.start - 30), t.start) or _ITS_OFFICE.match(text, t.end):
        return True
    if _VENUE.search(text, max(0, t.start - 60), t.start):
        return True  # "talks in Pretoria": where the sides met
    return (_SPEAKS.match(text, t.end) or _ACTS.match(text, t.end)) is not None


def _as_adjective(t: Toponym, text: str) -> bool:
    """ "a U.S. police adviser", "the U.S. State Department": a country named as whose someone or something is, like
    a demonym, not as a place (a city-state's name, "Hong Kong police", is also its city's)."""
    return t.feature == "country" and t.modifier and t.country not in CITY_STATES and not _placed_at(text, t.start)


_SETTLEMENTS = word_lists("place_words.json").words("settlement_nouns")
_SETTLEMENT_AT = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+the\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(sorted(_SETTLEMENTS)) + r")\s+of\s+$"
    # "in the Kenwood Manor district of Nairobi": a district named by its own name, then the city it is in
    r"|\b(?:in|at|near|outside|inside)\s+the\s+(?:(?-i:[A-Z])[\w'-]*\s+){1,3}" + _DISTRICT_WORDS + r"\s+of\s+$"
)


def _settlement_at(t: Toponym, text: str) -> bool:
    """ "in the southern suburb of Leganes", "near the town of Goris": a town named as where things are (or a camp
    named by its town: "in the Khan Younis refugee camp")."""
    return _SETTLEMENT_AT.search(text, max(0, t.start - 60), t.start) is not None or (
        _IN_THE.search(text, max(0, t.start - 12), t.start) is not None and _CAMP_AFTER.match(text, t.end) is not None
    )


_BESIDE = re.compile(r"\b(?:outside|near|of|from|beyond|around)\s+$", re.IGNORECASE)
_THIS_TOWN = re.compile(
    r"\b(?:this\s+(?:[\w-]+\s+){0,2}?|the\s+)(?:town|village|city|port|capital)\b|\bhere\b", re.IGNORECASE
)  # ("stormed this farming town on the outskirts of Mexico City")


def _files_from(t: Toponym, text: str) -> bool:
    """Is ``t`` the town of the dateline that opens the article or one of its paragraphs?"""
    if t.start != 0 and text[max(0, t.start - 2) : t.start] != "\n\n":
        return False
    return dateline_end(text[t.start : t.start + 80]) >= t.end - t.start


_IN_THE = re.compile(r"\b(?:in|at|near|outside)\s+the\s+$", re.IGNORECASE)
_CAMP_AFTER = re.compile(r"\s+(?:refugee\s+)?camp\b")


def _modifies_trigger(t: Toponym, trigger_start: int | None, text: str | None) -> bool:
    """Is ``t`` a modifier of the trigger's own noun phrase ("the Benghazi attack", "the Tuzla shelling")?"""
    if trigger_start is None or text is None or not 0 <= trigger_start - t.end <= 24:
        return False
    return re.fullmatch(r"(?:'s)?(?:\s+[\w-]+)?\s+", text[t.end : trigger_start]) is not None


def _told_abroad_here(t: Toponym, text: str) -> bool:
    """A town across the border that a section's sentence tells as where things are ("BASRA, Iraq - ... Iraqi
    artillery hit the oil refinery at Abadan", "around the Iranian border town of Qasr-e Shirin"): a war's round-up
    files from one side of the front and reports the other."""
    return (
        t.precision == "point"
        and t.score >= 0.5
        and (_placed_at(text, t.start) or _TOWN_OF.search(text, max(0, t.start - 60), t.start) is not None)
    )


def _struck_abroad(m: Frame, t: Toponym, line: Toponym, text: str) -> bool:
    """A place across the border that a section's air or missile strike hit ("RIYADH - ... waves of bombers struck
    Baghdad", "Allied planes also struck supply depots in occupied Kuwait"): a headquarters files the strikes its
    planes fly elsewhere, down to a country's precision."""
    if m.etype.acled_type != "Explosions/Remote violence" or t.country == line.country or t.lat is None:
        return False
    return _placed_at(text, t.start) or _STRUCK.search(text, max(0, t.start - 24), t.start) is not None


_STRUCK = re.compile(r"\b(?:struck|strikes?|striking|hit|hits|hitting|pounded|pounding|raided)\s+(?:the\s+)?$")


# "around the Iranian border town of Qasr-e Shirin", "on the outskirts of the Iranian port of Khorramshahr"
_TOWN_OF = re.compile(
    r"\b(?:in|at|near|outside|inside|around|of)\s+the\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:towns?|city|cities|ports?|villages?|suburbs?|districts?|outskirts)\s+of\s+$",
    re.IGNORECASE,
)


_RELATIVE_OPENER = re.compile(r",\s+(?:whose|who|which)\b", re.IGNORECASE)


def _in_relative_aside(t: Toponym, text: str, sent_start: int, trigger_start: int) -> bool:
    """Is ``t`` inside a relative clause set off by commas (", whose supporters bore the brunt of the violence in Port
    Said,") that closes before the trigger? ("where" clauses place what they tell, and are left alone.)"""
    opener = None
    for m in _RELATIVE_OPENER.finditer(text, sent_start, t.start):
        opener = m
    if opener is None:
        return False
    close = text.find(",", t.end, trigger_start)
    return close != -1 and "." not in text[opener.end() : close] and opener.start() < t.start < close < trigger_start


# "after the deaths of Alton Sterling, who was shot by police in Baton Rouge, Louisiana, on Tuesday, and ...": a person
# the sentence names, and where that person was shot or taken, up to the clause's end
_HARMED_WHO = re.compile(
    r"\bwho\s+(?:was|were|had\s+been)\s+(?:shot|killed|beaten|stabbed|arrested|detained|abducted|kidnapped)\b"
    r"[^;.]*?(?=,\s+(?:and|but|while|as)\b|[;.]|$)",
    re.IGNORECASE,
)


_WHO_NEXT = re.compile(r",\s+who\b")
_LONGER_NAME = re.compile(r" (?-i:[A-Z])[a-z]+\b(?! (?:City|Town|Province|District|Region|State)\b)")
_ON_ROUTE = re.compile(
    r"\b(?:which|that)\s+(?:carries|carried|runs|ran|links|linked|connects|connected|stretches|transports|pumps)\b"
    r"[^.;]{0,90}?\b(?:from|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$",
    re.IGNORECASE,
)


def _in_harmed_who(t: Toponym, text: str, trigger_start: int) -> bool:
    """Is ``t`` inside a relative clause that tells how a person the text names was shot, killed or taken ("the
    march, which set out after the deaths of Alton Sterling, who was shot by police in Baton Rouge"), with the trigger
    outside it? That place is the person's story, told to say why, not the scene of the act (nor of the next
    sentence's, which names none)."""
    for m in _HARMED_WHO.finditer(text, _sentence_start(text, t.start), t.start + 1):
        if m.start() <= t.start < m.end() and not m.start() <= trigger_start < m.end():
            return True
    return False


def _specific(t: Toponym) -> bool:
    # a continent or a union of states ("a European Union flag", "Europe") is less specific than a country
    return _SPECIFICITY.get(t.precision, 0) > 0 and t.feature != "continent"


def locate_event(
    toponyms: list[Toponym],
    sent_start: int,
    sent_end: int,
    trigger_start: int | None,
    focus_country: str | None,
    text: str | None = None,
    also_named: list[str] | None = None,
    home: frozenset[str] = frozenset(),
    dateline: Toponym | None = None,
) -> Location | None:
    """The place where the event in [sent_start, sent_end) happened, with a fallback to the article's focus.

    Among the places of the event sentence, the most specific one that the syntax marks as a location ("in X",
    "near X") and nearest the trigger wins, places of the focus country before others. A sentence that names
    only a country (or a place it is headed for) gives way to a specific place of the article in that country.
    Without a place in the sentence: a coder's "Location:" line, the nearby text (the paragraph), then the
    article's most named specific place, then its focus country. With ``text``, a place named inside another
    ("X, Y", "X area of Y") that lies far from it was a namesake elsewhere, and the container stands in for it.
    ``also_named``: names the article gives elsewhere (its dateline), counted as one more mention each.
    ``home``: the countries of the dateline, whose places are no namesakes abroad ("ABUJA/NIAMEY - ... In Niamey").
    ``dateline``: the dateline's city: a sentence that names no place before the text has named any other one tells
    of the city the reporter files from ("TBILISI - ... Tens of thousands rallied outside parliament").
    """
    placed = [t for t in toponyms if t.lat is not None and t.feature != "demonym"]
    placed = [
        replace(t, precision="point") if t.country in CITY_STATES and t.feature == "country" else t for t in placed
    ]
    if text is not None:
        placed = [t for t in placed if not not_the_place(t, text)]
        # "captured Ghazni, on the main highway about 150 km south-west of Kabul": the place a distance is measured
        # from only says where the place named before it lies
        placed = [t for t in placed if not _measured_from(t, placed, text)]
        placed = [t for t in placed if not _city_around(t, placed, text)]
        placed = [t for t in placed if not _possessor(t, placed, text)]
        placed = [t for t in placed if not _owner_elsewhere(t, placed, text)]
        # "the Ocensa pipeline, which carries crude from the Cusiana fields to the Caribbean port of Covenas": the ends
        # of a route the text describes, not where anything happened
        placed = [t for t in placed if not _ON_ROUTE.search(text, max(0, t.start - 120), t.start)]
        headed = [t for t in placed if _HEADED_TO.search(text, max(0, t.start - 60), t.start)]
        if any(_specific(o) and o.name not in {h.name for h in headed} for o in placed):
            placed = [t for t in placed if t not in headed]
        if dateline is not None:
            # "MOSCOW - ... Kazakh students in Moscow said the real number of dead was far higher": those who tell
            # the story in the town it was filed from are not where it happened
            placed = [
                t
                for t in placed
                if not (t.start > dateline.end and t.name == dateline.name and _SPEAKS.match(text, t.end))
            ]
    if text is not None and dateline is not None:
        placed = [_part_of_the_city(t, dateline, text) for t in placed]
    if not placed:
        # "ASUNCION - ... gunmen shot dead a senator in the capital": a story whose other
        # names are no places happened where it was filed
        return dateline.to_location() if dateline is not None else None
    if text is not None:
        placed = _contained(placed, text)
        placed = [_as_division(t, placed, text) for t in placed]
    everywhere = placed  # (before the places abroad give way to the article's country's)
    in_focus = [t for t in placed if t.country == focus_country] if focus_country else []
    if any(_specific(t) for t in in_focus):
        # a namesake abroad ("Mirpur", "Gaza") gives way to the places of the article's country, unless the
        # event's sentence names that other country too ("the Israeli military ... the city of Eilat") or calls it a
        # region ("over the Belgorod region"), or it is a country's capital named as a place ("a drone strike in
        # Beirut"; not "cut ties with Moscow", where the capital stands for its government)
        abroad = _named_abroad(toponyms, sent_start, sent_end, focus_country)
        if text is not None:
            # "... rescued by Pakistani troops. In Rawalpindi, a crowd set fire to ...": a country its paragraph names
            # is one the sentence may be told in
            lo = text.rfind("\n", 0, sent_start) + 1
            hi = text.find("\n", sent_start)
            abroad |= _named_abroad(toponyms, lo, hi if hi >= 0 else len(text), focus_country)
        # "the coalition fighting in Yemen said an air strike hit a bus" in an article that names Saudi places
        # most: the country the sentence places its event in keeps its towns that the article names elsewhere
        there = {
            t.country
            for t in toponyms
            if sent_start <= t.start < sent_end and t.feature == "country" and _placed_at(text, t.start)
        }
        placed = [
            t
            for t in placed
            if t.country == focus_country
            or t.country in home
            or t.country in there
            or (sent_start <= t.start < sent_end and _named_as_abroad(t, abroad, text))
            or (text is not None and _fronted_place(t, sent_start, text))
        ]
    mentions = Counter(t.name for t in placed)
    for name in also_named or ():
        if name in mentions:
            mentions[name] += 1
    if text is not None and trigger_start is not None:
        # ("the deaths this week of Alton Sterling, who was shot by police": a name read only weakly as a place,
        # that "who" takes up, is a person's)
        placed = [t for t in placed if not (t.score < 0.5 and _WHO_NEXT.match(text, t.end))]
        if not placed:
            return dateline.to_location() if dateline is not None else None
    # a continent or a union of states ("hung a European Union flag") places no event that the article places
    in_sent = [t for t in placed if sent_start <= t.start < sent_end and t.feature != "continent"]
    if text is not None and trigger_start is not None:
        # "The protesters, whose supporters bore the brunt of the violence in Port Said, threw stones at police": a
        # place in a relative clause set off by commas describes who they are, not where the act was
        # (when the sentence names another place: "who had run the Tver region for ten years" alone still tells where)
        in_sent = [t for t in in_sent if not _in_relative_aside(t, text, sent_start, trigger_start)] or in_sent
    if text is not None and all(_as_adjective(t, text) for t in in_sent):
        # "Gunmen kidnapped a U.S. police adviser ..., the U.S. Embassy said": a sentence whose only names are
        # countries told as whose someone or something is names no place
        in_sent = []
    filed = [t for t in in_sent if _files_from(t, text)] if text is not None else []
    this_town = _THIS_TOWN.search(text, sent_start, sent_end) if text is not None else None
    if (
        text is not None
        and this_town is not None
        and this_town.group(0).lower().startswith("this")
        and not _BESIDE.search(text, max(0, this_town.start() - 12), this_town.start())
        and trigger_start is not None
        and 0 <= this_town.start() - trigger_start <= 40  # (what the trigger's act was done to or in)
    ):
        # "SAN SALVADOR ATENCO - Thousands of police stormed this farming town on the outskirts of Mexico City": the
        # town the reporter files from, the section's or the article's (not "just outside this town")
        files = [t for t in placed if t.start <= sent_start and _files_from(t, text) and t.precision == "point"]
        if files:
            return max(files, key=lambda t: t.start).to_location()
        if dateline is not None and dateline.precision == "point":
            return dateline.to_location()
    if text is not None and filed and this_town is None:
        # "GAZA CITY - Hundreds of youths stoned army patrols ... in the Khan Younis refugee camp": a section's
        # dateline says where the story is filed from; the towns the sentence names as where things are place its
        # events (not "at Narrow Water, on the shore of the Newry river just outside this town")
        told = [t for t in in_sent if t not in filed and (t.score >= 0.8 or _settlement_at(t, text))]
        in_sent = told or in_sent
    labelled = _labelled(placed, text) if text is not None else []
    placed_at: list[Toponym] = []
    capital = _the_capital(placed, dateline, focus_country, text, sent_start, sent_end, everywhere)
    if capital is not None:
        # "was shot dead as he left work in the capital", in a story of Colombia: Bogota, named or the dateline's
        return capital.to_location()
    if in_sent:
        # "militants wanted for last month's Madrid train bombings blew themselves up ... in the suburb of
        # Leganes": a town the sentence names as where things are before one it names as a modifier, however often
        # the article names that one
        placed_at = [
            t
            for t in in_sent
            if t.precision == "point" and (t.score >= 0.8 or (text is not None and _settlement_at(t, text)))
        ]
        if placed_at:
            # (not "the Benghazi attack", the trigger's own modifier)
            in_sent = [
                t for t in in_sent if t.score >= 0.5 or t in placed_at or _modifies_trigger(t, trigger_start, text)
            ]
        best = _best(in_sent, mentions, trigger_start, focus_country)
        if best.precision == "country" and text is not None and not _told_as_place(text, best):
            # "United States Marines invaded Grenada": of the countries a sentence names, the one it tells as the
            # place ("invaded Grenada", "in Chile") before the article's main country named as a party
            told_at = [t for t in in_sent if t.precision == "country" and _told_as_place(text, t)]
            if told_at:
                best = _best(told_at, mentions, trigger_start, focus_country)
        if (best.score >= 1.0 and _specific(best)) or best in placed_at:
            return best.to_location()
        if labelled and not (sent_start <= labelled[0].start < sent_end):
            return _best(labelled, mentions, labelled[0].start, focus_country).to_location()
        if _specific(best) and best.score >= 0.5:
            return best.to_location()
        # (a state named only inside a school's or a body's name, "South Carolina State College", is no place
        # either)
        named_in = best.modifier and best.precision == "admin1" and best.score < 0.5
        # (nor a town's name that begins a longer name, "the president's office on the seafront at Galle Face", in a
        # story filed from Colombo: a site of the dateline's town named after another)
        # (not "Garissa University College": a site in the town it is named after)
        longer = (
            best.modifier
            and best.score < 0.5
            and text is not None
            and _LONGER_NAME.match(text, best.end)
            and not any(r.match(text, best.end) for r in (_SITE_AFTER, _STRUCTURE, _BUSINESS, _WATER))
        )
        if (
            dateline is not None
            and dateline.country == best.country
            and (not _specific(best) or (named_in and dateline.admin1 == best.admin1) or bool(longer))
            and not (
                not (named_in or longer)
                and text is not None
                and _WHERE_BEFORE.search(text, sent_start, best.start)
                and not _owns_a_site(best, text)
            )
            and not _told_elsewhere(placed, sent_start, dateline, text)
        ):
            return (
                dateline.to_location()
            )  # "TBILISI - Georgia's ruling party said ...": the story opens where it is filed
        # "Police arrest suspects travelling to Somalia": the country names where they headed, not the event place
        same = [t for t in placed if _specific(t) and t.country == best.country and t.country]
        if best.precision == "admin1":
            # "in Nigeria's Kaduna state": a town of the article inside that state, not one of another state
            same = [t for t in same if best.name in (t.admin1, t.name) or (best.admin1 and t.admin1 == best.admin1)]
        told_there = best.precision == "country" and text is not None and _told_as_place(text, best)
        if not same and focus_country and best.score < 1.0 and not told_there:
            # (not "invaded Panama" or "in Chile" when the article names no town there: that country, not one of
            # the article's main country, which the sentence does not name as the place)
            same = [t for t in placed if _specific(t) and t.country == focus_country]
        site = _site_named_before(placed, sent_start, sent_end, text) if text is not None else None
        if site is not None and not _specific(best):
            # "... supplied by the United States at the port": the port the text named, not a country a party is of
            return site.to_location()
        if same and (not _specific(best) or best.score < 0.5):
            near = [
                t
                for t in same
                if sent_start - PARAGRAPH_CHARS <= t.start < sent_end + PARAGRAPH_CHARS // 3
                and not (t.start >= sent_end and text is not None and _opens_scene(text, t))
            ]
            alt = _best(near or same, mentions, sent_start, focus_country)
            if _specific(alt) and (not _specific(best) or alt.score > best.score):
                return alt.to_location()
        return best.to_location()
    if labelled:
        return _best(labelled, mentions, labelled[0].start, focus_country).to_location()
    if dateline is not None and not _told_elsewhere(placed, sent_start, dateline, text):
        return dateline.to_location()
    if text is not None:
        placed = [t for t in placed if not _VENUE.search(text, max(0, t.start - 60), t.start)] or placed
    if text is not None and _THE_DIVISION.search(text, sent_start, sent_end):
        # "declared martial law in the province": the province the text named last, however long ago
        divisions = [t for t in placed if t.precision == "admin1" and t.start < sent_start]
        if divisions:
            return divisions[-1].to_location()
    site = _site_named_before(placed, sent_start, sent_end, text) if text is not None else None
    if site is not None:
        # "detained more than 400 people in and around the square" after "a rally in Istanbul's Taksim Square":
        # the site the text named before, in its town
        return site.to_location()

    def main_key(t: Toponym) -> tuple[bool, int, float, bool, float]:
        # (of two places named as often, the dateline's: "SAIGON - ... in Hue and other cities" is Saigon's story)
        dated = t.name in (also_named or ())
        return (t.country == focus_country, mentions[t.name], _SPECIFICITY.get(t.precision, 0), dated, t.score)

    near = [t for t in placed if sent_start - PARAGRAPH_CHARS <= t.start < sent_end + PARAGRAPH_CHARS // 3]
    if text is not None:
        # (not a town named after the sentence in the next paragraph: "Smaller rallies were held in George Town",
        # after "Police said several hundred people had been detained")
        # (a sentence keeps the line break that ends its paragraph)
        near = [t for t in near if t.start < sent_end or "\n\n" not in text[max(sent_start, sent_end - 4) : t.start]]
        # (nor one that opens a scene of its own after it: "... rallied outside the White House. In Leningrad, about
        # 200,000 people filled Palace Square")
        near = [t for t in near if t.start < sent_end or not _opens_scene(text, t)]
    told = [t for t in placed if _specific(t) and t.start < sent_start]
    if near and told:
        # the article's main place so far (the one it names most) stands beside the places named nearby: "The end came
        # when two explosions shook the gym", after a paragraph of background that named another town, is told in the
        # town of the siege the article is about; the nearer place wins only as the likelier (``_best``)
        main = max(told, key=main_key)
        if all(t.name != main.name for t in near):
            near.append(main)
    pool = [t for t in near if _specific(t)]
    if pool and text is not None and _THE_PLACE.search(text, sent_start, sent_end):
        # "withdrawn from the town": a settlement named by a definite noun is one the text has named before
        # (not a town the sentence names as another place: "flown in from Cairo had regained control of the city")
        other = {t.name for t in toponyms if sent_start <= t.start < sent_end}
        pool = (
            [t for t in pool if t.start < sent_start and t.name not in other]
            or [t for t in pool if t.start < sent_start]
            or pool
        )
        # "Shooting went on in several parts of the city", after "Large marches were also reported in Mandalay" in
        # a story of Rangoon: the city is the story's, the one the text names most, when it names it most by far
        named = sorted({t.name for t in pool}, key=lambda n: -mentions[n])
        city = _THE_CITY.search(text, sent_start, sent_end) is not None  # (not "the capital": the country's)
        if city and len(named) > 1 and mentions[named[0]] >= mentions[named[1]] + 2:
            pool = [t for t in pool if t.name == named[0]]
    home_city = _home_city(dateline, focus_country)
    if pool and all(t.country != focus_country for t in pool) and home_city is not None:
        # a town abroad the text named on the way ("landed in Montevideo, where they asked for asylum") does not
        # place the next paragraph of a story filed from the city of its country ("set fire to eight churches in
        # the city centre", "turned the procession into a march to Congress"): that city does
        pool = [home_city]
    if pool:
        found = _town_in(_best(pool, mentions, sent_start, focus_country), placed, main_key, text)
        return _dateline_town_in(found, dateline).to_location()
    pool = [t for t in placed if _specific(t)]
    if pool and all(t.country != focus_country for t in pool) and home_city is not None:
        return home_city.to_location()  # (as above)
    if pool:
        # nothing named nearby: the article's main place (the one it names most, its dateline included), not
        # whichever was named last, paragraphs before; a town before the state it lies in, however often the
        # article names the state ("the Golden Temple in Amritsar ... gurdwaras across Punjab")
        return _dateline_town_in(_town_in(max(pool, key=main_key), placed, main_key, text), dateline).to_location()
    if home_city is not None:
        # no town named anywhere but the dateline's, in the country the story is about ("BISSAU, Guinea-Bissau - ...
        # a hub for cocaine smuggling from South America to Europe ... an explosion tore through the armed forces
        # headquarters"): the story's own town, not a continent or a country named in passing
        return home_city.to_location()
    return _best(placed, mentions, None, focus_country).to_location()


def _dateline_town_in(found: Toponym, dateline: Toponym | None) -> Toponym:
    """The dateline's town for a state the text names nowhere else by a town ("ORANGEBURG, S.C. - ... South
    Carolina State College ... Police arrested a number of them"): the story's own town, inside that state."""
    if dateline is None or found.precision != "admin1" or dateline.precision != "point":
        return found
    return dateline if dateline.country == found.country and dateline.admin1 == found.admin1 else found


def _home_city(dateline: Toponym | None, focus: str | None) -> Toponym | None:
    """The dateline's town, when the story is filed from a town of the country it is about."""
    home = dateline is not None and focus is not None and dateline.country == focus and _specific(dateline)
    return dateline if home else None


SITE_NOUNS = word_lists("place_words.json").words("site_nouns")
_OWNED = re.compile(r"['\u2019]s\s+([a-z-]+)(?:\s+([a-z]+))?")


def _owns_a_site(t: Toponym, text: str) -> bool:
    """ "outside Iceland's parliament": a country named as the owner of a building or site, not as the place (the
    site stands in a town of it, the dateline's when that is one)."""
    m = _OWNED.match(text, t.end)
    return t.precision == "country" and m is not None and (m.group(1) in SITE_NOUNS or m.group(2) in SITE_NOUNS)


def _next_word(key: str, between: str = "") -> re.Pattern[str]:
    """Spaces, then a word of the ``place_words.json`` list ``key``, in any case ("the Veracruz| building"); with
    ``between``, what may stand before that word."""
    words = "|".join(sorted(word_lists("place_words.json").words(key)))
    return re.compile(r"\s+" + between + r"(?:" + words + r")\b", re.IGNORECASE)


# "the Veracruz building", "the Kuwait Towers": a town's or a country's name on a structure names it, not its place
_STRUCTURE = _next_word("structure_nouns")
_SITE_AFTER = _next_word("site_nouns")
# "the islands of the Sulu Sea": a place's name on a water's, capitalised as part of it
_WATER = re.compile(r"\s+(?:" + "|".join(sorted(word_lists("place_words.json").words("water_nouns"))) + r")\b")
# "the nearby Baron Hotel", "the Paradise Cinema": a business named with a capital, after a name of its own
_BUSINESS = re.compile(
    r"\s+(?:"
    + "|".join(sorted(w[0].upper() + w[1:] for w in word_lists("place_words.json").words("business_nouns")))
    + r")\b"
)
# "groups of Liverpool supporters", "the Liverpool sections", "Liverpool's own supporters": a club named after its town
_TEAM = re.compile(
    r"(?:'s|\u2019s)?(?:\s+own)?\s+(?:" + "|".join(sorted(word_lists("place_words.json").words("team_nouns"))) + r")\b"
)
# "the Divine Providence cancer hospital": one word in lower case between the name and the site
_SITE_AFTER_ONE = _next_word("site_nouns", r"(?-i:[a-z][a-z-]*)\s+")
# "near Tan Son Nhut airport": a name the gazetteer matched only in part, a capitalised word of it left before the
# site's noun
_SITE_AFTER_NAME = _next_word("site_nouns", r"(?-i:[A-Z][a-z]+)\s+")
_SITE_QUALIFIERS = word_lists("place_words.json").words("site_name_qualifiers")


def _qualifier_between(words: str) -> bool:
    """Is the capitalised word before the site's noun a qualifier of the site ("International Airport")?"""
    return words.split()[0] in _SITE_QUALIFIERS


# "a communique read over Havana radio": a town's name on a broadcaster or a paper
_THE = re.compile(r"\b[Tt]he\s+$")
# "church in the centre of Rio", "mosque, in Hebron": the place a named site stands in, told after it
_SITE_PLACED = re.compile(
    r",?\s+(?:in|near|outside|at)\s+(?:the\s+(?:centre|center|heart|middle|outskirts|suburbs|old\s+city)\s+of\s+)?"
    r"(?:the\s+)?(?-i:[A-Z])"
)
_THE_NAMED = re.compile(r"\b[Tt]he\s+[A-Z][\w'-]*\s+$")  # "the Argentine Bellegarde school"
_MEDIA = _next_word("media_nouns")
_BODY_NAMED = re.compile(r"\s+(?:Yard|Office)\b")
_MEDIA_BEFORE = re.compile(r"\b(?:Radio|Television|TV)\s+\Z")  # "Radio Aden", "Television Sarajevo"
# "the ruling Colorado Party", "the Colorado faction": a place's name on a political party
_PARTY = _next_word("party_nouns")
# "two of its supply ships, the Houston and the Rio Escondido", "the tanker Marlin Luanda": a ship's name
_VESSEL_NAMED = re.compile(
    r"\b(?:" + "|".join(sorted(word_lists("place_words.json").words("vessel_nouns"))) + r")(?:,\s*|\s+)(?:the\s+)?"
    r"(?:[A-Z][\w'-]*\s+){0,3}(?:and\s+the\s+(?:[A-Z][\w'-]*\s+){0,3})?$"
)
_SWAY = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(word_lists("place_words.json").words("sway_nouns"))) + r")\b"
)
# "the rue Gay-Lussac": a town's name (Lussac) written as the end of a hyphenated name of something else
_COMPOUND_TAIL = re.compile(r"\b[A-Z][a-z]+-$")

# a site called by a definite noun, not as the sentence's subject ("stormed the prison", "in and around the square")
_THE_SITE = re.compile(r"(?<=[a-z,] )the\s+([a-z]+)\b(?!\s+(?:said|says|told|added|announced)\b)")
_DETERMINERS = word_lists("place_words.json").words("site_determiners")
_SITE_GAP = 60  # characters between a site's name and the town named with it ("Istanbul's Taksim Square")


def _site_named_before(placed: list[Toponym], sent_start: int, sent_end: int, text: str) -> Toponym | None:
    """The town of a site that a sentence naming no place calls by a definite noun ("in and around the square",
    "stormed the prison"), where the text named that site before with its own name: the town the site's name holds
    ("the Kuje medium security prison"), else the one named right after it ("Cairo University in Giza") or before it
    ("Istanbul's Taksim Square")."""
    for m in _THE_SITE.finditer(text, sent_start, sent_end):
        noun = m.group(1)
        # "Russian missiles struck the port of Odesa ... destroyed a warship at the port": the town the text named
        # the site or the settlement of
        if noun in SITE_NOUNS or noun in _SETTLEMENTS:
            of_town = [
                t
                for o in re.finditer(r"\bthe\s+(?:[a-z-]+\s+){0,2}?" + noun + r"\s+of\s+", text[:sent_start])
                for t in placed
                if t.start == o.end() and t.precision == "point"
            ]
            if of_town:
                return of_town[-1]
        if noun not in SITE_NOUNS:
            continue
        named = [
            n
            for n in re.finditer(r"\b[A-Z][\w'-]*\s+(?:[a-z-]+\s+){0,3}?(?i:" + noun + r")\b", text[:sent_start])
            if n.group(0)[0].isupper() and n.group(0).split()[0] not in _DETERMINERS
        ]
        named = [n for n in named if n.group(0).split()[-1].lower() == noun]
        if not named:
            continue
        at = named[-1]
        lo = max(_sentence_start(text, at.start()), at.start() - _SITE_GAP)
        hi = at.end() + _SITE_GAP
        stop = _SENTENCE_END.search(text, at.end(), hi)
        hi = stop.start() if stop else hi
        towns = [t for t in placed if lo <= t.start < hi and _specific(t)]
        inside = [t for t in towns if at.start() <= t.start < at.end()]
        after = [t for t in towns if t.start >= at.end() and re.match(r"\s+(?:in|at)\s", text[at.end() : t.start])]
        before = [t for t in towns if t.start < at.start()]
        for group in (after, inside, before):
            if group:
                return min(group, key=lambda t: abs(t.start - at.start()))
    return None


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    return ends[-1] if ends else max(0, at - 300)


_DIVISION_BEFORE = re.compile(r"\b(?:district|province|county|region|prefecture|governorate)\s+of\s+$", re.IGNORECASE)
_DIVISION_OF_CITY = re.compile(r"(?:\s+district)?\s+of\s+", re.IGNORECASE)
_DIVISION_GAP = 60  # characters between the town and "the district of X" ("Mpondwe, in the western district of")


# "Paradise Valley, the crowded Negro district east of Woodward Avenue", "Belle Isle, the city's island park": a name
# the text calls a part of a town
_PART_OF_A_TOWN = re.compile(
    r",\s+(?:the|a)\s+(?:(?:city|town)['\u2019]s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:district|quarter|neighbou?rhood|suburb|township|park|slum|shantytown|section)"
    # (the noun ends the phrase: not "Kerben, the district centre", a town that is a district's seat)
    # (or a distance from the town's centre: "Liberty City, a black district about five miles north of downtown")
    r"(?=\s*[,.;)]|\s+(?:of|in|on|near|east|west|north|south|along|beside|across|by|where|that|which|about|some"
    r"|around|roughly|nearly|just|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
_NAMESAKE_KM = 200.0  # a part of the dateline's town resolved this far from it is a namesake elsewhere


def _part_of_the_city(t: Toponym, dateline: Toponym, text: str) -> Toponym:
    """A name the text calls a part of a town ("Paradise Valley, the crowded Negro district east of Woodward
    Avenue", in a story filed from Detroit), resolved to a namesake far from the dateline's town (a town in Arizona),
    is that part of the dateline's town: placed there."""
    if t is dateline or t.lat is None or dateline.lat is None or t.lon is None or dateline.lon is None:
        return t
    if t.feature != "city" or haversine_km(t.lat, t.lon, dateline.lat, dateline.lon) < _NAMESAKE_KM:
        return t
    # (every mention of the name: "Looting went on in Liberty City on Sunday", after the text called it a district;
    # or of the longer name it begins: "Brewster Park, a black district about three miles north of downtown"; the scan
    # of the text runs only for a namesake far off)
    named = re.finditer(rf"\b{re.escape(t.text)}(?:\s+[A-Z][\w'-]*)?\b", text)
    if not any(_PART_OF_A_TOWN.match(text, m.end()) for m in named):
        return t
    return replace(
        dateline, start=t.start, end=t.end, text=t.text, near=t.near, modifier=t.modifier, score=max(t.score, 0.5)
    )


def _as_division(t: Toponym, placed: list[Toponym], text: str) -> Toponym:
    """ "the town of Mpondwe, in the western district of Kasese": a town's name used for its district, just after a
    town of its sentence, names the division, less precise than that town ("a residential district of Omdurman",
    with no town before it, is a part of the city)."""
    if t.precision != "point" or not _DIVISION_BEFORE.search(text[max(0, t.start - 30) : t.start]):
        return t
    before = [o for o in placed if o is not t and o.end <= t.start and t.start - o.end <= _DIVISION_GAP]
    if any(o.precision == "point" for o in before):
        return replace(t, precision="admin2")
    if any(o.precision == "admin2" and _DIVISION_OF_CITY.fullmatch(text, o.end, t.start) for o in before):
        # "in the Renon district of Denpasar": a district named with its city is a part of that city
        return t
    if any(o.precision == "admin2" for o in before):
        # "in the Lice district of the southeastern province of Diyarbakir": the province of that district
        return replace(t, precision="admin1")
    return t


# "150 km south-west of", "about 60 kilometres (37 miles) from", "30 miles north of": a distance from a place
_JUST_NEAR = re.compile(r",?\s+(?:near|outside)\s+", re.IGNORECASE)  # "Winterthur near Zurich", "Kafr, near Hama"
_FROM_PLACE = re.compile(
    r"\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b(?:\s*\([^)]{0,30}\))?"
    r"(?:\s+(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?)?\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Soweto, the vast township south-west of Johannesburg": a bearing from a town, without a distance, right after the
# town it locates
_BEARING = re.compile(r"\b(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")
# a settlement the text has named, referred to by its common noun right before a distance ("the town, 50 km west of")
_THE_TOWN = re.compile(r"\bthe\s+(?:town|city|village|camp|port)\s*,\s*(?:about\s+|some\s+)?\d", re.IGNORECASE)


# "in Southall, in west London": a city named after a place to say where in it that place lies
_IN_PART_OF = re.compile(
    r"\s*,\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|central|inner|outer|greater)(?:ern|-?east|-?west)?\s+)?",
    re.IGNORECASE,
)
_CITY_AROUND_KM = 40.0  # the farthest a part of a city or its suburb lies from the city's centre


def _city_around(t: Toponym, placed: list[Toponym], text: str) -> bool:
    """Is ``t`` a city named right after a place in it ("in Southall, in west London")? The place in it is where
    things happened; the city only says where that lies."""
    if t.precision != "point":
        return False
    return any(
        o is not t
        and o.precision == "point"
        and o.name != t.name
        and o.lat is not None
        and o.lon is not None
        and t.lat is not None
        and t.lon is not None
        and _IN_PART_OF.fullmatch(text, o.end, t.start) is not None
        and haversine_km(o.lat, o.lon, t.lat, t.lon) <= _CITY_AROUND_KM
        for o in placed
    )


def _measured_from(t: Toponym, placed: list[Toponym], text: str) -> bool:
    """Is ``t`` the place a distance is measured from, after another place of its sentence that it locates (or the
    one right after another that it says the first lies near)?"""
    before = text[max(0, t.start - 60) : t.start]
    if _FROM_PLACE.search(before) and _THE_TOWN.search(before):
        return True  # "through the centre of the town, 50 km west of Baghdad": the town told before lies there
    if any(o is not t and o.precision == "point" and _JUST_NEAR.fullmatch(text, o.end, t.start) for o in placed):
        return True  # "arrested two men in the town of Winterthur near Zurich": Zurich says where Winterthur lies
    if _BEARING.search(before):
        return any(
            o is not t
            and o.end <= t.start
            and t.start - o.end <= 120
            and o.precision == "point"
            and not _SENTENCE_END.search(text, o.end, t.start)
            for o in placed
        )
    if not _FROM_PLACE.search(before):
        return False
    return any(
        o is not t and o.end <= t.start and t.start - o.end <= 120 and not _SENTENCE_END.search(text, o.end, t.start)
        for o in placed
    )


def _possessor(t: Toponym, placed: list[Toponym], text: str) -> bool:
    """Is ``t`` the possessor of a place named right after it ("in Pattani's Sai Buri district", "Yemen's port city
    of Hodeidah")? The place possessed is inside it and says where the event was."""
    if not text.startswith(("'s", "\u2019s"), t.end):
        return False
    return any(
        o.start > t.end and _PLACE_WORDS.fullmatch(text[t.end + 2 : o.start]) is not None and _specific(o)
        for o in placed
    )


_SITE_IN = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){1,4}?(?:on|in|at)\s+(?:the\s+)?$")


def _owner_elsewhere(t: Toponym, placed: list[Toponym], text: str) -> bool:
    """Is the country ``t`` the owner of a site it is said to have in another place ("at Australia's immigration
    detention centre on Papua New Guinea's Manus Island")? The other place is where the site is."""
    if t.feature != "country":
        return False
    return any(
        o.start > t.end and o.country != t.country and _SITE_IN.match(text[t.end : o.start]) is not None for o in placed
    )


# what may stand between a possessor and its place: "'s", then words of a place's kind ("port city of", "southern")
_PLACE_WORDS = re.compile(
    r"(?:\s+(?:the|of|(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|central|remote|"
    r"port|border|capital|city|town|village|district|province|region|state|county|area|commercial|second|largest|"
    r"main|restive))*\s+"
)


# a person named with where he comes from ("a newspaper editor from Poona", "a student from Lyon")
_ORIGIN = re.compile(r"\b([a-z]+)\s+from\s+\Z")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_PEOPLE_FROM = word_lists("casualty_lexicon.json").words("people_singular")
# a clause set off by a comma that tells what the people just named did or were ("many of whom fought with the
# Frontier Force in Burma", "who had served in Germany"), up to the name
_LIES_BETWEEN = re.compile(
    r"\b(?:"
    + "|".join(sorted(word_lists("place_words.json").words("lying_verbs")))
    + r")\b[^.;:]{0,60}\bbetween\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:and\s+)?\Z"
)
_PEOPLES_PAST = re.compile(
    r",\s+(?:(?:many|some|most|all|several|few|one|two|three)\s+of\s+)?(?:whom|who)\s+(?:had\s+)?"
    r"(?:fought|served|trained|studied|lived|worked|grew\s+up|were\s+born|was\s+born)\b[^,;.]{0,70}\Z"
)


def _town_in(best: Toponym, placed: list[Toponym], key: Callable[[Toponym], Any], text: str | None) -> Toponym:
    """Of a state and a town in it that the lead names (of the places ``placed``), the town, for an event its sentence
    does not place ("the Golden Temple in Amritsar ... gurdwaras across Punjab", then "two leaders surrendered"):
    ACLED's location is the most precise the text gives, and the lead's town is the story's."""
    if best.precision != "admin1" or text is None:
        return best
    lead = text.find("\n\n")
    towns = [
        t
        for t in placed
        if t.precision == "point"
        and t.country == best.country
        and t.admin1 in (best.admin1 or best.name, best.name)
        and (lead < 0 or t.start < lead)
    ]
    return max(towns, key=key) if towns else best


def not_the_place(t: Toponym, text: str) -> bool:
    """A name used as a modifier ("Beijing-imposed", "Iran-backed") or inside a site's compound name ("the Dallas-Bari
    church", "the rue Gay-Lussac"), as the name of a road ("Salah al-Din road", "Moi Avenue") or of a government ("the
    Tripoli government"), a country as the agent of a passive ("launched by Russia"), where people were taken afterwards
    ("taken to a hospital in Quetta") or examined ("after autopsies in Rochester"), where someone was visiting at the
    time, a seat or a brief someone holds, or the place of the earlier event a time counts from does not say where the
    event was."""
    after = text[t.end : t.end + 24]
    origin = _ORIGIN.search(text, max(0, t.start - 30), t.start)
    if origin is not None and origin.group(1).lower() in _PEOPLE_FROM and not _NAME_GOES_ON.match(text, t.end):
        # "a Hindu newspaper editor from Poona": where someone comes from, not where he acted (not "a student from
        # Isiolo Barracks Secondary School": the school, in its town)
        return True
    if _LIES_BETWEEN.search(text, max(0, t.start - 120), t.start):
        return True  # "the mill lies in the Paraiba valley between Rio de Janeiro and Sao Paulo": landmarks, not scenes
    if _PEOPLES_PAST.search(text, max(0, t.start - 100), t.start):
        return True  # "former soldiers, many of whom fought in Burma, set out to march": where those people once were
    if after[:1] in ("-", "\u2011") and (after[1:2].islower() or _NAMED_SITE.match(text, t.end)):
        return True  # "Beijing-imposed", "the Dallas-Bari church": a part of a compound word, not a place named
    if t.capital and _GOVERNS.match(text, t.end):
        return True  # "a day after Moscow and Kyiv signed a deal in Istanbul": the capitals are the governments
    if t.feature not in ("country", "city", "admin1", "admin2") and _SPOKESMAN.match(text, t.end):
        return True  # "a Pentagon spokesman said the strike ...": the office that tells, not where the strike was
    if t.feature != "country" and _BUSINESS.match(text, t.end):
        return True  # "no second blast at the nearby Baron Hotel": a hotel's name, not a town abroad
    if t.feature == "city" and _TEAM.match(text, t.end):
        return True  # "groups of Liverpool supporters broke through the fence": the club's following, not the place
    if _WATER.match(text, t.end):
        return True  # "searched the islands of the Sulu Sea": the sea named after the place, not the place
    if _STRUCTURE.match(text, t.end) and _THE.search(text, max(0, t.start - 5), t.start):
        return True  # "in the Veracruz building": the building's name, it stands elsewhere
    if (_SITE_AFTER.match(text, t.end) or _SITE_AFTER_ONE.match(text, t.end)) and _THE_NAMED.search(
        text, max(0, t.start - 30), t.start
    ):
        return True  # "at the Argentine Bellegarde school": a town's name inside a site's longer name
    site = _SITE_AFTER.match(text, t.end)
    if site and text[max(0, t.start - 4) : t.start].lower() == "the " and _SITE_PLACED.match(text, site.end()):
        return True  # "outside the Candelaria church in the centre of Rio de Janeiro": the site's name, placed after
    named = _SITE_AFTER_NAME.match(text, t.end)
    if t.feature != "country" and named and text[t.end : t.end + 1] == " " and not _qualifier_between(named.group(0)):
        return True  # "near Tan Son Nhut airport": the airport's name, whose first words are a town elsewhere
    if (t.feature == "country" or t.capital) and _SWAY.match(text, t.end):
        return True  # "an instrument of Belgrade's influence": a government's power, not a place
    if _MEDIA.match(text, t.end) or _MEDIA_BEFORE.search(text, max(0, t.start - 12), t.start):
        return True  # "a communique read over Havana radio", "Radio Aden claimed": the broadcaster's name
    if t.feature in ("country", "admin1") and _BODY_NAMED.match(text, t.end):
        return True  # "Scotland Yard said ...", "the Northern Ireland Office": a body's name, not the place
    if _PARTY.match(text, t.end) and t.feature != "country":
        return True  # "Paraguay's ruling Colorado Party": the party's name
    if _VESSEL_NAMED.search(text, max(0, t.start - 80), t.start):
        return True  # "two of its supply ships, the Houston and ...": a ship's name
    if _COMPOUND_TAIL.search(text, max(0, t.start - 20), t.start):
        return True  # "the rue Gay-Lussac": the end of a hyphenated name
    if t.feature == "country" and _BY_AGENT.search(text[max(0, t.start - 12) : t.start]):
        return True  # "drones launched by Russia", "backed by Iran": the country acts, it is not the place
    if t.feature == "country" and _ITS_FORCES.match(text, t.end):
        return True  # "U.S. forces struck ...": whose forces, not where they struck
    if (
        _SPEAKS.match(text, t.end)
        and t.feature != "country"
        and (t.feature != "city" or t.capital)
        and not _OF_SPEAKER.search(text, max(0, t.start - 24), t.start)
    ):
        return True  # "came under fire from Cuban workers, the Pentagon said": who tells it, not where
    before = text[max(0, t.start - 60) : t.start]
    if _DIED_IN_HOSPITAL.search(before):
        return True  # "five of the injured had died in hospitals in Medellin": where the wounded died afterwards
    if _TAKEN_TO.search(before):
        return True  # "detained at a house and taken to a police station in Belfast": where they went after
    if _EXAMINED_AT.search(before):
        return True  # "said, after autopsies in Rochester, that every hostage had died of gunshot wounds"
    if _WAS_VISITING.search(before):
        return True  # "who was visiting the city of Araraquara when the riot began": where someone was
    if _TITLE_OF.search(before):
        return True  # "the premier, who also held the title of Sardauna of Sokoto, was killed": the title's place
    if _PAST_OFFICE.search(before):
        return True  # "over allegations that he took bribes when he was governor of Moquegua": a past office's place
    if _SEAT_OF.search(before):
        return True  # "Sir Anthony Berry, member of parliament for Enfield Southgate": a seat, not where he was
    if _SINCE_EVENT_AT.search(before):
        return True  # "two days after the fall of Bentiu, gunmen stormed the base in Bor": a time counted from there
    if _PERSON_WHERE.search(before):
        return True  # "who is wanted in the United States": where a person the text describes stands
    origin = _PERSON_FROM.search(before)
    if origin is not None and is_person(origin.group(1)):
        return True  # "a former police chief from Richmond, Indiana": where someone comes from
    if _AGED_OF.search(before):
        return True  # "The driver, James Alex Fields Jr, 20, of Maumee, Ohio, was arrested": where he lives
    if _BOUND_FOR.search(before):
        return True  # "while the President was abroad on his way to Hanoi": where he was going
    if _REACHING.search(before) and _SPEAKS.match(text, t.end):
        return True  # "travellers reaching West Berlin said": where those who tell it came to, not where it was
    if _FILED_FROM.search(before):
        return True  # "in a report from Peking", "a dispatch from Moscow": where the news was filed
    if _DEMANDED_FROM.search(text[max(0, t.start - 120) : t.start]):
        return True  # "gathered below the Potala and called on the Chinese to leave Tibet": what they demanded
    # (the gazetteer's match may hold the unit word itself: "Manor district")
    name_end = t.start + len(text[t.start : t.end].split()[0]) if text[t.start : t.end].split() else t.end
    if (_THE_NAMED.search(before) and _DISTRICT_OF.match(text, name_end)) or (
        _THE_BEFORE.search(before) and _NAME_THEN_DISTRICT_OF.match(text, name_end)
    ):
        # "the Kenwood Manor district of Nairobi", "the Colonia Roma district of Mexico City": a word of a district's
        # name, the city told after it
        return True
    if _TOWN_OFF.search(before):
        return True  # "outside this village west of Montreal": a town told by where it lies from another, not that one
    if _TRAVELLED_FROM.search(before) or _TRAVELLED_FROM.search(_LISTED_BEFORE.sub("", before)):
        # "the bus, travelling from Rawalpindi to the Kashmir area, was destroyed", "special forces sent from
        # Abidjan fought the gunmen": where they set out
        return True
    if _REPROACH_FROM.search(before) or _REPROACH_FROM.search(_LISTED_BEFORE.sub("", _THE_BEFORE.sub("", before))):
        return True  # "an operation that drew criticism from Britain, Japan and the United States": who spoke
    if _ENVOY_AT.search(before):
        return True  # "prompting Ecuador to recall its ambassador from Bogota": where a state's envoy serves
    if _GRIEVANCE.search(text[max(0, t.start - 160) : t.start]):
        # "surrounded the command building to protest against the army's role in the blockade of Kijevo, a village
        # near Knin": what the crowd protested against, not where it gathered
        return True
    avenged = _AVENGED.search(text[max(0, t.start - 160) : t.start])
    if avenged and not _ACT_NAMED.search(avenged.group(0)):
        # "carried out the attacks in revenge for Uganda's role in Mogadishu": what was avenged (not "in response to
        # a strike that killed four in Kfar Kila", an act the text places there)
        return True
    if _NAMED_AFTER.match(after) is None:
        return False
    # a county's or a state's own government ("Vihiga County government") sits in that county
    return not (_DIVISION_NAME.search(t.text) is not None and _LOCAL_RULE.match(after) is not None)


def _named_as_abroad(t: Toponym, abroad: set[str], text: str | None) -> bool:
    """Does the event's sentence name ``t`` as a place abroad: with its country named too, as a region, or as a
    country's capital told as a place?"""
    return t.country in abroad or bool(_ADMIN_NAMED.search(t.text)) or (t.capital and _placed_at(text, t.start))


# a lower-case word right after a name that is no function word: the name modifies a noun ("attacks on U.S. service
# members"), it is not the place
_MODIFIES = re.compile(
    r"\s+(?!(?:before|after|on|in|at|and|or|but|overnight|early|late|last|this|with|from|for|to|as|when|while|since"
    r"|during|by|near|over|into|of|the|a|an|again|twice|once|today|yesterday|tonight)\b)[a-z][a-z-]*\b"
)


def _told_as_place(text: str, t: Toponym) -> bool:
    """Is the country ``t`` told as where something was ("invaded Panama before dawn", "in Chile"), not as a
    modifier of a noun after it ("attacks on U.S. service members")?"""
    return _placed_at(text, t.start) and _MODIFIES.match(text, t.end) is None


def _placed_at(text: str | None, start: int) -> bool:
    """Is the name at ``start`` told as a place, right after a preposition of place ("in Beirut", "at Baghdad
    airport") or as what an attack was on ("a missile strike on Kyiv"), not as its government ("talks with
    Moscow", "called on Kyiv")?"""
    return text is not None and _AT.search(text, max(0, start - 24), start) is not None


_FRONTED_AT = re.compile(r"(?:in|at|near|outside)\s+$", re.IGNORECASE)


_THE_CAPITAL = re.compile(
    r"\b(?:(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]cross|[Tt]hrough)\s+the|(?:"
    + "|".join(word_lists("place_words.json").words("town_parts"))
    + r")\s+of\s+the)\s+capital\b(?!\s*,?\s+[A-Z])"
)


def _the_capital(
    placed: list[Toponym],
    dateline: Toponym | None,
    focus: str | None,
    text: str | None,
    sent_start: int,
    sent_end: int,
    everywhere: list[Toponym] | None = None,
) -> Toponym | None:
    """The focus country's capital, for a sentence that places its act "in the capital" and names no other town (the
    capital's own name may stand in it, as in "a magistrate of the Bogota appeals court"; another town places it).
    ``everywhere``: the places the text names, those abroad included (a capital its paragraph has just named)."""
    if text is None or not _THE_CAPITAL.search(text, sent_start, sent_end):
        return None
    # "crowds in Tehran stormed the embassies. Hundreds of thousands also marched through the capital": the capital
    # the paragraph has just named, whichever country the story is mostly about
    para = text.rfind("\n", 0, sent_start) + 1
    told = everywhere if everywhere is not None else placed
    known = [t for t in told if para <= t.start < sent_start and t.capital and t.precision == "point"][-1:]
    if not known and focus is not None:
        known = [
            t for t in (*placed, *([dateline] if dateline is not None else [])) if t.capital and t.country == focus
        ]
    if not known:
        return None
    towns = [t for t in placed if sent_start <= t.start < sent_end and t.precision == "point"]
    if any(t.name != known[0].name for t in towns):
        return None  # another town named in the sentence places it ("since soldiers opened fire ... in Dili")
    return known[0]


def _fronted_place(t: Toponym, sent_start: int, text: str) -> bool:
    """Does the sentence open with the town as its setting ("In Aden on Sunday, the leader of the hijackers shot
    dead the pilot")? A town told first, as where the sentence happens, is no namesake abroad."""
    return t.precision == "point" and t.score >= 1.0 and _FRONTED_AT.fullmatch(text, sent_start, t.start) is not None


def _named_abroad(toponyms: list[Toponym], start: int, end: int, focus: str | None) -> set[str]:
    """The countries other than the focus that a sentence names by a country name or a demonym."""
    return {
        t.country
        for t in toponyms
        if start <= t.start < end and t.country and t.country != focus and t.feature in ("country", "demonym")
    }


def _told_elsewhere(placed: list[Toponym], sent_start: int, dateline: Toponym, text: str | None = None) -> bool:
    """Has the text named, before ``sent_start``, a place other than the dateline's country: a town, or a region
    ("JAKARTA - Separatist rebels in Indonesia's Papua region ...": the story is in Papua, not in Jakarta), or
    another country told as a place ("in Chile"; not "the war with Britain", a country as a party)?"""
    return any(
        t.start < sent_start
        and (
            t.precision != "country" or (t.country != dateline.country and (text is None or _placed_at(text, t.start)))
        )
        # (not a town the text puts at a distance from the reporter's: "had stolen a light aircraft at Taupo, about
        # 120 km to the south-east", an aside; the story stays where it is filed; nor the dateline's town named again)
        and not (text is not None and _AWAY_FROM_HERE.match(text, t.end))
        and t.name != dateline.name
        for t in placed
    )


# "Taupo, about 120 km to the south-east": a distance and a bearing from the reporter's town, no other named
_AWAY_FROM_HERE = re.compile(
    r",?\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ward)?\s*(?=[,.;)]|$)",
    re.IGNORECASE,
)


def _best(pool: list[Toponym], mentions: Counter[str], anchor: int | None, focus: str | None) -> Toponym:
    def key(t: Toponym) -> float:
        s = _SPECIFICITY.get(t.precision, 0) + 2.0 * t.score + 0.3 * min(mentions[t.name] - 1, 3)
        if focus is not None and t.country == focus:
            s += W_FOCUS
        if anchor is not None:
            s -= min(abs(t.start - anchor), 400) / 400
        return s

    return max(pool, key=key)


def _contained(placed: list[Toponym], text: str) -> list[Toponym]:
    """Each place named inside a container that lies far from it is replaced by the container ("Lucky Summer
    area of Nairobi" where "Lucky" found a namesake abroad): the container's point is where the event was. A
    region named by a compass point whose name only a town abroad bears ("Rotherham in South Yorkshire", where
    "Yorkshire" found a town in the United States) is the namesake then, not the place it contains."""
    out = list(placed)
    for k in range(len(out) - 1):
        t, c = out[k], placed[k + 1]
        if t.lat is None or t.lon is None or c.lat is None or c.lon is None or not _specific(c):
            continue
        if c.country != t.country and _COMPASS_NAMED.match(c.text) and fold(c.text) != fold(c.name):
            continue
        if c.start - t.end > 40 or not _CONTAINER_GAP.match(_REST_OF_NAME.sub("", text[t.end : c.start])):
            continue
        if t.precision not in ("point", "admin2") or c.score < t.score:
            continue  # an unsure container (a weak name, a modifier) does not overrule the place it follows
        if haversine_km(t.lat, t.lon, c.lat, c.lon) <= CONTAINER_KM:
            continue
        if t.country == c.country and t.admin1 is not None and t.admin1 in (c.admin1, c.name, c.text):
            continue  # "Liboi, Garissa County": far from the county seat, but inside the county
        out[k] = replace(c, start=t.start, end=t.end, text=t.text, score=max(t.score, c.score))
    return out


_COMPASS_NAMED = re.compile(r"(?:north|south|east|west)(?:ern|-?east|-?west)?\s", re.IGNORECASE)


def _labelled(placed: list[Toponym], text: str) -> list[Toponym]:
    """The places of a coder's "LOCATION: X, Y district" line, from the label to the end of its sentence."""
    for t in placed:
        if _LABEL.search(text[max(0, t.start - 80) : t.start]):
            end = text.find(".", t.end)
            stop = end if end >= 0 else len(text)
            return [x for x in placed if t.start <= x.start < stop and _specific(x)] or [t]
    return []


def locate_mentions(mentions: list[Frame], toponyms: list[Toponym], focus: str | None, text: str) -> None:
    """Each mention's place (the ``locate`` step): :func:`locate_event` over the article's places but its dateline.
    A change of territory that took a list of towns ("captured Kandahar and Herat") becomes one mention per town
    (ACLED: one event per location), each added right after the first."""
    places = without_dateline(toponyms, text)
    # the dateline names the article's main place once more; its city is the place of what the text tells before
    # it names any other
    named = [t.name for t in toponyms if t not in places]
    home = frozenset(t.country for t in toponyms if t not in places and t.country and t.feature != "demonym")
    # the dateline's one city (not "ABUJA/NIAMEY"), placed in the gazetteer as a town
    cities = [t for t in toponyms if t not in places and t.lat is not None and _specific(t)]
    if len([t for t in cities if t.precision == "point"]) == 1 and all(
        t.precision in ("point", "admin1") for t in cities
    ):
        cities = [t for t in cities if t.precision == "point"]  # "ATTICA, New York - ": the town, not its state
    head = _DATELINE.match(text)
    if head is not None and "(" in head.group(0):
        # (not a word of the agency's name in brackets: "MIAMI, May 18 (Globe Wire) - " files from Miami alone)
        agency = head.start() + head.group(0).rfind("(")
        cities = [t for t in cities if not agency < t.start < head.end()]
    city = cities[0] if len(cities) == 1 and head is not None and "/" not in head.group(0) else None
    taken: list[tuple[Frame, list[Toponym]]] = []
    countries = {t.country for t in toponyms if t.feature in ("country", "demonym") and t.country}
    sure = {t.name for t in toponyms if t.score >= 1.0}
    apart = clauses_apart(mentions)
    # (the clauses a count of days sets apart, another day's: "two days after the governor was gunned down in Eldoret")
    counted_apart = clauses_apart([f for f in mentions if f.counted_from])
    lines = paragraph_datelines(places, text)
    # per sentence, the place a mention of it found in its own words, and where the sentence ends
    placed_in: dict[int, tuple[Location, int]] = {}
    asides = sorted({span for m in mentions for span in m.asides})
    # "hours before the Benghazi attack, protesters climbed the walls of the embassy in Cairo": a time counted from
    # an event named by its place places nothing but that event
    counted_from = {
        id(t): (t.end, t.end + 2)
        for t in places
        if _TIME_FROM.search(text, max(0, t.start - 24), t.start) and _names_event(text[t.end : t.end + 24])
    }
    for t in places:
        told = _TIME_FROM_EVENT.search(text, max(0, t.start - 40), t.start)
        if told is not None and _names_event(told.group(1)):
            counted_from[id(t)] = (told.start(1) - 1, told.end(1))  # "a day before the assault on Saigon"
    for m in mentions:
        pool = [
            t
            for t in places
            if id(t) not in counted_from or counted_from[id(t)][0] < m.trigger.start <= counted_from[id(t)][1]
        ]
        if m.trigger.kind not in VIOLENT_KINDS and m.trigger.kind != "abduct":
            # "the march, which set out after the deaths of Alton Sterling, who was shot by police in Baton Rouge":
            # where the person a demonstration is about was harmed (not "said it killed the prime minister, who was
            # shot dead in Cairo": the killing's own place)
            pool = [t for t in pool if not _in_harmed_who(t, text, m.trigger.start)]
        others = [(lo, hi) for lo, hi in asides if not lo <= m.trigger.start < hi]
        if others:
            # "set it ablaze ..., at the close of a day of mourning for the 13 men shot dead by paratroopers in
            # Londonderry": where the people it describes were harmed is another event's place, in that sentence
            # or as the place nearby of the sentences after it
            rest = [t for t in pool if not any(lo <= t.start < hi for lo, hi in others)]
            if any(_specific(t) for t in rest):
                pool = rest
        mine = [(lo, hi) for lo, hi in asides if lo <= m.trigger.start < hi]
        if mine:
            # the event that aside tells: at the places it names ("a boy shot dead by a police officer in
            # Thessaloniki"), not the sentence's others
            inside = [t for t in pool if any(lo <= t.start < hi for lo, hi in mine)]
            if any(_specific(t) for t in inside):
                pool = inside
        unplaced = False
        if m.clause_span is not None:
            # a clause told apart from the one joined to it names its own place ("... shot dead in Sai Buri and a
            # grenade was thrown at a base in Raman"): the places of the other clause are not its
            lo, hi = m.clause_span
            own = [t for t in pool if not (m.sent_start <= t.start < m.sent_end) or lo <= t.start < hi]
            pool = own if any(lo <= t.start < hi for t in own) else pool
        elif m.other_day_act:
            # "shot dead in Split on Monday ..., a day after the bloodiest clash yet between police and
            # militiamen": an act named as another day's, which the sentence does not place; what the article tells
            # of it elsewhere places it
            pool, unplaced = [], True
        else:
            # the main clause does not take the places of a clause told apart from it ("seized Tikrit on Wednesday,
            # a day after overrunning Mosul"): they are another event's
            # (nor, for a clause a count of days sets apart, when its towns are all the sentence names: "shot dead the
            # colonel on Monday, two days after the governor was gunned down in Eldoret" does not place Monday's
            # killing in Eldoret; what the text tells of it next may place it)
            spans = apart.get(m.sentence, [])
            rest = [t for t in pool if not any(lo <= t.start < hi for lo, hi in spans)]
            if spans and any(m.sent_start <= t.start < m.sent_end for t in rest):
                pool = rest
            elif not m.counted_from and (counted := counted_apart.get(m.sentence)):
                pool = [t for t in pool if not any(lo <= t.start < hi for lo, hi in counted)]
        m.location = locate_event(
            pool,
            m.sent_start,
            m.sent_end,
            m.trigger.start,
            focus,
            text,
            also_named=named,
            home=home,
            dateline=None if unplaced else city,
        )
        # (a people named is no place: "demonstrated outside the British embassy")
        if m.location is not None and not any(
            m.sent_start <= t.start < m.sent_end and t.feature != "demonym" for t in pool
        ):
            prev, prev_end = placed_in.get(m.sentence - 1, (None, m.sent_start))
            if (
                prev is not None
                and prev.precision == "point"
                # ("The revolt began in the port of Vlore ... On Friday crowds there attacked the headquarters")
                and (prev.country != m.location.country or _THERE.search(text, m.sent_start, m.sent_end) is not None)
                # (a sentence keeps the line break that ends its paragraph)
                and "\n\n" not in text[max(0, prev_end - 4) : m.sent_start]
            ):
                # "In Armenia's capital Yerevan, thousands gathered ... Some threw stones at police": a sentence that
                # names no place goes on at the place the sentence before it named abroad, not back in the
                # article's country
                m.location = prev
        signed = _agreement_placed_before(m, mentions, dateline_end(text))
        if signed is not None:
            # "shook hands in Paris early on Sunday on an agreement ... After two days of talks at the Hotel Matignon,
            # the leaders accepted a plan": the agreement the article placed when it first told it
            m.location = signed
        if city is not None and _told_here(text, m):
            # "TASHKENT - India and Pakistan signed a declaration here on Monday": the dateline's town
            m.location = city.to_location()
        elif city is not None and _signed_at_dateline(m, pool, text):
            # "GENEVA, July 21 - France and the Vietminh signed agreements early on Wednesday to end the war in
            # Indochina": an agreement whose sentence names no town was signed where the report is filed
            m.location = city.to_location()
        where = _where_clause_of(pool, m.sent_start, m.trigger.start, text)
        if where is not None and m.location is not None and where.country == m.location.country:
            m.location = where.to_location()
        line = _paragraph_dateline(lines, m.sent_start)
        own = (
            [
                t
                for t in pool
                if m.sent_start <= t.start < m.sent_end
                and t is not line
                and _specific(t)
                and (t.country == line.country or _told_abroad_here(t, text))
                and not not_the_place(t, text)
            ]
            if line is not None
            else []
        )
        if line is not None and not own:
            # (else the places a headquarters' strikes hit, down to a country: "RIYADH - ... waves of bombers struck
            # Baghdad", "struck Iraqi armour in occupied Kuwait")
            own = [
                t
                for t in pool
                if m.sent_start <= t.start < m.sent_end
                and _struck_abroad(m, t, line, text)
                and not not_the_place(t, text)
            ]
        if line is not None and not own:
            # a round-up's paragraph that opens with its own dateline ("KUNDUZ - Insurgents fired rockets ..."):
            # what the paragraph tells without a town of its own happened there
            m.location = line.to_location()
        elif line is not None and (m.location is None or m.location.country != line.country):
            # "PODGORICA - thousands marched through the Montenegrin capital", in a round-up about another country
            # first: the section's own town, not one of the country the article named most
            m.location = max(own, key=lambda t: (t.score, -t.start)).to_location()
        elif (
            line is not None
            and m.location is not None
            and m.location.name == line.name
            and (across := [t for t in own if t.precision == "point" and t.country != line.country])
            and not any(t.name == line.name for t in own)
        ):
            # "TEGUCIGALPA - Honduras said its air force struck back, bombing the Ilopango air base ... and setting fire
            # to oil tanks at the Pacific port of Acajutla": the towns across the front the sentence tells, not the
            # town the section is filed from
            m.location = min(across, key=lambda t: abs(t.start - m.trigger.start)).to_location()
        elif line is not None and m.location is not None and m.location.name not in {line.name, *(t.name for t in own)}:
            # "ROME - ... Shortly afterwards two devices went off at the Altare della Patria": a town of another
            # section, carried over to a sentence whose own names are no town of the place, gives way to the
            # section's dateline
            m.location = line.to_location()
        if m.location is not None and m.placed_here():
            placed_in[m.sentence] = (m.location, m.sent_end)
        if m.taken_span is not None:
            lo, hi = m.taken_span
            towns = _distinct(
                [
                    t
                    for t in places
                    if lo <= t.start < hi
                    and t.precision == "point"
                    and t.lat is not None
                    # (not a hotel's name read as a town abroad, in a country the article never names, unless
                    # the article places something there for sure: "the embassies in Nairobi and Dar es Salaam")
                    and (t.country == focus or t.country in countries or t.name in sure)
                    # (nor the office that tells of the strikes: "..., the Pentagon said")
                    and _SPEAKS.match(text, t.end) is None
                ]
            )
            if (
                line is not None
                and _HERE_BEFORE.search(text, max(0, lo - 12), lo)
                and line.name not in {t.name for t in towns}
            ):
                # "DUNGANNON - Crowds attacked police stations here, in nearby Coalisland and in Newry": the
                # section's own town first
                towns = [line, *towns]
            if len(towns) >= 2:
                m.location = towns[0].to_location()
                taken.append((m, towns[1:]))
            elif towns and _specific(towns[0]):
                m.location = towns[0].to_location()  # "took over the town of Pando, 20 miles from the capital"
    for m, more in taken:
        # "captured Kandahar and Herat": one event per place taken, each named by its town
        at = next(k for k, x in enumerate(mentions) if x is m) + 1
        mentions[at:at] = [
            replace(m, location=t.to_location(), trigger=replace(m.trigger, start=t.start)) for t in more
        ]


_WHERE = re.compile(r",?\s+where\b")
_MEASURED_FROM = re.compile(r",\s*(?:an?\s+(?:[\w-]+\s+){0,6}?)?" + DISTANCE_BEARING + r"(?:the\s+)?", re.IGNORECASE)
_HERE_BEFORE = re.compile(r"\bhere,?\s+(?:and\s+)?(?:in\s+)?\Z")
_IN_REGION = re.compile(r",\s+in\s+(?:the\s+)?")  # "at Wellawaya, in Uva province"
# "crowds there attacked", "fighting there went on": the place the sentence before named (not "there were no
# incidents", which places nothing)
_THERE = re.compile(
    r"(?<!here and )\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|seems?|"
    r"seemed|appears?|appeared|remains?|remained|'s|to be)\b)",
    re.IGNORECASE,
)
# "signed a declaration here", "were killed here on Monday": the act's own words, up to three of them, then "here"
_HERE = re.compile(r"\S*(?:\s+[\w'-]+){0,3}\s+here\b(?!\s+and\s+there)")


_SIGNING = word_lists("event_frames.json").words("signing_words")


def _agreement_placed_before(m: Frame, mentions: list[Frame], filed: int = 0) -> Location | None:
    """The place of an agreement the text told before ``m`` in a sentence that named it (or in the first sentence,
    placed by the dateline), when ``m`` is an agreement whose own sentence names none."""
    if m.etype.acled_sub != "Agreement" or m.trigger.text.lower() not in _SIGNING or m.placed_here():
        return None
    for other in mentions:
        if other is m or other.sentence >= m.sentence:
            break
        placed = other.placed_here() or other.sent_start <= filed
        if other.etype.acled_sub == "Agreement" and other.location is not None and placed:
            return other.location
    return None


def _signed_at_dateline(m: Frame, pool: list[Toponym], text: str) -> bool:
    """Is ``m`` an agreement told in the article's first sentence, which names no town or site? (A name used as a
    modifier names none: "the leaders of the Salisbury administration signed an agreement at Lancaster House".)"""
    if m.etype.acled_sub != "Agreement" or m.sent_start > dateline_end(text):
        return False
    return not any(m.sent_start <= t.start < m.sent_end and t.precision == "point" and not t.modifier for t in pool)


def _told_here(text: str, m: Frame) -> bool:
    """Is the act told as done "here", the reporter's place, in a sentence quoting no one?"""
    sentence = text[m.sent_start : m.sent_end]
    if any(q in sentence for q in ('"', "\u201c", "\u201d")):
        return False  # '"We will stay here," he said': the speaker's place
    return _HERE.match(text, m.trigger.start, m.sent_end) is not None


_SCENE_OPENER = re.compile(r"\s*(?:Also\s+)?(?:In|At|Near|Outside)\s+\Z")


def _opens_scene(text: str, t: Toponym) -> bool:
    """Does ``t`` open a paragraph or a sentence of its own scene ("...\n\nIn Kinshasa, crowds attacked ...", "...
    outside the White House. In Leningrad, 200,000 filled Palace Square")? Its place is that paragraph's or that
    sentence's, not one for the sentence before it that names a town the gazetteer resolves weakly."""
    start = max(text.rfind("\n", 0, t.start), text.rfind(". ", 0, t.start) + 1) + 1
    return start > 0 and _SCENE_OPENER.match(text, start, t.start) is not None


def _where_clause_of(places: list[Toponym], sent_start: int, trigger: int, text: str) -> Toponym | None:
    """The town a relative clause of place tells the event in ("the violence reached the hill capital Kandy, where
    much of the main shopping street was burned, and the nearby towns of Gampola"): the last town named before the
    trigger, right before "where", with no other place between them."""
    before = [t for t in places if sent_start <= t.start and t.end <= trigger and t.feature != "demonym"]
    if not before:
        return None
    t = before[-1]
    if (
        t.precision != "point"
        and len(before) >= 2
        and before[-2].precision == "point"
        and _IN_REGION.fullmatch(text, before[-2].end, t.start)
        and _WHERE.match(text, t.end) is not None
    ):
        return before[-2]  # "at Wellawaya, in Uva province, where police beat off a band": the town, not its region
    if len(before) >= 2 and _WHERE.match(text, t.end) is not None and _city_around(t, before[-2:-1], text):
        return before[-2]  # "in Tottenham, in north London, where youths stoned a police station": the suburb
    if (
        len(before) >= 2
        and _WHERE.match(text, t.end) is not None
        and _MEASURED_FROM.fullmatch(text, before[-2].end, t.start)
    ):
        # "in Bishoftu, a town about 40 km south-east of Addis Ababa, where hundreds of thousands had gathered": the
        # town measured from the city, not the city
        return before[-2]
    if not _specific(t) or _WHERE.match(text, t.end) is None:
        return None
    return t


_SECTION = re.compile(r"\n\n(?=[A-Z])")


def round_up_sections(text: str) -> list[int]:
    """Where the paragraphs of a round-up that open with a dateline of their own begin ("MITROVICA - The trouble
    began ...", "BELGRADE AND NIS - Shortly after midnight ...")."""
    return [m.end() for m in _SECTION.finditer(text) if dateline_end(text[m.end() : m.end() + 80]) > 0]


def paragraph_datelines(places: list[Toponym], text: str) -> list[tuple[int, int, Toponym]]:
    """The paragraphs of a round-up that open with a town of their own in capitals, as a dateline does ("KUNDUZ -
    Insurgents fired rockets ..."): (paragraph start, paragraph end, town)."""
    out = []
    sections = set(round_up_sections(text))
    for t in places:
        if t.start not in sections or not t.text.isupper() or not _specific(t):
            continue
        # the section runs to the next dateline's paragraph ("PODGORICA - thousands marched ...\n\nA smaller rally
        # was held in Niksic"), or to the end of the text
        end = min((x for x in sections if x > t.start), default=len(text))
        out.append((t.start, end, t))
    return out


def _paragraph_dateline(lines: list[tuple[int, int, Toponym]], at: int) -> Toponym | None:
    return next((t for lo, hi, t in lines if lo <= at < hi), None)


def _distinct(towns: list[Toponym]) -> list[Toponym]:
    seen: set[str] = set()
    out = []
    for t in towns:
        if t.name not in seen:
            seen.add(t.name)
            out.append(t)
    return out


# "KYIV - ", "ABUJA/NIAMEY - ", "PESHAWAR, Pakistan - " (a city in capitals, then perhaps its country), then perhaps
# the day it is filed ("KHARTOUM, April 17 - ", "BRIGHTON, England, Oct 13 - ")
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .,'/()-]{1,60}?(?:,\s+[A-Z][A-Za-z .'-]{1,40}?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    # (the agency in brackets, of one word or a few: "(Reuters)", "(Thomson Reuters Foundation)")
    r"\s+(?:-|–|—|\([A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3}\)\s*-)\s"
)


def dateline_end(text: str) -> int:
    """Where a wire story's dateline ("KATHMANDU (Reuters) - ") ends in its text; 0 when it has none."""
    m = _DATELINE.match(text)
    return m.end() if m is not None else 0


def without_dateline(toponyms: list[Toponym], text: str) -> list[Toponym]:
    """A wire story's dateline ("MAPUTO - ...") names where the reporter files from, not where the events happened:
    its place is left out when the article names any other place."""
    end = dateline_end(text)
    if end == 0:
        return toponyms
    rest = [t for t in toponyms if t.start >= end]
    # a name used as a modifier ("Beijing-imposed") is no other place: the dateline then stays
    return rest if any(t.lat is not None and not not_the_place(t, text) for t in rest) else toponyms
