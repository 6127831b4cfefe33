"""The codebook as data: themes with the phrases that signal them, loaded and validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from analysis.patterns import Pattern, PatternIndex
from analysis.resources import DataFileError, check_keys, data_path, load_mapping, phrases

POLARITIES = ("positive", "negative", "neutral")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_CODING_KEYS = ("positive", "negative", "neutral", "topic", "judged")
_SIGNAL_KEYS = (*_CODING_KEYS, "exclusions")


@dataclass(frozen=True)
class Theme:
    """One theme and its signals.

    `positive`, `negative` and `neutral` phrases code the theme with that polarity (a
    negation just before them turns positive and negative round). `topic` phrases code
    it with the polarity of what is said around them, neutral where nothing is judged.
    `judged` phrases name what a theme is about ("the sessions", "school and the police")
    and code it only where the words around them judge it. `exclusions` stop the theme
    in the clause where they occur.
    """

    id: str
    label: str
    description: str
    positive: tuple[Pattern, ...]
    negative: tuple[Pattern, ...]
    neutral: tuple[Pattern, ...]
    topic: tuple[Pattern, ...]
    judged: tuple[Pattern, ...]
    exclusions: tuple[Pattern, ...]


@dataclass(frozen=True)
class Codebook:
    """The themes, in codebook order."""

    version: int
    themes: tuple[Theme, ...]

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes)

    @cached_property
    def signal_index(self) -> PatternIndex[tuple[str, str]]:
        """Every signal phrase, with its theme id and kind."""
        entries = [
            (pattern, (theme.id, kind))
            for theme in self.themes
            for kind in _CODING_KEYS
            for pattern in getattr(theme, kind)
        ]
        return PatternIndex(entries)

    @cached_property
    def exclusion_index(self) -> PatternIndex[str]:
        """Every exclusion phrase, with its theme id."""
        return PatternIndex([(p, theme.id) for theme in self.themes for p in theme.exclusions])


def load_codebook(path: Path | str | None = None) -> Codebook:
    """Load and validate a codebook file (default: the one shipped with the package)."""
    source = Path(path) if path else data_path("codebook.yaml")
    data = load_mapping(source)
    check_keys(source, "the codebook", data, {"version", "themes"}, set())
    if not isinstance(data["version"], int):
        raise DataFileError(source, "version must be a whole number")
    entries = data["themes"]
    if not isinstance(entries, list) or not entries:
        raise DataFileError(source, "themes must be a non-empty list")
    themes = tuple(_theme(source, index, entry) for index, entry in enumerate(entries, 1))
    seen: set[str] = set()
    for theme in themes:
        if theme.id in seen:
            raise DataFileError(source, f"theme {theme.id!r} is defined twice")
        seen.add(theme.id)
    return Codebook(data["version"], themes)


@cache
def default_codebook() -> Codebook:
    """The shipped codebook, loaded once."""
    return load_codebook()


def _theme(source: Path, index: int, entry: Any) -> Theme:
    if not isinstance(entry, dict):
        raise DataFileError(source, f"theme {index} must be a mapping")
    where = f"theme {entry.get('id', index)!r}"
    check_keys(source, where, entry, {"id", "label", "description"}, set(_SIGNAL_KEYS))
    theme_id = entry["id"]
    if not isinstance(theme_id, str) or not _ID_RE.match(theme_id):
        raise DataFileError(source, f"{where}: id must be lower_snake_case")
    for key in ("label", "description"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise DataFileError(source, f"{where}: {key} must be a non-empty text")
    signals = {key: phrases(source, f"{where} {key}", entry.get(key)) for key in _SIGNAL_KEYS}
    if not any(signals[key] for key in _CODING_KEYS):
        raise DataFileError(source, f"{where} has no phrases that signal it")
    return Theme(
        id=theme_id,
        label=entry["label"],
        description=entry["description"],
        positive=signals["positive"],
        negative=signals["negative"],
        neutral=signals["neutral"],
        topic=signals["topic"],
        judged=signals["judged"],
        exclusions=signals["exclusions"],
    )
