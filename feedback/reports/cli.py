"""`feedback report`: the Appendix report from a file or the database, in four formats."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click
from flask.cli import ScriptInfo

from analysis.report import InputFileError, Settings, actions, approved_quote_ids, build_report
from feedback.reports.loading import (
    ReportInputError,
    app_for,
    periods,
    records_from_database,
    records_from_file,
)
from feedback.reports.render import FORMATS, render
from surveys import load_surveys
from surveys.exchange import ResponseRecord

DAY = click.DateTime(formats=["%Y-%m-%d"])
READABLE = click.Path(exists=True, dir_okay=False, path_type=Path)
Period = tuple[date | None, date | None]


@click.command("report")
@click.option("--in", "source", type=READABLE, help="Responses as JSON lines; else the database.")
@click.option("--survey", "survey_id", help="Only this questionnaire (e.g. hsb-parent-carer).")
@click.option("--from", "first", type=DAY, help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "last", type=DAY, help="Last day of the period, included.")
@click.option("--compare-from", type=DAY, help="First day of the period to compare with.")
@click.option("--compare-to", type=DAY, help="Last day of the period to compare with.")
@click.option("--format", "form", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write ('-' for standard output).",
)
@click.option("--approved-quotes", type=READABLE, help="Quote ids to publish, one a line.")
@click.option("--actions", "actions_file", type=READABLE, help="'You said:'/'We will:' lines.")
@click.option(
    "--threshold",
    type=click.IntRange(min=2),
    default=5,
    show_default=True,
    help="Smallest count that may be published.",
)
@click.option(
    "--standard-days",
    type=click.IntRange(min=1),
    default=28,
    show_default=True,
    help="Standard time from referral to panel, in days.",
)
@click.option("--title", default=Settings.title, show_default=True)
def report(
    source: Path | None,
    survey_id: str | None,
    first: datetime | None,
    last: datetime | None,
    compare_from: datetime | None,
    compare_to: datetime | None,
    form: str,
    out: Path,
    approved_quotes: Path | None,
    actions_file: Path | None,
    threshold: int,
    standard_days: int,
    title: str,
) -> None:
    """Write the Appendix report: findings, themes, delays, quotes, "you said, we will".

    JSON holds exact counts for analysts; HTML, Word and PDF are for publication and
    never show a count below --threshold.
    """
    try:
        settings = Settings(
            threshold=threshold,
            standard_days=standard_days,
            title=title,
            approved_quote_ids=approved_quote_ids(_read(approved_quotes))
            if approved_quotes
            else None,
            actions=tuple(actions(_read(actions_file))) if actions_file else (),
        )
        records = _records(source, survey_id)
    except (ReportInputError, InputFileError) as error:
        raise click.ClickException(str(error)) from None
    this, earlier = periods(
        records, (_day(first), _day(last)), (_day(compare_from), _day(compare_to))
    )
    _write(out, render(build_report(this, settings, earlier=earlier), form))
    if out != Path("-"):
        click.echo(f"Wrote {out} from {len(this)} responses.", err=True)


def _records(source: Path | None, survey_id: str | None) -> list[ResponseRecord]:
    if survey_id and survey_id not in load_surveys():
        raise click.BadParameter(f"no questionnaire called {survey_id!r}", param_hint="--survey")
    if source is not None:
        return records_from_file(source, survey_id)
    info = click.get_current_context().find_object(ScriptInfo)
    return records_from_database(app_for(info), survey_id)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _write(out: Path, content: bytes) -> None:
    if out == Path("-"):
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    else:
        out.write_bytes(content)
