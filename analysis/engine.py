"""The analysis of one free-text answer: themes, sentiment, durations, personal details
and disclosures, tied together."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from analysis.answer_reader import (
    ADD,
    ADD_ANOTHER,
    FIRM,
    JUDGE,
    OVERRULE,
    AnswerReader,
    Reading,
    default_answer_reader,
)
from analysis.codebook import Codebook, default_codebook
from analysis.durations import durations_in
from analysis.lexicon import Lexicon, default_lexicon
from analysis.reader import Reader, default_reader
from analysis.redact import redact
from analysis.safeguarding import (
    Disclosure,
    SafeguardingRules,
    default_rules,
    explained_away,
    find_disclosure,
    past_clauses,
)
from analysis.sentiment import (
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Assessment,
    clause_sentiment,
    label_of,
    overall_label,
    overall_score,
)
from analysis.text import Segmented, segment
from analysis.themes import CodedTheme, ThemeHit, code_themes, find_hits

# Redactions that replace words (a phone number or e-mail address cannot hide a disclosure).
_WORD_TAGS = re.compile(r"\[(?:name|school|address)\]")
ENGLISH = frozenset({"en", "eng", "english"})
# A theme signal in a clause with no judgement of its own gives the clause this value.
_THEME_VALUE = 0.3


@dataclass(frozen=True)
class Analysis:
    """What the engine found in one answer (plain data; see `to_json_dict`)."""

    themes: dict[str, str]
    sentiment: str
    score: float
    safeguarding: bool
    safeguarding_reason: str | None
    redacted: str
    durations_days: tuple[int, ...]
    needs_translation: bool
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        """The fields of the CLI contract, as JSON-ready values."""
        return {
            "themes": dict(self.themes),
            "sentiment": self.sentiment,
            "score": self.score,
            "safeguarding": self.safeguarding,
            "safeguarding_reason": self.safeguarding_reason,
            "redacted": self.redacted,
            "durations_days": list(self.durations_days),
            "needs_translation": self.needs_translation,
            "evidence": {theme: list(words) for theme, words in self.evidence.items()},
        }


@dataclass(frozen=True)
class Resources:
    """The data the engine works from; the defaults are the files shipped in the package."""

    codebook: Codebook
    lexicon: Lexicon
    rules: SafeguardingRules
    reader: Reader | None
    answer_reader: AnswerReader | None = None


@cache
def default_resources() -> Resources:
    """The files shipped in the package, loaded (and the readers trained) once."""
    codebook = default_codebook()
    return Resources(
        codebook,
        default_lexicon(),
        default_rules(),
        default_reader(),
        default_answer_reader(codebook.theme_ids),
    )


READER_REASON = "reads like the disclosures the second reader learned from (please check)"


def _second_reading(seg: Segmented, data: Resources) -> Disclosure | None:
    """The learned reader's view of an answer no rule flagged, unless the rules saw its
    words of risk and found them not current (an idiom, a negation, the past)."""
    reader = data.reader
    if reader is None or not reader.reads_as_disclosure(seg):
        return None
    if explained_away(seg, data.rules):
        return None
    return Disclosure(READER_REASON, reader.evidence(seg))


def is_english(language: str, text: str) -> bool:
    """English by the questionnaire's language, unless the text is mostly another script."""
    code = language.strip().lower().replace("_", "-").split("-")[0]
    if code not in ENGLISH:
        return False
    if text.isascii():
        return True
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > 0x024F)
    return not letters or foreign * 2 < len(letters)


def analyse(
    text: str, *, group: str, language: str, resources: Resources | None = None
) -> Analysis:
    """Analyse one answer. `group` is young_person or parent_carer; `language` a code."""
    data = resources or default_resources()
    english = is_english(language, text)
    redacted = redact(text, english=english)
    seg = segment(redacted)
    disclosure = find_disclosure(seg, data.rules)
    if disclosure is None and _WORD_TAGS.search(redacted):
        # Redaction must never hide a disclosure ("they tell me to kys" read as a name).
        found = find_disclosure(segment(text), data.rules)
        if found:
            disclosure = Disclosure(found.reason, redact(found.evidence, english=english))
    if disclosure is None and english:
        disclosure = _second_reading(seg, data)
    reason = f"{disclosure.reason}: “{disclosure.evidence}”" if disclosure else None
    if not english:
        return Analysis({}, NEUTRAL, 0.0, bool(disclosure), reason, redacted, (), True)
    themes, evidence, label, score = _read(seg, data)
    if disclosure:
        # A disclosure goes to a person at once; it is not counted in the theme report.
        themes, evidence, label, score = {}, {}, NEGATIVE, min(score, -0.5)
    return Analysis(
        themes=themes,
        sentiment=label,
        score=score,
        safeguarding=bool(disclosure),
        safeguarding_reason=reason,
        redacted=redacted,
        durations_days=tuple(durations_in(seg.norm)),
        needs_translation=False,
        evidence=evidence,
    )


def _read(
    seg: Segmented, data: Resources
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], str, float]:
    clauses = clause_sentiment(seg, data.lexicon)
    values = list(clauses.values)
    hits = find_hits(seg, data.codebook)
    for hit in hits:
        if hit.polarity not in ("positive", "negative"):
            continue
        sign = 1 if hit.polarity == "positive" else -1
        value = values[hit.clause]
        if label_of(value) == NEUTRAL or (
            value * sign < 0 and _judged_within(hit, clauses.assessments, seg)
        ):
            # The theme's phrase reads its clause better than word scores do, where the
            # words judging the clause are inside it ("not once did I feel judged").
            values[hit.clause] = sign * max(_THEME_VALUE, abs(value))
    _quiet_the_past(seg, values, data.rules)
    clause_labels = [label_of(value) for value in values]
    sentence_labels = _sentence_labels(seg, values)
    coded = code_themes(seg, hits, clause_labels, sentence_labels, clauses.assessments)
    label, score = overall_label(clause_labels), overall_score(seg, values)
    if data.answer_reader is not None:
        reading = data.answer_reader.read(seg)
        label, score = _second_judgement(reading, label, score)
        _second_theme_reading(seg, data.answer_reader, reading, coded, sentence_labels, label)
    themes = {theme: coded[theme].polarity for theme in data.codebook.theme_ids if theme in coded}
    evidence = {theme: coded[theme].evidence for theme in themes}
    return themes, evidence, label, score


def _second_judgement(reading: Reading, label: str, score: float) -> tuple[str, float]:
    """The learned reader's view of the whole answer, where it is sure: it judges an
    answer the lexicon found no judgement in ("Eight months and counting"), and
    overrules the lexicon where it is very sure ("Ten out of ten for the worker, two out
    of ten for the wait" is mixed)."""
    if reading.sentiment is None or reading.sentiment[0] == label:
        return label, score
    likeliest, certainty = reading.sentiment
    judges = label == NEUTRAL and likeliest in (POSITIVE, NEGATIVE) and certainty >= JUDGE
    overrules = certainty >= OVERRULE and abs(score) < FIRM
    if not (judges or overrules):
        return label, score
    if likeliest == POSITIVE:
        return likeliest, round(certainty - 0.5, 3)
    if likeliest == NEGATIVE:
        return likeliest, round(0.5 - certainty, 3)
    return likeliest, 0.0 if likeliest == NEUTRAL else score


def _second_theme_reading(
    seg: Segmented,
    reader: AnswerReader,
    reading: Reading,
    coded: dict[str, CodedTheme],
    sentence_labels: list[str],
    overall: str,
) -> None:
    """The learned reader's view of the themes, where it is sure: a theme the phrases
    missed is added, with the answer's judgement (or, in a mixed answer, that of the
    sentence that reads most like the theme), where there is one."""
    needed = ADD_ANOTHER if coded else ADD
    for theme, probability in reading.themes.items():
        if theme in coded or probability < needed:
            continue
        evidence = reader.evidence(seg, theme)
        if not evidence:
            continue  # no words of the answer's own speak to it: nothing to show why
        polarity = overall
        if overall == MIXED:
            polarity = sentence_labels[reader.likeliest_sentence(seg, theme)]
        if polarity != NEUTRAL:  # named, with nothing said about it: the phrases' call
            coded[theme] = CodedTheme(polarity, evidence)


def _quiet_the_past(seg: Segmented, values: list[float], rules: SafeguardingRules) -> None:
    """Distress in a clause about the past ("before all this he was cutting himself") is
    background, not a judgement, where the answer judges the present favourably."""
    if not (any(v < 0 for v in values) and any(v > 0 for v in values)):
        return  # nothing to quiet, or nothing favourable to set it against
    past = past_clauses(seg, rules)
    if not past or not any(v > 0 for c, v in enumerate(values) if c not in past):
        return
    for clause in past:
        if values[clause] < 0:
            values[clause] = 0.0


def _judged_within(hit: ThemeHit, assessments: tuple[Assessment, ...], seg: Segmented) -> bool:
    """Whether every judged word of the hit's clause lies inside the hit's words."""
    inside = [a for a in assessments if seg.tokens[a.first].clause == hit.clause]
    return bool(inside) and all(hit.first <= a.first and a.last <= hit.last for a in inside)


def _sentence_labels(seg: Segmented, values: list[float]) -> list[str]:
    sentence_count = seg.tokens[-1].sentence + 1 if seg.tokens else 0
    per_sentence: list[list[str]] = [[] for _ in range(sentence_count)]
    seen: set[int] = set()
    for token in seg.tokens:
        if token.clause not in seen:
            seen.add(token.clause)
            per_sentence[token.sentence].append(label_of(values[token.clause]))
    labels = []
    for members in per_sentence:
        label = overall_label(members)
        labels.append(NEUTRAL if label == "mixed" else label)
    return labels
