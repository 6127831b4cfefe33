"""Explicit lengths of time, converted to days as the codebook says.

A week is 7 days, a fortnight 14, a month 30, a year 365; hours count from a day ("48
hours" is 2). "A couple of" is 2, "a few" is 3, "another month" is one month. Vague
times ("ages", "forever") give no number.
"Another few" and "2 more" take the unit said just before ("16 weeks, and 2 more for the
second").
"""

from __future__ import annotations

import re

from analysis.text import segment

UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
# Units as young people text them ("2 wks", "3mths", "a yr").
_SHORT_UNITS = {
    "hrs": "hour", "wk": "week", "wks": "week", "mth": "month", "mths": "month", "mnth": "month",
    "mnths": "month", "yr": "year", "yrs": "year",
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a few": 3, "few": 3, "half a": 0.5,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_WORDS = "|".join(sorted(map(re.escape, [*_UNITS, *_TENS]), key=len, reverse=True))
_NUMBER = rf"\d+(?:\.\d+)?|(?:{_WORDS})(?: (?:{_WORDS}))?"
_UNIT = r"hours?|hrs|days?|weeks?|fortnights?|months?|years?|wks?|mn?ths?|yrs?"
_LENGTH_RE = re.compile(
    rf"(?<!\S)(?:(?P<number>{_NUMBER})(?: and a half)?(?: more| extra| further)? ?"
    rf"(?P<unit>{_UNIT})(?P<half> and a half)?"
    rf"|(?:another|one more|a further) (?P<single>day|week|fortnight|month|year)"
    rf"|another (?P<another>{_NUMBER})(?! (?:{_UNIT}))"
    rf"|(?P<more>{_NUMBER}) more(?! (?:{_UNIT}))"
    rf"|(?P<fortnight>a fortnight))(?!\S)"
)
# "once a week", "every two weeks", "2 days a week": rates, not lengths.
_RATE_BEFORE = frozenset({"every", "each", "per", "once", "twice", "times", "a", "the"})
# "an 11-year-old", "my 15 year olds": ages, not lengths. "Three weeks ago" is a length
# stated, as the codebook counts it.
_AFTER_EXCLUDED = frozenset({"old", "olds"})


def durations_days(text: str) -> list[int]:
    """Each explicit length of time in `text`, in days, in the order they are stated."""
    return durations_in(segment(text).norm)


def durations_in(norm: str) -> list[int]:
    """Each explicit length of time in a normalised text (see `analysis.text`), in days."""
    found: list[int] = []
    last_unit = 0.0
    for match in _LENGTH_RE.finditer(norm):
        before = norm[: match.start()].split()[-1:]
        after = norm[match.end() :].split()[:1]
        days, last_unit = _days(match, last_unit)  # under a day rounds to 0: no length
        if not days or _is_rate(match, before, after):
            continue
        found.append(days)
    return found


def _days(match: re.Match[str], last_unit: float) -> tuple[int, float]:
    if match.group("fortnight"):
        return 14, 14
    if match.group("single"):
        unit = UNIT_DAYS[match.group("single")]
        return round(unit), unit
    if match.group("unit"):
        written = match.group("unit")
        unit = UNIT_DAYS[_SHORT_UNITS.get(written) or written.rstrip("s")]
        amount = _amount(match.group("number"))
        if match.group("half") or " and a half" in match.group(0):
            amount += 0.5
        return round(amount * unit), unit
    amount = _amount(match.group("another") or match.group("more"))
    return round(amount * last_unit), last_unit


def _is_rate(match: re.Match[str], before: list[str], after: list[str]) -> bool:
    if after and (after[0] in _AFTER_EXCLUDED or after[0].isdigit()):
        return True
    if not before:
        return False
    word = before[0]
    if word in {"every", "each", "per"}:
        return True
    if match.group("unit") and word.rstrip("s") in UNIT_DAYS:
        return True
    return word in _RATE_BEFORE and (match.group("number") or "").startswith(("a", "an"))


def _amount(words: str) -> float:
    try:
        return float(words)
    except ValueError:
        pass
    if words in _UNITS:
        return float(_UNITS[words])
    first, *rest = words.split()
    if first in _TENS:
        return float(_TENS[first] + sum(_UNITS.get(word, 0) for word in rest))
    # "a six(-week)": the article is not part of the number.
    return float(_UNITS.get(words.split()[-1], 0))
