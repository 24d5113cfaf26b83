"""Within-article coreference (``extract.coref``) and narrative time (``pipeline.corefer_step``), issue 10: the
headline, the lead and later sentences about one happening are one event with every sentence kept; two happenings
(two places, two days, two weapons) stay two; a sentence without a time of its own takes the day the article has
established; a date found only through the publication date says so.

The articles are invented wire copy (7 sentences, read as whole articles) about real towns of the GeoNames cities500
gazetteer. The expectations follow the ACLED codebook (one event per actor pair, place and day; a toll is the most
specific one stated, never a sum) and the linguistics of anaphora (a definite description, "the strike", refers back
to an event already told) and narrative time (a sentence without a time adverbial continues the reference time
of the one before), not any gold record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from sitroom.model import Event
from sitroom.pipeline import Context
from tests.article_cases import context_runner, violent

ARTICLES: dict[str, tuple[str, str]] = {
    # one happening, told by a lead and later definite descriptions of it
    "one-kutum": (
        "2024-05-14",
        "An air strike killed 12 people at a market in Kutum on Monday, residents said. "
        "The strike destroyed dozens of stalls and a mosque nearby. "
        "Witnesses said the jets flew over the town twice before dropping their bombs. "
        "The attack was the deadliest in the area this month. "
        "Medical workers said many of the wounded were children. "
        "The town has been cut off from aid for weeks. "
        "Local leaders called for an investigation.",
    ),
    "one-baidoa": (
        "2024-04-08",
        "A car bomb exploded outside a police station in Baidoa on Sunday, killing five people. "
        "The blast shattered windows in nearby shops and set several cars on fire. "
        "Police said the bomb had been hidden in a parked minibus. "
        "The bombing was the second in the town this year. "
        "The mayor visited the wounded in hospital. "
        "Security was tightened at checkpoints around the town. "
        "Schools were closed on Monday.",
    ),
    "one-mandera": (
        "2024-10-19",
        "Gunmen attacked a bus carrying traders near Mandera on Friday, killing four passengers. "
        "The attack happened about 20 kilometres from the town. "
        "The gunmen escaped toward the border after the attack. "
        "Survivors said the attackers had stopped the bus at a makeshift roadblock. "
        "The county commissioner said security would be increased. "
        "The road has been closed to traffic. "
        "Local leaders appealed for calm.",
    ),
    "one-maiduguri": (
        "2024-06-15",
        "A suicide bomber killed at least 10 people at a mosque in Maiduguri on Friday, police said. "
        "The bomber blew himself up during evening prayers. "
        "The death toll from the bombing later rose to 15, hospital officials said. "
        "Dozens of worshippers were wounded in the blast. "
        "No group has claimed the attack. "
        "The governor ordered a curfew in the area. "
        "Mosques across the city were guarded on Saturday.",
    ),
    "one-kupiansk": (
        "2024-02-09",
        "Shelling killed four civilians in Kupiansk on Thursday, local officials said. "
        "A shell struck a residential building in the centre of the town. "
        "Two children were among the wounded. "
        "Repair crews worked through the night. "
        "Officials urged residents to leave the area. "
        "Shops stayed closed. "
        "The town lies close to the front line.",
    ),
    "one-condemned": (  # statements that refer to the strike join it (a weak mention)
        "2024-05-14",
        "An air strike hit a crowded market in Kutum on Sunday, killing 14 people, witnesses said. "
        "Smoke rose over the town for hours after the strike. "
        "The foreign ministry of a neighbouring country condemned the strike in a statement. "
        "Aid agencies said they could not reach the wounded. "
        "Traders said they had lost everything. "
        "The town has been besieged for weeks. "
        "Food prices have tripled.",
    ),
    "one-mopti": (
        "2024-08-21",
        "A roadside bomb killed three soldiers near Mopti on Tuesday, the army said. "
        "The bomb struck a patrol vehicle on the road to Douentza. "
        "The prime minister called the bombing an act of terrorism. "
        "Relatives gathered at the military hospital. "
        "The army said it had reinforced its positions. "
        "Traffic on the road was suspended. "
        "Traders said they feared for their goods.",
    ),
    # two happenings: two towns and two days, or one town and one day with two weapons
    "two-darfur": (
        "2024-05-18",
        "Drones struck the town of Kutum on Monday, killing three people, residents said. "
        "On Wednesday, an air strike hit a market in Mellit, killing seven people. "
        "Both towns lie in North Darfur. "
        "Aid workers said supplies were running low. "
        "Many families have fled toward the border. "
        "The warring parties have not commented. "
        "Talks have stalled since last year.",
    ),
    "two-sahel": (
        "2023-11-25",
        "Jihadists attacked an army post in Djibo on Tuesday, killing nine soldiers, the army said. "
        "On Thursday, a separate attack on a convoy near Dori killed three civilians. "
        "Both towns are in the Sahel region. "
        "The army said it had killed dozens of militants in response. "
        "Aid groups said thousands of people had fled. "
        "The government has not commented on the attacks. "
        "Fuel prices in the region have risen sharply.",
    ),
    "two-kivu": (
        "2024-01-30",
        "Artillery shells hit the town of Beni on Saturday, killing two people. "
        "The shelling damaged a school and a health centre. "
        "On Monday, rebels clashed with soldiers near Butembo. "
        "The fighting forced hundreds of families from their homes. "
        "The army said it had repelled the attack. "
        "Aid workers said food was running short. "
        "The region has seen fighting for decades.",
    ),
    "two-weapons": (
        "2024-05-14",
        "Warplanes bombed Kutum on Monday, killing six people, residents said. "
        "Later the same day, rebel artillery shelled the eastern district of the town, killing two more. "
        "The air raid destroyed a clinic. "
        "The shelling hit several homes. "
        "Aid workers said the wounded could not be evacuated. "
        "The town has been besieged for months. "
        "Food is running short.",
    ),
    # narrative time: a sentence without its own time continues the day established before it
    "time-kenya": (
        "2024-06-28",
        "On Wednesday, police fired tear gas at protesters in Nairobi who were marching against new taxes. "
        "In Kisumu, two protesters were shot. "
        "Shops in the city centre stayed closed. "
        "Hundreds of people were arrested across the country, rights groups said. "
        "The president defended the police. "
        "Opposition leaders called for more protests next week. "
        "Parliament will debate the bill again in July.",
    ),
    "time-mali": (
        "2024-03-10",
        "On 3 March, soldiers clashed with militants near Gao. "
        "In Ansongo, two civilians were killed by a landmine. "
        "The army said it had lost four men in the fighting. "
        "Traders in Gao closed their shops. "
        "The governor urged calm. "
        "Aid groups said roads were unsafe. "
        "Fuel convoys were suspended.",
    ),
    "time-borno": (
        "2024-07-20",
        "On Tuesday, gunmen attacked a market in Maiduguri, killing three traders. "
        "In Bama, a suicide bomber killed five people at a mosque. "
        "Hundreds of residents fled to camps near the city. "
        "The state governor visited the wounded. "
        "The army said it had arrested several suspects. "
        "Markets reopened on Friday. "
        "Residents remain fearful.",
    ),
    "time-ituri": (  # the last established day wins: Thursday, not Monday
        "2024-11-09",
        "Gunmen attacked a church in Beni on Monday, killing four worshippers. "
        "On Thursday, militiamen raided a camp for displaced people near Komanda. "
        "In Mambasa, three traders were abducted. "
        "The army said it was pursuing the attackers. "
        "Aid groups suspended their work in the area. "
        "Local leaders asked for more troops. "
        "The province has been under military rule since 2021.",
    ),
    # the seed's trap: the only anchor of "a day after" is the publication date
    "after-bamenda": (
        "2024-06-12",
        "Separatist leaders accepted a truce proposed by regional mediators. "
        "This came a day after the army launched an offensive in the hills around Bamenda. "
        "The conflict has lasted for seven years. "
        "The truce calls for both sides to withdraw heavy weapons. "
        "Church leaders welcomed the agreement. "
        "Schools in the region have been closed for years. "
        "Many residents remain sceptical.",
    ),
    "after-tessalit": (
        "2024-04-18",
        "Hundreds of families fled the town of Tessalit, a day after the army launched an offensive against rebels "
        "in the area. "
        "Aid workers said the families had walked for two days. "
        "The rebels have not commented. "
        "The region has been unstable for years. "
        "Many of the families have relatives in Algeria. "
        "Food prices have risen. "
        "The road to the north is closed.",
    ),
    "after-anefis": (
        "2024-02-02",
        "Mediators announced a ceasefire in the Kidal region. "
        "It came a day after rebels seized the town of Anefis from the army. "
        "The ceasefire is meant to allow talks. "
        "Both sides have accused each other of breaking earlier deals. "
        "Residents said the town was calm. "
        "Many shops stayed shut. "
        "Aid convoys are expected next week.",
    ),
    "after-gao": (
        "2024-10-05",
        "The government declared three days of mourning. "
        "The move comes a day after a suicide bomber killed 20 people at a market in Gao. "
        "Flags flew at half mast across the country. "
        "The president cut short a foreign visit. "
        "Security was stepped up in the capital. "
        "Schools will reopen on Monday. "
        "Opposition parties called for national unity.",
    ),
}


@pytest.fixture(scope="module")
def run(nlp: Any, geoparser: Any) -> Callable[[str], Context]:
    return context_runner(nlp, geoparser, ARTICLES)


def _show(events: list[Event]) -> str:
    return "\n".join(
        f"  {e.plover_event}/{e.acled_event_type}/{e.acled_sub_event_type or e.non_acled_type}"
        f" place={e.location.name if e.location else None} date={e.date} ({e.date_anchor})"
        f" killed={e.fatalities.killed} mentions={len(e.mentions)} evidence={e.evidence.sentence!r}"
        for e in events
    )


def _told_in(key: str, ctx: Context, sentence: str) -> list[Event]:
    assert sentence in ARTICLES[key][1], f"test data: {sentence!r} is not in {key}"
    return [e for e in ctx.events if sentence in e.evidence.sentence]


def _published(key: str) -> date:
    return date.fromisoformat(ARTICLES[key][0])


# --- one event per happening, every supporting sentence kept ---------------------------------------------------


@pytest.mark.parametrize(
    ("key", "lead", "later"),
    [
        (
            "one-kutum",
            "An air strike killed 12 people at a market in Kutum on Monday",
            (
                "The strike destroyed dozens of stalls",  # what the strike did is the strike
                "dropping their bombs",  # the jets' bombs: the air strike, no second (IED) event
                "The attack was the deadliest in the area this month.",  # "this month" bounds "deadliest"
            ),
        ),
        (
            "one-baidoa",
            "A car bomb exploded outside a police station in Baidoa on Sunday",
            (
                "The blast shattered windows",
                "Police said the bomb had been hidden",
                "The bombing was the second in the town this year.",  # "this year" bounds "the second"
            ),
        ),
        (
            "one-mandera",
            "Gunmen attacked a bus carrying traders near Mandera on Friday",
            ("The attack happened about 20 kilometres from the town.", "Survivors said the attackers had stopped"),
        ),
        (
            "one-maiduguri",
            "A suicide bomber killed at least 10 people at a mosque in Maiduguri on Friday",
            ("The death toll from the bombing later rose to 15", "Dozens of worshippers were wounded in the blast."),
        ),
        (
            "one-kupiansk",
            "Shelling killed four civilians in Kupiansk on Thursday",
            ("A shell struck a residential building in the centre of the town.",),
        ),
        (
            "one-condemned",
            "An air strike hit a crowded market in Kutum on Sunday",
            ("Smoke rose over the town for hours after the strike.", "condemned the strike in a statement."),
        ),
        (
            "one-mopti",
            "A roadside bomb killed three soldiers near Mopti on Tuesday",
            ("The bomb struck a patrol vehicle", "The prime minister called the bombing an act of terrorism."),
        ),
    ],
)
def test_coref_later_sentences_join_the_lead_event_issue10(
    run: Callable[[str], Context], key: str, lead: str, later: tuple[str, ...]
) -> None:
    ctx = run(key)
    events = _told_in(key, ctx, lead)
    assert len(events) >= 1, _show(ctx.events)
    event = next((e for e in events if violent(e)), events[0])
    sentences = [m.sentence for m in event.mentions]
    assert len(sentences) >= 1 + len(later), f"mentions: {sentences}\n{_show(ctx.events)}"
    for s in later:
        assert any(s in m for m in sentences), f"{s!r} not among the event's mentions:\n{_show(ctx.events)}"
    assert event.evidence.sentence in sentences


@pytest.mark.parametrize(
    ("key", "count"),
    [
        ("one-kutum", 1),
        ("one-baidoa", 1),
        ("one-mandera", 1),
        ("one-maiduguri", 1),
        ("two-darfur", 2),
        ("two-sahel", 2),
        ("two-weapons", 2),
        ("two-kivu", 2),
    ],
)
def test_coref_one_event_per_happening_issue10(run: Callable[[str], Context], key: str, count: int) -> None:
    violent_events = [e for e in run(key).events if violent(e)]
    assert len(violent_events) == count, _show(violent_events)


@pytest.mark.parametrize(
    ("key", "happenings"),
    [
        ("two-darfur", [("Kutum", "2024-05-13", "Air/drone strike", 3), ("Mellit", "2024-05-15", None, 7)]),
        ("two-sahel", [("Djibo", "2023-11-21", None, 9), ("Dori", "2023-11-23", None, 3)]),
        ("two-kivu", [("Beni", "2024-01-27", None, 2), ("Butembo", "2024-01-29", "Armed clash", None)]),
        (
            "two-weapons",
            [
                ("Kutum", "2024-05-13", "Air/drone strike", 6),
                ("Kutum", "2024-05-13", "Shelling/artillery/missile attack", 2),
            ],
        ),
    ],
)
def test_coref_distinct_happenings_stay_apart_issue10(
    run: Callable[[str], Context], key: str, happenings: list[tuple[str, str, str | None, int | None]]
) -> None:
    """Two places or two days, or two weapon types, are two events, each with its own toll (never summed)."""
    violent_events = [e for e in run(key).events if violent(e)]
    found: list[Event] = []
    for place, day, sub, killed in happenings:
        match = [
            e
            for e in violent_events
            if e.location is not None
            and e.location.name == place
            and e.date == date.fromisoformat(day)
            and (sub is None or e.acled_sub_event_type == sub)
            and e.fatalities.killed == killed
            and e not in found
        ]
        assert match, f"no event for {place} on {day} ({sub}, killed {killed}):\n{_show(violent_events)}"
        found.append(match[0])


def test_coref_toll_update_wins_issue10(run: Callable[[str], Context]) -> None:
    key = "one-maiduguri"
    ctx = run(key)
    lead = _told_in(key, ctx, "A suicide bomber killed at least 10 people")
    assert [e.fatalities.killed for e in lead] == [15], _show(ctx.events)


# --- narrative time ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "sentence", "day"),
    [
        ("time-kenya", "In Kisumu, two protesters were shot.", "2024-06-26"),  # Wednesday
        ("time-mali", "In Ansongo, two civilians were killed by a landmine.", "2024-03-03"),
        ("time-borno", "In Bama, a suicide bomber killed five people at a mosque.", "2024-07-16"),  # Tuesday
        ("time-ituri", "In Mambasa, three traders were abducted.", "2024-11-07"),  # Thursday, not Monday
    ],
)
def test_coref_narrative_time_issue10(run: Callable[[str], Context], key: str, sentence: str, day: str) -> None:
    ctx = run(key)
    events = [e for e in _told_in(key, ctx, sentence) if violent(e)]
    assert events, f"the sentence reports an event of its own:\n{_show(ctx.events)}"
    for e in events:
        assert e.date == date.fromisoformat(day), _show(events)
        assert e.date != _published(key)
        assert e.date_anchor in ("narrative", "text", "publication"), _show(events)


# --- "a day after ...": anchored on the publication date --------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        ("after-bamenda", "This came a day after the army launched an offensive"),
        ("after-tessalit", "a day after the army launched an offensive against rebels"),
        ("after-anefis", "It came a day after rebels seized the town of Anefis from the army."),
        ("after-gao", "The move comes a day after a suicide bomber killed 20 people at a market in Gao."),
    ],
)
def test_coref_day_after_anchored_on_publication_issue10(
    run: Callable[[str], Context], key: str, sentence: str
) -> None:
    ctx = run(key)
    events = [e for e in _told_in(key, ctx, sentence) if violent(e)]
    assert events, f"the offensive is an event:\n{_show(ctx.events)}"
    day_before = date.fromordinal(_published(key).toordinal() - 1)
    for e in events:
        assert (e.date, e.date_precision, e.date_anchor) == (day_before, "day", "publication"), _show(events)
