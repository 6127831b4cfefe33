"""The JSON Lines contract of `feedback analyse --in IN.jsonl --out OUT.jsonl`."""

import io
import json
from pathlib import Path

import pytest

from analysis import analyse_jsonl
from analysis.cli_contract import analyse_file

FIELDS = {
    "id",
    "themes",
    "sentiment",
    "score",
    "safeguarding",
    "safeguarding_reason",
    "redacted",
    "durations_days",
    "needs_translation",
    "evidence",
}


def run(lines: list[str]) -> tuple[list[dict[str, object]], list[str]]:
    out = io.StringIO()
    problems = analyse_jsonl(lines, out)
    return [json.loads(line) for line in out.getvalue().splitlines()], problems


def line(**fields: object) -> str:
    return json.dumps(fields) + "\n"


def test_each_output_line_has_the_contract_fields() -> None:
    records, problems = run(
        [
            line(
                id="a1",
                text="It took ages but Sam my worker was great",
                group="young_person",
                language="en",
            )
        ]
    )
    assert problems == []
    assert len(records) == 1
    record = records[0]
    assert set(record) == FIELDS
    assert record["id"] == "a1"
    assert record["themes"] == {
        "waiting_and_delay": "negative",
        "worker_relationship": "positive",
    }
    assert record["sentiment"] == "mixed"
    assert isinstance(record["score"], float)
    assert record["redacted"] == "It took ages but [name] my worker was great"
    assert record["durations_days"] == []
    assert record["safeguarding"] is False
    assert record["safeguarding_reason"] is None


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json\n", "line 2: not valid JSON"),
        ("[1, 2]\n", "line 2: expected a JSON object"),
        (line(id="x", text="hi", group="young_person"), "line 2: missing field(s): language"),
        (line(id="x", group="young_person"), "line 2: missing field(s): text, language"),
        (line(id=1.5, text="hi", group="g", language="en"), "line 2: field 'id' must be"),
        (line(id="x", text=42, group="g", language="en"), "line 2: field 'text' must be"),
        (line(id="x", text="hi", group=None, language="en"), "line 2: field 'group' must be"),
        (line(id="x", text="hi", group="g", language=""), "line 2: field 'language' must not"),
    ],
)
def test_bad_lines_are_reported_by_number_and_skipped(bad: str, message: str) -> None:
    good = line(id="a", text="spot on", group="parent_carer", language="en")
    last = line(id="b", text="took ages", group="parent_carer", language="en")
    records, problems = run([good, bad, last])
    assert [record["id"] for record in records] == ["a", "b"]
    assert len(problems) == 1
    assert problems[0].startswith(message)


def test_blank_lines_are_ignored() -> None:
    records, problems = run(["\n", line(id=7, text="ok", group="g", language="en"), "  \n"])
    assert problems == []
    assert [record["id"] for record in records] == [7]


def test_analyse_file_writes_one_line_per_good_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    target = tmp_path / "out.jsonl"
    source.write_text(
        line(id="p", text="Czekaliśmy bardzo długo", group="parent_carer", language="pl")
        + "oops\n",
        encoding="utf-8",
    )
    problems = analyse_file(source, target)
    assert problems == ["line 2: not valid JSON (Expecting value at column 1)"]
    records = [json.loads(text) for text in target.read_text(encoding="utf-8").splitlines()]
    assert records == [
        {
            "id": "p",
            "themes": {},
            "sentiment": "neutral",
            "score": 0.0,
            "safeguarding": False,
            "safeguarding_reason": None,
            "redacted": records[0]["redacted"],
            "durations_days": [],
            "needs_translation": True,
            "evidence": {},
        }
    ]
