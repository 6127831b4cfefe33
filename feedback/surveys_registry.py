"""The questionnaires this site serves, loaded and validated once at start-up."""

from __future__ import annotations

from flask import Flask, abort, current_app

from surveys import Survey, load_surveys

EXTENSION_KEY = "feedback.surveys"


def setup_surveys(app: Flask) -> None:
    app.extensions[EXTENSION_KEY] = load_surveys()


def all_surveys() -> dict[str, Survey]:
    catalogue: dict[str, Survey] = current_app.extensions[EXTENSION_KEY]
    return catalogue


def survey_or_404(survey_id: str) -> Survey:
    survey = all_surveys().get(survey_id)
    if survey is None:
        abort(404)
    return survey
