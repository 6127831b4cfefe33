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
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from analysis.text import normalise

T = TypeVar("T")

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a|an|"
    "a couple of|a couple|couple of|a few|few|several"
)
_NUM = rf"(?:\d+(?:\.\d+)?|(?:{NUMBER_WORDS})(?: (?:{NUMBER_WORDS}))?)"
_GAP = r"(?: [^\s.!?;]+){0,8}"
_ITEM_RE = re.compile(r"\([^)]*\)\??|[^\s(]*\([^)]*\)[^\s]*|\S+")


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
    # Words of which at least one must be in a text for the phrase to match there; the
    # matcher skips the regular expression otherwise (most phrases, most texts).
    anchors: frozenset[str] | None = None
    # Without anchor words: word beginnings ("suicid" for ``suicid*``) of which one must
    # start a word of the text.
    prefixes: tuple[str, ...] = ()

    def finditer(self, norm: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
        """Matches in a normalised text whose set of words is `words`."""
        if self.anchors is not None and self.anchors.isdisjoint(words):
            return iter(())
        return self.regex.finditer(norm)


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
    anchors = _anchors(text)
    prefixes = _prefixes(text) if anchors is None else ()
    return Pattern(phrase, regex, gaps, first.split("|")[0] in NEGATORS, anchors, prefixes)


def _prefixes(text: str) -> tuple[str, ...]:
    """The word beginnings of a required item made only of ``word*`` alternatives."""
    for item in _ITEM_RE.findall(text):
        if item == "..." or item.endswith("?"):
            continue
        options = item[1:-1].split("|") if item.startswith("(") else [item]
        firsts = [option.split()[0] for option in options if option.split()]
        if firsts and all(w.endswith("*") and len(w) > 1 and _plain(w[:-1]) for w in firsts):
            return tuple(normalise(word[:-1]) for word in firsts)
    return ()


def _anchors(text: str) -> frozenset[str] | None:
    """The first words of the alternatives of a required item made of plain words: the
    item whose words are least common, so that few texts hold any of them."""
    choices = []
    for item in _ITEM_RE.findall(text):
        if item == "..." or item.endswith("?"):
            continue
        options = item[1:-1].split("|") if item.startswith("(") else [item]
        firsts = [normalise(option.split()[0]) for option in options if option.split()]
        if firsts and all(_plain(word) for word in firsts):
            common = sum(word in _COMMON for word in firsts)
            choices.append((common, len(firsts), frozenset(firsts)))
    return min(choices, key=lambda choice: choice[:2])[2] if choices else None


_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "is",
        "was",
        "i",
        "my",
        "me",
        "to",
        "and",
        "of",
        "in",
        "on",
        "we",
        "they",
        "he",
        "she",
        "you",
        "that",
        "this",
        "for",
        "with",
        "not",
        "no",
        "so",
        "be",
        "have",
        "had",
        "did",
        "do",
        "got",
        "like",
        "what",
        "at",
        "all",
        "just",
        "our",
        "us",
        "them",
        "her",
        "him",
        "his",
        "their",
    ]
)


def _plain(word: str) -> bool:
    return not word.endswith("*") and not word.startswith("<") and "(" not in word


def _compile(expression: str, phrase: str) -> re.Pattern[str]:
    try:
        return re.compile(expression)
    except re.error as error:
        raise PatternError(f"invalid pattern {phrase!r}: {error}") from None


def _phrase_regex(text: str) -> tuple[str, tuple[int, ...]]:
    parts: list[str] = []
    gaps: list[int] = []
    pending_gap = False
    started = False  # whether a required word has been placed yet
    for item in _ITEM_RE.findall(text):
        if item == "...":
            pending_gap = bool(parts)
            continue
        optional = item.endswith("?") and len(item) > 1
        core = _item_regex(item[:-1] if optional else item)
        if pending_gap:
            gaps.append(len(gaps) + 1)
            parts.append(f"({_GAP})" if started else "((?:[^\\s.!?;]+ ){0,8})")
            pending_gap = False
        if not started:
            # Before the first required word, optional words carry their own space.
            parts.append(f"(?:{core} )?" if optional else core)
            started = not optional
        else:
            parts.append(f"(?: {core})?" if optional else f" {core}")
    if not parts:
        raise PatternError(f"no words in phrase {text!r}")
    if not started:
        raise PatternError(f"phrase {text!r} has only optional words")
    return "".join(parts), tuple(gaps)


def _item_regex(item: str) -> str:
    if item.startswith("(") and item.endswith(")"):
        if "(" in item[1:]:
            raise PatternError(f"groups cannot be nested: {item!r}")
        options = [opt for opt in item[1:-1].split("|") if opt.strip()]
        if not options:
            raise PatternError(f"empty group {item!r}")
        return "(?:" + "|".join(_words_regex(opt) for opt in options) + ")"
    if "(" in item or ")" in item:
        raise PatternError(f"unbalanced brackets in {item!r}")
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


class PatternIndex(Generic[T]):
    """Phrases indexed by their anchor words, so a text is only tried against the phrases
    that could match it. Candidates come back in the order the phrases were given."""

    def __init__(self, entries: list[tuple[Pattern, T]]) -> None:
        self._entries = entries
        self._always: list[int] = []
        self._by_word: dict[str, list[int]] = {}
        by_prefix: dict[str, list[int]] = {}
        for position, (pattern, _) in enumerate(entries):
            if pattern.anchors is not None:
                for word in pattern.anchors:
                    self._by_word.setdefault(word, []).append(position)
            elif pattern.prefixes:
                for prefix in pattern.prefixes:
                    by_prefix.setdefault(prefix, []).append(position)
            else:
                self._always.append(position)
        self._by_prefix = by_prefix
        self._keys = frozenset(self._by_word)
        # One expression finds which word beginnings a word starts with.
        ordered = sorted(by_prefix, key=len, reverse=True)
        self._prefix_re = (
            re.compile("|".join(f"(?={re.escape(prefix)})" for prefix in ordered))
            if ordered
            else None
        )
        self._prefix_list = ordered

    def candidates(self, words: frozenset[str]) -> list[tuple[Pattern, T]]:
        """The phrases that could match a text with these words. Their anchors have been
        checked, so callers may run `pattern.regex` directly."""
        positions = set(self._always)
        for word in words & self._keys:
            positions.update(self._by_word[word])
        if self._prefix_re is not None:
            for word in words:
                if self._prefix_re.match(word):
                    for prefix in self._prefix_list:
                        if word.startswith(prefix):
                            positions.update(self._by_prefix[prefix])
        return [self._entries[position] for position in sorted(positions)]
