"""Delays: days from referral to panel from the case dates, and what people said.

The exchange format has no case id; a young person and their parent give the same case
dates, so a case is counted once per distinct (referral, panel) pair.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from analysis.report.coding import CodedAnswer
from surveys.exchange import ResponseRecord

DEFAULT_STANDARD_DAYS = 28
TIME_TO_PANEL = ("under_1_month", "1_3_months", "3_6_months", "over_6_months", "dont_know")
WAIT_LENGTH = ("no_wait", "a_bit", "long_time", "dont_know")


@dataclass(frozen=True)
class CaseDelays:
    standard_days: int
    days: tuple[int, ...]  # referral to panel, one per case, sorted

    @property
    def over_standard(self) -> int:
        return sum(1 for days in self.days if days > self.standard_days)

    def to_json_dict(self) -> dict[str, Any]:
        found = bool(self.days)
        return {
            "standard_days": self.standard_days,
            "cases": len(self.days),
            "median_days": statistics.median(self.days) if found else None,
            "shortest_days": self.days[0] if found else None,
            "longest_days": self.days[-1] if found else None,
            "over_standard": self.over_standard,
            "share_over_standard": round(self.over_standard / len(self.days), 3) if found else None,
        }


@dataclass(frozen=True)
class Delays:
    cases: CaseDelays
    time_to_panel: dict[str, int]
    wait_length: dict[str, int]
    text_durations_days: tuple[int, ...]  # every length of time written in free text

    def to_json_dict(self) -> dict[str, Any]:
        durations = self.text_durations_days
        return {
            "referral_to_panel": self.cases.to_json_dict(),
            "time_to_panel": dict(self.time_to_panel),
            "wait_length": dict(self.wait_length),
            "free_text": {
                "durations_days": list(durations),
                "median_days": statistics.median(durations) if durations else None,
            },
        }


def delays(
    records: Sequence[ResponseRecord],
    coded: Sequence[CodedAnswer],
    standard_days: int = DEFAULT_STANDARD_DAYS,
) -> Delays:
    return Delays(
        cases=CaseDelays(standard_days, case_days(records)),
        time_to_panel=answer_counts(records, "time_to_panel", TIME_TO_PANEL),
        wait_length=answer_counts(records, "wait_length", WAIT_LENGTH),
        text_durations_days=tuple(
            sorted(days for answer in coded for days in answer.analysis.durations_days)
        ),
    )


def case_days(records: Sequence[ResponseRecord]) -> tuple[int, ...]:
    cases: set[tuple[date, date]] = set()
    for record in records:
        referral, panel = record.case.get("referral_date"), record.case.get("panel_date")
        if referral and panel and panel >= referral:
            cases.add((referral, panel))
    return tuple(sorted((panel - referral).days for referral, panel in cases))


def answer_counts(
    records: Sequence[ResponseRecord], question: str, values: Sequence[str]
) -> dict[str, int]:
    counts = Counter(record.answers.get(question) for record in records)
    return {value: counts[value] for value in values}
