"""Publication dates as feeds write them (issue 13, item 2): ``sitroom.pubdate.read_published``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.errors import InputError
from sitroom.pubdate import read_published

# the crawl of a feed, late on Wednesday 23 November 2022 in New York (02:00 on Thursday in UTC)
CRAWL = datetime(2022, 11, 24, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # ISO 8601, with and without zones: the date as written, in its own zone
        ("2023-11-09", date(2023, 11, 9)),
        ("2023-11-09T14:05:00Z", date(2023, 11, 9)),
        ("2023-11-09T23:30:00+05:00", date(2023, 11, 9)),
        ("2023-11-09T01:30:00-08:00", date(2023, 11, 9)),
        ("2023-11-09 07:58 EST", date(2023, 11, 9)),
        ("2023-11-09T14:05:00.123456789Z", date(2023, 11, 9)),
        ("20231109", date(2023, 11, 9)),
        # RFC 822 / 2822, as RSS writes them
        ("Wed, 23 Nov 2022 07:58:00 GMT", date(2022, 11, 23)),
        ("Wed, 23 Nov 2022 07:58:00 +0000 (UTC)", date(2022, 11, 23)),
        ("23 Nov 22 07:58 EST", date(2022, 11, 23)),
        ("Mon, 02 Jan 2006 15:04:05 -0700", date(2006, 1, 2)),
        # what news sites print
        ("November 23, 2022 7:58 AM ET", date(2022, 11, 23)),
        ("Nov. 23, 2022 at 7:58 a.m. EST", date(2022, 11, 23)),
        ("7:58 AM ET, Wed November 23, 2022", date(2022, 11, 23)),
        ("Updated: 23 November 2022", date(2022, 11, 23)),
        ("23-Nov-2022", date(2022, 11, 23)),
        ("Wed Nov 23 07:58:00 2022", date(2022, 11, 23)),
        ("Wed Nov 23 07:58:00 EST 2022", date(2022, 11, 23)),
        # numeric dates whose order shows
        ("23/11/2022", date(2022, 11, 23)),
        ("11/23/2022", date(2022, 11, 23)),
        ("2022/11/23", date(2022, 11, 23)),
        ("05.05.2022", date(2022, 5, 5)),
    ],
)
def test_pubdate_issue13_full_dates(value: str, expected: date) -> None:
    assert read_published(value) == (expected, None)
    assert read_published(value, CRAWL) == (expected, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed Nov 23", date(2022, 11, 23)),  # the year from the crawl
        ("Wednesday, November 23", date(2022, 11, 23)),
        ("23 November", date(2022, 11, 23)),
        ("Tue Nov 23", date(2021, 11, 23)),  # the weekday decides: 23 November 2021 was a Tuesday
        ("Thu Nov 24", date(2022, 11, 24)),  # a day after the crawl's date in UTC: still this year (zones)
        ("Dec 1", date(2021, 12, 1)),  # after the crawl: last year's
        ("Feb 29", date(2020, 2, 29)),
        ("7:58 AM ET", date(2022, 11, 23)),  # 21:00 in New York at the crawl: today there
        ("9:58 PM ET", date(2022, 11, 22)),  # not yet 21:58 in New York: yesterday's
        ("1:30 AM GMT", date(2022, 11, 24)),
        ("12:30", date(2022, 11, 23)),  # no zone: the crawl's own clock (UTC), where 12:30 is still to come
    ],
)
def test_pubdate_issue13_partial_dates_take_the_reference(value: str, expected: date) -> None:
    assert read_published(value, CRAWL) == (expected, None)


def test_pubdate_issue13_reference_as_a_date_or_in_another_zone() -> None:
    assert read_published("7:58 AM ET", date(2024, 3, 5)) == (date(2024, 3, 5), None)
    tokyo = datetime(2024, 3, 5, 8, 0, tzinfo=timezone(timedelta(hours=9)))  # 23:00 UTC on the 4th: 18:00 in NY
    assert read_published("7:58 AM ET", tokyo) == (date(2024, 3, 4), None)
    assert read_published("Mon Mar 4", tokyo) == (date(2024, 3, 4), None)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Wed Nov 23", "W002"),  # no year, nothing to take it from
        ("7:58 AM ET", "W002"),
        ("yesterday", "W001"),
        ("n/a", "W001"),
        ("09/11/2023", "W001"),  # 9 November or 11 September?
        ("2023-11-09 or so", "W001"),
        ("7:58 AM XYZ", "W001"),  # a zone nobody knows
        ("Smarch 3, 2022", "W001"),
    ],
)
def test_pubdate_issue13_unreadable_dates_are_no_date_with_a_notice(value: object, code: str) -> None:
    published, notice = read_published(value)
    assert published is None
    assert notice is not None and notice.code == code
    assert "kept without one" in notice.reason and "\n" not in notice.reason


@pytest.mark.parametrize(
    "value",
    ["2023-02-30", "2023-13-01", "12345-01-01", "31 Nov 2022", "Nov 31", "Feb 30", "Nov 23 25:10", "13 PM", 2023, []],
)
def test_pubdate_issue13_impossible_dates_are_e006(value: object) -> None:
    """Still rejected: a date that cannot exist (and, as before, a value that is not a string)."""
    for reference in (None, CRAWL):
        with pytest.raises(InputError) as err:
            read_published(value, reference)
        assert err.value.code == "E006"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_pubdate_no_value_is_no_date_and_no_notice(value: str | None) -> None:
    assert read_published(value, CRAWL) == (None, None)


_pieces = st.sampled_from(
    ["Wed", "Wed,", "Nov", "November", "23", "31", "2022", "22", "7:58", "25:99", "AM", "PM", "ET", "GMT", "+0530",
     "-", "/", ".", ",", " ", "T", "at", "Updated:", "(UTC)", "0", "29", "Feb", "2023-11-09", "12/11"]
)  # fmt: skip
_references = st.none() | st.dates() | st.datetimes(timezones=st.none() | st.just(UTC))


@settings(max_examples=300, deadline=None)
@given(value=st.lists(_pieces, max_size=8).map(" ".join) | st.text(max_size=30), reference=_references)
def test_pubdate_issue13_any_text_is_a_date_a_notice_or_e006(value: str, reference: date | None) -> None:
    try:
        published, notice = read_published(value, reference)
    except InputError as exc:
        assert exc.code == "E006" and "\n" not in exc.reason
        return
    assert (published is None) == (notice is not None or not value.strip())
