"""Per-theme findings from the coded free text: who mentioned each theme, and how.

Counts are of people, not answers: someone who raises a theme in two answers counts once,
with the polarity of all they said about it (both kinds count as mixed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.codebook import default_codebook
from analysis.report.coding import CodedAnswer
from analysis.report.findings import subject
from analysis.report.quantifiers import quantifier
from analysis.report.topics import GROUP_NOUNS, GROUPS

POLARITIES = ("positive", "negative", "neutral", "mixed")


@dataclass(frozen=True)
class ThemeFinding:
    theme: str
    label: str
    group: str
    mentioned: int
    wrote: int  # people in the group with at least one coded answer
    polarity: dict[str, int]

    @property
    def quantifier(self) -> str:
        return quantifier(self.mentioned, self.wrote)

    @property
    def statement(self) -> str:
        who = subject(self.quantifier, GROUP_NOUNS[self.group]).replace("answered", "wrote")
        return f"{who} mentioned {self.label.lower()}, {self.leaning}."

    @property
    def leaning(self) -> str:
        """'mostly in negative terms', or 'in mixed terms' where no kind leads."""
        ranked = sorted(POLARITIES, key=lambda p: -self.polarity[p])
        if self.polarity[ranked[0]] == self.polarity[ranked[1]]:
            return "in mixed terms"
        return f"mostly in {ranked[0]} terms"

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "theme": self.theme,
            "label": self.label,
            "group": self.group,
            "mentioned": self.mentioned,
            "wrote": self.wrote,
            **self.polarity,
            "quantifier": self.quantifier,
            "sentence": f"{self.statement[:-1]} ({self.mentioned} of {self.wrote}).",
        }


def theme_findings(coded: Sequence[CodedAnswer]) -> list[ThemeFinding]:
    """Every theme mentioned by someone in a group, in codebook order."""
    codebook = default_codebook()
    findings = []
    for theme in codebook.themes:
        for group in GROUPS:
            people = _polarity_by_person(coded, theme.id, group)
            if people:
                wrote = len(_writers(coded, group))
                counts = {p: sum(1 for v in people.values() if v == p) for p in POLARITIES}
                findings.append(
                    ThemeFinding(theme.id, theme.label, group, len(people), wrote, counts)
                )
    return findings


def _writers(coded: Sequence[CodedAnswer], group: str) -> set[int]:
    return {
        answer.respondent
        for answer in coded
        if answer.group == group and not answer.analysis.needs_translation
    }


def _polarity_by_person(coded: Sequence[CodedAnswer], theme: str, group: str) -> dict[int, str]:
    said: dict[int, set[str]] = {}
    for answer in coded:
        polarity = answer.analysis.themes.get(theme)
        if answer.group == group and polarity:
            said.setdefault(answer.respondent, set()).add(polarity)
    return {person: _combined(kinds) for person, kinds in said.items()}


def _combined(kinds: set[str]) -> str:
    if {"positive", "negative"} <= kinds:
        return "mixed"
    return next((k for k in ("positive", "negative") if k in kinds), "neutral")
