"""Offline text basics: tokens, sentences and clauses, with a normalised form for matching.

Normalised tokens are lower case with apostrophes removed ("didn't" -> "didnt"), so that
patterns match what young people type as well as what adults type.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate, pairwise
from typing import NamedTuple

from analysis.words import standard_spelling

# A word character, including the combining marks that Python's \w leaves out: vowel signs
# of Gurmukhi and other Indic scripts, Arabic and Urdu vowel marks, decomposed accents.
# Without them "ਮਾਰਦਾ" falls apart into letters and marks.
_MARKS = r"\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff"
_W = rf"(?:\w|[{_MARKS}])"
# Numbers with inner punctuation (21.05.2011, 0115) stay whole; a hyphen inside a word
# separates it without becoming a token ("six-week" -> "six", "week").
_TOKEN_RE = re.compile(
    rf"\[[a-z ]+\]|\d+(?:[.:/,]\d+)+|{_W}+(?:['\u2019]{_W}+)*|[^\w\s-]|(?<!\w)-+|-+(?!\w)",
    re.UNICODE,
)
_APOSTROPHES = str.maketrans("", "", "'\u2019")
# A letter typed three or more times over, for emphasis; no English word has one.
_ELONGATED_RE = re.compile(r"([^\W\d_])\1{2,}")
# Also the danda, the Urdu full stop and the Arabic question mark; the Arabic comma.
SENTENCE_END = frozenset({".", "!", "?", "\u0964", "\u06d4", "\u061f"})
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "-", "--", "(", ")", "…", "\u060c"})
# A clause starts at these words: they turn or qualify what went before.
CONTRAST_WORDS = frozenset(
    {"but", "although", "though", "however", "whereas", "except", "tho", "apart", "otherwise"}
)
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "eg", "ie", "etc", "no", "prof", "mx"})


class Token(NamedTuple):
    """One token: its text as written, its normalised form and where it sits.

    A named tuple rather than a dataclass: texts make many tokens, and tuples are cheap."""

    text: str
    norm: str
    start: int
    end: int
    sentence: int
    clause: int
    sentence_start: bool


@dataclass(frozen=True)
class Segmented:
    """A text split into tokens, with a space-joined normalised string for pattern matching."""

    text: str
    tokens: tuple[Token, ...]
    norm: str
    offsets: tuple[int, ...]
    clause_count: int
    contrast_clauses: frozenset[int]
    words: frozenset[str]
    # The words with each of their beginnings followed by "*": what phrases require.
    keys: frozenset[str] = frozenset()

    def token_at(self, norm_offset: int) -> int:
        """Index of the token at a character offset of `norm`."""
        return max(0, bisect_right(self.offsets, norm_offset) - 1)

    def span_tokens(self, start: int, end: int) -> range:
        """Token indexes covered by the `norm` span [start, end)."""
        if end <= start:
            return range(0)
        return range(self.token_at(start), self.token_at(end - 1) + 1)

    def original(self, first: int, last: int) -> str:
        """The original text from token `first` to token `last` inclusive."""
        return self.text[self.tokens[first].start : self.tokens[last].end]

    @cached_property
    def bag(self) -> frozenset[str]:
        """The words and pairs of neighbouring words: what the learned readers read."""
        return bag_of_words(token.norm for token in self.tokens)


def bag_of_words(norms: Iterable[str]) -> frozenset[str]:
    """Words and pairs of neighbouring words ("my_worker"), from normalised tokens, with
    punctuation left out."""
    words = [norm for norm in norms if norm[:1].isalnum()]
    return frozenset(words).union(f"{first}_{second}" for first, second in pairwise(words))


@lru_cache(maxsize=65536)  # words repeat across answers; this runs for every token
def normalise(word: str) -> str:
    """Lower case without apostrophes, in Unicode's composed form (NFC), so that an accent
    typed as a separate mark matches the accented letter, and in the spelling the rules
    are written in ("borin" -> "boring", "pannel" -> "panel")."""
    lowered = word.lower().translate(_APOSTROPHES)
    if _ELONGATED_RE.search(lowered):
        lowered = _ELONGATED_RE.sub(r"\1", lowered)  # "aaaages" -> "ages", "sooo" -> "so"
    if not lowered.isascii():
        return unicodedata.normalize("NFC", lowered)
    return standard_spelling(lowered)


@lru_cache(maxsize=65536)  # words repeat across answers
def word_keys(word: str) -> frozenset[str]:
    """The keys a normalised word gives a text: itself, and each of its beginnings
    followed by "*" (what a ``word*`` item of a phrase needs)."""
    return frozenset([word, *(word[:end] + "*" for end in range(1, len(word) + 1))])


def tokenise(text: str) -> list[str]:
    """The tokens of a text as written (words, numbers, punctuation marks)."""
    return [match.group() for match in _TOKEN_RE.finditer(text)]


def segment(text: str) -> Segmented:
    """Tokenise a text and number its sentences and clauses."""
    tokens: list[Token] = []
    add = tokens.append
    sentence = clause = 0
    contrast: set[int] = set()
    new_sentence = True
    previous_end = 0
    previous_norm = ""
    lines = "\n" in text
    for match in _TOKEN_RE.finditer(text):
        word = match.group()
        start, end = match.span()
        norm = word.replace(" ", "_") if word[0] == "[" else normalise(word)
        if not norm:
            continue
        if lines and tokens and not new_sentence and "\n" in text[previous_end:start]:
            sentence, clause, new_sentence = sentence + 1, clause + 1, True
        if norm in CONTRAST_WORDS and tokens and not new_sentence:
            clause += 1
            contrast.add(clause)
        add(Token(word, norm, start, end, sentence, clause, new_sentence))
        new_sentence = False
        if word in SENTENCE_END and previous_norm not in _ABBREVIATIONS:
            sentence, clause, new_sentence = sentence + 1, clause + 1, True
        elif word in CLAUSE_PUNCTUATION:
            clause += 1
        previous_end, previous_norm = end, norm
    return _joined(text, tokens, clause + 1, frozenset(contrast))


def _joined(
    text: str, tokens: list[Token], clause_count: int, contrast: frozenset[int]
) -> Segmented:
    norms = [token.norm for token in tokens]
    offsets = tuple(accumulate([len(norm) + 1 for norm in norms[:-1]], initial=0))
    words = frozenset(norms)
    keys = frozenset().union(*map(word_keys, words))
    return Segmented(
        text, tuple(tokens), " ".join(norms), offsets if tokens else (), clause_count,
        contrast, words, keys,
    )  # fmt: skip


def sentences(text: str) -> list[str]:
    """The sentences of a text, as written."""
    return _groups(segment(text), by_clause=False)


def clauses(text: str) -> list[str]:
    """The clauses of a text, as written: split at punctuation and at contrast words."""
    return _groups(segment(text), by_clause=True)


def _groups(seg: Segmented, *, by_clause: bool) -> list[str]:
    groups: dict[int, list[int]] = {}
    for index, token in enumerate(seg.tokens):
        key = token.clause if by_clause else token.sentence
        groups.setdefault(key, []).append(index)
    parts = [seg.original(members[0], members[-1]) for members in groups.values()]
    return [part for part in (p.strip(" ,;:-") for p in parts) if part]
