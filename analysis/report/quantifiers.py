"""Plain-English quantifiers for a share of people: the one place their boundaries live.

A report says "most parents and carers" rather than "5 of 7" wherever a count may not be
published, so every sentence and every chart band takes its words from here.
"""

from __future__ import annotations

from dataclasses import dataclass

NONE = "none"
A_FEW = "a few"
SOME = "some"
ABOUT_HALF = "about half"
MOST = "most"
ALMOST_ALL = "almost all"
ALL = "all"


@dataclass(frozen=True)
class Band:
    """A quantifier and the shares it covers, from `low` to `high` (both as fractions)."""

    word: str
    low: float
    high: float


# Written down once: a share of 0 is "none" and of 1 "all"; between them a share belongs
# to the first band whose `high` it is below (about half: up to and including 60%).
BANDS: tuple[Band, ...] = (
    Band(NONE, 0.0, 0.0),
    Band(A_FEW, 0.0, 0.2),
    Band(SOME, 0.2, 0.4),
    Band(ABOUT_HALF, 0.4, 0.6),
    Band(MOST, 0.6, 0.9),
    Band(ALMOST_ALL, 0.9, 1.0),
    Band(ALL, 1.0, 1.0),
)
_INCLUSIVE_HIGH = frozenset({ABOUT_HALF})


def share(count: int, total: int) -> float:
    return count / total if total else 0.0


def band_for(count: int, total: int) -> Band:
    """The band for `count` of `total`; `total` 0 gives the band for none."""
    if count < 0 or count > total:
        raise ValueError(f"{count} of {total} is not a share")
    if count == 0:
        return BANDS[0]
    if count == total:
        return BANDS[-1]
    value = share(count, total)
    for band in BANDS[1:-2]:
        if value < band.high or (band.word in _INCLUSIVE_HIGH and value == band.high):
            return band
    return BANDS[-2]


def quantifier(count: int, total: int) -> str:
    """'most' for 5 of 7, 'none' for 0 of 3, 'all' for 4 of 4."""
    return band_for(count, total).word


def is_majority(count: int, total: int) -> bool:
    """Whether a sentence is better told from the favourable side."""
    return total > 0 and share(count, total) >= 0.5
