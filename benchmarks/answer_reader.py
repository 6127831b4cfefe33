"""How much the learned answer reader adds to the codebook's phrases and the sentiment
lexicon, on answers it has not seen.

    python benchmarks/answer_reader.py

The coded examples (analysis/coded_examples.jsonl) come in sets, each written by a
different writer. Each writer's set of at least MIN_SET answers, but the dev corpus
(which the phrases were written from), is left out in turn: the reader is trained on the
others, and the set is analysed with the phrases and lexicon alone, and with the reader
as well. Figures: theme macro-F1 over the codebook's themes, polarity accuracy on the
themes found rightly, and overall sentiment accuracy.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analysis.answer_reader import (  # noqa: E402
    AnswerReader,
    CodedExample,
    load_coded_examples,
    reader_for,
)
from analysis.codebook import default_codebook  # noqa: E402
from analysis.engine import Resources, analyse  # noqa: E402
from analysis.lexicon import default_lexicon  # noqa: E402
from analysis.reader import default_reader  # noqa: E402
from analysis.safeguarding import default_rules  # noqa: E402
from benchmarks.analysis_quality import theme_scores  # noqa: E402

RULES_SET = "dev-corpus"
MIN_SET = 50  # smaller sets (a few hand-written answers) teach, but are too small to score


def main(argv: list[str] | None = None) -> int:
    examples = load_coded_examples()
    theme_ids = default_codebook().theme_ids
    phrases_only = _resources(None)
    sizes = Counter(e.set_name for e in examples)
    names = sorted(name for name, size in sizes.items() if name != RULES_SET and size >= MIN_SET)
    print(f"{len(examples)} examples in {len(sizes)} sets; {len(names)} writers' sets left out")
    print(f"  {'set':<10} {'answers':>7}   phrases: themes  pol  sentiment   with reader:")
    totals: dict[str, list[tuple[float, ...]]] = {"phrases": [], "reader": []}
    for name in names:
        members = [e for e in examples if e.set_name != RULES_SET and e.set_name == name]
        reader = reader_for([e for e in examples if e.set_name != name], theme_ids)
        before = _score(members, phrases_only, theme_ids)
        after = _score(members, _resources(reader), theme_ids)
        totals["phrases"].append(before)
        totals["reader"].append(after)
        print(f"  {name:<10} {len(members):>7}   {_figures(before)}   {_figures(after)}")
    mean = {key: tuple(map(_mean, zip(*rows, strict=True))) for key, rows in totals.items()}
    print(f"  {'mean':<10} {'':>7}   {_figures(mean['phrases'])}   {_figures(mean['reader'])}")
    return 0


def _figures(values: tuple[float, ...]) -> str:
    return " ".join(f"{value:.3f}" for value in values)


def _mean(values: tuple[float, ...]) -> float:
    return sum(values) / len(values)


def _resources(answer_reader: AnswerReader | None) -> Resources:
    return Resources(
        default_codebook(), default_lexicon(), default_rules(), default_reader(), answer_reader
    )


def _score(
    members: Sequence[CodedExample], resources: Resources, theme_ids: Sequence[str]
) -> tuple[float, float, float]:
    """Theme macro-F1, polarity accuracy on themes found rightly, sentiment accuracy."""
    results = [
        analyse(e.text, group="young_person", language="en", resources=resources) for e in members
    ]
    macro_f1, polarity = theme_scores(
        ((e.themes, a.themes) for e, a in zip(members, results, strict=True)), theme_ids
    )
    sentiments = sum(e.sentiment == a.sentiment for e, a in zip(members, results, strict=True))
    return macro_f1, polarity, sentiments / max(1, len(members))


if __name__ == "__main__":
    raise SystemExit(main())
