"""Responses for report tests, built in the exchange format from short descriptions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from surveys import load_surveys
from surveys.exchange import ResponseRecord, parse_record, read_records

SCENARIO_2021 = Path(__file__).parents[2].parent / "shared" / "scenarios" / "appendix-2021.jsonl"


def scenario_2021() -> list[ResponseRecord]:
    records, errors = read_records(
        SCENARIO_2021.read_text(encoding="utf-8").splitlines(), load_surveys()
    )
    assert not errors
    return records


def response(group: str, answers: dict[str, Any], day: int = 10, **extra: Any) -> dict[str, Any]:
    """One response as an exchange-format dict, submitted in February 2022."""
    survey = "hsb-young-person" if group == "young_person" else "hsb-parent-carer"
    return {
        "survey": survey,
        "group": group,
        "mode": extra.pop("mode", "self"),
        "language": "en",
        "submitted_at": f"2022-02-{day:02d}T10:{extra.pop('minute', 0):02d}:00",
        "answers": answers,
        **extra,
    }


def records(dicts: list[dict[str, Any]]) -> list[ResponseRecord]:
    catalogue = load_surveys()
    return [parse_record(each, catalogue) for each in dicts]


def parents(values: list[dict[str, Any]], day: int = 10) -> list[dict[str, Any]]:
    """One parent or carer a dict of answers, a minute apart."""
    return [response("parent_carer", v, day=day, minute=i) for i, v in enumerate(values)]


def young_people(values: list[dict[str, Any]], day: int = 11) -> list[dict[str, Any]]:
    return [response("young_person", v, day=day, minute=i) for i, v in enumerate(values)]


def write_jsonl(path: Path, dicts: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(each) + "\n" for each in dicts), encoding="utf-8")
    return path
