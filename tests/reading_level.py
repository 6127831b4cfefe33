"""Flesch-Kincaid grade of English text, offline.

textstat now counts syllables with NLTK's cmudict, which cannot be downloaded
here; Pyphen's hyphenation dictionary ships with the package and counts
syllables closely enough for a reading-level check.
"""

from __future__ import annotations

import re
from functools import cache

import pyphen

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


@cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_GB")


def syllables(word: str) -> int:
    return len(_dictionary().positions(word.lower())) + 1


def flesch_kincaid_grade(text: str) -> float:
    words = WORD.findall(text)
    sentences = max(1, len(SENTENCE_END.findall(text)))
    if not words:
        return 0.0
    total_syllables = sum(syllables(word) for word in words)
    return 0.39 * len(words) / sentences + 11.8 * total_syllables / len(words) - 15.59
