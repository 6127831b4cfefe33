"""The domain sentiment lexicon (YAML) on top of TextBlob's word scores."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from textblob.en import sentiment as _textblob_sentiment

from analysis.patterns import Pattern, PatternError, PatternIndex, compile_phrase
from analysis.resources import (
    DataFileError,
    check_keys,
    data_path,
    load_mapping,
    phrases,
    string_list,
)
from analysis.words import american_spelling, common_words


@dataclass(frozen=True)
class WeightedPhrase:
    """A phrase of the lexicon and its value from -1 to +1."""

    pattern: Pattern
    value: float


@dataclass(frozen=True)
class Lexicon:
    """Domain phrases and words, intensifiers and sarcasm cues, over TextBlob's words."""

    phrases: tuple[WeightedPhrase, ...]
    words: dict[str, float]
    intensifiers: frozenset[str]
    sarcasm: tuple[Pattern, ...]

    @cached_property
    def phrase_index(self) -> PatternIndex[WeightedPhrase]:
        return PatternIndex([(phrase.pattern, phrase) for phrase in self.phrases])

    @cached_property
    def sarcasm_index(self) -> PatternIndex[None]:
        return PatternIndex([(pattern, None) for pattern in self.sarcasm])

    def word_value(self, word: str) -> float | None:
        """The value of one normalised word, or None when it carries no judgement. A word
        no dictionary knows is read as the judging word it is one letter away from
        ("usless", "helpfull", "amazin", "exellent")."""
        known = self._word_values
        if word not in known:
            known[word] = self._look_up(word)
        return known[word]

    @cached_property
    def _word_values(self) -> dict[str, float | None]:
        """Each word's value once looked up: the same words come up answer after answer."""
        return {}

    def _look_up(self, word: str) -> float | None:
        if word in self.words:
            return self.words[word]
        value = textblob_words().get(word)
        if value is None:
            value = textblob_words().get(american_spelling(word))
        if value is None and len(word) >= _MIN_MISSPELT:
            meant = self.misspelt_judgement(word)
            if meant:
                return self._judging[meant]
        return value

    def misspelt_judgement(self, word: str) -> str | None:
        """The judging word that `word` is a misspelling of (one letter left out, one too
        many, or two swapped), or None. Words in the everyday word list are never
        misspellings, and nor is a word that could be a misspelling of words judging both
        ways ("appaling": "appalling" or "appealing")."""
        if word not in self._misspellings:
            self._misspellings[word] = _misspelling_of(word, self._judging)
        return self._misspellings[word]

    @cached_property
    def _judging(self) -> dict[str, float]:
        """This lexicon's words and TextBlob's that judge clearly."""
        values = {**textblob_words(), **self.words}
        return {w: v for w, v in values.items() if abs(v) >= _CLEAR_JUDGEMENT and w.isalpha()}

    @cached_property
    def _misspellings(self) -> dict[str, str | None]:
        return {}  # filled as words are met: each word no dictionary knows is tried once


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Load and validate a sentiment lexicon file (default: the shipped one)."""
    source = Path(path) if path else data_path("sentiment_lexicon.yaml")
    data = load_mapping(source)
    check_keys(source, "the lexicon", data, {"phrases", "words"}, {"intensifiers", "sarcasm"})
    return Lexicon(
        phrases=_weighted_phrases(source, data["phrases"]),
        words=_words(source, data["words"]),
        intensifiers=frozenset(string_list(source, "intensifiers", data.get("intensifiers"))),
        sarcasm=phrases(source, "sarcasm", data.get("sarcasm")),
    )


@cache
def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once."""
    return load_lexicon()


@cache
def textblob_words() -> dict[str, float]:
    """TextBlob's (pattern's) word polarities, averaged over parts of speech."""
    if not dict.__len__(_textblob_sentiment):
        _textblob_sentiment.load()
    table: dict[str, float] = {}
    for word, senses in dict.items(_textblob_sentiment):
        polarity = senses[None][0]
        if polarity:
            table[word.translate(str.maketrans("", "", "'\u2019"))] = polarity
    return table


# Shorter words are too often other words one letter away ("grate", "bst").
_MIN_MISSPELT = 6
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A misspelling is taken for a judging word only where that word judges clearly.
_CLEAR_JUDGEMENT = 0.3


def misspelt_judgement(word: str) -> str | None:
    """The judging word of the shipped lexicon that `word` is a misspelling of, or None."""
    return default_lexicon().misspelt_judgement(word)


def _misspelling_of(word: str, judging: dict[str, float]) -> str | None:
    if not word.isalpha() or not word.isascii() or word in common_words():
        return None
    dropped = (word[:i] + word[i + 1 :] for i in range(len(word)))
    added = (word[:i] + ch + word[i:] for i in range(len(word) + 1) for ch in _LETTERS)
    swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    meant = [c for c in dict.fromkeys(itertools.chain(dropped, added, swapped)) if c in judging]
    if len({judging[c] > 0 for c in meant}) != 1:
        return None
    return meant[0]


def _weighted_phrases(source: Path, value: Any) -> tuple[WeightedPhrase, ...]:
    if not isinstance(value, dict):
        raise DataFileError(source, "phrases must be a mapping of phrase to value")
    result = []
    for phrase, weight in value.items():
        compiled = _compiled(source, str(phrase))
        result.append(WeightedPhrase(compiled, _value(source, f"phrase {phrase!r}", weight)))
    return tuple(result)


def _words(source: Path, value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise DataFileError(source, "words must be a mapping of word to value")
    return {str(word).lower(): _value(source, f"word {word!r}", v) for word, v in value.items()}


def _compiled(source: Path, phrase: str) -> Pattern:
    try:
        return compile_phrase(phrase)
    except PatternError as error:
        raise DataFileError(source, str(error)) from None


def _value(source: Path, where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not -1 <= value <= 1:
        raise DataFileError(source, f"{where} must have a value from -1 to 1")
    return float(value)
