"""Name, school and street data for redaction, from names.yaml and TextBlob's lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.resources import DataFileError, check_keys, data_path, load_mapping, string_list
from analysis.words import lexicon_path

_KEYS = {"first_names", "not_names", "name_cues", "weak_cues", "titles"}
_STRONG_STREETS = (
    "road|rd|street|lane|avenue|ave|drive|close|crescent|gardens|grove|terrace|mews|boulevard"
)
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "his",
        "her",
        "their",
        "your",
        "me",
        "him",
        "them",
        "us",
        "it",
        "this",
        "that",
        "is",
        "was",
        "were",
        "are",
        "be",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "so",
        "if",
        "then",
        "than",
        "too",
        "very",
        "i",
        "we",
        "he",
        "she",
        "they",
        "you",
        "who",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "no",
        "not",
        "just",
        "also",
    ]
)
_SCHOOL_GENERIC = frozenset(
    [
        "my",
        "the",
        "a",
        "an",
        "his",
        "her",
        "our",
        "their",
        "your",
        "at",
        "to",
        "in",
        "from",
        "into",
        "of",
        "and",
        "primary",
        "secondary",
        "high",
        "special",
        "new",
        "old",
        "local",
        "junior",
        "infant",
        "infants",
        "juniors",
        "catholic",
        "church",
        "state",
        "private",
        "independent",
        "boarding",
        "grammar",
        "free",
        "community",
        "sixth",
        "form",
        "mainstream",
        "village",
        "i",
        "we",
        "he",
        "she",
        "they",
        "school",
        "academy",
        "college",
        "after",
        "before",
        "this",
        "that",
        "year",
        "middle",
        "upper",
        "lower",
        "nursery",
        "first",
        "last",
        "next",
        "previous",
        "same",
        "different",
        "his",
        "big",
        "little",
        "every",
        "any",
        "no",
        "one",
        "whole",
        "online",
        "night",
        "evening",
        "further",
        "is",
        "was",
        "went",
        "go",
        "goes",
        "going",
        "moved",
        "left",
    ]
)

# Function words and verbs that come before a school word without naming a school
# ("kicked out of college", "applies for college", "his move to secondary").
_SCHOOL_NOT_NAMING = frozenset(
    {
        "out", "for", "former", "move", "moving", "moves", "start", "started", "starting",
        "starts", "leave", "leaving", "leaves", "finish", "finished", "finishing",
        "attend", "attends", "attended", "attending", "join", "joined", "joining",
        "apply", "applies", "applied", "applying", "current", "nearby", "during", "until",
        "til", "till", "about", "like", "with", "around", "near", "than", "get", "got",
        "into", "onto", "when", "because", "cos", "off", "back", "up", "down", "told",
        "tell", "said", "called", "rang", "contacted", "informed", "both", "each", "other",
        "another", "go", "went", "goes", "going", "she", "he",
    }
)  # fmt: skip


@dataclass(frozen=True)
class NameData:
    """Word lists and patterns for finding names, schools and addresses."""

    first_names: frozenset[str]
    not_names: frozenset[str]
    strong_cues: frozenset[str]
    weak_cues: frozenset[str]
    titles: frozenset[str]
    stopwords: frozenset[str]
    proper_at_start: frozenset[str]
    school_generic: frozenset[str]
    address_res: tuple[re.Pattern[str], ...]
    school_res: tuple[re.Pattern[str], ...]
    saint_re: re.Pattern[str]


def load_name_data(path: Path | str | None = None) -> NameData:
    """Load and validate a names file (default: the shipped names.yaml)."""
    source = Path(path) if path else data_path("names.yaml")
    data = load_mapping(source)
    check_keys(source, "the names file", data, _KEYS, {"school_words", "street_words"})
    lists = {key: _lower_set(source, key, data.get(key)) for key in data}
    if not lists["first_names"]:
        raise DataFileError(source, "first_names must not be empty")
    schools = sorted(lists.get("school_words", frozenset()), key=len, reverse=True)
    streets = sorted(lists.get("street_words", frozenset()), key=len, reverse=True)
    return NameData(
        first_names=lists["first_names"],
        not_names=lists["not_names"] | (_judging_words() - lists["first_names"]),
        strong_cues=lists["name_cues"] - lists["weak_cues"],
        weak_cues=lists["weak_cues"],
        titles=lists["titles"],
        stopwords=_STOPWORDS,
        proper_at_start=_proper_at_start(lists["first_names"]),
        school_generic=_SCHOOL_GENERIC | _SCHOOL_NOT_NAMING,
        address_res=_address_res(streets),
        school_res=_school_res(schools),
        saint_re=re.compile(
            r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['\u2019]s)?"
            r"(?:\s+(?:RC|C of E|CE|Catholic|Primary|Academy|School|High|College|Church|"
            r"Junior|Infant|Infants|Juniors|Secondary)\b)*"
            r"|\b(?:st\.?|saint)\s+[a-z]+['\u2019]?s\b",
        ),
    )


@cache
def name_data() -> NameData:
    """The shipped name data, loaded once."""
    return load_name_data()


@cache
def _judging_words() -> frozenset[str]:
    """The single words of the shipped sentiment lexicon ("chuffed", "shambolic"): words of
    judgement, not names, even at the start of a sentence where a name is capitalised."""
    words = load_mapping(data_path("sentiment_lexicon.yaml")).get("words") or {}
    return frozenset(str(word).lower() for word in words if str(word).isalpha())


def _lower_set(source: Path, key: str, value: object) -> frozenset[str]:
    return frozenset(item.strip().lower() for item in string_list(source, key, value))


def _address_res(streets: list[str]) -> tuple[re.Pattern[str], ...]:
    every = "|".join(re.escape(s) for s in streets)
    capital = "|".join(re.escape(s.capitalize()) for s in streets)
    strong_capital = "|".join(s.capitalize() for s in _STRONG_STREETS.split("|"))
    flat = r"(?:(?:flat|apartment|unit|apt)\.?\s*\d+[a-z]?,?\s+)?"
    return (
        re.compile(
            rf"\b{flat}\d{{1,4}}[a-z]?,?\s+(?:[a-z][\w'\u2019-]*\s+){{1,3}}?(?:{_STRONG_STREETS})\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\b\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Z][\w'\u2019-]*\s+){{1,3}}(?:{capital}|{every})\b"
        ),
        re.compile(rf"\b(?:[A-Z][a-z'\u2019]+\s+){{1,2}}(?:{strong_capital})\b"),
    )


def _school_res(schools: list[str]) -> tuple[re.Pattern[str], ...]:
    capital = "|".join(r"\s+".join(w.capitalize() for w in s.split()) for s in schools)
    # "Greenfield High": capitalised only, as "high" in lower case is an everyday word.
    capital += "|High"
    lower = "|".join(r"\s+".join(s.split()) for s in schools if s != "school")
    return (
        re.compile(rf"(?P<words>(?:[A-Z][\w'\u2019&.-]*\s+){{1,4}})(?:{capital}|PRU)\b"),
        re.compile(rf"(?P<words>(?:[a-z][\w'\u2019-]*\s+){{1,2}})(?:{lower})\b"),
    )


@cache
def _lexicon_proper() -> frozenset[str]:
    with lexicon_path().open(encoding="utf-8") as lexicon:
        return frozenset(
            parts[0].lower()
            for parts in (line.split() for line in lexicon)
            if len(parts) >= 2 and parts[0][:1].isupper() and parts[1] == "NNP"
        )


def _proper_at_start(first_names: frozenset[str]) -> frozenset[str]:
    """First names that are also everyday words but that, capitalised, are mostly names."""
    return first_names & _lexicon_proper()
