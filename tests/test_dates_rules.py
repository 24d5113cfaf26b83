"""Ranges, "since", source dates and which expression dates an event (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract.dates import event_date, find_times

PUB = date(2023, 11, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Strikes went on from 30 October to 2 November.", "from 30 October to 2 November", "2023-10-30", "2023-11-02"),
        ("Strikes went on October 30-Nov. 2 in the port.", "October 30-Nov. 2", "2023-10-30", "2023-11-02"),
        ("Strikes went on 28 December to 3 January.", "28 December to 3 January", "2022-12-28", "2023-01-03"),
        ("A review of 1 JANUARY TO 30 JUNE 2023 appeared.", "1 JANUARY TO 30 JUNE 2023", "2023-01-01", "2023-06-30"),
        ("Clashes on November 6th and 7th left two dead.", "November 6th and 7th", "2023-11-06", "2023-11-07"),
        ("Herders fought between Nov.6-7 near the river.", "Nov.6-7", "2023-11-06", "2023-11-07"),
        ("A survey (May 2022 – August 2023) is out.", "May 2022 – August 2023", "2022-05-01", "2023-08-01"),
        ("Fighters withdrew over the weekend.", "over the weekend", "2023-11-04", "2023-11-05"),
    ],
)
def test_dates_rules_ranges(text: str, span: str, start: str, end: str) -> None:
    (t,) = find_times(text, PUB)
    assert (t.text, t.date.isoformat(), t.end_date.isoformat() if t.end_date else None) == (span, start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot was looted by men - said to be soldiers - on 4 November.", ["4 November"]),
        ("The depot was looted by men, believed to be soldiers, on 4 November.", ["4 November"]),
        ("The vote is to be held on 4 December.", []),
        ("Crowds have rallied since Monday.", ["since Monday"]),
    ],
)
def test_dates_rules_clause_bounds_the_future_and_since_is_kept(text: str, expected: list[str]) -> None:
    assert [t.text for t in find_times(text, PUB)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Troops shelled a market on Monday (source dated 15/11/2023).", None, "2023-11-13"),
        ("Troops shelled a market yesterday (source dated 7/11).", PUB, "2023-11-06"),
        ("Troops shelled a market yesterday (dated 7/11 in the log).", PUB, "2023-11-08"),
    ],
)
def test_dates_rules_relative_words_count_from_the_source_date(
    text: str, published: date | None, expected: str
) -> None:
    first = find_times(text, published)[0]
    assert first.date.isoformat() == expected


def _date_of(text: str, trigger: str, published: date = PUB, later: bool = False) -> tuple[str, str | None]:
    """The date and date text of the event at ``trigger``, its sentence taken up to the next full stop."""
    times = find_times(text, published)
    pos = text.index(trigger)
    start = text.rfind(". ", 0, pos) + 2 if text.rfind(". ", 0, pos) >= 0 else 0
    end = text.find(".", pos) + 1
    d, _, date_text = event_date(times, start, end, pos, published, text, later=later)
    assert d is not None
    return d.isoformat(), date_text


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a relational expression after the trigger dates the event it takes the trigger's as reference for
        ("Traders marched against the arrest of a colleague the previous day.", "marched", ("2023-11-09", None)),
        ("Two days before the vote, crowds marched in the capital.", "marched", ("2023-11-09", None)),
        ("Crowds marched in the capital two days earlier.", "marched", ("2023-11-09", None)),
        ("The day before, crowds marched in the capital.", "marched", ("2023-11-08", "The day before")),
        # a toll counted "since" a day is summed up to the report; an activity "since" a day began then
        ("Police have killed four protesters since Monday.", "killed", ("2023-11-09", None)),
        ("Dock workers have been on strike since 6 November.", "strike", ("2023-11-06", "since 6 November")),
        # a written date overrules a day word in apposition or in its sentence
        ("Twelve people were killed yesterday, Thursday.", "killed", ("2023-11-09", "Thursday")),
        ("On 7 November, overnight, youths burned a bus.", "burned", ("2023-11-07", "7 November")),
        ("Four died in today's shelling of the port on 6 November.", "shelling", ("2023-11-06", "6 November")),
        ("Police were hurt yesterday in a riot after a killing on Monday.", "hurt", ("2023-11-08", "yesterday")),
        # a day before a month: the month is the background
        (
            "On 7 November, after a first round in August, police evicted 40 families.",
            "evicted",
            ("2023-11-07", "7 November"),
        ),
        (
            "Fourteen died over the weekend near a camp raided on 2 November.",
            "died",
            ("2023-11-04", "over the weekend"),
        ),
        # a fronted date set off by a comma frames the clause after it; later dates belong to later clauses
        ("On Monday, the activist vanished and resurfaced on Wednesday.", "vanished", ("2023-11-06", "On Monday")),
        ("Arrests: on Monday, police held two men freed on Wednesday.", "held", ("2023-11-06", "on Monday")),
        ("The activist vanished on Monday and resurfaced on Wednesday.", "resurfaced", ("2023-11-08", "on Wednesday")),
        # a period that contains the publication day gives that day
        ("Students rioted on 6-10 November at the campus.", "rioted", ("2023-11-09", "6-10 November")),
        ("Casualty report: 1 October to 15 November.", "report", ("2023-11-09", "1 October to 15 November")),
    ],
)
def test_dates_rules_event_date(text: str, trigger: str, expected: tuple[str, str | None]) -> None:
    assert _date_of(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "later", "expected"),
    [
        ("Vendors rioted in the market. The riot began late 6/11.", "rioted", True, ("2023-11-06", "6/11")),
        ("Vendors rioted in the market. The riot began late 6/11.", "rioted", False, ("2023-11-09", None)),
        ("Vendors rioted in the market. A curfew began last week.", "rioted", True, ("2023-11-09", None)),
        ("Vendors rioted in the market. A curfew begins on 20 November.", "rioted", True, ("2023-11-09", None)),
        # a future date in the sentence does not hide the date before it
        (
            "Alert raised: 7 November. Police warned of attacks before the feast on 20 November.",
            "warned",
            False,
            ("2023-11-07", "7 November"),
        ),
    ],
)
def test_dates_rules_brief_states_its_date_once(
    text: str, trigger: str, later: bool, expected: tuple[str, str | None]
) -> None:
    assert _date_of(text, trigger, later=later) == expected


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("The war has killed thousands since November 2020, officials said.", "since November 2020", "2020-11-01"),
        ("Talks have stalled since March 2019.", "since March 2019", "2019-03-01"),
        ("Protests have continued since November.", "since November", "2023-11-01"),
    ],
)
def test_dates_rules_since_keeps_its_written_year(text: str, span: str, day: str) -> None:
    """ "since November 2020": the month with its year, not "since November" of the publication year (the
    prefix word made the shorter match the longer one)."""
    (t,) = find_times(text, PUB)
    assert (t.text, t.date.isoformat()) == (span, day)
