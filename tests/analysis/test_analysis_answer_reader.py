"""The learned second reader for themes and sentiment (analysis/answer_reader.py). Each
case is written for the test, not taken from the examples it learns from."""

import json
from pathlib import Path

import pytest

from analysis import analyse
from analysis.answer_reader import (
    SENTIMENTS,
    default_answer_reader,
    load_coded_examples,
    reader_for,
)
from analysis.codebook import default_codebook
from analysis.engine import Analysis, Resources
from analysis.lexicon import default_lexicon
from analysis.reader import default_reader
from analysis.resources import DataFileError
from analysis.safeguarding import default_rules
from analysis.text import segment

THEMES = default_codebook().theme_ids
PHRASES_ONLY = Resources(default_codebook(), default_lexicon(), default_rules(), default_reader())


def analysed(text: str, resources: Resources | None = None) -> Analysis:
    return analyse(text, group="parent_carer", language="en", resources=resources)


# Answers whose theme no codebook phrase names, in wordings the examples do not hold.
UNPHRASED = [
    (
        "Our worker remembered his dog's name and asked after it every single visit.",
        "worker_relationship",
        "positive",
    ),
    (
        "Police, school and the nurse each had their own forms and none of them had read"
        " the others.",
        "joined_up_working",
        "negative",
    ),
]


@pytest.mark.parametrize(("text", "theme", "polarity"), UNPHRASED)
def test_the_reader_codes_a_theme_no_phrase_names(text: str, theme: str, polarity: str) -> None:
    assert theme not in analysed(text, PHRASES_ONLY).themes
    found = analysed(text)
    assert found.themes.get(theme) == polarity
    assert found.evidence[theme]
    assert all(word in text.lower() for part in found.evidence[theme] for word in part.split())


def test_the_reader_judges_an_answer_the_lexicon_cannot() -> None:
    text = UNPHRASED[1][0]
    assert analysed(text, PHRASES_ONLY).sentiment == "neutral"
    found = analysed(text)
    assert found.sentiment == "negative"
    assert found.score < 0


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("spot on", "positive"),
        ("appalling", "negative"),
        ("n/a", "neutral"),
        ("The worker was lovely and explained everything clearly.", "positive"),
    ],
)
def test_short_or_firmly_judged_answers_keep_the_lexicon_reading(text: str, sentiment: str) -> None:
    assert analysed(text).sentiment == sentiment


def test_a_disclosure_keeps_no_themes_whatever_the_reader_reads() -> None:
    found = analysed("the sessions helped but i still cut myself most nights")
    assert found.safeguarding
    assert found.themes == {}
    assert found.sentiment == "negative"


def test_the_shipped_examples_load_and_name_codebook_themes() -> None:
    examples = load_coded_examples()
    assert len(examples) > 1000
    assert all(set(e.themes) <= set(THEMES) for e in examples)
    assert all(e.sentiment in SENTIMENTS for e in examples)
    assert {e.set_name for e in examples} >= {"dev-corpus"}


def test_training_is_repeatable() -> None:
    examples = load_coded_examples()[:300]
    first, second = reader_for(examples, THEMES), reader_for(examples, THEMES)
    assert first.vocabulary == second.vocabulary
    assert (first.weights == second.weights).all()
    assert (first.bias == second.bias).all()


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _coded(text: str, themes: dict[str, str], sentiment: str) -> dict[str, object]:
    return {"text": text, "themes": themes, "sentiment": sentiment}


def test_a_council_can_teach_it_a_new_theme(tmp_path: Path) -> None:
    late = {"transport": "negative"}
    taught = [
        _coded(f"the minibus to the sessions was late {n} times", late, "negative")
        for n in ("two", "three", "four", "five", "six", "seven")
    ] + [
        _coded(f"my worker was kind and the letters were clear, {n}", {}, "positive")
        for n in ("thanks", "cheers", "ta", "honestly", "really", "truly")
    ]
    examples = load_coded_examples(_write(tmp_path / "coded.jsonl", taught))
    reader = reader_for(examples, (*THEMES, "transport"))
    assert reader.themes == ("transport",)
    reading = reader.read(segment("the minibus was late again"))
    assert reading.themes["transport"] > 0.6


def test_a_theme_with_few_examples_is_left_to_the_phrases(tmp_path: Path) -> None:
    rows = [
        _coded("the minibus was late", {"transport": "negative"}, "negative"),
        _coded("my worker was kind", {}, "positive"),
    ]
    examples = load_coded_examples(_write(tmp_path / "coded.jsonl", rows))
    assert reader_for(examples, (*THEMES, "transport")).themes == ()


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        '{"text": "fine", "sentiment": "positive"}',
        '{"text": "fine", "themes": ["worker_relationship"], "sentiment": "positive"}',
        '{"text": "fine", "themes": {}, "sentiment": "glowing"}',
    ],
)
def test_a_bad_example_is_reported_with_its_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "coded.jsonl"
    path.write_text('{"text": "ok", "themes": {}, "sentiment": "neutral"}\n' + line + "\n")
    with pytest.raises(DataFileError, match="line 2"):
        load_coded_examples(path)


def test_the_default_reader_is_trained_once() -> None:
    reader = default_answer_reader(THEMES)
    assert reader is not None
    assert reader is default_answer_reader(THEMES)


def test_without_examples_there_is_no_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import analysis.answer_reader as answer_reader

    empty = tmp_path / "coded_examples.jsonl"
    empty.write_text("")
    monkeypatch.setattr(answer_reader, "data_path", lambda name: empty)
    answer_reader.default_answer_reader.cache_clear()
    try:
        assert answer_reader.default_answer_reader(THEMES) is None
    finally:
        answer_reader.default_answer_reader.cache_clear()


def test_the_shipped_examples_hold_no_personal_details() -> None:
    from analysis.redact import redact

    for example in load_coded_examples():
        assert redact(example.text) == example.text


def test_a_theme_is_added_only_on_words_of_meaning(tmp_path: Path) -> None:
    # A reader taught that "it was what it was" is about waiting reads it so, but on
    # words with no meaning of their own it has nothing to show why: no theme.
    waited = {"waiting_and_delay": "negative"}
    rows = [_coded("it was what it was", waited, "negative") for _ in range(6)]
    rows += [_coded(f"the worker was kind {n}", {}, "positive") for n in range(6)]
    reader = reader_for(load_coded_examples(_write(tmp_path / "coded.jsonl", rows)), THEMES)
    resources = Resources(
        default_codebook(), default_lexicon(), default_rules(), default_reader(), reader
    )
    text = "It was what it was."
    assert reader.read(segment(text)).themes["waiting_and_delay"] >= 0.6
    assert reader.evidence(segment(text), "waiting_and_delay") == ()
    assert "waiting_and_delay" not in analysed(text, resources).themes
