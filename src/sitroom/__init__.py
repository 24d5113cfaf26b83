"""sitroom: dated news articles in; a geocoded, deduplicated, evidence-linked conflict event database out."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
