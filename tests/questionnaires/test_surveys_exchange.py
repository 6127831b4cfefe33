"""The exchange format: records in and out, and what is refused."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from surveys import load_surveys
from surveys.exchange import parse_record, read_records, write_records

CATALOGUE = load_surveys()
SCENARIO = Path(__file__).parents[2].parent / "shared" / "scenarios" / "appendix-2021.jsonl"

GOOD = {
    "survey": "hsb-parent-carer",
    "group": "parent_carer",
    "mode": "assisted",
    "language": "en",
    "submitted_at": "2021-02-10T10:00:00",
    "case": {"referral_date": "2020-09-01", "panel_date": "2020-12-15"},
    "answers": {"overall_experience": "positive", "what_went_well": "The worker was lovely"},
}


def test_a_good_record_goes_in_and_comes_out_the_same() -> None:
    record = parse_record(GOOD, CATALOGUE)
    assert json.loads(next(write_records([record]))) == GOOD


def test_a_time_with_a_zone_is_kept_as_utc() -> None:
    record = parse_record({**GOOD, "submitted_at": "2021-06-01T11:00:00+01:00"}, CATALOGUE)
    assert record.submitted_at == datetime(2021, 6, 1, 10, 0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"survey": "nope"}, "unknown survey 'nope'"),
        ({"group": "young_person"}, "group 'young_person' does not match survey"),
        ({"group": "pupil"}, "group must be one of young_person, parent_carer"),
        ({"mode": "phone"}, "mode must be one of self, assisted"),
        ({"submitted_at": "yesterday"}, "submitted_at 'yesterday' is not a date and time"),
        ({"case": {"referral_date": "1/2/2020"}}, "case dates must be written as YYYY-MM-DD"),
        ({"case": {"name": "Sam"}}, "case may hold only referral_date, panel_date"),
        ({"answers": {"worker_listened": "positive"}}, "answers.worker_listened is not a question"),
        ({"answers": {"panel_purpose": "maybe"}}, "answers.panel_purpose: 'maybe' is not one of"),
        ({"answers": {"what_went_well": 5}}, "answers.what_went_well must be text"),
        ({"answers": {"what_went_well": "x" * 2001}}, "is longer than 2000"),
        ({"answers": []}, "answers must be a JSON object"),
        ({"colour": "red"}, "unknown field colour"),
        ({"language": 7}, "language must be a language code"),
    ],
)
def test_bad_records_say_what_is_wrong(change: dict[str, object], message: str) -> None:
    records, errors = read_records([json.dumps({**GOOD, **change})], CATALOGUE)
    assert records == []
    assert [str(e) for e in errors] == [f"line 1: {errors[0].message}"]
    assert message in errors[0].message


def test_errors_carry_line_numbers_and_blank_lines_are_ignored() -> None:
    lines = [json.dumps(GOOD), "", "{not json", json.dumps({**GOOD, "mode": "x"})]
    records, errors = read_records(lines, CATALOGUE)
    assert len(records) == 1
    assert [e.line for e in errors] == [3, 4]
    assert "not valid JSON" in errors[0].message


@pytest.mark.skipif(not SCENARIO.exists(), reason=f"the shared scenarios are not at {SCENARIO}")
def test_the_2021_scenario_reads_and_writes_back_unchanged() -> None:
    text = SCENARIO.read_text(encoding="utf-8")
    records, errors = read_records(text.splitlines(), CATALOGUE)
    assert errors == []
    assert "".join(write_records(records)) == text
