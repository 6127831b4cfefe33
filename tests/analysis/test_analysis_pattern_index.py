"""The phrase index only skips phrases that cannot match: every phrase that matches a
text is among the candidates the index gives for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.codebook import default_codebook
from analysis.lexicon import default_lexicon
from analysis.patterns import PatternError, PatternIndex, compile_phrase
from analysis.redact import redact
from analysis.safeguarding import default_rules
from analysis.text import segment

CORPUS = Path(__file__).with_name("heldout_corpus.jsonl")
EXTRA = [
    "I want to kill myself, I keep thinking about suicide",
    "we waited 3 weeks and then a couple of months more for the panel",
    "Mrs P explained everything step by step, she was lovely and so patient",
    "nothing could be improved tbh, couldn't fault them",
    "He hits me and I'm scared to go home",
]


def _texts() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()] + EXTRA


def _indexes() -> list[PatternIndex[object]]:
    codebook, lexicon, rules = default_codebook(), default_lexicon(), default_rules()
    return [
        codebook.signal_index,
        codebook.exclusion_index,
        lexicon.phrase_index,
        lexicon.sarcasm_index,
        rules.phrase_index,
        rules.past_index,
        rules.ignore_index,
    ]  # type: ignore[list-item]


@pytest.mark.parametrize("text", _texts())
def test_every_matching_phrase_is_a_candidate(text: str) -> None:
    for seg in (segment(text), segment(redact(text))):
        for index in _indexes():
            candidates = {id(pattern) for pattern, _ in index.candidates(seg.keys)}
            for pattern, _ in index._entries:
                if pattern.regex.search(seg.norm):
                    assert id(pattern) in candidates, pattern.source


def test_requirements_of_a_phrase() -> None:
    pattern = compile_phrase("(told|asked) me ... (nothing|no one*) <num> week*")
    assert pattern.requires == (
        frozenset({"told", "asked"}),
        frozenset({"me"}),
        frozenset({"nothing", "one*"}),
        frozenset({"week*"}),
    )
    assert compile_phrase("(a|<num>) thing").requires == (frozenset({"thing"}),)
    assert compile_phrase("re:anything").requires == ()


def test_word_beginnings_are_keys() -> None:
    seg = segment("Suicidal thoughts")
    assert {"suicidal", "suicid*", "s*", "thoughts*"} <= seg.keys
    pattern = compile_phrase("suicid*")
    assert list(pattern.finditer(seg.norm, seg.keys))
    assert not list(pattern.finditer("fine", segment("fine").keys))


def test_a_guarded_expression_is_tried_only_on_texts_holding_one_of_its_words() -> None:
    pattern = compile_phrase(r"re[anyway|regardless]:\bsaid\b.*\banyway\b")
    index = PatternIndex([(pattern, "x")])
    assert index.candidates(segment("i said no and they did it anyway").keys)
    assert not index.candidates(segment("i said no and they listened").keys)


def test_a_guard_with_no_words_is_an_error() -> None:
    with pytest.raises(PatternError):
        compile_phrase(r"re[<num>]:\d+")
