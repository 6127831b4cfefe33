"""The learned second reader for disclosures (analysis/reader.py). Each case is written
for the test, not taken from the examples it learns from."""

from pathlib import Path

import pytest

from analysis import analyse
from analysis.codebook import default_codebook
from analysis.engine import READER_REASON, Resources
from analysis.lexicon import default_lexicon
from analysis.reader import default_reader, features, load_examples, train
from analysis.resources import DataFileError
from analysis.safeguarding import default_rules
from analysis.text import segment

RULES_ONLY = Resources(default_codebook(), default_lexicon(), default_rules(), None)

# Indirect disclosures that name no harm any rule knows.
UNNAMED = [
    "i dont sleep much now, i sit on the landing till i hear his car go and then i check"
    " my little sister is ok",
    "sessions were fine. i keep a bag by my bed now and im saving my dinner money for a"
    " train ticket, nobody at home would notice if i went",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_the_reader_sends_an_unnamed_disclosure_to_a_person(text: str) -> None:
    by_rules = analyse(text, group="young_person", language="en", resources=RULES_ONLY)
    found = analyse(text, group="young_person", language="en")
    assert not by_rules.safeguarding
    assert found.safeguarding
    assert found.safeguarding_reason is not None
    assert found.safeguarding_reason.startswith(READER_REASON)


@pytest.mark.parametrize(
    "text",
    [
        "The worker was lovely and the letters were clear.",
        "We waited about six weeks for the assessment, which felt long.",
        "i liked the drawing and my worker was a laugh",
        "I won't be around for the next meeting as we are away",
        "he would kill me if he knew i missed football for this lol",
    ],
)
def test_the_reader_leaves_ordinary_feedback_and_look_alikes_alone(text: str) -> None:
    found = analyse(text, group="young_person", language="en")
    assert not found.safeguarding, found.safeguarding_reason


def test_the_reader_shows_its_words_of_evidence() -> None:
    reader = default_reader()
    seg = segment(UNNAMED[0])
    evidence = reader.evidence(seg)
    assert evidence
    assert all(word in UNNAMED[0] for part in evidence.split(", ") for word in part.split())
    assert "the" not in evidence.split(", ")


def test_training_is_repeatable() -> None:
    examples = [(features(segment(e.text)), e.disclosure) for e in load_examples()[:300]]
    first, second = train(examples), train(examples)
    assert first == second


def test_training_needs_both_kinds_of_example() -> None:
    only_safe = [(frozenset({"fine", "good"}), False), (frozenset({"fine"}), False)]
    with pytest.raises(ValueError, match="both"):
        train(only_safe)


def test_a_council_can_teach_it_from_its_own_examples(tmp_path: Path) -> None:
    path = tmp_path / "examples.jsonl"
    lines = [
        '{"text": "the van man waits by the gate again", "safeguarding": true}',
        '{"text": "the van man waits by the gate every day", "safeguarding": true}',
        '{"text": "the worker was kind and the letters were clear", "safeguarding": false}',
        '{"text": "the worker was kind and helpful", "safeguarding": false}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    examples = load_examples(path)
    reader = train((features(segment(e.text)), e.disclosure) for e in examples)
    assert reader.probability(segment("the van man waits by the gate")) > 0.5
    assert reader.probability(segment("the worker was kind")) < 0.5


def test_a_broken_examples_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "examples.jsonl"
    path.write_text('{"text": "fine", "safeguarding": false}\n{"text": "oops"}\n', "utf-8")
    with pytest.raises(DataFileError, match="line 2"):
        load_examples(path)


def test_the_shipped_examples_hold_no_personal_details() -> None:
    from analysis.redact import redact

    for example in load_examples():
        assert redact(example.text) == example.text
