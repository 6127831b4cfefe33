"""Which questions a person sees, given what they have answered."""

from __future__ import annotations

import pytest

from surveys import Condition, load_surveys

YOUNG = load_surveys()["hsb-young-person"]


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        ({}, True),
        ({"panel_known": "yes"}, True),
        ({"panel_known": "not_sure"}, True),
        ({"panel_known": "no"}, False),
    ],
)
def test_panel_explained_is_skipped_only_for_those_who_did_not_know(
    answers: dict[str, str], shown: bool
) -> None:
    assert YOUNG.question("panel_explained").is_shown(answers) is shown  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("condition", "answers", "holds"),
    [
        (Condition("q", any_of=("a",)), {"q": "a"}, True),
        (Condition("q", any_of=("a",)), {"q": "b"}, False),
        (Condition("q", any_of=("a",)), {}, False),
        (Condition("q", none_of=("a",)), {}, True),
        (Condition("q", none_of=("a",)), {"q": "a"}, False),
        (Condition("q", any_of=("a",)), {"q": ("b", "a")}, True),
        (Condition("q", none_of=("a",)), {"q": ("b", "a")}, False),
    ],
)
def test_conditions(condition: Condition, answers: dict[str, object], holds: bool) -> None:
    assert condition.holds(answers) is holds  # type: ignore[arg-type]


def test_next_and_previous_step_over_hidden_questions() -> None:
    answers = {"panel_known": "no", "wait_length": "no_wait"}
    assert YOUNG.next_after("panel_known", answers).id == "wait_length"  # type: ignore[union-attr]
    assert YOUNG.next_after("panel_explained", answers).id == "wait_length"  # type: ignore[union-attr]
    assert YOUNG.next_after("wait_length", answers).id == "help_helped"  # type: ignore[union-attr]
    assert YOUNG.previous_before("help_helped", answers).id == "wait_length"  # type: ignore[union-attr]
    assert YOUNG.previous_before("worker_listened", answers) is None
    assert YOUNG.next_after("anything_else", answers) is None


def test_shown_answers_leave_out_hidden_questions() -> None:
    answers = {"panel_known": "no", "panel_explained": "positive", "best_thing": "x"}
    assert YOUNG.shown_answers(answers) == {"panel_known": "no", "best_thing": "x"}
