"""A second reader for themes and sentiment: logistic regressions over the words of an
answer, learned from answers coded by hand to the codebook (`coded_examples.jsonl`).

The codebook's phrases and the sentiment lexicon catch the ways of saying a thing that
someone has written down. Families keep finding new ones ("the sessions taught him
nothing he couldn't have got off YouTube", "she remembered my dog's name"), and a phrase
list never catches up. The reader weighs every word and pair of words by how often it
came with each theme, and with each overall sentiment, in the examples. Where it is
sure, the engine lets it:
- add a theme the phrases missed (probability at least `ADD`, or `ADD_ANOTHER` beside a
  theme the phrases found: most answers speak to one theme);
- judge an answer the lexicon found no judgement in (positive or negative with
  probability at least `JUDGE`: "Sixty-three days. That's how long we sat by the phone");
- overrule the lexicon's overall sentiment where it is very sure (at least `OVERRULE`)
  and the lexicon's judgement is not firm (its score nearer 0 than `FIRM`).
It is trained once per process, when first used (under a second), from the examples in
the package, so there is no model file to fall out of step with them; a council adds
examples to the file to teach it. A theme with few examples (one a council has just added
to the codebook) is left to the phrases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from analysis.reader import features, meaningful
from analysis.resources import data_path, load_json_lines
from analysis.sentiment import MIXED, NEGATIVE, NEUTRAL, POSITIVE
from analysis.text import Segmented, bag_of_words, segment

# Chosen by leaving each labelled set out in turn (benchmarks/answer_reader.py; the
# figures are in docs/decisions/0100-analysis-engine.md).
ADD = 0.6
ADD_ANOTHER = 0.95
JUDGE = 0.6
OVERRULE = 0.9
FIRM = 0.4  # the lexicon's overall score from which it is not overruled
SENTIMENTS = (POSITIVE, NEGATIVE, NEUTRAL, MIXED)
_STEPS = 300
_RATE = 1.0
_DECAY = 1e-3
_MIN_EXAMPLES = 2  # a word seen in one example only is a name or a typo, not a sign
_MIN_THEMED = 5  # a theme needs this many examples before the reader speaks to it
_EVIDENCE_WORDS = 3
# How far an answer's words must push towards a sentiment, in log-odds, for the reader's
# view of it to count.
_WORDS_CARRY = 1.0


@dataclass(frozen=True)
class CodedExample:
    """An answer coded by hand: its text (redacted), its themes with the polarity of
    each, its overall sentiment, and which writer's set it came from."""

    text: str
    themes: dict[str, str]
    sentiment: str
    set_name: str = ""


@dataclass(frozen=True)
class Reading:
    """What the reader reads in one answer: how much it speaks to each theme (0 to 1),
    and the overall sentiment it reads as with its probability, where the answer's own
    words carry that reading (None otherwise: a short answer in words the examples never
    used, "spot on", reads as whatever was commonest)."""

    themes: dict[str, float]
    sentiment: tuple[str, float] | None


@dataclass(frozen=True)
class AnswerReader:
    """Learned weights: a row per word or word pair, a column per label (each theme, then
    each sentiment)."""

    themes: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray

    def read(self, seg: Segmented) -> Reading:
        """The reader's view of a whole answer."""
        pushes = self._word_logits(features(seg))
        values = _sigmoid(self.bias + pushes).tolist()
        count = len(self.themes)
        column = max(range(count, len(values)), key=values.__getitem__)
        carried = pushes[column] >= _WORDS_CARRY
        return Reading(
            dict(zip(self.themes, values[:count], strict=True)),
            (SENTIMENTS[column - count], values[column]) if carried else None,
        )

    def likeliest_sentence(self, seg: Segmented, theme: str) -> int:
        """The sentence that reads most as speaking to one of the reader's themes."""
        column = self.themes.index(theme)
        sentences: dict[int, list[str]] = {}
        for token in seg.tokens:
            sentences.setdefault(token.sentence, []).append(token.norm)
        return max(sentences, key=lambda s: self._word_logits(bag_of_words(sentences[s]))[column])

    def evidence(self, seg: Segmented, theme: str) -> tuple[str, ...]:
        """The words of the answer that weighed most towards the theme."""
        column = self.themes.index(theme)
        weighed = [
            (float(self.weights[self.vocabulary[f], column]), f)
            for f in features(seg)
            if f in self.vocabulary and meaningful(f)
        ]
        heaviest = sorted((w for w in weighed if w[0] > 0), key=lambda w: (-w[0], w[1]))
        return tuple(f.replace("_", " ") for _, f in heaviest[:_EVIDENCE_WORDS])

    def _word_logits(self, found: Iterable[str]) -> np.ndarray:
        rows = [row for row in map(self.vocabulary.get, found) if row is not None]
        return np.asarray(self.weights[rows].sum(axis=0))


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(values, -30.0, 30.0))))


def train(
    examples: Sequence[tuple[frozenset[str], frozenset[str]]], labels: Sequence[str]
) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Logistic regression for every label at once (one against the rest), by full-batch
    gradient descent, so the same examples always give the same weights. Each label's
    examples are weighted up to balance the ones without it, so a rare theme is still
    learned; stopping after `_STEPS` steps keeps the weights modest."""
    counts = Counter(f for found, _ in examples for f in found)
    kept = sorted(f for f, n in counts.items() if n >= _MIN_EXAMPLES)
    vocabulary = {f: i for i, f in enumerate(kept)}
    rows: list[int] = []
    cols: list[int] = []
    for row, (found, _) in enumerate(examples):
        for f in found:
            if f in vocabulary:
                rows.append(row)
                cols.append(vocabulary[f])
    row_index = np.array(rows, dtype=np.int64)
    col_index = np.array(cols, dtype=np.int64)
    targets = np.array([[label in given for label in labels] for _, given in examples], float)
    n, k = targets.shape
    positives = targets.sum(axis=0)
    balance = np.where(targets > 0, (n - positives) / np.maximum(positives, 1.0), 1.0)
    balance *= n / balance.sum(axis=0)
    weights = np.zeros((len(vocabulary), k))
    bias = np.zeros(k)
    for _ in range(_STEPS):
        gathered = weights[col_index]
        logits = bias + np.stack(
            [np.bincount(row_index, gathered[:, j], minlength=n) for j in range(k)], axis=1
        )
        residual = (_sigmoid(logits) - targets) * balance
        spread = residual[row_index]
        gradient = np.stack(
            [np.bincount(col_index, spread[:, j], minlength=len(vocabulary)) for j in range(k)],
            axis=1,
        )
        weights -= _RATE * (gradient / n + _DECAY * weights)
        bias -= _RATE * residual.mean(axis=0)
    return vocabulary, weights, bias


def load_coded_examples(path: Path | str | None = None) -> list[CodedExample]:
    """Read coded answers: JSON Lines with `text`, `themes` (theme id to polarity) and
    `sentiment`."""
    source = Path(path) if path else data_path("coded_examples.jsonl")
    expected = (
        f"JSON with text, themes (theme id to polarity) and sentiment ({', '.join(SENTIMENTS)})"
    )
    return load_json_lines(source, _example, expected)


def _example(row: dict[str, Any]) -> CodedExample:
    themes, sentiment = row["themes"], row["sentiment"]
    if not isinstance(themes, dict) or sentiment not in SENTIMENTS:
        raise ValueError
    return CodedExample(str(row["text"]), dict(themes), str(sentiment), str(row.get("set", "")))


def reader_for(examples: Sequence[CodedExample], theme_ids: Sequence[str]) -> AnswerReader:
    """A reader for the sentiments and for the codebook's themes with enough examples."""
    themes = tuple(t for t in theme_ids if sum(t in e.themes for e in examples) >= _MIN_THEMED)
    labelled = [(features(segment(e.text)), frozenset([*e.themes, e.sentiment])) for e in examples]
    return AnswerReader(themes, *train(labelled, [*themes, *SENTIMENTS]))


@cache
def default_answer_reader(theme_ids: tuple[str, ...]) -> AnswerReader | None:
    """The reader trained on the shipped examples, once per process and codebook; None
    where a council has emptied the file (the phrases and lexicon then read alone)."""
    examples = load_coded_examples()
    return reader_for(examples, theme_ids) if examples else None
