"""The analyst's files: approved quote ids and "you said, we will" actions.

Approved quotes: one id a line (as the report prints them, e.g. `q-1a2b3c4d5e`); blank
lines and lines starting with # are ignored. A JSON list of ids works too.

Actions: blocks of a "You said:" line followed by a "We will:" line, blank lines between
blocks; or a JSON list of {"you_said": ..., "we_will": ...} objects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


class InputFileError(ValueError):
    """An analyst's file that cannot be read; the message says where and why."""


@dataclass(frozen=True)
class Action:
    you_said: str
    we_will: str

    def to_json_dict(self) -> dict[str, str]:
        return {"you_said": self.you_said, "we_will": self.we_will}


def approved_quote_ids(text: str) -> frozenset[str]:
    if text.lstrip().startswith("["):
        data = _json(text)
        if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
            raise InputFileError("approved quotes: a JSON file must be a list of quote ids")
        return frozenset(item.strip() for item in data)
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def actions(text: str) -> list[Action]:
    if text.lstrip().startswith("["):
        return _json_actions(_json(text))
    found: list[Action] = []
    said: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        label, _, rest = line.partition(":")
        kind = label.strip().lower()
        if kind == "you said":
            said = rest.strip()
        elif kind == "we will" and said:
            found.append(Action(said, rest.strip()))
            said = None
        elif line.strip() and not line.lstrip().startswith("#"):
            raise InputFileError(f"actions line {number}: expected 'You said:' then 'We will:'")
    return found


def _json_actions(data: Any) -> list[Action]:
    if not isinstance(data, list):
        raise InputFileError("actions: a JSON file must be a list")
    try:
        return [Action(str(item["you_said"]), str(item["we_will"])) for item in data]
    except (KeyError, TypeError):
        raise InputFileError("actions: each item needs 'you_said' and 'we_will'") from None


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputFileError(f"not valid JSON ({error.msg}, line {error.lineno})") from None
