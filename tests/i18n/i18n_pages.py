"""Walk the respondent journey in one language and look for English left on its pages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

import html5lib
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from page_checks import ClientRequest, Page

from feedback import catalogs
from feedback.i18n import RIGHT_TO_LEFT

# Names and data that stay as they are in every language: a service's name, the key
# on the keyboard, and the resume code's English words (isolated in <bdi> on the page).
KEPT_AS_IS = frozenset({"Childline", "Shift"})
# Everyday English words that are not words of Polish or Romanian.
ENGLISH_WORDS = frozenset(
    {"the", "you", "your", "and", "what", "with", "have", "answers", "question", "continue"}
    | {"back", "help", "skip", "save", "send", "change", "page", "please", "carry", "start"}
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s")

YOUNG_PERSON = {
    "worker_listened": "very_positive",
    "understood_why": "positive",
    "panel_known": "yes",
    "panel_explained": "neutral",
    "wait_length": "long_time",
    "wait_text": "Czekałem długo",
    "help_helped": "positive",
    "family_helped": "dont_know",
    "best_thing": "مددگار",
    "change_one_thing": "ਘੱਟ ਉਡੀਕ",
    "anything_else": "Mulțumesc",
}
PARENT_CARER = {
    "relationship": "parent",
    "overall_experience": "positive",
    "kept_informed": "negative",
    "panel_purpose": "partly",
    "panel_outcome": "no",
    "time_to_panel": "3_6_months",
    "wait_too_long": "yes",
    "intervention_child": "very_positive",
    "intervention_family": "positive",
    "worker_relationship": "very_positive",
    "what_went_well": "شكرا",
    "what_could_improve": "زیادہ معلومات",
    "anything_else": "Dziękuję",
}
ANSWERS = {"hsb-young-person": YOUNG_PERSON, "hsb-parent-carer": PARENT_CARER}


@cache
def english_texts() -> tuple[str, ...]:
    """Every English text of the template long enough to be told apart, without placeholders."""
    with catalogs.TEMPLATE.open("rb") as handle:
        template = read_po(handle)
    texts = set()
    for message in template:
        for source in [message.id] if isinstance(message.id, str) else list(message.id):
            for part in PLACEHOLDER.split(source):
                if len(part.strip(" .:,")) >= 4 and part.strip() not in KEPT_AS_IS:
                    texts.add(part.strip(" .:,"))
    return tuple(sorted(texts, key=len, reverse=True))


def readable_text(soup: BeautifulSoup) -> str:
    """What a reader of the page sees or hears, less their own answers and the language names."""
    page = BeautifulSoup(str(soup), "html.parser")
    for own_words in page.select(
        ".language-switcher, bdi[dir=ltr], .answer-text, textarea, script"
    ):
        own_words.decompose()
    labels = [tag["aria-label"] for tag in page.select("[aria-label]")]
    return " ".join([page.get_text(" ", strip=True), *labels])


def english_left(soup: BeautifulSoup, language: str) -> list[str]:
    text = readable_text(soup)
    found = [english for english in english_texts() if english in text]
    words = set(LATIN_WORD.findall(text)) - KEPT_AS_IS
    if language in {"ur", "ar", "pa"}:
        found += sorted(words)
    else:
        found += sorted(w for w in words if w.lower() in ENGLISH_WORDS)
    return found


def check_language(page: Page, language: str) -> None:
    assert page.soup is not None
    root = page.soup.find("html")
    assert root is not None
    assert root["lang"] == language
    assert root["dir"] == ("rtl" if language in RIGHT_TO_LEFT else "ltr")
    left = english_left(page.soup, language)
    assert not left, f"English on {page.response.request.path} in {language}: {left}"


def check_error_page(html: str, language: str, error_word: str) -> BeautifulSoup:
    """A page with an error: its title starts with the translated 'Error:' (the page checker
    knows only the English one)."""
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    soup = BeautifulSoup(html, "html.parser")
    root = soup.find("html")
    assert root is not None and root["lang"] == language
    heading = soup.select_one("h1")
    assert heading is not None and soup.title is not None
    title = soup.title.get_text(" ", strip=True)
    assert title.startswith(f"{error_word} {heading.get_text(' ', strip=True)}"), title
    left = english_left(soup, language)
    assert not left, f"English on an error page in {language}: {left}"
    return soup


class LanguageWalk:
    """A respondent answering in one language; every page is checked for lang, dir and English."""

    def __init__(self, client_request: ClientRequest, language: str) -> None:
        self.client_request = client_request
        self.language = language
        self.pages: list[str] = []

    def checked(self, page: Page) -> Page:
        check_language(page, self.language)
        self.pages.append(page.response.request.path)
        return page

    def get(self, url: str, expected_status: int = 200) -> Page:
        return self.checked(self.client_request.get(url, expected_status))

    def submit(self, url: str, data: Mapping[str, object] | None = None, **kwargs: str) -> Page:
        return self.checked(self.client_request.submit(url, dict(data or {}), **kwargs))

    def answer_all(self, survey_id: str, answers: Mapping[str, object]) -> tuple[Page, list[str]]:
        """From the start page, in this language, to the check page."""
        self.get(f"/s/{survey_id}?lang={self.language}")
        page = self.submit(f"/s/{survey_id}")
        seen = []
        while "/q/" in page.response.request.path:
            question_id = page.response.request.path.rsplit("/", 1)[1]
            seen.append(question_id)
            value = answers.get(question_id)
            page = self.submit(
                page.response.request.path, {} if value is None else {question_id: value}
            )
            assert len(seen) < 40, "the journey does not end"
        assert page.response.request.path == f"/s/{survey_id}/check"
        return page, seen

    def send(self, survey_id: str) -> Page:
        return self.submit(f"/s/{survey_id}/check", form=f"form[action='/s/{survey_id}/check']")
