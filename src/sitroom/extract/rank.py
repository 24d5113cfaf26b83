"""Salience: which of an article's events is its main one (rank 0), and the order of the rest."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Candidate", "rank"]

_MODALITY_COST = {"asserted": 0, "reported": 0, "future": 0, "hypothetical": 1, "negated": 2}


@dataclass
class Candidate:
    index: int  # position in the article's list of candidate events
    sentence: int  # sentence number in the article
    depth: int  # syntactic depth of the trigger below its sentence root
    priority: int  # kind priority from the lexicon
    modality: str
    acled: bool  # typed in the ACLED taxonomy
    background: bool = False  # an antecedent, cause or purpose of another event in its sentence


def rank(cands: list[Candidate]) -> list[int]:
    """Indexes of ``cands`` from the main event down.

    News puts the main event first: asserted (or announced: "will support") before hypothetical and negated, the
    earlier sentence first (the lead), the sentence's main clause before embedded ones, and among equals the more
    specific, more violent kind.
    """

    def key(c: Candidate) -> tuple[int, int, bool, int, int, int]:
        return (_MODALITY_COST.get(c.modality, 1), c.sentence, c.background, c.depth, -c.priority, c.index)

    return [c.index for c in sorted(cands, key=key)]
