"""Issue 11: codebook rules that read an event's outcome, written from the ACLED Codebook (2023) and PLOVER
definitions (sentences made up for these tests, not taken from any dataset).

- An attack that only burns or destroys property is property destruction; goods taken in a raid make one only when
  the text says no one was hurt.
- A fight whose own scene tells that a side took the place ("overran it", "forcing them to abandon it") is coded
  by its outcome: a non-state actor overtakes territory, or the government regains it.
- Residents blocking a road demonstrate; forces blocking a march intervene. Deaths named as a grievance ("amid
  deaths due to flooding") are no deaths of the protest.
- PLOVER: cyber operations are COERCE, a handover of medicine is AID, a promised release is AGREE (and no ACLED
  event: it has not happened), an announced decision to sanction is SANCTION, a relief operation is no attack.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sitroom.model import Article, Event
from sitroom.pipeline import Pipeline

pytestmark = pytest.mark.slow

_DAY = dt.date(2024, 5, 6)

# sentence -> (ACLED sub-event type, PLOVER event); None: that field is not checked
CASES: dict[str, tuple[str | None, str | None]] = {
    "Gunmen attacked the village of Tiba on Monday, fired shots in the air and burned the school.": (
        "Looting/property destruction",
        None,
    ),
    "Militants attacked a health centre in Gorom on Tuesday and set fire to its pharmacy.": (
        "Looting/property destruction",
        None,
    ),
    "Raiders attacked the village of Kana on Monday and stole cattle. No one was hurt.": (
        "Looting/property destruction",
        None,
    ),
    "Militants in the village torched houses and looted shops on Tuesday, killing three people.": ("Attack", None),
    "On August 3, militants seized a truck carrying food near Dori.": ("Looting/property destruction", None),
    "Militants attacked the army base in Tamba on Sunday and overran it.": (
        "Non-state actor overtakes territory",
        "ASSAULT",
    ),
    "Rebels attacked the town of Kiwanja on Monday and took control of it after hours of fighting.": (
        "Non-state actor overtakes territory",
        None,
    ),
    "Soldiers raided the rebel camp near Beni on Monday, forcing the fighters to abandon it.": (
        "Government regains territory",
        None,
    ),
    "Residents blocked the road linking Kaya and Dori on Monday in protest against insecurity.": (
        "Peaceful protest",
        "PROTEST",
    ),
    "Police blocked the opposition march in Ouagadougou on Monday and dispersed the crowd.": (
        "Protest with intervention",
        None,
    ),
    "Traders protested in Bobo-Dioulasso on Monday amid several deaths due to flooding.": ("Peaceful protest", None),
    "The army launched Operation Sirocco in the Sahel region on Monday.": ("Change to group/activity", None),
    "Armed men set base in the forest near Djibo in May, residents said.": ("Headquarters or base established", None),
    "Hackers hacked into the computers of the defence ministry on Monday.": (None, "COERCE"),
    "Doctors handed over two tonnes of medicine to the Red Cross in Mopti on Monday.": (None, "AID"),
    "The rebels said on Monday they will release the hostages on Sunday.": (None, "AGREE"),
    "The government announced on Monday it would suspend all aid to the country.": (None, "SANCTION"),
    "The United Nations began a relief operation in the flooded province on Monday.": (None, "AID"),
    # issue 10: a raid by forces that ends in arrests and hurts no one is the arrests (COERCE, mode arrest)
    "Police raided three homes in Malindi on Monday and arrested four suspects.": ("Arrests", "COERCE"),
    "Medics evacuated the most seriously injured from Malindi on Monday.": (None, "AID"),
    # a petition is a demand, not a public gathering (ACLED codes demonstrations)
    "Residents of Malindi signed a petition against the new road on Monday.": (None, "REQUEST"),
    "Police raided a bar in Malindi on Friday night, beating patrons and injuring six.": ("Attack", "ASSAULT"),
}


@pytest.fixture(scope="module")
def main_events(nlp: Any, geoparser: Any) -> dict[str, list[Event]]:
    pipe = Pipeline(nlp=nlp, geoparser=geoparser)
    texts = list(CASES)
    out: dict[str, list[Event]] = {}
    for article, events in pipe.run_many([Article(f"o{i}", t, _DAY) for i, t in enumerate(texts)]):
        out[texts[int(article.id[1:])]] = sorted(events, key=lambda e: e.salience_rank)
    return out


@pytest.mark.parametrize("text", list(CASES))
def test_codebook_outcome_types_issue11(main_events: dict[str, list[Event]], text: str) -> None:
    sub, plover = CASES[text]
    events = main_events[text]
    assert events, text
    main = events[0]
    if sub is not None:
        assert main.acled_sub_event_type == sub, text
    if plover is not None:
        assert main.plover_event == plover, text


def test_codebook_grievance_deaths_are_not_the_protests_issue11(main_events: dict[str, list[Event]]) -> None:
    main = main_events["Traders protested in Bobo-Dioulasso on Monday amid several deaths due to flooding."][0]
    assert main.fatalities.killed is None


def test_codebook_promised_release_is_no_acled_event_issue11(main_events: dict[str, list[Event]]) -> None:
    main = main_events["The rebels said on Monday they will release the hostages on Sunday."][0]
    assert main.acled_event_type is None


def test_background_antecedent_without_date_is_no_event_issue10(nlp: Any, geoparser: Any) -> None:
    """In a whole article, an antecedent told only relative to another event ("days after she was detained") has no
    date of its own: it is background, not an event of the article's day (issue 10, narrative time)."""
    text = (
        "Thousands of students marched in the capital on Friday. The protests began after a student died on "
        "Monday, three days after she was detained by the police for her clothing. Marchers carried her portrait. "
        "Shops stayed closed. Traffic was diverted around the square. Teachers joined the march. The rally ended "
        "peacefully in the evening."
    )
    [(_, events)] = list(Pipeline(nlp=nlp, geoparser=geoparser).run_many([Article("bg", text, _DAY)]))
    assert events
    assert not [e for e in events if e.acled_sub_event_type == "Arrests"]
