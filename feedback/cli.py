"""The `feedback` command: serve the site, manage the database, exchange responses."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path
from typing import TextIO

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext
from flask_migrate import upgrade
from sqlalchemy import func, select

from analysis import analyse_jsonl
from feedback import accounts, audit, catalogs, create_app, demo, exchange, resume
from feedback.extensions import db
from feedback.models import ROLES, Response
from feedback.reports.cli import report
from feedback.surveys_registry import all_surveys
from surveys import SurveyDefinitionError, load_surveys
from surveys.exchange import read_records, write_records


@click.group(cls=FlaskGroup, create_app=create_app, add_default_commands=False)
def main() -> None:
    """Feedback from young people and families: the site and its tools."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--demo", "with_demo", is_flag=True, help="Add sample responses to explore.")
@with_appcontext
def serve(host: str, port: int, with_demo: bool) -> None:
    """Bring the database up to date and serve the site with waitress."""
    import waitress

    upgrade(directory=current_app.extensions["migrate"].directory)
    if with_demo:
        added = load_demo_data()
        click.echo(
            f"Demo data: {added} sample responses added." if added else "Demo data: present."
        )
        password = create_demo_account()
        if password:
            click.echo(f"Demo staff account: {DEMO_EMAIL} with password {password}")
            click.echo("  (set up two-factor sign-in with an authenticator app at first sign-in)")
        else:
            click.echo(f"Demo staff account: {DEMO_EMAIL} (password printed when it was made)")
    click.echo(f"Serving on http://{host}:{port}/ (press Ctrl+C to stop)")
    # The real app object, not the context-bound proxy: waitress serves from its own threads.
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    waitress.serve(app, host=host, port=port, ident="feedback")


DEMO_EMAIL = "demo@example.org"


def create_demo_account() -> str | None:
    """A demo staff account with every role, made only by `serve --demo`; its password once."""
    if accounts.find(DEMO_EMAIL) is not None:
        return None
    password = "-".join(secrets.choice(resume.words()) for _ in range(5))
    user = accounts.create(DEMO_EMAIL, list(ROLES), password=password)
    audit.record("account_created", "staff_user", user.id, actor_kind="cli")
    return password


def load_demo_data() -> int:
    """Sample responses, only into a database that has none, so restarts add nothing twice."""
    if db.session.scalar(select(func.count()).select_from(Response)):
        return 0
    return exchange.store_records(demo.records(all_surveys()), all_surveys())


@main.group("surveys")
def surveys_group() -> None:
    """Questionnaire definitions."""


@surveys_group.command("check", with_appcontext=False)
@click.argument(
    "folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
def surveys_check(folder: Path | None) -> None:
    """Validate the questionnaire definitions (the shipped ones unless FOLDER is given)."""
    try:
        catalogue = load_surveys(folder)
    except SurveyDefinitionError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        sys.exit(1)
    for survey in catalogue.values():
        click.echo(f"{survey.id}: {len(survey.answerable)} questions, version {survey.version}, ok")


@main.command("export")
@click.option(
    "--format", "form", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True
)
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="File to write.")
@click.option("--survey", "survey_id", help="Only this questionnaire.")
@with_appcontext
def export(form: str, out: TextIO, survey_id: str | None) -> None:
    """Write submitted responses in the exchange format (JSON lines) or as CSV."""
    if survey_id and survey_id not in all_surveys():
        raise click.BadParameter(f"no questionnaire called {survey_id!r}", param_hint="--survey")
    records = exchange.submitted_records(survey_id)
    if form == "csv":
        out.write(exchange.csv_text(records, all_surveys()))
    else:
        out.writelines(write_records(records))


@main.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@with_appcontext
def import_(file: TextIO) -> None:
    """Add responses from a JSON-lines FILE: all of them, or none if any line is wrong."""
    records, errors = read_records(file, all_surveys())
    if errors:
        for error in errors:
            click.echo(f"{file.name}: {error}", err=True)
        click.echo("Nothing was imported.", err=True)
        sys.exit(1)
    fresh = exchange.new_records(records)
    count = exchange.store_records(fresh, all_surveys())
    click.echo(f"Imported {count} responses.")
    if len(records) > count:
        click.echo(f"{len(records) - count} were already here and were not added again.")


main.add_command(report)


@main.group("users")
def users_group() -> None:
    """Staff accounts."""


@users_group.command("create")
@click.option("--email", required=True, help="The person's work email address.")
@click.option(
    "--role", "roles", multiple=True, required=True, type=click.Choice(ROLES),
    help="A role; repeat for several.",
)  # fmt: skip
@click.password_option(help="Their first password (asked for when not given).")
@with_appcontext
def users_create(email: str, roles: tuple[str, ...], password: str) -> None:
    """Create a staff account, for example the first administrator."""
    try:
        user = accounts.create(email, list(roles), password=password)
    except accounts.AccountError as problem:
        raise click.ClickException(str(problem)) from None
    audit.record("account_created", "staff_user", user.id, actor_kind="cli")
    click.echo(
        f"Created {user.email} ({user.roles}). Two-factor sign-in is set up at first sign-in."
    )


@main.group("translations")
def translations_group() -> None:
    """The gettext catalogs of the interface and questionnaires (from a source checkout)."""


@translations_group.command("extract", with_appcontext=False)
def translations_extract() -> None:
    """Write translations/messages.pot from the code, templates and questionnaires."""
    try:
        catalogs.extract()
    except catalogs.NotASourceCheckout as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Wrote {catalogs.TEMPLATE}")


@translations_group.command("update", with_appcontext=False)
def translations_update() -> None:
    """Merge messages.pot into each language's catalog; new text waits to be translated."""
    for path in catalogs.update():
        click.echo(f"Updated {path}")


@translations_group.command("compile", with_appcontext=False)
def translations_compile() -> None:
    """Compile each catalog to the .mo file the site reads (fuzzy entries are left out)."""
    for path in catalogs.compile_all():
        click.echo(f"Compiled {path}")


@translations_group.command("check", with_appcontext=False)
def translations_check() -> None:
    """Fail when messages.pot is stale or a catalog misses, doubts or breaks a translation."""
    try:
        problems = catalogs.problems()
    except catalogs.NotASourceCheckout as error:
        raise click.ClickException(str(error)) from None
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        sys.exit(1)
    counts = ", ".join(f"{code} {count}" for code, count in catalogs.translated_counts().items())
    click.echo(f"Translations are up to date and complete ({counts} messages).")


@main.command("analyse", with_appcontext=False)
@click.option(
    "--in",
    "source",
    required=True,
    type=click.File("r", encoding="utf-8"),
    help="JSON lines with id, text, group and language ('-' for standard input).",
)
@click.option(
    "--out",
    "target",
    required=True,
    type=click.File("w", encoding="utf-8"),
    help="Where to write one analysed line per answer ('-' for standard output).",
)
def analyse(source: TextIO, target: TextIO) -> None:
    """Code free-text answers: themes, sentiment, durations, redaction, disclosures.

    Needs no server or database. A bad line is reported with its number and
    skipped; every other line is still analysed.
    """
    problems = analyse_jsonl(source, target)
    for problem in problems:
        click.echo(f"{source.name}: {problem}", err=True)
    if problems:
        click.echo(f"{len(problems)} line(s) skipped; the others were analysed.", err=True)
