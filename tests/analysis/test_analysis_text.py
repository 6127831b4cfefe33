"""Offline tokenising, sentence and clause splitting, and the phrase language."""

import pytest

from analysis.patterns import PatternError, compile_phrase
from analysis.text import clauses, sentences, tokenise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I didn't like it!", ["I", "didn't", "like", "it", "!"]),
        ("a six-week wait", ["a", "six", "week", "wait"]),
        ("born 21.05.2011", ["born", "21.05.2011"]),
        ("it was - honestly - fine", ["it", "was", "-", "honestly", "-", "fine"]),
    ],
)
def test_tokenise(text: str, expected: list[str]) -> None:
    assert tokenise(text) == expected


def test_sentences_keep_titles_together() -> None:
    assert sentences("It was fine. Mr. Smith came\nthen left! ok?") == [
        "It was fine.",
        "Mr. Smith came",
        "then left!",
        "ok?",
    ]


def test_clauses_split_at_contrast_and_punctuation() -> None:
    assert clauses("she was chill to talk to but the wait was long, and that; was it") == [
        "she was chill to talk to",
        "but the wait was long",
        "and that",
        "was it",
    ]


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        ("took ages", "it took ages", True),
        ("explain* ... panel", "they explained what the panel was", True),
        ("(never|nobody) told", "nobody told us", True),
        ("didn't listen", "they didnt listen", True),
        ("<num> weeks", "a couple of weeks", True),
        ("panel? decision", "the decision", True),
        ("took ages", "it took agesss", False),
        ("explain* ... panel", "explained it. the panel", False),
    ],
)
def test_phrase_language(phrase: str, text: str, matches: bool) -> None:
    assert bool(compile_phrase(phrase).regex.search(text)) is matches


@pytest.mark.parametrize("phrase", ["", "(a|(b))", "(a|b", "re:(["])
def test_bad_phrases_are_rejected(phrase: str) -> None:
    with pytest.raises(PatternError):
        compile_phrase(phrase)
