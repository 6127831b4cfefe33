"""How well the learned second reader finds disclosures on answers it has not seen.

    python benchmarks/disclosure_reader.py [--shared ../shared]

The labelled examples (analysis/disclosure_examples.jsonl) come in sets, each written by
a different writer. Each set is left out in turn: the reader is trained on the others and
scored on it, alone and together with the rules. Also: how many of the real NHS comments
the reader trained on every set would flag, a measure of false alarms on text unlike
the examples.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analysis.codebook import default_codebook  # noqa: E402
from analysis.engine import Resources, analyse  # noqa: E402
from analysis.lexicon import default_lexicon  # noqa: E402
from analysis.reader import Example, Reader, features, load_examples, train  # noqa: E402
from analysis.redact import redact  # noqa: E402
from analysis.safeguarding import default_rules, explained_away  # noqa: E402
from analysis.text import Segmented, segment  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args(argv)
    examples = load_examples()
    groups = _by_set(examples)
    segs = {e.text: segment(e.text) for e in examples}
    rules_only = Resources(default_codebook(), default_lexicon(), default_rules(), None)
    by_rules = {
        e.text: analyse(
            e.text, group="young_person", language="en", resources=rules_only
        ).safeguarding
        for e in examples
    }
    total_reader: Counter[str] = Counter()
    total_both: Counter[str] = Counter()
    print(f"{len(examples)} examples in {len(groups)} sets, each left out in turn")
    print(f"  {'set':<12} {'answers':>7} {'reader R':>9} {'P':>6} {'with rules R':>13} {'P':>6}")
    for name, members in groups.items():
        reader = train(
            (features(segs[e.text]), e.disclosure) for e in examples if e.set_name != name
        )
        alone, both = Counter(), Counter()
        for example in members:
            flagged = _flags(reader, segs[example.text])
            alone[_outcome(flagged, example.disclosure)] += 1
            both[_outcome(flagged or by_rules[example.text], example.disclosure)] += 1
        total_reader += alone
        total_both += both
        print(
            f"  {name:<12} {len(members):>7} {_recall(alone):>9.3f} {_precision(alone):>6.3f}"
            f" {_recall(both):>13.3f} {_precision(both):>6.3f}"
        )
    print(
        f"  {'all':<12} {len(examples):>7} {_recall(total_reader):>9.3f}"
        f" {_precision(total_reader):>6.3f} {_recall(total_both):>13.3f}"
        f" {_precision(total_both):>6.3f}"
    )
    nhs = args.shared / "analysis" / "real" / "text_data.csv"
    if nhs.exists():
        reader = train((features(segs[e.text]), e.disclosure) for e in examples)
        comments = _comments(nhs)
        flagged = sum(1 for text in comments if _flags(reader, segment(redact(text))))
        print(f"NHS comments the reader flags: {flagged} of {len(comments)}")
    return 0


def _flags(reader: Reader, seg: Segmented) -> bool:
    return reader.reads_as_disclosure(seg) and not explained_away(seg, default_rules())


def _by_set(examples: list[Example]) -> dict[str, list[Example]]:
    groups: dict[str, list[Example]] = {}
    for example in examples:
        groups.setdefault(example.set_name, []).append(example)
    return groups


def _comments(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as source:
        return [row["feedback"] for row in csv.DictReader(source) if row["feedback"].strip()]


def _outcome(flagged: bool, disclosure: bool) -> str:
    if flagged:
        return "tp" if disclosure else "fp"
    return "fn" if disclosure else "tn"


def _recall(counts: Counter[str]) -> float:
    return counts["tp"] / max(1, counts["tp"] + counts["fn"])


def _precision(counts: Counter[str]) -> float:
    return counts["tp"] / max(1, counts["tp"] + counts["fp"])


if __name__ == "__main__":
    raise SystemExit(main())
