"""Salience ranking of candidate events."""

from __future__ import annotations

import pytest

from sitroom.extract.rank import Candidate, rank


@pytest.mark.parametrize(
    ("cands", "first"),
    [
        ([Candidate(0, 1, 0, 80, "asserted", True), Candidate(1, 0, 2, 50, "asserted", True)], 1),  # the lead
        ([Candidate(0, 0, 2, 80, "asserted", True), Candidate(1, 0, 0, 50, "asserted", True)], 1),  # main clause
        ([Candidate(0, 0, 0, 80, "negated", True), Candidate(1, 0, 1, 50, "asserted", True)], 1),  # not negated
        ([Candidate(0, 0, 1, 50, "asserted", True), Candidate(1, 0, 1, 90, "asserted", True)], 1),  # specific kind
    ],
)
def test_rank_main_event_first(cands: list[Candidate], first: int) -> None:
    order = rank(cands)
    assert order[0] == first
    assert sorted(order) == [c.index for c in cands]
