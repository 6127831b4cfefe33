"""Disclosures of current risk: the rules live in safeguarding.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from analysis.patterns import NEGATORS, Pattern, PatternIndex
from analysis.resources import (
    DataFileError,
    check_keys,
    data_path,
    load_mapping,
    phrases,
    string_list,
)
from analysis.sentiment import negated
from analysis.text import CONTRAST_WORDS, Segmented

_PAST_MARKERS = ("used to",)
# How far back a negation cancels a past marker ("don't think she's safe with him").
_PAST_NEGATION_WINDOW = 6
_FAMILY_RE = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Rule:
    """Phrases that flag an answer, and the reason given to the safeguarding lead."""

    reason: str
    phrases: tuple[Pattern, ...]


@dataclass(frozen=True)
class SafeguardingRules:
    rules: tuple[Rule, ...]
    past: tuple[Pattern, ...]
    # Phrases that, where they overlap a flagged phrase, show it is not a disclosure
    # ("want to die of embarrassment", "explained what self harm is").
    ignore: tuple[Pattern, ...] = ()
    # Weak signs of risk (grouped by kind in the rules file only for its reader): none
    # flags an answer on its own, but `signs_needed` different signs in one answer do.
    signs: tuple[Pattern, ...] = ()
    signs_needed: int = 2

    @cached_property
    def phrase_index(self) -> PatternIndex[str]:
        return PatternIndex([(p, rule.reason) for rule in self.rules for p in rule.phrases])

    @cached_property
    def sign_index(self) -> PatternIndex[str]:
        return PatternIndex([(pattern, pattern.source) for pattern in self.signs])

    @cached_property
    def past_index(self) -> PatternIndex[None]:
        return PatternIndex([(pattern, None) for pattern in self.past])

    @cached_property
    def ignore_index(self) -> PatternIndex[None]:
        return PatternIndex([(pattern, None) for pattern in self.ignore])


@dataclass(frozen=True)
class Disclosure:
    """A flagged answer: the reason and the words that flagged it."""

    reason: str
    evidence: str


def load_rules(path: Path | str | None = None) -> SafeguardingRules:
    """Load and validate a safeguarding rules file (default: the shipped one)."""
    source = Path(path) if path else data_path("safeguarding.yaml")
    data = load_mapping(source)
    check_keys(
        source, "the safeguarding rules", data, {"rules"}, {"past", "ignore", "families", "signs"}
    )
    families = _families(source, data.get("families"))
    entries = data["rules"]
    if not isinstance(entries, list) or not entries:
        raise DataFileError(source, "rules must be a non-empty list")
    rules = tuple(_rule(source, index, entry, families) for index, entry in enumerate(entries, 1))
    return SafeguardingRules(
        rules,
        phrases(source, "past", _expanded(source, "past", data.get("past"), families)),
        phrases(source, "ignore", _expanded(source, "ignore", data.get("ignore"), families)),
        _signs(source, data.get("signs"), families),
    )


def _signs(source: Path, value: Any, families: dict[str, str]) -> tuple[Pattern, ...]:
    """`signs: {kind: [phrase, ...], ...}`: weak signs of risk, grouped by kind."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise DataFileError(source, "signs must be a mapping of kind to a list of phrases")
    result: list[Pattern] = []
    for kind, entries in value.items():
        where = f"signs {kind!r}"
        compiled = phrases(source, where, _expanded(source, where, entries, families))
        if not compiled:
            raise DataFileError(source, f"{where} has no phrases")
        result.extend(compiled)
    return tuple(result)


def _families(source: Path, value: Any) -> dict[str, str]:
    """Named word families, written `{name}` in phrases: `name: [word, word, ...]`."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DataFileError(source, "families must be a mapping of name to a list of words")
    result = {}
    for name, words in value.items():
        members = string_list(source, f"family {name!r}", words)
        if not members or any(char in "()|" for word in members for char in word):
            raise DataFileError(source, f"family {name!r} must be a non-empty list of words")
        result[str(name)] = "(" + "|".join(members) + ")"
    return result


def _expanded(source: Path, where: str, value: Any, families: dict[str, str]) -> list[str]:
    """The phrases of a list with each `{family}` written out as a group."""
    result = []
    for phrase in string_list(source, where, value):
        for name in _FAMILY_RE.findall(phrase):
            if name not in families:
                raise DataFileError(source, f"{where}: unknown family {{{name}}} in {phrase!r}")
        result.append(_FAMILY_RE.sub(lambda match: families[match.group(1)], phrase))
    return result


@cache
def default_rules() -> SafeguardingRules:
    """The shipped rules, loaded once."""
    return load_rules()


def _rule(source: Path, index: int, entry: Any, families: dict[str, str]) -> Rule:
    if not isinstance(entry, dict):
        raise DataFileError(source, f"rule {index} must be a mapping")
    check_keys(source, f"rule {index}", entry, {"reason", "phrases"}, set())
    if not isinstance(entry["reason"], str) or not entry["reason"].strip():
        raise DataFileError(source, f"rule {index}: reason must be a non-empty text")
    where = f"rule {index} phrases"
    compiled = phrases(source, where, _expanded(source, where, entry["phrases"], families))
    if not compiled:
        raise DataFileError(source, f"rule {index} has no phrases")
    return Rule(entry["reason"], compiled)


SIGNS_REASON = "signs of risk together (please check)"


def find_disclosure(seg: Segmented, rules: SafeguardingRules) -> Disclosure | None:
    """The first current-risk disclosure in the text, or None: a rule's phrase, or else
    `signs_needed` different weak signs in the one answer."""
    past_clauses = _clauses_matching(seg, rules)
    ignored = _ignored_tokens(seg, rules)
    for reason, tokens in _found(seg, rules.phrase_index, past_clauses, ignored):
        return Disclosure(reason, seg.original(tokens.start, tokens.stop - 1))
    signs: dict[str, range] = {}
    for phrase, tokens in _found(seg, rules.sign_index, past_clauses, ignored):
        # Two signs are two phrases with words of their own: "lying awake" is one sign,
        # and so is "at night" said twice.
        if phrase in signs or any(set(tokens) & set(taken) for taken in signs.values()):
            continue
        signs[phrase] = tokens
        if len(signs) >= rules.signs_needed:
            words = [seg.original(t.start, t.stop - 1) for t in signs.values()]
            return Disclosure(SIGNS_REASON, " / ".join(words))
    return None


def explained_away(seg: Segmented, rules: SafeguardingRules) -> bool:
    """Whether the rules found the text's words of risk are not a current risk: an
    `ignore` phrase is in it ("would kill me if I skipped"), or a rule's phrase is there
    but negated or dated to the past ("he hit me, years ago now")."""
    ignored = _ignored_tokens(seg, rules)
    if ignored:
        return True
    past_clauses = _clauses_matching(seg, rules)
    matches = _matches(seg, rules.phrase_index, past_clauses, ignored)
    return any(not counts for _, _, counts in matches)


def _found(
    seg: Segmented, index: PatternIndex[str], past_clauses: dict[int, int], ignored: set[int]
) -> Iterator[tuple[str, range]]:
    """Each (value, tokens) of an index's phrases that counts where it stands."""
    for value, tokens, counts in _matches(seg, index, past_clauses, ignored):
        if counts:
            yield value, tokens


def _matches(
    seg: Segmented, index: PatternIndex[str], past_clauses: dict[int, int], ignored: set[int]
) -> Iterator[tuple[str, range, bool]]:
    """Each (value, tokens, counts) of an index's phrases in the text: a match counts
    unless it is inside an ignored phrase, negated or dated to the past."""
    for pattern, value in index.candidates(seg.keys):
        for match in pattern.regex.finditer(seg.norm):
            tokens = seg.span_tokens(match.start(), match.end())
            if tokens:
                counts = (
                    not ignored.intersection(tokens)
                    and not _gap_negated(match, pattern)
                    and _counts(seg, tokens.start, pattern, past_clauses)
                )
                yield value, tokens, counts


def _counts(seg: Segmented, first: int, pattern: Pattern, past_clauses: dict[int, int]) -> bool:
    # A past clause is past up to where a marker like "last year ... now" brings it back
    # to the present ("the lads who did it last year are back now and keep cornering me").
    if first < past_clauses.get(seg.tokens[first].clause, -1):
        return False
    if pattern.starts_negated:
        return True
    return not negated(seg, first) and not _after_used_to(seg, first)


def _gap_negated(match: re.Match[str], pattern: Pattern) -> bool:
    """A negation just before the second part of a phrase with a gap turns it round
    ("now I am not scared", "still never hits her"), and a contrast word in the gap
    means the two parts are about different things ("I was scared but now it's ok")."""
    for group in pattern.gap_groups:
        gap = match.group(group)
        if not gap:
            continue
        words = gap.split()
        if any(word in NEGATORS for word in words[-3:]) or any(
            word in CONTRAST_WORDS for word in words
        ):
            return True
    return False


def _after_used_to(seg: Segmented, first: int) -> bool:
    before = " ".join(token.norm for token in seg.tokens[max(0, first - 2) : first])
    return before.endswith(_PAST_MARKERS)


def _ignored_tokens(seg: Segmented, rules: SafeguardingRules) -> set[int]:
    tokens: set[int] = set()
    for pattern, _ in rules.ignore_index.candidates(seg.keys):
        for match in pattern.regex.finditer(seg.norm):
            tokens.update(seg.span_tokens(match.start(), match.end()))
    return tokens


def past_clauses(seg: Segmented, rules: SafeguardingRules) -> set[int]:
    """The clauses a past marker dates wholly to the past."""
    last = {token.clause: index for index, token in enumerate(seg.tokens)}
    return {clause for clause, ends in _clauses_matching(seg, rules).items() if ends > last[clause]}


def _clauses_matching(seg: Segmented, rules: SafeguardingRules) -> dict[int, int]:
    """The clauses a past marker dates, each with the token where the past ends (the
    end of the text, unless the marker itself returns to the present with "now")."""
    clauses: dict[int, int] = {}
    whole = len(seg.tokens)
    for pattern, _ in rules.past_index.candidates(seg.keys):
        for match in pattern.regex.finditer(seg.norm):
            first = seg.token_at(match.start())
            # "don't feel safe at home" is not the past marker "feel safe at home".
            if pattern.starts_negated or not _negation_before(seg, first):
                clause = seg.tokens[first].clause
                last = seg.token_at(match.end() - 1)
                ends = last + 1 if seg.tokens[last].norm in _BACK_TO_NOW else whole
                clauses[clause] = max(clauses.get(clause, 0), ends)
                before = _clause_before(seg, first, clause)
                if (
                    before is not None
                    and seg.tokens[last].norm not in _BACK_TO_NOW
                    and not _says_now(seg, before, last)
                ):
                    # "I felt like hurting myself, but that was last winter": the
                    # marker dates the clause before the "but" ("he still hits me but
                    # it used to be worse" keeps its "still").
                    clauses[before] = whole
    return clauses


# A past marker ending in one of these ("last year ... now") leaves the rest of its
# clause in the present.
_BACK_TO_NOW = frozenset({"now", "since"})


def _clause_before(seg: Segmented, first: int, clause: int) -> int | None:
    """The clause before one whose start holds the past marker at token `first`, when
    that clause opens with "but" or is only an aside ("he was violent to us, years ago
    now, and ..."); None when the marker is elsewhere."""
    members = [i for i, token in enumerate(seg.tokens) if token.clause == clause]
    start = members[0]
    if first - start > _CONTRAST_REACH or start == 0:
        return None
    words = [i for i in members if seg.tokens[i].norm[:1].isalnum()]
    if clause not in seg.contrast_clauses and len(words) > _ASIDE_WORDS:
        return None
    return seg.tokens[start - 1].clause


# How far into a "but" clause a past marker may start and still date the clause before.
_CONTRAST_REACH = 2
# A clause this short that starts with a past marker is an aside dating the one before.
_ASIDE_WORDS = 4
# Words that put a clause in the present whatever follows it.
_CURRENT = frozenset(
    {"still", "again", "keep", "keeps", "now", "tonight", "currently", "atm", "lately",
     "recently", "every", "always", "today", "yesterday"}
)  # fmt: skip


def _says_now(seg: Segmented, clause: int, marker: int) -> bool:
    """Whether `clause`, or what follows the past marker ending at token `marker` in its
    sentence, speaks of the present ("I cut myself, years ago, and still do now")."""
    sentence = seg.tokens[marker].sentence
    norms = [token.norm for token in seg.tokens]
    return any(
        token.norm in _CURRENT and not _over_and_over(norms, index)
        for index, token in enumerate(seg.tokens)
        if token.clause == clause or (index > marker and token.sentence == sentence)
    )


def _over_and_over(norms: list[str], index: int) -> bool:
    """Whether the "again" at `index` is part of "again and again" (repetition, not now)."""
    return norms[index : index + 3] == ["again", "and", "again"] or norms[
        max(0, index - 2) : index + 1
    ] == ["again", "and", "again"]


def _negation_before(seg: Segmented, first: int) -> bool:
    """Whether a negation stands before a past marker in its clause, further back than for
    sentiment and through "think" or "believe": "I don't believe my daughter is safe with
    him" is not the marker "is safe with"."""
    clause = seg.tokens[first].clause
    for index in range(first - 1, max(-1, first - 1 - _PAST_NEGATION_WINDOW), -1):
        token = seg.tokens[index]
        if token.clause != clause:
            return False
        if token.norm in NEGATORS:  # not "violent", "parent", "went"
            return True
    return False
