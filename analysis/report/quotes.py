"""Quotes that may be published: redacted text only, never from a group smaller than the
disclosure threshold, never from an answer flagged for safeguarding or awaiting
translation, and never a fragment too short to say anything."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.report.coding import CodedAnswer

MIN_WORDS = 4


@dataclass(frozen=True)
class Quote:
    id: str
    group: str
    question: str
    text: str
    themes: tuple[str, ...]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "question": self.question,
            "text": self.text,
            "themes": list(self.themes),
        }


def candidate_quotes(
    coded: Sequence[CodedAnswer], group_sizes: Mapping[str, int], threshold: int
) -> list[Quote]:
    return [
        Quote(a.id, a.group, a.question, a.analysis.redacted, tuple(a.analysis.themes))
        for a in coded
        if group_sizes.get(a.group, 0) >= threshold and is_quotable(a)
    ]


def is_quotable(answer: CodedAnswer) -> bool:
    result = answer.analysis
    return (
        not result.safeguarding
        and not result.needs_translation
        and len(result.redacted.split()) >= MIN_WORDS
    )


def approved(quotes: Sequence[Quote], ids: Collection[str]) -> list[Quote]:
    """Only the candidates an analyst approved: an id that is not a candidate (a small
    group, a disclosure) stays out whatever the file says."""
    return [quote for quote in quotes if quote.id in ids]
