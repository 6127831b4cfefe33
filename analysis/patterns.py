"""A small phrase language for the codebook and lexicons, compiled to regular expressions.

A phrase is words separated by spaces, matched on whole normalised tokens:

- ``word*`` matches any word starting with ``word``;
- ``(a|b c|d*)`` matches one of the alternatives;
- ``item?`` makes a word or a group optional;
- ``...`` matches a gap of up to eight words inside one sentence;
- ``<num>`` matches a number in figures or words ("3", "three", "a couple of").

A phrase starting with ``re:`` is a raw regular expression over the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.text import normalise

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a|an|"
    "a couple of|a couple|couple of|a few|few|several"
)
_NUM = rf"(?:\d+(?:\.\d+)?|(?:{NUMBER_WORDS})(?: (?:{NUMBER_WORDS}))?)"
_GAP = r"(?: [^\s.!?;]+){0,8}"
_ITEM_RE = re.compile(r"\([^)]*\)\??|\S+")


class PatternError(ValueError):
    """A phrase that cannot be compiled."""


@dataclass(frozen=True)
class Pattern:
    """A compiled phrase: the source as written and the regular expression.

    `gap_groups` are the numbers of the regex groups that hold ``...`` gaps; the words
    found there may negate the phrase ("never properly explained").
    """

    source: str
    regex: re.Pattern[str]
    gap_groups: tuple[int, ...]
    starts_negated: bool


def compile_phrase(phrase: str) -> Pattern:
    """Compile one phrase or ``re:`` expression; raise PatternError when it is invalid."""
    text = phrase.strip()
    if not text:
        raise PatternError("empty phrase")
    if text.startswith("re:"):
        return Pattern(phrase, _compile(text[3:].strip(), phrase), (), False)
    body, gaps = _phrase_regex(text)
    regex = _compile(rf"(?<!\S){body}(?!\S)", phrase)
    first = normalise(text.split()[0]).strip("()?")
    return Pattern(phrase, regex, gaps, first.split("|")[0] in NEGATORS)


def _compile(expression: str, phrase: str) -> re.Pattern[str]:
    try:
        return re.compile(expression)
    except re.error as error:
        raise PatternError(f"invalid pattern {phrase!r}: {error}") from None


def _phrase_regex(text: str) -> tuple[str, tuple[int, ...]]:
    parts: list[str] = []
    gaps: list[int] = []
    pending_gap = False
    for item in _ITEM_RE.findall(text):
        if item == "...":
            pending_gap = True
            continue
        optional = item.endswith("?") and len(item) > 1
        core = _item_regex(item[:-1] if optional else item)
        if not parts:
            parts.append(f"(?:{core} )?" if optional else core)
            continue
        if pending_gap:
            gaps.append(len(gaps) + 1)
            parts.append(f"({_GAP})")
            pending_gap = False
        parts.append(f"(?: {core})?" if optional else f" {core}")
    if not parts:
        raise PatternError(f"no words in phrase {text!r}")
    body = "".join(parts)
    if body.startswith("(?:") and body.endswith(" )?"):
        raise PatternError(f"phrase {text!r} has only optional words")
    return body, tuple(gaps)


def _item_regex(item: str) -> str:
    if item.startswith("(") and item.endswith(")"):
        options = [opt for opt in item[1:-1].split("|") if opt.strip()]
        if not options:
            raise PatternError(f"empty group {item!r}")
        return "(?:" + "|".join(_words_regex(opt) for opt in options) + ")"
    return _words_regex(item)


def _words_regex(words: str) -> str:
    return " ".join(_word_regex(word) for word in words.split())


def _word_regex(word: str) -> str:
    if word == "<num>":
        return _NUM
    if word == "<name>":
        return r"\[name\]"
    if word.endswith("*") and len(word) > 1:
        return re.escape(normalise(word[:-1])) + r"\S*"
    return re.escape(normalise(word))


NEGATORS = frozenset(
    {
        "not", "no", "never", "nobody", "noone", "nothing", "none", "neither", "nor",
        "without", "hardly", "barely", "didnt", "dont", "doesnt", "cant", "cannot",
        "couldnt", "wasnt", "werent", "isnt", "arent", "wont", "wouldnt", "shouldnt",
        "havent", "hasnt", "hadnt", "aint", "lack", "lacked", "lacking", "nt",
    }
)  # fmt: skip
