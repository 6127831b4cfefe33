"""Language of each page: Flask-Babel wiring, language choice, and the catalogs in `translations/`.

A respondent's language comes from `?lang=` on any link (then kept in the session),
else from the browser's Accept-Language, else English. Staff pages stay in English.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from flask import Flask, request, session, url_for
from flask_babel import get_locale
from werkzeug import Response as HttpResponse

from feedback.extensions import babel
from translations.compile import compile_catalogs, stale_catalogs

log = logging.getLogger(__name__)

# Each language by its own name, as a reader of that language looks for it.
LANGUAGE_NAMES = {
    "en": "English",
    "pl": "Polski",
    "ro": "Română",
    "ur": "اردو",
    "ar": "العربية",
    "pa": "ਪੰਜਾਬੀ",
}
LANGUAGES = tuple(LANGUAGE_NAMES)
TRANSLATED = LANGUAGES[1:]
RIGHT_TO_LEFT = frozenset({"ar", "ur", "he", "fa"})
SESSION_KEY = "language"
QUERY_KEY = "lang"
# Blueprints whose pages are translated; other pages (staff, insights) are English only.
TRANSLATED_BLUEPRINTS = frozenset({"respond"})


def N_(message: str) -> str:
    """Mark text for the catalog that is translated where it is shown."""
    return message


# Text from settings, translated when the setting keeps its default (see config.py).
CONFIGURED_TEXT = (N_("Your social worker or the Children's Services duty team"),)


def translations_folder() -> Path:
    return Path(str(resources.files("translations")))


def is_translated_page() -> bool:
    # Pages that match no route (not found) have no blueprint: show them in the visitor's language.
    return request.blueprint is None or request.blueprint in TRANSLATED_BLUEPRINTS


def select_locale() -> str:
    if not is_translated_page():
        return "en"
    chosen = request.args.get(QUERY_KEY, "")
    if chosen in LANGUAGES:
        session[SESSION_KEY] = chosen
        return chosen
    remembered = session.get(SESSION_KEY)
    if remembered in LANGUAGES:
        return str(remembered)
    return request.accept_languages.best_match(LANGUAGES, default="en") or "en"


def text_direction() -> str:
    return "rtl" if str(get_locale()) in RIGHT_TO_LEFT else "ltr"


def number(value: int) -> str:
    """A count in the page's language; no grouping, as the counts shown here are small."""
    return format_decimal(value, locale=get_locale(), group_separator=False)


@dataclass(frozen=True)
class LanguageChoice:
    code: str
    name: str
    url: str
    current: bool

    @property
    def direction(self) -> str:
        return "rtl" if self.code in RIGHT_TO_LEFT else "ltr"


def language_choices() -> list[LanguageChoice]:
    """Links to this page in every language; answers are kept on the server, so none is lost."""
    if not is_translated_page():
        return []
    current = str(get_locale())
    endpoint, arguments = request.endpoint, dict(request.view_args or {})
    query = {key: value for key, value in request.args.items() if key != QUERY_KEY}
    choices = []
    for code, name in LANGUAGE_NAMES.items():
        if endpoint and request.method == "GET":
            values: dict[str, Any] = {**arguments, **query, QUERY_KEY: code}
            url = url_for(endpoint, **values)
        else:  # after a form was sent, or on a page not found: the same address, shown again
            url = f"{request.path}?{QUERY_KEY}={code}"
        choices.append(LanguageChoice(code, name, url, code == current))
    return choices


def compiled_folder(app: Flask) -> Path:
    """Where the compiled catalogs are, compiling any missing or stale ones first.

    The package ships `.po` files only; the first start compiles them next to the
    `.po` files, or into the instance folder when the package folder is read-only.
    """
    folder = translations_folder()
    if not stale_catalogs(folder):
        return folder
    try:
        compile_catalogs(folder)
        return folder
    except OSError:
        fallback = Path(app.instance_path) / "translations"
        compile_catalogs(folder, fallback)
        log.info("compiled translations into %s", fallback)
        return fallback


def setup_babel(app: Flask) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(compiled_folder(app)))
    babel.init_app(app, locale_selector=select_locale)
    app.jinja_env.globals.update(
        text_direction=text_direction,
        current_locale=get_locale,
        language_choices=language_choices,
        local_number=number,
    )

    @app.after_request
    def vary_by_language(response: HttpResponse) -> HttpResponse:
        if response.mimetype == "text/html":
            response.vary.add("Accept-Language")
        return response
