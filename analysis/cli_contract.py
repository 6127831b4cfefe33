"""The file job behind ``feedback analyse --in IN.jsonl --out OUT.jsonl``.

Each input line is a JSON object with ``id``, ``text``, ``group`` and ``language``. Each
output line has the same ``id`` and the fields of `Analysis.to_json_dict`. A bad input
line is reported by its line number and skipped; the other lines are still analysed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from analysis.engine import analyse

REQUIRED_FIELDS = ("id", "text", "group", "language")


def analyse_jsonl(in_stream: Iterable[str], out_stream: TextIO) -> list[str]:
    """Analyse every line of `in_stream` into `out_stream`; return the problems found."""
    problems: list[str] = []
    for number, line in enumerate(in_stream, 1):
        if not line.strip():
            continue
        record, problem = parse_line(line)
        if problem:
            problems.append(f"line {number}: {problem}")
            continue
        assert record is not None  # noqa: S101  (parse_line returns one or the other)
        result = analyse(record["text"], group=record["group"], language=record["language"])
        output = {"id": record["id"], **result.to_json_dict()}
        out_stream.write(json.dumps(output, ensure_ascii=False) + "\n")
    return problems


def analyse_file(in_path: Path | str, out_path: Path | str) -> list[str]:
    """Analyse the JSON Lines file `in_path` into `out_path`; return the problems found."""
    with (
        Path(in_path).open(encoding="utf-8") as source,
        Path(out_path).open("w", encoding="utf-8") as target,
    ):
        return analyse_jsonl(source, target)


def parse_line(line: str) -> tuple[dict[str, Any] | None, str | None]:
    """The record on one line, or a message saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return None, f"not valid JSON ({error.msg} at column {error.colno})"
    if not isinstance(record, dict):
        return None, "expected a JSON object with id, text, group and language"
    missing = [name for name in REQUIRED_FIELDS if name not in record]
    if missing:
        return None, f"missing field(s): {', '.join(missing)}"
    if isinstance(record["id"], bool) or not isinstance(record["id"], str | int):
        return None, "field 'id' must be a string or a whole number"
    for name in ("text", "group", "language"):
        if not isinstance(record[name], str):
            return None, f"field '{name}' must be a string"
    if not record["language"].strip():
        return None, "field 'language' must not be empty"
    return record, None
