"""Language of each page: Flask-Babel wiring and the catalogs in `translations/`."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from flask import Flask
from flask_babel import get_locale

from feedback.extensions import babel

LANGUAGES = ("en",)
RIGHT_TO_LEFT = frozenset({"ar", "ur", "he", "fa"})


def translations_folder() -> str:
    return str(Path(str(resources.files("translations"))))


def select_locale() -> str:
    return "en"


def text_direction() -> str:
    return "rtl" if str(get_locale()) in RIGHT_TO_LEFT else "ltr"


def setup_babel(app: Flask) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", translations_folder())
    babel.init_app(app, locale_selector=select_locale)
    app.jinja_env.globals.update(text_direction=text_direction, current_locale=get_locale)
