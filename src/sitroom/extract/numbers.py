"""Numbers in running text: digits ("1,200", "3 000", "1.5 million"), words ("twenty-three", "two hundred and
fifty"), and vague quantities ("a dozen", "dozens", "hundreds").

The text is first cut into :class:`Token` objects with character offsets; :func:`scan_numbers` then finds the
number expressions among them. The casualty counter works on the same tokens. Word lists live in
``data/number_words.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitroom.extract.lexicons import word_lists

__all__ = [
    "NumberSpan",
    "Token",
    "find_numbers",
    "is_number_word",
    "ordinal_value",
    "parse_number",
    "scan_numbers",
    "tokenize",
]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’\-][^\W\d_]+)*|\S", re.UNICODE)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True)
class NumberSpan:
    """A number expression covering tokens ``first`` .. ``last`` (inclusive)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    value: int
    vague: bool = False  # "dozens", "hundreds", "several": an order of magnitude, not a count


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    return word_lists("number_words.json").raw


def tokenize(text: str) -> list[Token]:
    """Words, digit groups and punctuation, with their character offsets."""
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _word_value(word: str) -> tuple[str, int] | None:
    w = _words()
    for kind in ("units", "tens", "scales"):
        if word in w[kind]:
            return kind, int(w[kind][word])
    return None


def parse_number(text: str) -> int | None:
    """The value of one number expression ("1,200", "twenty-three", "two hundred and five"), or None."""
    s = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", s):
        return int(s.replace(" ", ""))
    m = re.fullmatch(r"(\d+(?:[.,]\d+)*)(?:\s+(hundred|thousand|million|billion))?", s)
    if m:
        digits = m.group(1)
        scale = int(_words()["scales"][m.group(2)]) if m.group(2) else 1
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits):
            return int(digits.replace(",", "")) * scale
        if re.fullmatch(r"\d+\.\d+", digits):
            return round(float(digits) * scale) if scale > 1 else None
        if re.fullmatch(r"\d+", digits):
            return int(digits) * scale
        return None
    single = _words()["single"]
    if s in single:
        return int(single[s])
    parts = [p for p in re.split(r"[\s\-]+", s) if p and p != "and"]
    if parts and parts[0] == "a":
        parts = ["one", *parts[1:]]
    return _combine(parts)


def _combine(parts: list[str]) -> int | None:
    total = current = 0
    seen = False
    for p in parts:
        kv = _word_value(p)
        if kv is None:
            return None
        kind, v = kv
        seen = True
        if kind == "scales":
            if v == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * v
                current = 0
        else:
            current += v
    return total + current if seen else None


def ordinal_value(lower: str) -> int | None:
    """The value of an ordinal numeral ("fifth" = 5, "21st" = 21), or None."""
    if lower[-2:] in ("st", "nd", "rd", "th") and lower[:-2].isdigit():
        return int(lower[:-2])
    value = _words()["ordinals"].get(lower)
    return int(value) if value is not None else None


def is_number_word(lower: str) -> bool:
    """Is ``lower`` a cardinal number word ("five", "twenty-three", "hundred")?"""
    return all(_word_value(p) is not None for p in lower.split("-"))


def _digit_span(tokens: list[Token], i: int) -> int:
    """Index of the last token of a digit number starting at ``i`` ("3 000", "1.5 million")."""
    j = i
    while (
        j + 1 < len(tokens)
        and re.fullmatch(r"\d{3}", tokens[j + 1].text)
        and tokens[j + 1].start == tokens[j].end + 1
        and len(tokens[i].text) <= 3
        and "," not in tokens[i].text
    ):
        j += 1
    if j + 1 < len(tokens) and tokens[j + 1].lower in ("hundred", "thousand", "million", "billion"):
        j += 1
    return j


def scan_numbers(tokens: list[Token], text: str) -> list[NumberSpan]:
    """Every number expression among ``tokens`` (left to right, non-overlapping)."""
    out: list[NumberSpan] = []
    single = _words()["single"]
    vague = _words()["vague"]
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        low = t.lower
        if _DIGITS.fullmatch(t.text):
            j = _digit_span(tokens, i)
            value = parse_number(text[t.start : tokens[j].end])
            if value is not None:
                out.append(NumberSpan(i, j, t.start, tokens[j].end, text[t.start : tokens[j].end], value))
            i = j + 1
            continue
        # two- and three-word fixed quantities ("a dozen", "a couple of")
        matched = False
        for width in (4, 3, 2):
            if i + width <= n:
                phrase = " ".join(tok.lower for tok in tokens[i : i + width])
                if phrase in single or phrase in vague:
                    j = i + width - 1
                    span = text[t.start : tokens[j].end]
                    out.append(
                        NumberSpan(
                            i,
                            j,
                            t.start,
                            tokens[j].end,
                            span,
                            int(single.get(phrase, vague.get(phrase, 0))),
                            vague=phrase in vague,
                        )
                    )
                    i = j + 1
                    matched = True
                    break
        if matched:
            continue
        if low in vague or low in single:
            value = int(vague.get(low, single.get(low, 0)))
            j = i
            scales = _words()["scales"]
            if i + 1 < n and tokens[i + 1].lower in scales and low in ("several", "many", "a few"):
                j = i + 1
                value *= int(scales[tokens[j].lower])
            elif (
                low in vague
                and i + 2 < n
                and tokens[i + 1].lower == "of"
                and tokens[i + 2].lower.endswith("s")
                and tokens[i + 2].lower[:-1] in scales
            ):
                j = i + 2  # "tens of thousands", "hundreds of thousands": the order of magnitude of both words
                value *= int(scales[tokens[j].lower[:-1]])
            out.append(
                NumberSpan(i, j, t.start, tokens[j].end, text[t.start : tokens[j].end], value, vague=low in vague)
            )
            i = j + 1
            continue
        if is_number_word(low) or (low == "a" and i + 1 < n and tokens[i + 1].lower in ("hundred", "thousand")):
            j = i
            while j + 1 < n:
                nxt = tokens[j + 1].lower
                if is_number_word(nxt):
                    j += 1
                elif (
                    nxt == "and"
                    and tokens[j].lower in ("hundred", "thousand", "million")
                    and j + 2 < n
                    and is_number_word(tokens[j + 2].lower)
                    and tokens[j + 2].lower not in ("hundred", "thousand", "million")
                ):
                    j += 2
                else:
                    break
            span = text[t.start : tokens[j].end]
            value = parse_number(span)
            if value is not None:
                out.append(NumberSpan(i, j, t.start, tokens[j].end, span, value))
            i = j + 1
            continue
        i += 1
    return out


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number expression in ``text`` with its value."""
    return scan_numbers(tokenize(text), text)
