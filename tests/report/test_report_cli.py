"""`feedback report` from a file and from the database, in all four formats."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result
from flask import Flask
from flask.cli import ScriptInfo
from pypdf import PdfReader
from report_helpers import SCENARIO_2021, parents, records, scenario_2021, write_jsonl

from feedback.exchange import store_records
from feedback.reports.cli import report
from surveys import load_surveys


def run(*args: str, app: Flask | None = None) -> Result:
    script = ScriptInfo(create_app=lambda: app) if app else None
    return CliRunner().invoke(report, list(args), obj=script, catch_exceptions=False)


def test_json_from_a_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("--in", str(SCENARIO_2021), "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert set(data) >= {"findings", "themes", "delays", "respondents"}
    assert data["respondents"] == {"young_person": 4, "parent_carer": 7}
    first = data["findings"][0]
    assert set(first) == {"topic", "group", "favourable", "answered", "quantifier", "sentence"}


@pytest.mark.parametrize(
    ("form", "check"),
    [
        ("html", lambda content: b"<h1>" in content),
        ("docx", lambda content: len(docx.Document(io.BytesIO(content)).tables) > 5),
        (
            "pdf",
            lambda content: "Summary" in PdfReader(io.BytesIO(content)).pages[0].extract_text(),
        ),
    ],
)
def test_publication_formats_from_a_file(
    tmp_path: Path, form: str, check: Callable[[bytes], bool]
) -> None:
    out = tmp_path / f"report.{form}"
    assert run("--in", str(SCENARIO_2021), "--format", form, "--out", str(out)).exit_code == 0
    assert check(out.read_bytes())


def test_approved_quotes_and_actions_files(tmp_path: Path) -> None:
    answers = parents([{"what_went_well": "The sessions really helped our whole family"}] * 5)
    source = write_jsonl(tmp_path / "in.jsonl", answers)
    candidates = tmp_path / "candidates.json"
    run("--in", str(source), "--out", str(candidates))
    chosen = json.loads(candidates.read_text())["quotes"]["items"][0]["id"]
    (tmp_path / "quotes.txt").write_text(f"# approved by the analyst\n{chosen}\n")
    (tmp_path / "actions.txt").write_text(
        "You said: the panel was a mystery\nWe will: explain it\n"
    )
    out = tmp_path / "report.html"
    quotes, actions = tmp_path / "quotes.txt", tmp_path / "actions.txt"
    result = run(
        "--in", str(source), "--format", "html", "--out", str(out),
        "--approved-quotes", str(quotes), "--actions", str(actions),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert "For review" not in page and page.count("<blockquote>") == 1
    assert "the panel was a mystery" in page and "explain it" in page


def test_a_bad_actions_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "actions.txt").write_text("We might: do something\n")
    result = CliRunner().invoke(
        report,
        ["--in", str(SCENARIO_2021), "--out", "-", "--actions", str(tmp_path / "actions.txt")],
    )
    assert result.exit_code == 1
    assert "actions line 1" in result.output


def test_a_bad_responses_file_names_the_line(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(SCENARIO_2021.read_text().splitlines()[0] + "\n{not json\n")
    result = CliRunner().invoke(report, ["--in", str(source), "--out", "-"])
    assert result.exit_code == 1
    assert "line 2" in result.output


def test_periods_from_a_file_compare(tmp_path: Path) -> None:
    this_year = parents([{"panel_purpose": "yes"}] * 6, day=14)
    lines = SCENARIO_2021.read_text().splitlines()
    source = tmp_path / "two-years.jsonl"
    source.write_text("\n".join(lines + [json.dumps(each) for each in this_year]) + "\n")
    out = tmp_path / "report.json"
    result = run(
        "--in", str(source), "--from", "2022-01-01", "--to", "2022-12-31",
        "--compare-from", "2021-01-01", "--compare-to", "2021-12-31", "--out", str(out),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["respondents"] == {"young_person": 0, "parent_carer": 6}
    panel = next(c for c in data["comparison"] if c["topic"] == "panel_understanding")
    assert panel["this_period"] == {"favourable": 6, "answered": 6}
    assert panel["last_period"] == {"favourable": 1, "answered": 7}


def test_from_the_database(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        store_records(scenario_2021() + records(parents([{}], day=20)), load_surveys())
    out = tmp_path / "report.json"
    result = run(
        "--survey", "hsb-parent-carer", "--from", "2021-02-01", "--to", "2021-02-28",
        "--out", str(out), app=app,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["respondents"] == {"young_person": 0, "parent_carer": 7}
    overall = next(f for f in data["findings"] if f["topic"] == "overall_experience")
    assert (overall["favourable"], overall["answered"]) == (5, 7)


def test_docx_from_the_database(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        store_records(scenario_2021(), load_surveys())
    out = tmp_path / "report.docx"
    assert run("--format", "docx", "--out", str(out), app=app).exit_code == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "4 young people and 7 parents and carers answered" in text


def test_an_unknown_survey_is_refused() -> None:
    result = CliRunner().invoke(
        report, ["--in", str(SCENARIO_2021), "--survey", "nope", "--out", "-"]
    )
    assert result.exit_code == 2
    assert "no questionnaire called 'nope'" in result.output
