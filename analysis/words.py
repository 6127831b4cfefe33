"""Everyday English words and how people spell them: TextBlob's word list (offline, no
NLTK), British spellings of its American words, and the spellings young people and
parents type for the words the rules are written in."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from textblob import en as _textblob_en


def lexicon_path() -> Path:
    """TextBlob's part-of-speech word list, which ships with the package."""
    return Path(_textblob_en.__file__).parent / "en-lexicon.txt"


@cache
def common_words() -> frozenset[str]:
    """Everyday English words: those TextBlob's lexicon knows as other than proper nouns."""
    words = set()
    with lexicon_path().open(encoding="utf-8") as lexicon:
        for line in lexicon:
            parts = line.split()
            if len(parts) >= 2 and parts[1] not in {"NNP", "NNPS"}:
                words.add(parts[0].lower().replace("'", ""))
    british = {spelt for word in words for spelt in british_spellings(word)}
    return frozenset(words | british | _NEGATIVE_CONTRACTIONS)


# "weren't", "mightn't" and "werent": TextBlob's list splits "n't" off, so it lacks them.
_NEGATIVE_CONTRACTIONS = frozenset(
    f"{stem}{ending}"
    for stem in (
        "are", "were", "was", "is", "has", "have", "had", "must", "need", "should", "would",
        "could", "might", "do", "does", "did", "ai", "ca", "wo", "sha", "dare", "ought",
    )
    for ending in ("n", "nt")
)  # fmt: skip


# American spelling in TextBlob's word list and the British one written here, as
# (what comes before, American, British, the endings it takes, both ways): British
# forms make "Counselling was good" or "Favourite bit" at the start of a sentence
# everyday words, not names; two-way rules also look British words up in their
# American form for TextBlob's judgements ("organised" -> "organized").
_SPELLING_RULES = (
    ("", "iz", "is", "(e|es|ed|ing|ation|ations)", True),
    ("(?<=[^aeiou])", "or", "our", "(s|ed|ing|ite|ites|able|ful|less|hood)?", True),
    ("(?<=[aeiou])", "l", "ll", "(ed|ing|or|ors|ous|er|ers)", True),
    ("(?<=[^aeiou])", "er", "re", "(s)?", True),
    ("", "ense", "ence", "()", False),
    ("", "og", "ogue", "()", False),
    ("", "gram", "gramme", "(s)?", False),
)
_BRITISH_SPELLINGS = tuple(
    (re.compile(f"{before}{american}{endings}$"), rf"{british}\1")
    for before, american, british, endings, _ in _SPELLING_RULES
)
_AMERICAN_SPELLINGS = tuple(
    (re.compile(f"{before}{british}{endings}$"), rf"{american}\1")
    for before, american, british, endings, both_ways in _SPELLING_RULES
    if both_ways
)


@lru_cache(maxsize=65536)  # runs for each word no word list of judgements knows
def american_spelling(word: str) -> str:
    """The American form of a British spelling ("organised" -> "organized"), which is how
    TextBlob's judgements are spelt; the word itself when no rule applies."""
    for regex, american in _AMERICAN_SPELLINGS:
        if regex.search(word):
            return regex.sub(american, word)
    return word


def british_spellings(word: str) -> list[str]:
    """British forms of an American spelling ("counseling" -> "counselling")."""
    return [regex.sub(british, word) for regex, british in _BRITISH_SPELLINGS if regex.search(word)]


# Spellings typed for words the rules are written in ("pannel", "sesions", "explaind").
_TYPED = {
    "pannel": "panel", "panal": "panel", "pannels": "panels", "sesion": "session",
    "sesions": "sessions", "sessons": "sessions", "seshions": "sessions", "sesh": "session",
    "seshes": "sessions", "assesment": "assessment", "asessment": "assessment",
    "assesments": "assessments", "intervension": "intervention", "explaned": "explained",
    "explaind": "explained", "listend": "listened", "hapened": "happened",
    "happend": "happened", "wrker": "worker", "workr": "worker", "socail": "social",
    "soshal": "social", "freind": "friend", "freinds": "friends", "beleive": "believe",
    "recieved": "received", "untill": "until", "wierd": "weird", "definately": "definitely",
    "becuase": "because", "becasue": "because", "thier": "their", "ppl": "people",
    "bout": "about", "abt": "about", "wiv": "with", "u": "you", "wat": "what",
    "wot": "what", "smth": "something", "sumthin": "something", "nuthin": "nothing",
    "sum1": "someone", "some1": "someone", "every1": "everyone", "any1": "anyone",
    "tonite": "tonight", "2nite": "tonight", "2night": "tonight", "tmrw": "tomorrow",
    "tmw": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2day": "today",
    # Scots, Geordie, Yorkshire and Scouse forms of everyday words
    "naebody": "nobody", "nae": "no", "cannae": "cannot", "canna": "cannot",
    "wasnae": "wasnt", "didnae": "didnt", "dinnae": "dont", "disnae": "doesnt",
    "isnae": "isnt", "wouldnae": "wouldnt", "couldnae": "couldnt", "wi": "with",
    "aboot": "about", "oot": "out", "hoose": "house", "wee": "little", "ken": "know",
    "owt": "anything", "nowt": "nothing", "summat": "something", "canny": "very",
    "wor": "our", "ye": "you", "yous": "you", "youse": "you", "ya": "you",
}  # fmt: skip


def standard_spelling(word: str) -> str:
    """The spelling the rules are written in, for a lower-case word as typed: "borin" and
    "nothin" with their g, and the typed forms above. A word the word list knows stays
    as it is ("cousin", "within")."""
    if word in _TYPED:
        return _TYPED[word]
    if len(word) >= 4 and word.endswith("in") and word.isascii() and word.isalpha():
        words = common_words()
        if word not in words and word + "g" in words:
            return word + "g"
    return word
