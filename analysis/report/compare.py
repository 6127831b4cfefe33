"""Two periods side by side: this year's findings against last year's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.report.findings import Finding
from analysis.report.quantifiers import share
from analysis.report.topics import GROUP_NOUNS, topic


@dataclass(frozen=True)
class Change:
    now: Finding
    before: Finding

    @property
    def points(self) -> int:
        """Change in the favourable share, in percentage points."""
        now = share(self.now.favourable, self.now.answered)
        before = share(self.before.favourable, self.before.answered)
        return round(100 * (now - before))

    @property
    def statement(self) -> str:
        noun = GROUP_NOUNS[self.now.group]
        title = topic(self.now.topic).title.lower()
        return (
            f"{title[:1].upper()}{title[1:]}, {noun}: favourable answers from"
            f" {self.now.quantifier} this period, against {self.before.quantifier} before."
        )

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "topic": self.now.topic,
            "group": self.now.group,
            "this_period": {"favourable": self.now.favourable, "answered": self.now.answered},
            "last_period": {"favourable": self.before.favourable, "answered": self.before.answered},
            "change_points": self.points,
            "sentence": self.statement,
        }


def compare(now: Sequence[Finding], before: Sequence[Finding]) -> list[Change]:
    """A change for every topic and group found in both periods."""
    earlier = {(f.topic, f.group): f for f in before}
    return [Change(f, earlier[(f.topic, f.group)]) for f in now if (f.topic, f.group) in earlier]
