"""Score the analysis engine on a labelled file in the codebook format, and on real NHS
patient comments, next to raw TextBlob.

    python benchmarks/analysis_quality.py [LABELLED.jsonl] [--shared ../shared]

The labelled file defaults to <shared>/analysis/dev_corpus.jsonl; <shared> defaults to the
`shared` folder beside the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from textblob import TextBlob

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analysis import analyse  # noqa: E402  (the repository root is put on the path first)
from analysis.codebook import default_codebook  # noqa: E402

LABELS3 = ("positive", "neutral", "negative")
TEXTBLOB_THRESHOLD = 0.05


@dataclass(frozen=True)
class Record:
    text: str
    group: str
    language: str
    themes: dict[str, str]
    sentiment: str
    safeguarding: bool
    pii: list[str]
    durations_days: list[int]
    needs_translation: bool


def read_labelled(path: Path) -> list[Record]:
    records = []
    with path.open(encoding="utf-8") as source:
        for line in source:
            if line.strip():
                row = json.loads(line)
                records.append(Record(**{k: row[k] for k in Record.__dataclass_fields__}))
    return records


def f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def macro_f1(gold: list[str], predicted: list[str], labels: Iterable[str]) -> float:
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        scores.append(f1(tp, fp, fn))
    return sum(scores) / len(scores)


def textblob_label(text: str) -> str:
    polarity = TextBlob(text).sentiment.polarity
    if polarity > TEXTBLOB_THRESHOLD:
        return "positive"
    if polarity < -TEXTBLOB_THRESHOLD:
        return "negative"
    return "neutral"


def theme_scores(
    pairs: Iterable[tuple[Mapping[str, str], Mapping[str, str]]], theme_ids: Sequence[str]
) -> tuple[float, float]:
    """Theme macro-F1 over `theme_ids`, and polarity accuracy on the themes found rightly,
    from (gold themes, coded themes) pairs, each theme id to polarity."""
    counts = {theme: [0, 0, 0] for theme in theme_ids}
    polarity_right = polarity_total = 0
    for gold_themes, coded_themes in pairs:
        for theme in theme_ids:
            gold, got = theme in gold_themes, theme in coded_themes
            counts[theme][0] += gold and got
            counts[theme][1] += got and not gold
            counts[theme][2] += gold and not got
            if gold and got:
                polarity_total += 1
                polarity_right += gold_themes[theme] == coded_themes[theme]
    macro_f1 = sum(f1(*counts[t]) for t in theme_ids) / len(theme_ids)
    return macro_f1, polarity_right / max(1, polarity_total)


def score_labelled(records: list[Record]) -> dict[str, float]:
    theme_ids = default_codebook().theme_ids
    results = [analyse(r.text, group=r.group, language=r.language) for r in records]
    macro_f1, polarity = theme_scores(
        ((r.themes, a.themes) for r, a in zip(records, results, strict=True)), theme_ids
    )
    flagged = [(r.safeguarding, a.safeguarding) for r, a in zip(records, results, strict=True)]
    true_flags = sum(g and p for g, p in flagged)
    pii = [(p, a.redacted) for r, a in zip(records, results, strict=True) for p in r.pii]
    english = [r for r in records if not r.needs_translation]
    return {
        "answers": len(records),
        "theme macro-F1": macro_f1,
        "polarity accuracy on found themes": polarity,
        "sentiment accuracy": _share(
            r.sentiment == a.sentiment for r, a in zip(records, results, strict=True)
        ),
        "safeguarding recall": true_flags / max(1, sum(g for g, _ in flagged)),
        "safeguarding precision": true_flags / max(1, sum(p for _, p in flagged)),
        "personal-detail leak rate": _share(text in redacted for text, redacted in pii),
        "duration exact-match rate": _share(
            list(a.durations_days) == r.durations_days
            for r, a in zip(records, results, strict=True)
        ),
        "translation routing accuracy": _share(
            r.needs_translation == a.needs_translation
            for r, a in zip(records, results, strict=True)
        ),
        "textblob sentiment accuracy": _share(
            textblob_label(r.text) == r.sentiment for r in records
        ),
        "textblob sentiment accuracy (English only)": _share(
            textblob_label(r.text) == r.sentiment for r in english
        ),
    }


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def read_nhs(path: Path) -> list[tuple[str, str]]:
    """(comment, label) pairs: the sign of criticality, malformed scores and repeats skipped."""
    seen: set[str] = set()
    rows = []
    with path.open(encoding="utf-8", newline="") as source:
        for row in csv.DictReader(source):
            text = (row.get("feedback") or "").strip()
            try:
                criticality = int(row["criticality"])
            except (TypeError, ValueError):
                continue
            if not text or text in seen:
                continue
            seen.add(text)
            label = "positive" if criticality > 0 else "negative" if criticality < 0 else "neutral"
            rows.append((text, label))
    return rows


def engine_label3(text: str) -> str:
    """The engine's label on three classes. A mixed answer counts as negative: the NHS
    scorers marked a comment critical wherever it criticised anything."""
    result = analyse(text, group="parent_carer", language="en")
    return "negative" if result.sentiment == "mixed" else result.sentiment


def score_nhs(rows: list[tuple[str, str]]) -> dict[str, float]:
    gold = [label for _, label in rows]
    figures: dict[str, float] = {"comments": len(rows)}
    labellers: dict[str, Callable[[str], str]] = {
        "engine": engine_label3,
        "textblob": textblob_label,
    }
    for name, labeller in labellers.items():
        predicted = [labeller(text) for text, _ in rows]
        figures[f"{name} accuracy"] = _share(g == p for g, p in zip(gold, predicted, strict=True))
        figures[f"{name} macro-F1"] = macro_f1(gold, predicted, LABELS3)
    majority = max(LABELS3, key=gold.count)
    figures["majority-class accuracy"] = gold.count(majority) / len(gold)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="?", type=Path, help="labelled JSON Lines file")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--no-real", action="store_true", help="skip the NHS comments")
    args = parser.parse_args(argv)
    labelled = args.labelled or args.shared / "analysis" / "dev_corpus.jsonl"
    print(f"Labelled answers: {labelled}")
    for name, value in score_labelled(read_labelled(labelled)).items():
        print(f"  {name:45} {value:.3f}" if isinstance(value, float) else f"  {name:45} {value}")
    if not args.no_real:
        real = args.shared / "analysis" / "real" / "text_data.csv"
        print(f"Real NHS comments, sentiment against the sign of criticality: {real}")
        for name, value in score_nhs(read_nhs(real)).items():
            print(
                f"  {name:45} {value:.3f}" if isinstance(value, float) else f"  {name:45} {value}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
