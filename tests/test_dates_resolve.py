"""Time expressions and event dating (sentences written for these tests)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sitroom.extract.dates import event_date, find_times

PUB = date(2023, 11, 9)  # a Thursday


def _one(text: str, published: date | None = PUB) -> tuple[str, str, str]:
    times = find_times(text, published)
    assert len(times) == 1, times
    t = times[0]
    assert text[t.start : t.end] == t.text
    return t.text, t.date.isoformat(), t.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired on 13 December 2022 at dawn.", ("13 December 2022", "2022-12-13", "day")),
        ("It happened on December 13, 2022.", ("December 13, 2022", "2022-12-13", "day")),
        ("Dated 2022-12-13 in the log.", ("2022-12-13", "2022-12-13", "day")),
        ("The note is dated 13/12/2022.", ("13/12/2022", "2022-12-13", "day")),
        ("Troops arrived on 3 November.", ("3 November", "2023-11-03", "day")),
        ("Troops arrived on 20 December.", ("20 December", "2022-12-20", "day")),
        ("On August 24th, the group struck.", ("August 24th", "2023-08-24", "day")),
        ("A device exploded on the evening of 05/09.", ("05/09", "2023-09-05", "day")),
        ("Protesters marched yesterday.", ("yesterday", "2023-11-08", "day")),
        ("Officials said today that talks failed.", ("today", "2023-11-09", "day")),
        ("Shelling resumed last night.", ("last night", "2023-11-08", "day")),
        ("Rockets struck overnight.", ("overnight", "2023-11-09", "day")),
        ("Rebels attacked on Tuesday.", ("on Tuesday", "2023-11-07", "day")),
        ("Rebels attacked early on Monday.", ("early on Monday", "2023-11-06", "day")),
        ("Rebels attacked Monday night.", ("Monday night", "2023-11-06", "day")),
        ("Rebels attacked on Thursday.", ("on Thursday", "2023-11-09", "day")),
        ("The raid came two days ago.", ("two days ago", "2023-11-07", "day")),
        ("Clashes broke out last week.", ("last week", "2023-10-30", "week")),
        ("Clashes broke out earlier this week.", ("earlier this week", "2023-11-06", "week")),
        ("Clashes broke out last month.", ("last month", "2023-10-01", "month")),
        # the vague halves of a deictic period (Quirk et al. §7.22): the period, not the day of publication
        ("A hunger strike began early this month.", ("early this month", "2023-11-01", "month")),
        ("Clashes broke out late last month.", ("late last month", "2023-10-01", "month")),
        ("Clashes broke out late last week.", ("late last week", "2023-10-30", "week")),
        ("The curfew was imposed early this year.", ("early this year", "2023-01-01", "year")),
        ("In August, a prosecutor spoke.", ("In August", "2023-08-01", "month")),
        ("In December, a prosecutor spoke.", ("In December", "2022-12-01", "month")),
        ("It began in August 2021.", ("August 2021", "2021-08-01", "month")),
        ("In 2022, activists built a checkpoint.", ("In 2022", "2022-01-01", "year")),
        ("Aid arrived this morning.", ("this morning", "2023-11-09", "day")),
        ("In the past 24 hours, the air force struck.", ("In the past 24 hours", "2023-11-09", "day")),
        ("Fighters withdrew over the weekend.", ("over the weekend", "2023-11-04", "week")),
    ],
)
def test_dates_find_times_resolves(text: str, expected: tuple[str, str, str]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Fighting raged between 3 and 5 May.", "2023-05-03", "2023-05-05"),
        ("Fighting raged on 3-5 May.", "2023-05-03", "2023-05-05"),
        ("Fighting raged May 3-5 in the hills.", "2023-05-03", "2023-05-05"),
    ],
)
def test_dates_ranges_have_an_end(text: str, start: str, end: str) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date.isoformat(), t.end_date.isoformat() if t.end_date else None) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old was arrested.",
        "The clinic offers 24/7 care.",
        "Shots were heard at 10:30 and again at 11pm.",
        "300 soldiers and 5 police were deployed.",
        "May 5 people join us? They may march in protest.",
        "Officials met in the coming days.",
        "Polls are scheduled for Friday.",
        "The referendum is to be held in January.",
        "Talks will resume in March.",
    ],
)
def test_dates_never_read_counts_ages_or_times(text: str) -> None:
    assert find_times(text, PUB) == []


def test_dates_without_publication_only_full_dates() -> None:
    text = "On 13 December 2022 police fired; on Tuesday and yesterday they returned; in August 2021 too."
    got = [(t.text, t.date.isoformat()) for t in find_times(text, None)]
    assert got == [("13 December 2022", "2022-12-13"), ("August 2021", "2021-08-01")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Police raided the camp on Monday.", date(2023, 11, 13), "2023-11-13"),  # a Monday: the same day
        ("Police raided the camp last Monday.", date(2023, 11, 13), "2023-11-06"),
        ("Protests erupted on 2 January.", date(2024, 1, 5), "2024-01-02"),
        ("Protests erupted on 30 December.", date(2024, 1, 5), "2023-12-30"),
    ],
)
def test_dates_nearest_past(text: str, published: date, expected: str) -> None:
    (t,) = find_times(text, published)
    assert t.date.isoformat() == expected


ARTICLE = (
    "Rebels accepted the truce on Wednesday. It came a day after the army launched an offensive.\n\n"
    "The offensive killed 30. In August, the rebels had warned of war. Officials repeated the warning.\n\n"
    "Aid agencies appealed for help."
)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Rebels accepted the truce on Wednesday.", "accepted", (date(2023, 11, 8), "day", "on Wednesday")),
        ("It came a day after the army launched an offensive.", "launched", (date(2023, 11, 8), "day", "a day after")),
        ("It came a day after the army launched an offensive.", "came", (PUB, "day", None)),
        ("The offensive killed 30.", "killed", (PUB, "day", None)),  # a new paragraph: no inherited date
        ("In August, the rebels had warned of war.", "warned", (date(2023, 8, 1), "month", "In August")),
        ("Officials repeated the warning.", "repeated", (date(2023, 8, 1), "month", "In August")),
        ("Aid agencies appealed for help.", "appealed", (PUB, "day", None)),
    ],
)
def test_dates_event_date(sentence: str, trigger: str, expected: tuple[date, str, str | None]) -> None:
    times = find_times(ARTICLE, PUB)
    start = ARTICLE.index(sentence)
    assert event_date(times, start, start + len(sentence), ARTICLE.index(trigger, start), PUB) == expected


def test_dates_paragraphs_are_lines_when_there_is_no_blank_line() -> None:
    text = "Rebels struck on Monday.\nThe army said it repelled them.\nLater, the army regrouped."
    times = find_times(text, PUB)
    first = text.index("The army")
    assert event_date(times, first, text.index("\nLater"), None, PUB) == (PUB, "day", None)
    joined = text.replace("\n", " ")
    second = joined.index("The army")
    assert event_date(find_times(joined, PUB), second, second + 31, None, PUB)[0] == date(2023, 11, 6)


def test_dates_event_date_skips_future_and_falls_back() -> None:
    text = "Talks resume on 14 November, officials said."
    times = find_times(text, PUB)
    assert times and times[0].date == date(2023, 11, 14)
    assert event_date(times, 0, len(text), text.index("said"), PUB) == (PUB, "day", None)
    assert event_date([], 0, len(text), None, None) == (None, None, None)


SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "nagorno-karabakh-ceasefire.txt"


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        ("launched a military operation", (date(2023, 11, 8), "day")),
        ("stated that there is", (date(2023, 8, 1), "month")),
        ("established a military checkpoint", (date(2022, 1, 1), "year")),
        ("have accepted a ceasefire", (date(2023, 11, 9), "day")),
        ("has agreed to suspend", (date(2023, 11, 9), "day")),
    ],
)
def test_dates_seed_article(trigger: str, expected: tuple[date, str]) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent (the shared seed article lives outside the repository)")
    raw = SEED.read_text(encoding="utf-8")
    head = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", raw)
    assert head is not None
    text, published = raw[head.end() :], date.fromisoformat(head.group(1))
    times = find_times(text, published)
    pos = text.index(trigger)
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)
    end = text.find(".", pos) + 1
    got = event_date(times, start, end, pos, published)
    assert got[:2] == expected
