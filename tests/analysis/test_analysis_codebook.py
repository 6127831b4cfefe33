"""The codebook and lexicons load as data, and bad files fail with clear errors."""

from pathlib import Path

import pytest

from analysis import DataFileError, load_codebook
from analysis.lexicon import load_lexicon
from analysis.safeguarding import load_rules

THEMES = {
    "panel_understanding",
    "waiting_and_delay",
    "intervention_helped",
    "worker_relationship",
    "being_listened_to",
    "communication_and_information",
    "support_for_family",
    "joined_up_working",
    "feelings_and_stigma",
    "needs_and_adjustments",
}


def test_shipped_codebook_has_the_ten_themes() -> None:
    assert set(load_codebook().theme_ids) == THEMES


def test_shipped_lexicon_and_rules_load() -> None:
    assert load_lexicon().phrases
    assert load_rules().rules


GOOD_THEME = """
  - id: transport
    label: Getting there
    description: Travel to sessions.
    negative: [bus fare, (long|far) journey]
"""


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("version: 1\nthemes: [", "is not valid YAML"),
        ("- a list", "must hold a mapping"),
        ("themes: []\n", "missing version"),
        ("version: 1\nthemes: []\n", "themes must be a non-empty list"),
        ("version: 1\nthemes:\n  - label: x\n    description: y\n", "missing id"),
        ("version: 1\nthemes:" + GOOD_THEME + GOOD_THEME, "'transport' is defined twice"),
        ("version: 1\nthemes:" + GOOD_THEME.replace("transport", "Bad Id"), "lower_snake_case"),
        (
            "version: 1\nthemes:" + GOOD_THEME.replace("negative", "negativ"),
            "unknown key(s) negativ",
        ),
        (
            "version: 1\nthemes:" + GOOD_THEME.replace("negative:", "topic: []\n    x:"),
            "unknown key(s) x",
        ),
        (
            "version: 1\nthemes:" + GOOD_THEME.replace("bus fare", "(bus|coach"),
            "unbalanced brackets",
        ),
        (
            "version: 1\nthemes:" + GOOD_THEME.replace("bus fare", "(a|(b|c))"),
            "cannot be nested",
        ),
        ("version: 1\nthemes:" + GOOD_THEME.replace("bus fare", "'re:(?P<x'"), "invalid pattern"),
        ("version: 1\nthemes:" + GOOD_THEME.replace("bus fare", "7"), "not a non-empty text"),
        (
            "version: 1\nthemes:" + GOOD_THEME.replace("negative:", "judged: [bus]\n    judged:"),
            "the key 'judged' is given twice",
        ),
    ],
)
def test_codebook_errors_name_the_file_and_the_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "codebook.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_codebook(path)
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)


def test_missing_codebook_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot be read"):
        load_codebook(tmp_path / "absent.yaml")


def test_a_council_can_add_a_theme_without_code(tmp_path: Path) -> None:
    path = tmp_path / "codebook.yaml"
    path.write_text("version: 1\nthemes:" + GOOD_THEME, encoding="utf-8")
    codebook = load_codebook(path)
    assert codebook.theme_ids == ("transport",)
    assert codebook.themes[0].negative[0].regex.search("the bus fare was a lot")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("phrases: {spot on: 2}\nwords: {}\n", "value from -1 to 1"),
        ("phrases: []\nwords: {}\n", "phrases must be a mapping"),
        ("phrases: {}\n", "missing words"),
        ("phrases: {}\nwords:\n  loud: 0.0\n  loud: -0.3\n", "the key 'loud' is given twice"),
    ],
)
def test_lexicon_errors(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=problem):
        load_lexicon(path)
