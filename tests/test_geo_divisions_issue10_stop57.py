"""Stop 57 of issue 10: Malaysia's states are in `data/geo/admin1.tsv` (names and capitals from the country's
constitution and ISO 3166-2:MY), so a bare state name ("a curfew imposed on Selangor") is the state, not the town
that bears it as another spelling (Kuala Selangor); and a name that is a division's own is that division, not a town
of its country that GeoNames also spells so ("polling was suspended in Sabah": not Sabak Bernam), unless the town is
the division's seat ("the eastern city of Gedaref" is Al Qadarif). Real model and gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow


def _named(nlp: Any, geoparser: Any, text: str, mention: str) -> tuple[str, str]:
    tops = [t for t in geoparser.parse(nlp(text), for_events=True) if t.text.startswith(mention)]
    assert tops, f"no toponym {mention!r} in {text!r}"
    return tops[0].name, tops[0].feature


def test_a_malaysian_state_named_bare_is_the_state(nlp: Any, geoparser: Any) -> None:
    text = "KUALA LUMPUR, May 15 - The government imposed a 24-hour curfew on Selangor on Tuesday."
    assert _named(nlp, geoparser, text, "Selangor") == ("Selangor", "admin1")


def test_a_divisions_own_name_is_not_a_towns_other_spelling(nlp: Any, geoparser: Any) -> None:
    text = "KUALA LUMPUR, May 15 - Polling was suspended in Sabah and Sarawak, and a curfew imposed on Selangor."
    assert _named(nlp, geoparser, text, "Sabah") == ("Sabah", "admin1")


def test_a_divisions_seat_that_bears_its_name_stays_the_town(nlp: Any, geoparser: Any) -> None:
    text = "KHARTOUM, June 4 - In the eastern city of Gedaref, security forces fired tear gas at protesters on Monday."
    name, feature = _named(nlp, geoparser, text, "Gedaref")
    assert feature == "city", (name, feature)
