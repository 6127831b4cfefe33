"""The summary paragraph a committee reads, composed from the findings.

Each topic gives one clause whose words follow the share of people (pooled across the
groups asked); clauses that pull opposite ways are joined with "but" or "although".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analysis.report.findings import Finding
from analysis.report.quantifiers import quantifier, share
from analysis.report.topics import Tally

FAVOURABLE, UNFAVOURABLE = "favourable", "unfavourable"
OPENING = "For the young people and parents and carers who gave feedback, "


@dataclass(frozen=True)
class Clause:
    text: str
    leaning: str


def pooled(findings: Sequence[Finding], topic: str) -> Tally:
    chosen = [f for f in findings if f.topic == topic]
    return Tally(sum(f.favourable for f in chosen), sum(f.answered for f in chosen))


def overall_clause(counts: Tally) -> Clause:
    value = share(counts.favourable, counts.answered)
    if value > 0.6:
        return Clause("it was generally a positive experience", FAVOURABLE)
    if value >= 0.4:
        return Clause("it was a mixed experience", UNFAVOURABLE)
    return Clause("it was not generally a positive experience", UNFAVOURABLE)


def waiting_clause(counts: Tally) -> Clause:
    if counts.unfavourable == 0:
        return Clause("none felt they had waited too long for the panel", FAVOURABLE)
    word = quantifier(counts.unfavourable, counts.answered)
    return Clause(
        f"for {word} it had taken a long time for their child to be heard by the panel",
        UNFAVOURABLE,
    )


def panel_clause(counts: Tally) -> Clause:
    value = share(counts.favourable, counts.answered)
    if value > 0.6:
        return Clause("most understood the panel's purpose and outcomes", FAVOURABLE)
    if value >= 0.4:
        return Clause("only about half understood the panel's purpose and outcomes", UNFAVOURABLE)
    return Clause(
        "they did not appear to have a good understanding of the panel's purpose or outcomes",
        UNFAVOURABLE,
    )


def intervention_clause(child: Tally, family: Tally) -> Clause:
    for_child = quantifier(child.favourable, child.answered)
    for_family = quantifier(family.favourable, family.answered)
    leaning = FAVOURABLE if share(child.favourable, child.answered) >= 0.5 else UNFAVOURABLE
    if for_child == for_family:
        text = f"{for_child} felt the intervention had been positive for the child and the family"
    else:
        text = (
            f"{for_child} felt the intervention had been positive for the child"
            f" and {for_family} for the family"
        )
    return Clause(text, leaning)


def join(first: Clause | None, second: Clause | None, contrast: str) -> str:
    present = [clause for clause in (first, second) if clause]
    if len(present) == 2 and first and second:
        word = contrast if first.leaning != second.leaning else "and"
        return f"{first.text}, {word} {second.text}"
    return present[0].text if present else ""


def summary_paragraph(findings: Sequence[Finding]) -> str:
    """'...it was generally a positive experience, but for some it had taken a long
    time...; they did not appear to have a good understanding..., although most felt...'"""
    tallies = {f.topic: pooled(findings, f.topic) for f in findings}
    tallies = {topic: counts for topic, counts in tallies.items() if counts.answered}
    clauses = {topic: make(tallies[topic]) for topic, make in MAKERS.items() if topic in tallies}
    if "intervention_child" in tallies and "intervention_family" in tallies:
        clauses["intervention"] = intervention_clause(
            tallies["intervention_child"], tallies["intervention_family"]
        )
    halves = [
        join(clauses.get("overall_experience"), clauses.get("waiting_and_delay"), "but"),
        join(clauses.get("panel_understanding"), clauses.get("intervention"), "although"),
    ]
    body = "; ".join(half for half in halves if half)
    return f"{OPENING}{body}." if body else "There were no answers to summarise."


MAKERS: dict[str, Callable[[Tally], Clause]] = {
    "overall_experience": overall_clause,
    "waiting_and_delay": waiting_clause,
    "panel_understanding": panel_clause,
}
