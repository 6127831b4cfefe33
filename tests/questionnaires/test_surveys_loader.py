"""Loading and validating questionnaire definitions."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from surveys import QuestionType, SurveyDefinitionError, load_survey_file, load_surveys

DESIGN_IDS = {
    "hsb-young-person": [
        "worker_listened", "understood_why", "panel_known", "panel_explained", "wait_length",
        "wait_text", "help_helped", "family_helped", "best_thing", "change_one_thing",
        "anything_else",
    ],
    "hsb-parent-carer": [
        "relationship", "overall_experience", "kept_informed", "panel_purpose", "panel_outcome",
        "time_to_panel", "wait_too_long", "intervention_child", "intervention_family",
        "worker_relationship", "what_went_well", "what_could_improve", "anything_else",
    ],
}  # fmt: skip

DESIGN_TYPES = {
    "panel_known": ("choice", ["yes", "no", "not_sure"]),
    "wait_length": ("choice", ["no_wait", "a_bit", "long_time", "dont_know"]),
    "relationship": ("choice", ["parent", "carer", "foster_carer", "other"]),
    "panel_purpose": ("choice", ["yes", "partly", "no"]),
    "panel_outcome": ("choice", ["yes", "partly", "no"]),
    "time_to_panel": (
        "choice",
        ["under_1_month", "1_3_months", "3_6_months", "over_6_months", "dont_know"],
    ),
    "wait_too_long": ("choice", ["yes", "no", "not_sure"]),
}

HEADER = """\
id: test-survey
group: young_person
title: A test
scale:
  very_positive: Great
  positive: Good
  neutral: OK
  negative: Bad
  very_negative: Awful
  dont_know: Don't know
questions:
"""


def write(tmp_path: Path, questions: str, header: str = HEADER) -> Path:
    path = tmp_path / "test-survey.yaml"
    path.write_text(header + textwrap.indent(textwrap.dedent(questions), "  "), encoding="utf-8")
    return path


def test_shipped_questionnaires_have_exactly_the_design_ids() -> None:
    catalogue = load_surveys()
    assert {sid: [q.id for q in s.questions] for sid, s in catalogue.items()} == DESIGN_IDS


def test_shipped_choices_have_exactly_the_design_values() -> None:
    questions = {q.id: q for s in load_surveys().values() for q in s.questions}
    for question_id, (kind, values) in DESIGN_TYPES.items():
        assert questions[question_id].type == kind
        assert list(questions[question_id].values) == values
    scale = [q for q in questions.values() if q.type is QuestionType.SCALE]
    assert all(
        q.values
        == ("very_positive", "positive", "neutral", "negative", "very_negative", "dont_know")
        for q in scale
    )
    assert all(q.max_length > 0 for q in questions.values() if q.type is QuestionType.TEXT)


def test_a_valid_definition_loads_with_every_question_type(tmp_path: Path) -> None:
    survey = load_survey_file(
        write(
            tmp_path,
            """
            - id: intro
              type: info
              title: About these questions
            - id: mood
              type: scale
              title: How was it?
            - id: pets
              type: multi_choice
              title: Which pets?
              options:
                - {value: cat, label: Cat}
                - {value: dog, label: Dog}
            - id: why
              type: text
              title: Why?
              max_length: 50
              show_if: {question: pets, any_of: [cat]}
            """,
        )
    )
    assert [q.type.value for q in survey.questions] == ["info", "scale", "multi_choice", "text"]
    assert survey.question("why").max_length == 50  # type: ignore[union-attr]
    assert [q.id for q in survey.route({"pets": ("dog",)})] == ["intro", "mood", "pets"]
    assert [q.id for q in survey.route({"pets": ("dog", "cat")})][-1] == "why"


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            "- {id: a, type: text, title: A, max_length: 5, colour: red}\n",
            "test-survey.yaml, question 'a': unknown key 'colour'",
        ),
        (
            "- {id: a, type: scale, title: A}\n- {id: a, type: scale, title: B}\n",
            "test-survey.yaml, question 'a': duplicate id",
        ),
        (
            "- {id: a, type: scale, title: A, show_if: {question: b, any_of: [yes]}}\n"
            "- {id: b, type: choice, title: B, options: [{value: 'yes', label: 'Yes'}]}\n",
            "test-survey.yaml, question 'a': show_if names 'b', which is not an earlier question",
        ),
        (
            "- {id: a, type: scale, title: A, show_if: {question: zzz, any_of: [x]}}\n",
            "test-survey.yaml, question 'a': show_if names 'zzz'",
        ),
        (
            "- {id: a, type: choice, title: A, options: []}\n",
            "test-survey.yaml, question 'a': the choice list is empty",
        ),
        (
            "- {id: a, type: choice, title: A}\n",
            "test-survey.yaml, question 'a': the choice list is empty",
        ),
        (
            "- {id: a, type: choice, title: A, options: [{value: yes, label: 'Yes'}]}\n",
            "test-survey.yaml, question 'a': option {'value': True",
        ),
        (
            "- {id: a, type: slider, title: A}\n",
            "test-survey.yaml, question 'a': type 'slider' is not one of",
        ),
        (
            "- {id: a, type: text, title: A}\n",
            "test-survey.yaml, question 'a': a text question needs a max_length",
        ),
        (
            "- {id: a, type: scale}\n",
            "test-survey.yaml, question 'a': 'title' must be some text",
        ),
        (
            "- {id: a, type: choice, title: A, options: [{value: x, label: X}]}\n"
            "- {id: b, type: scale, title: B, show_if: {question: a, any_of: [y]}}\n",
            "test-survey.yaml, question 'b': show_if value 'y' is not an option of 'a'",
        ),
        (
            "- {id: Bad-Id, type: scale, title: A}\n",
            "test-survey.yaml: question number 1 needs an id",
        ),
    ],
)
def test_problems_name_the_file_the_question_and_the_problem(
    tmp_path: Path, questions: str, expected: str
) -> None:
    with pytest.raises(SurveyDefinitionError) as raised:
        load_survey_file(write(tmp_path, questions))
    assert expected in str(raised.value)


def test_survey_level_problems_are_all_reported_together(tmp_path: Path) -> None:
    header = (
        "id: Test Survey\ngroup: pupils\ntitle: T\nscale: {positive: Good}\nhue: blue\nquestions:\n"
    )
    with pytest.raises(SurveyDefinitionError) as raised:
        load_survey_file(write(tmp_path, "- {id: a, type: scale, title: A}\n", header=header))
    message = str(raised.value)
    for expected in [
        "unknown key 'hue'",
        "survey id 'Test Survey' must be",
        "group 'pupils' must be one of",
        "'scale' has no label for very_positive",
    ]:
        assert expected in message


def test_invalid_yaml_is_reported_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(SurveyDefinitionError, match=r"broken\.yaml: not valid YAML"):
        load_survey_file(path)


def test_two_files_with_one_id_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "- {id: a, type: scale, title: A}\n")
    (tmp_path / "copy.yaml").write_text(
        (tmp_path / "test-survey.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(SurveyDefinitionError, match="used twice"):
        load_surveys(tmp_path)
