"""Where a report's responses come from: an exchange-format file or the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flask import Flask
from flask.cli import ScriptInfo

from analysis.report import in_period
from surveys import load_surveys
from surveys.exchange import ResponseRecord, read_records


class ReportInputError(ValueError):
    """Responses that cannot be read; the message names the file and lines."""


def records_from_file(path: Path, survey_id: str | None = None) -> list[ResponseRecord]:
    """Every record in a JSON-lines file, or a ReportInputError naming each bad line."""
    with path.open(encoding="utf-8") as lines:
        records, errors = read_records(lines, load_surveys())
    if errors:
        problems = "; ".join(str(error) for error in errors[:5])
        raise ReportInputError(f"{path}: {problems}")
    return [record for record in records if not survey_id or record.survey == survey_id]


def records_from_database(app: Flask, survey_id: str | None = None) -> list[ResponseRecord]:
    from feedback.exchange import submitted_records

    with app.app_context():
        return list(submitted_records(survey_id))


def app_for(info: ScriptInfo | None) -> Flask:
    """The app the `feedback` command group made, or a new one from the settings."""
    if info is not None and info.create_app is not None:
        return info.load_app()
    from feedback import create_app

    return create_app()


def periods(
    records: list[ResponseRecord],
    this: tuple[date | None, date | None],
    last: tuple[date | None, date | None],
) -> tuple[list[ResponseRecord], list[ResponseRecord] | None]:
    """The records of this period, and of the last one if it was asked for."""
    earlier = in_period(records, *last) if any(last) else None
    return in_period(records, *this), earlier
