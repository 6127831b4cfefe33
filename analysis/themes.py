"""Theme coding: find the codebook's signals in a text and give each theme a polarity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.codebook import Codebook
from analysis.patterns import NEGATORS, Pattern
from analysis.sentiment import NEGATIVE, NEUTRAL, POSITIVE, Assessment, label_of, negated
from analysis.text import Segmented

TOPIC = "topic"
JUDGED = "judged"
_AROUND = frozenset({TOPIC, JUDGED})  # kinds that take the polarity around them
_FLIP = {POSITIVE: NEGATIVE, NEGATIVE: POSITIVE, NEUTRAL: NEUTRAL}
_TOPIC_WEIGHT = 0.6
# A sentence this short after a statement of fact is a verdict on it.
_VERDICT_WORDS = 4
# Words that join two statements inside one clause.
_JOINS = frozenset(
    {"and", "so", "which", "then", "because", "cos", "coz", "cause", "when", "while"}
)


@dataclass(frozen=True)
class ThemeHit:
    """One signal found: the theme, its polarity (or "topic"), and the words."""

    theme: str
    polarity: str
    first: int
    last: int
    clause: int


@dataclass(frozen=True)
class CodedTheme:
    """A theme coded for an answer, with the words that triggered it."""

    polarity: str
    evidence: tuple[str, ...]


def find_hits(seg: Segmented, codebook: Codebook) -> list[ThemeHit]:
    """Every signal of every theme, after negation and exclusions."""
    excluded = _excluded_clauses(seg, codebook)
    hits: list[ThemeHit] = []
    for pattern, (theme, kind) in codebook.signal_index.candidates(seg.keys):
        for match in pattern.regex.finditer(seg.norm):
            tokens = seg.span_tokens(match.start(), match.end())
            if not tokens:
                continue
            clause = seg.tokens[tokens.start].clause
            if (theme, clause) in excluded:
                continue
            polarity = kind
            if kind not in _AROUND and _is_negated(seg, pattern, match, tokens.start):
                polarity = _FLIP[kind]
            hits.append(ThemeHit(theme, polarity, tokens.start, tokens.stop - 1, clause))
    return _without_contained(hits)


def _without_contained(hits: list[ThemeHit]) -> list[ThemeHit]:
    """A longer phrase wins over a word inside it that says the opposite: "couldn't have
    asked for quicker" is praise, although "quicker" alone is negated there; "not one
    worksheet was adapted" is a complaint, although it holds "adapted"."""
    if len(hits) < 2:
        return hits
    kept = []
    for hit in hits:
        inside = any(
            other is not hit
            and other.theme == hit.theme
            and other.polarity != hit.polarity
            and other.polarity not in _AROUND
            and other.first <= hit.first
            and hit.last <= other.last
            and other.last - other.first > hit.last - hit.first
            for other in hits
        )
        if not inside:
            kept.append(hit)
    return kept


def _is_negated(seg: Segmented, pattern: Pattern, match: re.Match[str], first: int) -> bool:
    for group in pattern.gap_groups:
        gap = match.group(group)
        # Only a negation next to the phrase's words turns it round ("was never explained").
        if gap and any(word in NEGATORS for word in gap.split()[-3:]):
            return True
    return not pattern.starts_negated and negated(seg, first, window=4)


def _excluded_clauses(seg: Segmented, codebook: Codebook) -> set[tuple[str, int]]:
    excluded: set[tuple[str, int]] = set()
    for pattern, theme in codebook.exclusion_index.candidates(seg.keys):
        for match in pattern.regex.finditer(seg.norm):
            for index in seg.span_tokens(match.start(), match.end()):
                excluded.add((theme, seg.tokens[index].clause))
    return excluded


def code_themes(
    seg: Segmented,
    hits: list[ThemeHit],
    clause_labels: list[str],
    sentence_labels: list[str],
    judgements: Sequence[Assessment] = (),
) -> dict[str, CodedTheme]:
    """Each theme with hits, its polarity by weighted vote, and its evidence.
    `judgements` are the judged words of the text, which `judged` signals need."""
    votes: dict[str, dict[str, float]] = {}
    evidence: dict[str, list[str]] = {}
    for hit in sorted(hits, key=lambda h: h.first):
        polarity = hit.polarity
        weight = 1.0
        if polarity == JUDGED:
            polarity = _judged_polarity(seg, hit, hits, judgements)
            if polarity == NEUTRAL:
                continue  # named, but nothing said about it
            weight = _TOPIC_WEIGHT
        elif polarity == TOPIC:
            polarity = _topic_polarity(seg, hit, clause_labels, sentence_labels)
            weight = _TOPIC_WEIGHT
        tally = votes.setdefault(hit.theme, {POSITIVE: 0.0, NEGATIVE: 0.0, NEUTRAL: 0.0})
        tally[polarity] += weight
        words = seg.original(hit.first, hit.last)
        if words not in evidence.setdefault(hit.theme, []):
            evidence[hit.theme].append(words)
    return {
        theme: CodedTheme(_winner(tally), tuple(evidence[theme])) for theme, tally in votes.items()
    }


def _topic_polarity(
    seg: Segmented, hit: ThemeHit, clause_labels: list[str], sentence_labels: list[str]
) -> str:
    label = clause_labels[hit.clause]
    if label != NEUTRAL or hit.clause in seg.contrast_clauses:
        return label
    sentence = seg.tokens[hit.first].sentence
    label = sentence_labels[sentence]
    verdict = _next_sentence_with_words(seg, sentence)
    if label == NEUTRAL and verdict is not None and _is_verdict(seg, verdict):
        # "Referral to the first appointment took a few days. Brilliant."
        return sentence_labels[verdict]
    return label


def _words_of(seg: Segmented, sentence: int) -> list[str]:
    return [t.norm for t in seg.tokens if t.sentence == sentence and t.norm[:1].isalnum()]


def _next_sentence_with_words(seg: Segmented, sentence: int) -> int | None:
    """The next sentence that holds a word ("!!! ridiculous": past the empty ones)."""
    last = seg.tokens[-1].sentence
    for following in range(sentence + 1, last + 1):
        if _words_of(seg, following):
            return following
    return None


def _is_verdict(seg: Segmented, sentence: int) -> bool:
    """Whether a sentence is a short verdict on the one before ("Brilliant.", "Couldn't
    fault it.", "Unacceptable.")."""
    return 0 < len(_words_of(seg, sentence)) <= _VERDICT_WORDS


def _judged_polarity(
    seg: Segmented, hit: ThemeHit, hits: list[ThemeHit], judgements: Sequence[Assessment]
) -> str:
    """The judgement of the words around a hit (see `_stretch`), leaving out those inside
    another theme's signal, which judge that ("the sessions were after school and took
    ages" judges the wait; "my worker was dead nice and never made me feel bad" judges
    the worker and the feeling)."""
    others = [
        (other.first, other.last)
        for other in hits
        if other.clause == hit.clause
        and other.theme != hit.theme
        and other.polarity in (POSITIVE, NEGATIVE)
    ]
    start, stop = _stretch(seg, hit)
    value = sum(
        item.value
        for item in judgements
        if start <= item.first
        and item.last < stop
        and not any(first <= item.first and item.last <= last for first, last in others)
    )
    return label_of(value)


def _stretch(seg: Segmented, hit: ThemeHit) -> tuple[int, int]:
    """The tokens around a hit, in its clause, up to the nearest joining word ("the
    assessment was thorough and the worker went through it": "the worker went through
    it")."""
    tokens = seg.tokens
    start = hit.first
    while start > 0 and tokens[start - 1].clause == hit.clause:
        if tokens[start - 1].norm in _JOINS:
            break
        start -= 1
    stop = hit.last + 1
    while stop < len(tokens) and tokens[stop].clause == hit.clause:
        if tokens[stop].norm in _JOINS:
            break
        stop += 1
    return start, stop


def _winner(tally: dict[str, float]) -> str:
    if tally[POSITIVE] > tally[NEGATIVE]:
        return POSITIVE
    if tally[NEGATIVE] > tally[POSITIVE]:
        return NEGATIVE
    return NEUTRAL
