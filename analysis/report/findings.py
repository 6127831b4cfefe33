"""Headline findings: for each topic and group, how many answered favourably, in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.report.quantifiers import ABOUT_HALF, NONE, is_majority, quantifier
from analysis.report.topics import GROUP_NOUNS, GROUPS, TOPICS, Topic, tally
from surveys.exchange import ResponseRecord


@dataclass(frozen=True)
class Finding:
    topic: str
    group: str
    favourable: int
    answered: int
    quantifier: str
    statement: str  # the sentence without counts, safe to publish

    @property
    def unfavourable(self) -> int:
        return self.answered - self.favourable

    @property
    def sentence(self) -> str:
        """The statement with the exact count it rests on, for analysts."""
        told = self.favourable if _told_favourably(self) else self.unfavourable
        return f"{self.statement[:-1]} ({told} of {self.answered})."

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "group": self.group,
            "favourable": self.favourable,
            "answered": self.answered,
            "quantifier": self.quantifier,
            "sentence": self.sentence,
        }


def topic_findings(records: Sequence[ResponseRecord]) -> list[Finding]:
    """A finding for every topic asked of a group that has respondents, in table order."""
    findings = []
    for topic in TOPICS:
        for group in GROUPS:
            members = [record for record in records if record.group == group]
            if group in topic.questions and members:
                findings.append(finding(topic, group, members))
    return findings


def finding(topic: Topic, group: str, members: Sequence[ResponseRecord]) -> Finding:
    counts = tally(topic.questions[group], members)
    return Finding(
        topic=topic.id,
        group=group,
        favourable=counts.favourable,
        answered=counts.answered,
        quantifier=quantifier(counts.favourable, counts.answered),
        statement=statement(topic, group, counts.favourable, counts.answered),
    )


def statement(topic: Topic, group: str, favourable: int, answered: int) -> str:
    """'Most parents and carers who answered did not understand ...': told from the side
    of the majority, so a low share reads as what most people said."""
    noun = GROUP_NOUNS[group]
    if not answered:
        return f"No {noun} gave a definite answer about this."
    if favourable == 0 or is_majority(favourable, answered):
        return f"{subject(quantifier(favourable, answered), noun)} {topic.favourable}."
    unfavourable = answered - favourable
    return f"{subject(quantifier(unfavourable, answered), noun)} {topic.unfavourable}."


def subject(word: str, noun: str) -> str:
    if word in (NONE, ABOUT_HALF):
        return f"{_capital(word)} of the {noun} who answered"
    return f"{_capital(word)} {noun} who answered"


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _told_favourably(finding: Finding) -> bool:
    return finding.favourable == 0 or is_majority(finding.favourable, finding.answered)
