"""Loading the YAML data files that ship with the package, with errors that name the file."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml

from analysis.patterns import Pattern, PatternError, compile_phrase

PACKAGE_DIR = Path(__file__).resolve().parent


class DataFileError(ValueError):
    """A data file (codebook, lexicon, names, safeguarding rules) is missing or invalid."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def data_path(name: str) -> Path:
    """Path of a data file shipped inside the package."""
    return PACKAGE_DIR / name


T = TypeVar("T")


def load_json_lines(path: Path, read: Callable[[dict[str, Any]], T], expected: str) -> list[T]:
    """Each non-blank line of a JSON Lines file, read by `read`; a line that is not JSON,
    or that `read` refuses (KeyError, TypeError, ValueError), is a DataFileError naming
    the line and what it `expected`."""
    items = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                items.append(read(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                raise DataFileError(path, f"line {number} must be {expected}") from None
    return items


def load_mapping(path: Path | str) -> dict[str, Any]:
    """Read a YAML file whose top level must be a mapping."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise DataFileError(path, f"cannot be read ({error.strerror})") from None
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as error:
        raise DataFileError(path, f"is not valid YAML ({error})") from None
    if not isinstance(data, dict):
        raise DataFileError(path, "must hold a mapping at the top level")
    return data


class _UniqueKeyLoader(yaml.SafeLoader):
    """The safe loader, refusing a key given twice in one mapping: YAML would keep the
    last silently, and a council editing the codebook would lose the first list."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def check_keys(
    path: Path | str, where: str, entry: Mapping[str, Any], required: set[str], optional: set[str]
) -> None:
    """Raise DataFileError for missing or unknown keys of `entry`."""
    missing = sorted(required - entry.keys())
    if missing:
        raise DataFileError(path, f"{where} is missing {', '.join(missing)}")
    unknown = sorted(entry.keys() - required - optional)
    if unknown:
        raise DataFileError(path, f"{where} has unknown key(s) {', '.join(unknown)}")


def string_list(path: Path | str, where: str, value: Any) -> tuple[str, ...]:
    """A list of non-empty strings, or DataFileError."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise DataFileError(path, f"{where} must be a list")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise DataFileError(
                path, f"{where} has an entry that is not a non-empty text: {item!r}"
            )
    return tuple(value)


def phrases(path: Path | str, where: str, value: Any) -> tuple[Pattern, ...]:
    """Compile a list of phrases, or DataFileError naming the bad one."""
    compiled = []
    for phrase in string_list(path, where, value):
        try:
            compiled.append(compile_phrase(phrase))
        except PatternError as error:
            raise DataFileError(path, f"{where}: {error}") from None
    return tuple(compiled)
