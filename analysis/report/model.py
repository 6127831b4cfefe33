"""The report: everything the committee appendix says, as plain data, with its JSON
contract. Exact counts live here; publication applies disclosure control on top."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from analysis.report.coding import code_answers
from analysis.report.compare import Change, compare
from analysis.report.delays import DEFAULT_STANDARD_DAYS, Delays, delays
from analysis.report.disclosure import DEFAULT_THRESHOLD
from analysis.report.findings import Finding, topic_findings
from analysis.report.inputs import Action
from analysis.report.quotes import Quote, approved, candidate_quotes
from analysis.report.summary import summary_paragraph
from analysis.report.themes import ThemeFinding, theme_findings
from analysis.report.topics import GROUPS
from surveys.exchange import ResponseRecord
from surveys.loader import load_surveys
from surveys.model import Survey


@dataclass(frozen=True)
class Settings:
    threshold: int = DEFAULT_THRESHOLD  # smallest count that may be published
    standard_days: int = DEFAULT_STANDARD_DAYS  # referral to panel
    title: str = "Feedback from young people and parents and carers"
    approved_quote_ids: frozenset[str] | None = None  # None: nothing approved yet
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Method:
    """Who answered, when, and how."""

    respondents: dict[str, int]
    assisted: dict[str, int]
    first_day: date | None
    last_day: date | None
    languages: tuple[str, ...]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "assisted": dict(self.assisted),
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "languages": list(self.languages),
        }


@dataclass(frozen=True)
class Report:
    settings: Settings
    method: Method
    findings: list[Finding]
    themes: list[ThemeFinding]
    delays: Delays
    summary: str
    candidate_quotes: list[Quote]
    changes: list[Change] = field(default_factory=list)
    awaiting_translation: int = 0

    @property
    def quotes_approved(self) -> bool:
        return self.settings.approved_quote_ids is not None

    @property
    def quotes(self) -> list[Quote]:
        """Approved quotes if a list was given; else the candidates, for review."""
        ids = self.settings.approved_quote_ids
        return self.candidate_quotes if ids is None else approved(self.candidate_quotes, ids)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "findings": [finding.to_json_dict() for finding in self.findings],
            "themes": [theme.to_json_dict() for theme in self.themes],
            "delays": self.delays.to_json_dict(),
            "respondents": dict(self.method.respondents),
            "summary": self.summary,
            "method": self.method.to_json_dict(),
            "quotes": {
                "approved": self.quotes_approved,
                "items": [quote.to_json_dict() for quote in self.quotes],
            },
            "actions": [action.to_json_dict() for action in self.settings.actions],
            "comparison": [change.to_json_dict() for change in self.changes],
            "disclosure_threshold": self.settings.threshold,
            "awaiting_translation": self.awaiting_translation,
        }


def build_report(
    records: Sequence[ResponseRecord],
    settings: Settings | None = None,
    *,
    earlier: Sequence[ResponseRecord] | None = None,
    catalogue: Mapping[str, Survey] | None = None,
) -> Report:
    """The report on `records`, compared with `earlier` (last period) when given."""
    chosen = settings or Settings()
    surveys = catalogue or load_surveys()
    coded = code_answers(records, surveys)
    method = method_of(records)
    findings = topic_findings(records)
    return Report(
        settings=chosen,
        method=method,
        findings=findings,
        themes=theme_findings(coded),
        delays=delays(records, coded, chosen.standard_days),
        summary=summary_paragraph(findings),
        candidate_quotes=candidate_quotes(coded, method.respondents, chosen.threshold),
        changes=compare(findings, topic_findings(earlier)) if earlier else [],
        awaiting_translation=sum(1 for answer in coded if answer.analysis.needs_translation),
    )


def method_of(records: Sequence[ResponseRecord]) -> Method:
    days = sorted(record.submitted_at.date() for record in records)
    return Method(
        respondents=_per_group(records, lambda record: True),
        assisted=_per_group(records, lambda record: record.mode == "assisted"),
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        languages=tuple(sorted({record.language for record in records})),
    )


def _per_group(records: Sequence[ResponseRecord], counted: Any) -> dict[str, int]:
    return {group: sum(1 for r in records if r.group == group and counted(r)) for group in GROUPS}


def in_period(
    records: Collection[ResponseRecord], first: date | None, last: date | None
) -> list[ResponseRecord]:
    """The records submitted from `first` to `last`, both days included."""
    return [
        record
        for record in records
        if (first is None or record.submitted_at.date() >= first)
        and (last is None or record.submitted_at.date() <= last)
    ]
