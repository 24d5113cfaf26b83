"""Agreements and arrests in whole articles are ACLED strategic developments only in a political conflict.

The ACLED codebook codes strategic developments "within the context of the political violence and demonstrations"
it records: an Agreement is between parties to a conflict (a ceasefire, a peace deal, a prisoner exchange), an
Arrest is politically motivated or of a significant individual. A town council agreeing a budget, or the police
arresting a burglar, is PLOVER's (AGREE, COERCE/arrest) and no ACLED event. A whole article that names no event
word at all reports no event, and a crowd gathered with no grievance stated is no demonstration. The articles are
invented wire copy of seven sentences (read as whole articles, not as a coder's note) about real towns of the
GeoNames gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitroom.extract.reportable import about_conflict
from sitroom.pipeline import Context
from tests.article_cases import context_runner, events_in, show_events

ARTICLES: dict[str, tuple[str, str]] = {
    "civic-council": (
        "2024-04-10",
        "The town council of Ennis agreed a new budget for road repairs on Tuesday. "
        "Councillors said the plan would be paid for by a small rise in parking fees. "
        "The council also agreed to open a second library branch next year. "
        "Local shop owners welcomed the decision. "
        "In a separate case, police arrested a man on a burglary charge on Monday. "
        "He was released on bail and will appear in court next month. "
        "The library branch is expected to open in the spring.",
    ),
    "civic-politician": (
        "2024-04-11",
        "Police in Ennis arrested a former minister on Wednesday on charges of fraud. "
        "Investigators said the case concerned public contracts awarded several years ago. "
        "The former minister denied any wrongdoing. "
        "His lawyer said he would fight the charges. "
        "The council said it would review its contracts. "
        "Shops in the town centre were busy on Wednesday. "
        "The court will hear the case in June.",
    ),
    "civic-no-event-word": (
        "2024-04-12",
        "The police station in Ennis will stay open until nine in the evening from next month. "
        "Longer hours were popular in a survey last year. "
        "The library has also bought two hundred new books for children. "
        "A reading club for teenagers is popular too. "
        "Volunteers help older readers use the computers. "
        "The county pays for the extra staff. "
        "Opening hours on Sundays are unchanged.",
    ),
    "crowds": (
        "2024-04-15",
        "Police shot dead a man who threatened shoppers with a knife in Ennis on Sunday. "
        "A crowd of about two hundred people gathered around the cordoned-off street. "
        "The man had been seen in the market earlier in the day. "
        "On Monday hundreds of people gathered outside the town hall against the new parking fees. "
        "The council said it would meet the organisers. "
        "Shops reopened on Monday afternoon. "
        "An inquiry into the shooting was opened.",
    ),
    "conflict-truce": (
        "2024-05-06",
        "The army and rebels agreed to a ceasefire in Beni on Sunday after weeks of fighting. "
        "The two sides also signed an accord in Kasindi on Monday. "
        "Police arrested 40 protesters who had marched against the war in Butembo on Saturday. "
        "Residents said shops reopened on Monday. "
        "Aid agencies said thousands of families had fled the town. "
        "The United Nations welcomed the truce. "
        "Talks are due to resume in Nairobi next week.",
    ),
}


@pytest.fixture(scope="module")
def run(nlp: Any, geoparser: Any) -> Callable[[str], Context]:
    return context_runner(nlp, geoparser, ARTICLES)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The town council of Ennis agreed a new budget for road repairs on Tuesday.",
        "The council also agreed to open a second library branch next year.",
    ],
)
def test_civic_agreement_is_no_acled_event_issue10(run: Callable[[str], Context], sentence: str) -> None:
    ctx = run("civic-council")
    assert all(e.acled_event_type is None for e in events_in(ctx, sentence)), show_events(ctx)


@pytest.mark.slow
def test_criminal_arrest_is_plover_arrest_not_acled_issue10(run: Callable[[str], Context]) -> None:
    ctx = run("civic-council")
    found = events_in(ctx, "In a separate case, police arrested a man on a burglary charge on Monday.")
    assert found, show_events(ctx)
    assert all(e.acled_event_type is None for e in found), show_events(ctx)
    assert any(e.plover_event == "COERCE" and e.plover_mode == "arrest" for e in found), show_events(ctx)


@pytest.mark.slow
def test_arrest_of_political_figure_is_acled_arrest_issue10(run: Callable[[str], Context]) -> None:
    ctx = run("civic-politician")
    found = events_in(ctx, "Police in Ennis arrested a former minister on Wednesday on charges of fraud.")
    assert any(e.acled_sub_event_type == "Arrests" for e in found), show_events(ctx)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("The army and rebels agreed to a ceasefire in Beni on Sunday after weeks of fighting.", "Agreement"),
        # no conflict word in the sentence: the article is about the conflict
        ("The two sides also signed an accord in Kasindi on Monday.", "Agreement"),
        ("Police arrested 40 protesters who had marched against the war in Butembo on Saturday.", "Arrests"),
    ],
)
def test_conflict_agreement_and_arrest_stay_acled_issue10(
    run: Callable[[str], Context], sentence: str, sub: str
) -> None:
    ctx = run("conflict-truce")
    assert any(e.acled_sub_event_type == sub for e in events_in(ctx, sentence)), show_events(ctx)


@pytest.mark.slow
def test_whole_article_without_event_words_has_no_event_issue10(run: Callable[[str], Context]) -> None:
    """A brief always reports its one event (a coder's note is written about one); a whole article that names no
    event word reports none (its lead sentence is not made a consultation)."""
    ctx = run("civic-no-event-word")
    assert ctx.events == [], show_events(ctx)


@pytest.mark.slow
def test_onlookers_are_no_demonstration_issue10(run: Callable[[str], Context]) -> None:
    """A crowd that gathers with no purpose or grievance stated watches; one gathered against something protests."""
    ctx = run("crowds")
    onlookers = events_in(ctx, "A crowd of about two hundred people gathered around the cordoned-off street.")
    assert all(e.acled_event_type != "Protests" for e in onlookers), show_events(ctx)
    protest = events_in(
        ctx, "On Monday hundreds of people gathered outside the town hall against the new parking fees."
    )
    assert any(e.acled_event_type == "Protests" for e in protest), show_events(ctx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARTICLES["conflict-truce"][1], True),
        (ARTICLES["civic-council"][1], False),
        ("A man was arrested after an attack on a shop. Police said the attack was a robbery.", False),
        ("Curfew was imposed after communal violence; the mob burned shops.", True),
    ],
)
def test_about_conflict_needs_several_conflict_words_issue10(text: str, expected: bool) -> None:
    assert about_conflict(text) is expected
