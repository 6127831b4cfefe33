"""Headline findings, quantifiers, themes, delays and the summary, computed from answers."""

from __future__ import annotations

from typing import Any

import pytest
from report_helpers import parents, records, scenario_2021, young_people

from analysis.report import build_report, quantifier
from analysis.report.compare import compare
from analysis.report.findings import topic_findings
from analysis.report.summary import summary_paragraph


@pytest.fixture(scope="module")
def report_2021() -> dict[str, Any]:
    return build_report(scenario_2021()).to_json_dict()


def _finding(report: dict[str, Any], topic: str, group: str) -> dict[str, Any]:
    return next(f for f in report["findings"] if f["topic"] == topic and f["group"] == group)


@pytest.mark.parametrize(
    ("topic", "group", "favourable", "answered"),
    [
        ("overall_experience", "parent_carer", 5, 7),
        ("waiting_and_delay", "parent_carer", 4, 6),
        ("waiting_and_delay", "young_person", 2, 3),
        ("panel_understanding", "parent_carer", 1, 7),
        ("panel_understanding", "young_person", 0, 3),
        ("intervention_child", "parent_carer", 6, 7),
        ("intervention_child", "young_person", 3, 4),
        ("intervention_family", "parent_carer", 5, 7),
        ("intervention_family", "young_person", 2, 3),
    ],
)
def test_2021_scenario_gives_the_committee_findings(
    report_2021: dict[str, Any],
    topic: str,
    group: str,
    favourable: int,
    answered: int,
) -> None:
    found = _finding(report_2021, topic, group)
    assert (found["favourable"], found["answered"]) == (favourable, answered)
    told = favourable if favourable == 0 or favourable * 2 >= answered else answered - favourable
    assert found["sentence"].endswith(f"({told} of {answered}).")


def test_2021_young_people_were_not_asked_about_the_overall_experience(
    report_2021: dict[str, Any],
) -> None:
    assert not [
        f
        for f in report_2021["findings"]
        if f["topic"] == "overall_experience" and f["group"] == "young_person"
    ]
    assert report_2021["respondents"] == {"young_person": 4, "parent_carer": 7}


def test_2021_panel_sentence_says_most_did_not_understand(report_2021: dict[str, Any]) -> None:
    sentence = _finding(report_2021, "panel_understanding", "parent_carer")["sentence"]
    assert sentence.startswith("Most parents and carers")
    assert "did not understand the panel" in sentence


def test_2021_overall_experience_is_positive_for_most(report_2021: dict[str, Any]) -> None:
    found = _finding(report_2021, "overall_experience", "parent_carer")
    assert found["quantifier"] == "most"
    assert "positive experience" in found["sentence"] and " not " not in found["sentence"]


def test_2021_summary_reads_like_the_committee_report(report_2021: dict[str, Any]) -> None:
    summary = report_2021["summary"]
    for words in (
        "generally a positive experience, but for some it had taken a long time",
        "did not appear to have a good understanding of the panel's purpose or outcomes",
        "although most felt the intervention had been positive for the child and the family",
    ):
        assert words in summary


PANEL_UNDERSTOOD = {
    "overall_experience": "negative",
    "panel_purpose": "yes",
    "wait_too_long": "yes",
    "intervention_child": "negative",
    "intervention_family": "positive",
}
PANEL_NOT = {
    "overall_experience": "very_negative",
    "panel_purpose": "partly",
    "wait_too_long": "not_sure",
}


def test_other_answers_give_other_findings() -> None:
    answers = [PANEL_UNDERSTOOD] * 5 + [PANEL_NOT] * 2
    report = build_report(records(parents(answers))).to_json_dict()
    assert _finding(report, "panel_understanding", "parent_carer")["favourable"] == 5
    assert _finding(report, "panel_understanding", "parent_carer")["quantifier"] == "most"
    assert _finding(report, "overall_experience", "parent_carer")["favourable"] == 0
    assert _finding(report, "waiting_and_delay", "parent_carer")["answered"] == 5
    assert _finding(report, "intervention_child", "parent_carer")["answered"] == 5
    assert report["respondents"] == {"young_person": 0, "parent_carer": 7}
    assert "not generally a positive experience" in report["summary"]
    assert "most understood the panel" in report["summary"]
    assert "for all it had taken a long time" in report["summary"]


@pytest.mark.parametrize(
    ("topic", "question", "value", "counted"),
    [
        ("waiting_and_delay", "wait_too_long", "not_sure", False),
        ("waiting_and_delay", "wait_too_long", "yes", True),
        ("intervention_child", "intervention_child", "dont_know", False),
        ("intervention_child", "intervention_child", "neutral", True),
        ("panel_understanding", "panel_purpose", "partly", True),
        ("overall_experience", "overall_experience", None, False),
    ],
)
def test_dont_know_not_sure_and_skipped_are_not_answers(
    topic: str, question: str, value: str | None, counted: bool
) -> None:
    answers = {question: value} if value else {}
    found = next(f for f in topic_findings(records(parents([answers, {}]))) if f.topic == topic)
    assert found.answered == (1 if counted else 0)
    assert found.favourable == 0


@pytest.mark.parametrize(
    ("count", "total", "word"),
    [
        (0, 3, "none"),
        (1, 7, "a few"),
        (1, 4, "some"),
        (2, 5, "about half"),
        (3, 5, "about half"),
        (4, 6, "most"),
        (5, 7, "most"),
        (6, 7, "most"),
        (9, 10, "almost all"),
        (4, 4, "all"),
    ],
)
def test_quantifier_boundaries(count: int, total: int, word: str) -> None:
    assert quantifier(count, total) == word


def test_quantifier_refuses_an_impossible_share() -> None:
    with pytest.raises(ValueError):
        quantifier(5, 4)


def test_themes_come_from_the_free_text() -> None:
    texts = [{"what_could_improve": "We waited four months for the panel. Far too long."}] * 5
    report = build_report(records(parents(texts))).to_json_dict()
    waiting = next(t for t in report["themes"] if t["theme"] == "waiting_and_delay")
    assert (waiting["mentioned"], waiting["wrote"], waiting["negative"]) == (5, 5, 5)
    assert report["delays"]["free_text"]["durations_days"] == [120] * 5


def test_delays_from_case_dates_count_each_case_once(report_2021: dict[str, Any]) -> None:
    cases = report_2021["delays"]["referral_to_panel"]
    assert cases["cases"] == 7
    assert (cases["median_days"], cases["shortest_days"], cases["longest_days"]) == (43, 36, 219)
    assert cases["over_standard"] == 7 and cases["standard_days"] == 28
    assert report_2021["delays"]["time_to_panel"]["1_3_months"] == 3
    assert report_2021["delays"]["wait_length"]["long_time"] == 1
    assert report_2021["delays"]["free_text"]["durations_days"] == [150, 180]


def test_the_standard_for_delay_is_configurable() -> None:
    from analysis.report import Settings

    report = build_report(scenario_2021(), Settings(standard_days=45)).to_json_dict()
    assert report["delays"]["referral_to_panel"]["over_standard"] == 3


def test_two_periods_compare() -> None:
    now = topic_findings(records(parents([{"panel_purpose": "yes"}] * 6)))
    before = topic_findings(scenario_2021())
    change = next(c for c in compare(now, before) if c.now.topic == "panel_understanding")
    assert change.points == 86
    assert "all this period, against a few before" in change.statement


def test_summary_of_nothing_says_so() -> None:
    assert summary_paragraph([]) == "There were no answers to summarise."


def test_young_people_alone_give_their_own_findings() -> None:
    answers = [{"help_helped": "negative", "panel_explained": "positive"}] * 5
    found = {f.topic: f for f in topic_findings(records(young_people(answers)))}
    assert found["intervention_child"].quantifier == "none"
    assert found["panel_understanding"].statement.startswith(
        "All young people who answered understood"
    )
