"""Gazetteer and geoparser: place names found in a parsed ``Doc``, resolved to GeoNames places, and event locations.

``Geoparser(gazetteer=None).parse(doc)`` gives the toponyms of an article with character offsets into ``doc.text``;
``focus_country`` the article's main country (ISO3); ``locate_event`` the place where one event happened.
"""

from __future__ import annotations

from sitroom.geo.gazetteer import Gazetteer, Place, cache_dir
from sitroom.geo.locate import focus_country, locate_event
from sitroom.geo.parser import Geoparser

__all__ = ["Gazetteer", "Geoparser", "Place", "cache_dir", "focus_country", "locate_event"]
