"""Questionnaires as data: definitions, their model, skip logic and the exchange format."""

from surveys.loader import SurveyDefinitionError, load_survey_file, load_surveys
from surveys.model import SCALE_VALUES, Condition, Option, Question, QuestionType, Survey

__all__ = [
    "SCALE_VALUES",
    "Condition",
    "Option",
    "Question",
    "QuestionType",
    "Survey",
    "SurveyDefinitionError",
    "load_survey_file",
    "load_surveys",
]
