"""Throughput of the analysis engine next to raw TextBlob `.sentiment`, on the same
generated answers in the same run, and the peak memory of the process.

    python benchmarks/analysis_speed.py [--count 100000] [--seed 7] [--rounds 20]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from textblob import TextBlob

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analysis import analyse  # noqa: E402  (the repository root is put on the path first)

OPENINGS = [
    "my worker was lovely",
    "It took ages to hear anything from the panel",
    "Nobody explained what the panel decided",
    "The sessions really helped him calm down",
    "we waited about four months for the assessment",
    "i was well nervous at the first meeting",
    "School and social care didn't talk to each other",
    "They kept us informed at every step",
    "nothing for us as parents",
    "the interpreter they booked spoke a different dialect",
    "Sam at CAMHS was brilliant with her",
    "no idea what the panel was for tbh",
]
MIDDLES = [
    "but the letters were full of jargon",
    "and she always listened to what i said",
    "although it felt like forever before anything started",
    "so we had to repeat everything to everyone",
    "and things at home are much calmer now",
    "but i still don't really know what happens next",
    "which made a big difference to all of us",
    "and we were left in the dark for weeks",
]
ENDINGS = [
    "Thanks for asking.",
    "Overall it was ok.",
    "Couldn't fault them in the end.",
    "Please ring me on 0115 496 0321 if you want to talk.",
    "I'd change the waiting, that's all.",
    "",
]


def generate(count: int, seed: int) -> list[str]:
    """Answers of one to three sentences, 10 to 60 words, like the real free text."""
    rng = random.Random(seed)
    answers = []
    for _ in range(count):
        parts = [rng.choice(OPENINGS)]
        if rng.random() < 0.7:
            parts.append(rng.choice(MIDDLES))
        text = " ".join(parts) + "."
        ending = rng.choice(ENDINGS)
        answers.append(f"{text} {ending}".strip())
    return answers


def seconds_for(job: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        job(text)
    return time.perf_counter() - start


def interleaved(
    jobs: tuple[Callable[[str], object], Callable[[str], object]], texts: list[str], rounds: int
) -> tuple[float, float]:
    """Time both jobs batch by batch, alternating, so that load from elsewhere on the
    machine falls on both alike instead of on whichever happened to run second."""
    size = max(1, len(texts) // rounds)
    totals = [0.0, 0.0]
    for start in range(0, len(texts), size):
        batch = texts[start : start + size]
        for index, job in enumerate(jobs):
            totals[index] += seconds_for(job, batch)
    return totals[0], totals[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=20, help="alternating batches")
    args = parser.parse_args(argv)
    texts = generate(args.count, args.seed)
    words = sum(len(text.split()) for text in texts) / len(texts)
    print(f"{len(texts)} generated answers, {words:.1f} words on average")
    analyse(texts[0], group="young_person", language="en")  # load the data files once
    engine_seconds, textblob_seconds = interleaved(
        (
            lambda text: analyse(text, group="young_person", language="en"),
            lambda text: TextBlob(text).sentiment,
        ),
        texts,
        rounds=args.rounds,
    )
    engine_rate, textblob_rate = len(texts) / engine_seconds, len(texts) / textblob_seconds
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"  engine                 {engine_rate:10.0f} answers/s  ({engine_seconds:.1f} s)")
    print(f"  raw TextBlob sentiment {textblob_rate:10.0f} answers/s  ({textblob_seconds:.1f} s)")
    print(f"  engine / TextBlob      {engine_rate / textblob_rate:10.2f}")
    print(f"  peak memory (max RSS)  {peak_kib / 1024:10.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
