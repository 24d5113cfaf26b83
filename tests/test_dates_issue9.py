"""Issue 9 regressions: publication dates at the ends of the calendar resolve without overflowing."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract.dates import event_date, find_times

TEXT = (
    "Gunmen killed five people yesterday, and two weeks ago police arrested ten. Next year the trial opens; "
    "tomorrow the court sits. On Monday, 5 May and in December 2021 there were clashes, and last week, this "
    "weekend and last month protests. Fighting raged from 30 December to 2 January, and between 1 and 3 "
    "January. The talks will resume next month, in January, and on 31 December."
)
EDGES = [date.min, date(1, 1, 3), date(1, 12, 31), date(9999, 1, 1), date(9999, 12, 25), date.max]


@pytest.mark.parametrize("published", EDGES, ids=str)
def test_dates_issue9_calendar_edges_resolve_without_overflow(published: date) -> None:
    times = find_times(TEXT, published)
    assert times, "some expressions still resolve"
    for t in times:
        assert date.min <= t.date <= date.max
    for start in range(0, len(TEXT), 40):
        d, precision, _ = event_date(times, start, min(len(TEXT), start + 80), start + 5, published, TEXT, later=True)
        assert d is not None and precision is not None
