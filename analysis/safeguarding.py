"""Disclosures of current risk: the rules live in safeguarding.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from analysis.patterns import Pattern, PatternIndex
from analysis.resources import DataFileError, check_keys, data_path, load_mapping, phrases
from analysis.sentiment import negated
from analysis.text import Segmented

_PAST_MARKERS = ("used to",)


@dataclass(frozen=True)
class Rule:
    """Phrases that flag an answer, and the reason given to the safeguarding lead."""

    reason: str
    phrases: tuple[Pattern, ...]


@dataclass(frozen=True)
class SafeguardingRules:
    rules: tuple[Rule, ...]
    past: tuple[Pattern, ...]

    @cached_property
    def phrase_index(self) -> PatternIndex[str]:
        return PatternIndex([(p, rule.reason) for rule in self.rules for p in rule.phrases])

    @cached_property
    def past_index(self) -> PatternIndex[None]:
        return PatternIndex([(pattern, None) for pattern in self.past])


@dataclass(frozen=True)
class Disclosure:
    """A flagged answer: the reason and the words that flagged it."""

    reason: str
    evidence: str


def load_rules(path: Path | str | None = None) -> SafeguardingRules:
    """Load and validate a safeguarding rules file (default: the shipped one)."""
    source = Path(path) if path else data_path("safeguarding.yaml")
    data = load_mapping(source)
    check_keys(source, "the safeguarding rules", data, {"rules"}, {"past"})
    entries = data["rules"]
    if not isinstance(entries, list) or not entries:
        raise DataFileError(source, "rules must be a non-empty list")
    rules = tuple(_rule(source, index, entry) for index, entry in enumerate(entries, 1))
    return SafeguardingRules(rules, phrases(source, "past", data.get("past")))


@cache
def default_rules() -> SafeguardingRules:
    """The shipped rules, loaded once."""
    return load_rules()


def _rule(source: Path, index: int, entry: Any) -> Rule:
    if not isinstance(entry, dict):
        raise DataFileError(source, f"rule {index} must be a mapping")
    check_keys(source, f"rule {index}", entry, {"reason", "phrases"}, set())
    if not isinstance(entry["reason"], str) or not entry["reason"].strip():
        raise DataFileError(source, f"rule {index}: reason must be a non-empty text")
    compiled = phrases(source, f"rule {index} phrases", entry["phrases"])
    if not compiled:
        raise DataFileError(source, f"rule {index} has no phrases")
    return Rule(entry["reason"], compiled)


def find_disclosure(seg: Segmented, rules: SafeguardingRules) -> Disclosure | None:
    """The first current-risk disclosure in the text, or None."""
    past_clauses = _clauses_matching(seg, rules)
    for pattern, reason in rules.phrase_index.candidates(seg.words):
        for match in pattern.finditer(seg.norm, seg.words):
            tokens = seg.span_tokens(match.start(), match.end())
            if tokens and _counts(seg, tokens.start, pattern, past_clauses):
                return Disclosure(reason, seg.original(tokens.start, tokens.stop - 1))
    return None


def _counts(seg: Segmented, first: int, pattern: Pattern, past_clauses: set[int]) -> bool:
    if seg.tokens[first].clause in past_clauses:
        return False
    if pattern.starts_negated:
        return True
    return not negated(seg, first) and not _after_used_to(seg, first)


def _after_used_to(seg: Segmented, first: int) -> bool:
    before = " ".join(token.norm for token in seg.tokens[max(0, first - 2) : first])
    return before.endswith(_PAST_MARKERS)


def _clauses_matching(seg: Segmented, rules: SafeguardingRules) -> set[int]:
    clauses = set()
    for pattern, _ in rules.past_index.candidates(seg.words):
        for match in pattern.finditer(seg.norm, seg.words):
            clauses.add(seg.tokens[seg.token_at(match.start())].clause)
    return clauses
