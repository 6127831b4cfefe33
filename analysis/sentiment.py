"""Clause-level sentiment: TextBlob's word scores corrected by the domain lexicon,
with negation, intensifiers, contrast and sarcasm."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.lexicon import Lexicon, WeightedPhrase
from analysis.patterns import NEGATORS
from analysis.text import Segmented

POSITIVE, NEGATIVE, NEUTRAL, MIXED = "positive", "negative", "neutral", "mixed"
CLAUSE_THRESHOLD = 0.1
NEGATION_WINDOW = 3
_NEGATION_FACTOR = -0.8
_INTENSITY = 1.3
# A clause after "but" or "although" says what the writer means most.
_CONTRAST_WEIGHT = 2.0


@dataclass(frozen=True)
class Assessment:
    """One judged word or phrase: the token range and its value after negation."""

    first: int
    last: int
    value: float


@dataclass(frozen=True)
class ClauseSentiment:
    """The summed value of the judgements in each clause, and their labels."""

    values: tuple[float, ...]
    assessments: tuple[Assessment, ...]

    def label(self, clause: int) -> str:
        return label_of(self.values[clause])


def label_of(value: float) -> str:
    if value > CLAUSE_THRESHOLD:
        return POSITIVE
    if value < -CLAUSE_THRESHOLD:
        return NEGATIVE
    return NEUTRAL


def negated(seg: Segmented, first: int, window: int = NEGATION_WINDOW) -> bool:
    """Whether a negation stands in the few tokens before token `first`, in its clause."""
    clause = seg.tokens[first].clause
    for index in range(first - 1, max(-1, first - 1 - window), -1):
        token = seg.tokens[index]
        if token.clause != clause:
            return False
        if token.norm == "once" and index and seg.tokens[index - 1].norm in ("not", "never"):
            return True  # "Not once did anyone ask"
        if token.norm in NEGATORS or (token.norm.endswith("nt") and token.norm[:-2] in _AUX):
            following = seg.tokens[index + 1].norm if index + 1 < first else ""
            if (
                token.sentence_start
                and token.norm in _ANSWER_WORDS
                and seg.tokens[index + 1].norm in _STARTERS
            ):
                # "Nothing, everything was great" written without the comma: the answer
                # word answers the question and the rest is a new statement.
                return False
            return following not in _NOT_NEGATING
    return False


# A sentence opening with one of these and going on with a new statement ("Nothing
# perfect", "No everything was good", "None staff brilliant") is an answer, then praise.
_ANSWER_WORDS = frozenset({"nothing", "no", "none", "nope", "nah", "nil"})
_STARTERS = frozenset(
    {
        "it", "its", "everything", "everyone", "everybody", "all", "staff", "the", "a", "i",
        "im", "ive", "you", "youre", "they", "theyre", "we", "very", "absolutely", "really",
        "just", "perfect", "excellent", "brilliant", "great", "good", "fantastic", "amazing",
        "wonderful", "lovely", "happy", "thank", "thanks", "keep", "been", "spot", "totally",
        "completely", "honestly", "overall", "service", "care", "always", "so", "fab",
    }
)  # fmt: skip


# "couldn't believe how fast", "didn't know how easy": the negation stays with the verb.
_NOT_NEGATING = frozenset(
    {"believe", "only", "know", "knew", "realise", "realize", "expect", "mind", "think"}
)


_AUX = frozenset({"did", "do", "does", "was", "were", "is", "are", "could", "would", "should"})


def clause_sentiment(seg: Segmented, lexicon: Lexicon) -> ClauseSentiment:
    """Score every clause of a segmented text."""
    covered: set[int] = set()
    assessments = _phrase_assessments(seg, lexicon, covered)
    assessments += _word_assessments(seg, lexicon, covered)
    values = [0.0] * seg.clause_count
    for item in assessments:
        values[seg.tokens[item.first].clause] += item.value
    _apply_sarcasm(seg, lexicon, values)
    return ClauseSentiment(tuple(values), tuple(assessments))


def _phrase_assessments(seg: Segmented, lexicon: Lexicon, covered: set[int]) -> list[Assessment]:
    found: list[tuple[int, int, WeightedPhrase]] = []
    for _, phrase in lexicon.phrase_index.candidates(seg.keys):
        for match in phrase.pattern.regex.finditer(seg.norm):
            tokens = seg.span_tokens(match.start(), match.end())
            if tokens:
                found.append((tokens.start, tokens.stop - 1, phrase))
    # Longer phrases win over the shorter ones inside them.
    found.sort(key=lambda item: (item[0] - item[1], item[0]))
    result = []
    for first, last, phrase in found:
        span = set(range(first, last + 1))
        if span & covered:
            continue
        covered |= span
        value = phrase.value
        if not phrase.pattern.starts_negated and negated(seg, first):
            value *= _NEGATION_FACTOR
        result.append(Assessment(first, last, value))
    return result


def _word_assessments(seg: Segmented, lexicon: Lexicon, covered: set[int]) -> list[Assessment]:
    result = []
    for index, token in enumerate(seg.tokens):
        if index in covered:
            continue
        value = lexicon.word_value(token.norm)
        if not value:
            continue
        if index and seg.tokens[index - 1].norm in lexicon.intensifiers:
            value = max(-1.0, min(1.0, value * _INTENSITY))
        # An emoji is a judgement of its own: "nobody noticed 👌" is not a negated 👌.
        if token.norm[:1].isalnum() and negated(seg, index):
            value *= _NEGATION_FACTOR
        result.append(Assessment(index, index, value))
    return result


# A sarcastic sentence is at least this unfavourable, however its words balance out
# ("Nice of them to ask now that it's all over").
_SARCASM_VALUE = 0.5


def _apply_sarcasm(seg: Segmented, lexicon: Lexicon, values: list[float]) -> None:
    sentences = set()
    for pattern, _ in lexicon.sarcasm_index.candidates(seg.keys):
        for match in pattern.regex.finditer(seg.norm):
            sentences.add(seg.tokens[seg.token_at(match.start())].sentence)
    if not sentences:
        return
    for clause in {t.clause for t in seg.tokens if t.sentence in sentences}:
        values[clause] = -max(abs(values[clause]), _SARCASM_VALUE)


def overall_label(labels: list[str]) -> str:
    """positive, negative, mixed or neutral from the labels of the clauses."""
    found = set(labels) - {NEUTRAL}
    if found == {POSITIVE, NEGATIVE}:
        return MIXED
    return found.pop() if found else NEUTRAL


def overall_score(seg: Segmented, values: tuple[float, ...] | list[float]) -> float:
    """A score from -1 to +1: the clause values, clauses after a contrast counting double."""
    total = weight = 0.0
    for clause, value in enumerate(values):
        if not value:
            continue
        factor = _CONTRAST_WEIGHT if clause in seg.contrast_clauses else 1.0
        total += factor * value
        weight += factor
    return round(max(-1.0, min(1.0, total / weight)), 3) if weight else 0.0
