"""The `feedback` command: surveys check, import, export, serve."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from flask import Flask
from flask.cli import ScriptInfo

from feedback import create_app, demo
from feedback.cli import main
from feedback.extensions import db
from surveys import load_surveys
from surveys.exchange import parse_record

SCENARIO = Path(__file__).parents[2].parent / "shared" / "scenarios" / "appendix-2021.jsonl"
RECORD = {
    "survey": "hsb-young-person",
    "group": "young_person",
    "mode": "self",
    "language": "en",
    "submitted_at": "2021-02-04T10:00:00",
    "answers": {"worker_listened": "positive", "best_thing": '=HYPERLINK("x")'},
}


@pytest.fixture
def run(app: Flask) -> Iterator[Callable[..., Result]]:
    """Run the command line against the test database (the `app` fixture empties it after)."""
    made: list[Flask] = []

    def make_app() -> Flask:
        made.append(create_app({**app.config, "SERVER_NAME": None}))
        return made[-1]

    def invoke(*args: str) -> Result:
        script = ScriptInfo(create_app=make_app)
        return CliRunner().invoke(main, list(args), obj=script, catch_exceptions=False)

    yield invoke
    for each in made:  # close pooled connections now, not whenever they are collected
        with each.app_context():
            db.engine.dispose()


def write_lines(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_surveys_check_passes_on_the_shipped_questionnaires(run: Any) -> None:
    result = run("surveys", "check")
    assert result.exit_code == 0
    assert "hsb-young-person: 11 questions" in result.output
    assert "hsb-parent-carer: 13 questions" in result.output


def test_surveys_check_fails_with_the_problems(run: Any, tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "id: bad\ngroup: young_person\ntitle: B\nscale: {}\nquestions:\n"
        "  - {id: q, type: choice, title: Q, options: []}\n",
        encoding="utf-8",
    )
    result = run("surveys", "check", str(tmp_path))
    assert result.exit_code == 1
    assert "bad.yaml, question 'q': the choice list is empty" in result.output


@pytest.mark.skipif(not SCENARIO.exists(), reason=f"the shared scenarios are not at {SCENARIO}")
def test_the_2021_scenario_imports_and_exports_back_to_the_same_content(
    run: Any, tmp_path: Path
) -> None:
    imported = run("import", str(SCENARIO))
    assert imported.exit_code == 0, imported.output
    assert "Imported 11 responses." in imported.output
    out = tmp_path / "out.jsonl"
    assert run("export", "--out", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == SCENARIO.read_text(encoding="utf-8")


def test_one_bad_line_imports_nothing_and_is_reported(run: Any, tmp_path: Path) -> None:
    bad = {**RECORD, "answers": {"worker_listened": "brilliant"}}
    path = write_lines(tmp_path / "in.jsonl", [RECORD, RECORD, bad])
    result = run("import", str(path))
    assert result.exit_code == 1
    assert "line 3: answers.worker_listened: 'brilliant' is not one of" in result.output
    assert "Nothing was imported." in result.output
    assert run("export").output == ""


def test_export_to_standard_output_and_only_one_survey(run: Any, tmp_path: Path) -> None:
    parent = {
        "survey": "hsb-parent-carer",
        "group": "parent_carer",
        "mode": "assisted",
        "language": "en",
        "submitted_at": "2021-02-05T10:00:00",
        "answers": {"panel_purpose": "no"},
    }
    run("import", str(write_lines(tmp_path / "in.jsonl", [RECORD, parent])))
    lines = run("export", "--survey", "hsb-parent-carer").output.splitlines()
    assert [json.loads(line) for line in lines] == [parent]
    unknown = CliRunner().invoke(main, ["export", "--survey", "nope"])
    assert unknown.exit_code == 2
    assert "no questionnaire called 'nope'" in unknown.output


def test_csv_export_has_a_column_per_question_and_defuses_formulas(
    run: Any, tmp_path: Path
) -> None:
    run("import", str(write_lines(tmp_path / "in.jsonl", [RECORD])))
    header, row = run("export", "--format", "csv").output.splitlines()
    columns = header.split(",")
    assert columns[:5] == ["survey", "group", "mode", "language", "submitted_at"]
    assert "worker_listened" in columns and "what_went_well" in columns
    assert "'=HYPERLINK" in row


def test_serve_upgrades_the_database_loads_demo_data_once_and_serves(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[dict[str, object]] = []

    def serve(app: object, **options: object) -> None:
        assert type(app) is Flask  # the app itself: a context proxy fails in waitress
        served.append(options)

    monkeypatch.setattr("waitress.serve", serve)
    first = run("serve", "--demo", "--port", "8123")
    assert first.exit_code == 0, first.output
    assert "24 sample responses added" in first.output
    assert served == [{"host": "127.0.0.1", "port": 8123, "ident": "feedback"}]
    again = run("serve", "--demo")
    assert "Demo data: present." in again.output
    assert len(run("export").output.splitlines()) == 24


def test_demo_records_fit_the_exchange_format() -> None:
    catalogue = load_surveys()
    for record in demo.records(catalogue):
        assert parse_record(record.to_json_dict(), catalogue) == record


def test_db_upgrade_runs(run: Any) -> None:
    assert run("db", "upgrade").exit_code == 0


def test_analyse_writes_one_line_per_answer_and_reports_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a1", "text": "It took ages", "group": "parent_carer", "language": "en"})
        + "\n{broken\n"
        + json.dumps({"id": "a2", "text": "Dobrze", "group": "parent_carer", "language": "pl"})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["analyse", "--in", str(source), "--out", str(target)])
    assert result.exit_code == 0
    assert "line 2: not valid JSON" in result.output
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a1", "a2"]
    assert lines[0]["themes"] == {"waiting_and_delay": "negative"}
    assert lines[1]["needs_translation"] is True and lines[1]["themes"] == {}
    expected = {"themes", "sentiment", "score", "safeguarding", "safeguarding_reason"}
    expected |= {"redacted", "durations_days", "needs_translation", "evidence", "id"}
    assert set(lines[0]) == expected


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    run: Any, tmp_path: Path
) -> None:
    later = {**RECORD, "submitted_at": "2021-02-11T09:30:00"}
    first = run("import", str(write_lines(tmp_path / "first.jsonl", [RECORD])))
    assert "Imported 1 responses." in first.output
    again = run("import", str(write_lines(tmp_path / "again.jsonl", [RECORD, later])))
    assert again.exit_code == 0, again.output
    assert "Imported 1 responses." in again.output
    assert "1 were already here and were not added again." in again.output
    assert len(run("export").output.splitlines()) == 2
