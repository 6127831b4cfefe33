"""Load questionnaire definitions from YAML and validate them at start-up.

Every problem is reported with the file, the question and what is wrong, all
at once, so whoever edits a definition can fix it in one pass.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from surveys.model import (
    GROUPS,
    SCALE_VALUES,
    Condition,
    Option,
    Question,
    QuestionType,
    Section,
    Survey,
)

SURVEY_KEYS = {
    "id", "version", "group", "title", "scale_style", "scale", "start", "privacy", "questions",
}  # fmt: skip
QUESTION_KEYS = {"id", "type", "title", "hint", "options", "max_length", "show_if"}
OPTION_KEYS = {"value", "label"}
CONDITION_KEYS = {"question", "any_of", "none_of"}
SECTION_KEYS = {"heading", "paragraphs"}
SCALE_STYLES = ("faces", "words")
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
SURVEY_ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass(frozen=True)
class Problem:
    file: str
    question: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, question '{self.question}'" if self.question else self.file
        return f"{where}: {self.message}"


class SurveyDefinitionError(ValueError):
    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class _Reader:
    """Reads one file, collecting problems instead of stopping at the first."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, message: str, question: str | None = None) -> None:
        self.problems.append(Problem(self.file, question, message))

    def text(self, data: Mapping[str, Any], key: str, question: str | None = None) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.problem(f"'{key}' must be some text", question)
            return ""
        return value.strip()

    def unknown_keys(self, data: Mapping[str, Any], allowed: set[str], where: str | None) -> None:
        for key in sorted(set(data) - allowed):
            self.problem(f"unknown key '{key}'", where)


def load_survey_file(path: Path) -> Survey:
    raw = path.read_text(encoding="utf-8")
    reader = _Reader(path.name)
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        raise SurveyDefinitionError(
            [Problem(path.name, None, f"not valid YAML: {error}")]
        ) from None
    survey = _read_survey(reader, data, digest=hashlib.sha256(raw.encode()).hexdigest()[:16])
    if reader.problems or survey is None:
        raise SurveyDefinitionError(reader.problems)
    return survey


def definitions_folder() -> Path:
    return Path(str(resources.files("surveys") / "definitions"))


def load_surveys(folder: Path | None = None) -> dict[str, Survey]:
    """Every questionnaire in the folder, keyed by id; all files' problems raised together."""
    problems: list[Problem] = []
    catalogue: dict[str, Survey] = {}
    for path in sorted((folder or definitions_folder()).glob("*.yaml")):
        try:
            survey = load_survey_file(path)
        except SurveyDefinitionError as error:
            problems.extend(error.problems)
            continue
        if survey.id in catalogue:
            problems.append(Problem(path.name, None, f"survey id '{survey.id}' is used twice"))
        catalogue[survey.id] = survey
    if problems:
        raise SurveyDefinitionError(problems)
    return catalogue


def _read_survey(reader: _Reader, data: Any, digest: str) -> Survey | None:
    if not isinstance(data, dict):
        reader.problem("must be a mapping of survey settings")
        return None
    reader.unknown_keys(data, SURVEY_KEYS, None)
    survey_id = reader.text(data, "id")
    if survey_id and not SURVEY_ID_PATTERN.match(survey_id):
        reader.problem(f"survey id '{survey_id}' must be lower case letters, digits and hyphens")
    group = reader.text(data, "group")
    if group and group not in GROUPS:
        reader.problem(f"group '{group}' must be one of {', '.join(GROUPS)}")
    scale_style = data.get("scale_style", "words")
    if scale_style not in SCALE_STYLES:
        reader.problem(f"scale_style must be one of {', '.join(SCALE_STYLES)}")
    scale = _read_scale(reader, data.get("scale"))
    return Survey(
        id=survey_id,
        version=str(data.get("version", "1")),
        group=group,
        title=reader.text(data, "title"),
        scale_style=str(scale_style),
        start=_read_sections(reader, "start", data.get("start", [])),
        privacy=_read_sections(reader, "privacy", data.get("privacy", [])),
        questions=_read_questions(reader, data.get("questions"), scale),
        digest=digest,
    )


def _read_scale(reader: _Reader, data: Any) -> tuple[Option, ...]:
    if not isinstance(data, dict):
        reader.problem(f"'scale' must give a label for each of {', '.join(SCALE_VALUES)}")
        return ()
    for key in sorted(set(data) - set(SCALE_VALUES)):
        reader.problem(f"'scale' has unknown point '{key}'")
    missing = [value for value in SCALE_VALUES if value not in data]
    if missing:
        reader.problem(f"'scale' has no label for {', '.join(missing)}")
    return tuple(Option(v, str(data[v])) for v in SCALE_VALUES if v in data)


def _read_sections(reader: _Reader, key: str, data: Any) -> tuple[Section, ...]:
    if not isinstance(data, list):
        reader.problem(f"'{key}' must be a list of sections")
        return ()
    sections = []
    for item in data:
        if not isinstance(item, dict):
            reader.problem(f"each '{key}' section needs a heading and paragraphs")
            continue
        reader.unknown_keys(item, SECTION_KEYS, None)
        paragraphs = item.get("paragraphs")
        if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
            reader.problem(f"'paragraphs' in a {key} section must be a list of text")
            paragraphs = []
        sections.append(Section(reader.text(item, "heading"), tuple(p.strip() for p in paragraphs)))
    return tuple(sections)


def _read_questions(reader: _Reader, data: Any, scale: tuple[Option, ...]) -> tuple[Question, ...]:
    if not isinstance(data, list) or not data:
        reader.problem("'questions' must be a list with at least one question")
        return ()
    questions: list[Question] = []
    for position, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            reader.problem(f"question number {position} must be a mapping")
            continue
        question = _read_question(reader, item, scale, earlier=questions, position=position)
        if question is not None:
            questions.append(question)
    return tuple(questions)


def _read_question(
    reader: _Reader,
    data: dict[str, Any],
    scale: tuple[Option, ...],
    earlier: list[Question],
    position: int,
) -> Question | None:
    question_id = data.get("id")
    if not isinstance(question_id, str) or not ID_PATTERN.match(question_id):
        reader.problem(f"question number {position} needs an id of lower case letters and _")
        return None
    if any(q.id == question_id for q in earlier):
        reader.problem("duplicate id: this id is already used by an earlier question", question_id)
    reader.unknown_keys(data, QUESTION_KEYS, question_id)
    try:
        kind = QuestionType(str(data.get("type")))
    except ValueError:
        allowed = ", ".join(t.value for t in QuestionType)
        reader.problem(f"type '{data.get('type')}' is not one of {allowed}", question_id)
        return None
    return Question(
        id=question_id,
        type=kind,
        title=reader.text(data, "title", question_id),
        hint=str(data.get("hint", "")).strip(),
        options=_read_options(reader, data, kind, scale, question_id),
        max_length=_read_max_length(reader, data, kind, question_id),
        show_if=_read_condition(reader, data.get("show_if"), earlier, question_id),
    )


def _read_options(
    reader: _Reader, data: dict[str, Any], kind: QuestionType, scale: tuple[Option, ...], qid: str
) -> tuple[Option, ...]:
    if kind is QuestionType.SCALE:
        if "options" in data:
            reader.problem("a scale question takes its options from the survey's 'scale'", qid)
        return scale
    if kind not in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE):
        if "options" in data:
            reader.problem(f"a {kind.value} question has no options", qid)
        return ()
    raw = data.get("options")
    if not isinstance(raw, list) or not raw:
        reader.problem("the choice list is empty: give at least one option", qid)
        return ()
    options = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("value"), str):
            # YAML reads a bare yes/no as true/false, so values must be quoted.
            reader.problem(f"option {item!r} needs a quoted text 'value' and a 'label'", qid)
            continue
        reader.unknown_keys(item, OPTION_KEYS, qid)
        options.append(Option(item["value"], reader.text(item, "label", qid)))
    values = [option.value for option in options]
    for value in sorted({v for v in values if values.count(v) > 1}):
        reader.problem(f"option value '{value}' is used twice", qid)
    return tuple(options)


def _read_max_length(reader: _Reader, data: dict[str, Any], kind: QuestionType, qid: str) -> int:
    if kind is not QuestionType.TEXT:
        if "max_length" in data:
            reader.problem("only a text question has a max_length", qid)
        return 0
    value = data.get("max_length")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        reader.problem("a text question needs a max_length that is a whole number above 0", qid)
        return 1
    return value


def _read_condition(
    reader: _Reader, data: Any, earlier: list[Question], qid: str
) -> Condition | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        reader.problem("show_if must name a question and any_of or none_of", qid)
        return None
    reader.unknown_keys(data, CONDITION_KEYS, qid)
    target = data.get("question")
    source = next((q for q in earlier if q.id == target), None)
    if source is None:
        reader.problem(f"show_if names '{target}', which is not an earlier question", qid)
        return None
    any_of, none_of = data.get("any_of", []), data.get("none_of", [])
    if bool(any_of) == bool(none_of):
        reader.problem("show_if needs exactly one of any_of or none_of", qid)
        return None
    named = list(any_of or none_of)
    for value in named:
        if value not in source.values:
            reader.problem(f"show_if value {value!r} is not an option of '{target}'", qid)
    return Condition(question=str(target), any_of=tuple(any_of), none_of=tuple(none_of))
