"""A second reader for disclosures: a small logistic regression over the words of an
answer, learned from labelled examples (`disclosure_examples.jsonl`).

The rules in safeguarding.yaml catch the ways of saying a thing that someone has written
down; children and worried parents keep finding new ones ("i sit on the bathroom floor
thinking about the tablets in mums drawer"). The reader weighs every word and pair of
words by how often it came with a disclosure in the examples, so an answer that reads
like the disclosures it learned from reaches a person even when no rule names its words.
It is trained once per process, when first used (two or three seconds), from the examples in the
package, so there is no model file to fall out of step with them; a council adds
examples to the file to teach it.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis.resources import data_path, load_json_lines
from analysis.text import Segmented, segment

# Chosen by leaving each labelled set out in turn (docs/decisions/0100-analysis-engine.md):
# recall first, with precision on every left-out set above 0.7, and few flags on the NHS
# comments. An answer is flagged when it reads as a disclosure with at least this
# probability, on at least `_EVIDENCE_NEEDED` meaningful words that each weigh at least
# `_EVIDENCE_WEIGHT`: a short answer that shares two words with a disclosure ("I won't
# be around for the next session") is not enough.
THRESHOLD = 0.3
_EVIDENCE_NEEDED = 4
_EVIDENCE_WEIGHT = 0.3
_EPOCHS = 30
_RATE = 0.2
_DECAY = 0.03
_MIN_EXAMPLES = 2  # a word seen in one example only is a name or a typo, not a sign
_SEED = 1
_EVIDENCE_WORDS = 3


@dataclass(frozen=True)
class Example:
    """A labelled answer; `set_name` says which writer's set it came from."""

    text: str
    disclosure: bool
    set_name: str = ""


@dataclass(frozen=True)
class Reader:
    """Learned weights of words and word pairs, and the bias."""

    weights: dict[str, float]
    bias: float

    def probability(self, seg: Segmented) -> float:
        """How much the answer reads like a disclosure, from 0 to 1."""
        return self._probability(features(seg))

    def reads_as_disclosure(self, seg: Segmented) -> bool:
        """Whether the answer reads like a disclosure, on enough words of its own."""
        found = features(seg)
        if self._probability(found) < THRESHOLD:
            return False
        strong = [f for f in self._evidence(found) if self.weights[f] >= _EVIDENCE_WEIGHT]
        return len(strong) >= _EVIDENCE_NEEDED

    def evidence(self, seg: Segmented) -> str:
        """The words that weighed most towards a disclosure."""
        heaviest = self._evidence(features(seg))[:_EVIDENCE_WORDS]
        return ", ".join(f.replace("_", " ") for f in heaviest)

    def _probability(self, found: frozenset[str]) -> float:
        return _sigmoid(self.bias + sum(filter(None, map(self.weights.get, found))))

    def _evidence(self, found: frozenset[str]) -> list[str]:
        present = (f for f in found if self.weights.get(f, 0.0) > 0 and meaningful(f))
        return sorted(present, key=lambda f: (-self.weights[f], f))


def features(seg: Segmented) -> frozenset[str]:
    """The answer's words and pairs of neighbouring words, in normalised spelling."""
    return seg.bag


# Words that carry no meaning of their own: they weigh in the reading (in the examples,
# "i dont" marks how a child writes), but are not shown as its evidence.
_FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "as", "at", "by", "for",
        "from", "in", "into", "of", "on", "onto", "to", "up", "with", "without", "about", "after",
        "before", "over", "under", "again", "also", "just", "only", "very", "really", "too", "i",
        "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "he", "him", "his",
        "she", "her", "hers", "they", "them", "their", "it", "its", "this", "that", "these",
        "those", "there", "here", "who", "whom", "which", "what", "when", "where", "why", "how",
        "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing",
        "done", "have", "has", "had", "having", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
        "werent", "havent", "hasnt", "hadnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt",
        "im", "ive", "id", "ill", "hes", "shes", "theyre", "weve", "youre", "thats", "will",
        "would", "can", "could", "should", "shall", "may", "might", "must", "not", "no", "yes",
        "all", "any", "some", "every", "each", "more", "most", "much", "many", "one", "lot", "lots",
        "bit", "get", "got", "gets", "getting", "go", "goes", "going", "went", "gone", "say",
        "says", "said", "tell", "told", "know", "knew", "think", "thought", "like", "lol", "tbh",
        "u", "ur",
    ]
)  # fmt: skip


def train(examples: Iterable[tuple[frozenset[str], bool]]) -> Reader:
    """Logistic regression by stochastic gradient descent, in a fixed order so that the
    same examples always give the same reader. Disclosures are weighted up to balance
    the classes: a missed disclosure costs more than a false flag."""
    data = list(examples)
    counts = Counter(f for found, _ in data for f in found)
    rows = [([f for f in found if counts[f] >= _MIN_EXAMPLES], label) for found, label in data]
    positives = sum(1 for _, label in rows if label)
    if not positives or positives == len(rows):
        raise ValueError("the examples need both disclosures and other answers")
    balance = (len(rows) - positives) / positives
    weights: dict[str, float] = {}
    bias = 0.0
    order = random.Random(_SEED)  # noqa: S311 (a fixed order for training, not a secret)
    for _ in range(_EPOCHS):
        order.shuffle(rows)
        for found, label in rows:
            p = _sigmoid(bias + sum(weights.get(f, 0.0) for f in found))
            gradient = (p - (1.0 if label else 0.0)) * (balance if label else 1.0)
            bias -= _RATE * gradient
            for f in found:
                weight = weights.get(f, 0.0)
                weights[f] = weight - _RATE * (gradient + _DECAY * weight)
    return Reader({f: w for f, w in weights.items() if w}, bias)


def load_examples(path: Path | str | None = None) -> list[Example]:
    """Read labelled examples: JSON Lines with `text` and `safeguarding`."""
    source = Path(path) if path else data_path("disclosure_examples.jsonl")
    return load_json_lines(source, _example, "JSON with text and safeguarding")


def _example(row: dict[str, Any]) -> Example:
    return Example(str(row["text"]), bool(row["safeguarding"]), str(row.get("set", "")))


@cache
def default_reader() -> Reader:
    """The reader trained on the shipped examples, once per process."""
    return train((features(segment(e.text)), e.disclosure) for e in load_examples())


def meaningful(feature: str) -> bool:
    """Whether a word or pair has a word of meaning in it (shown as evidence)."""
    return any(word not in _FUNCTION_WORDS for word in feature.split("_"))


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))
