"""How the language is chosen, kept, switched and recorded; numbers and plurals per language."""

from __future__ import annotations

import pytest
from flask import Blueprint, Flask, render_template_string
from flask.testing import FlaskClient
from i18n_pages import PARENT_CARER, LanguageWalk
from page_checks import ClientRequest
from sqlalchemy import select

from feedback import exchange
from feedback.extensions import db
from feedback.i18n import LANGUAGES
from feedback.models import Response


def language_of(client_request: ClientRequest, url: str, **headers: str) -> tuple[str, str]:
    page = client_request.get(url, headers=headers)
    root = page.select_one("html")
    return root["lang"], root["dir"]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ur", ("ur", "rtl")),
        ("ur-PK,ur;q=0.9,en;q=0.5", ("ur", "rtl")),
        ("ar-SA", ("ar", "rtl")),
        ("pl-PL,pl;q=0.9,en-GB;q=0.8", ("pl", "ltr")),
        ("pa-IN", ("pa", "ltr")),
        ("de-DE,fr;q=0.5", ("en", "ltr")),
        ("", ("en", "ltr")),
    ],
)
def test_a_first_visit_follows_the_browser_language(
    client_request: ClientRequest, accept_language: str, expected: tuple[str, str]
) -> None:
    headers = {"Accept-Language": accept_language} if accept_language else {}
    assert language_of(client_request, "/s/hsb-parent-carer", **headers) == expected


def test_a_link_with_lang_wins_and_is_kept_in_the_session(client_request: ClientRequest) -> None:
    browser = {"Accept-Language": "ur"}
    assert language_of(client_request, "/?lang=pl", **browser) == ("pl", "ltr")
    assert language_of(client_request, "/s/hsb-young-person", **browser) == ("pl", "ltr")
    assert language_of(client_request, "/?lang=ar") == ("ar", "rtl")
    assert language_of(client_request, "/resume") == ("ar", "rtl")


@pytest.mark.parametrize("unknown", ["xx", "EN", "", "../../etc", "pl<script>"])
def test_an_unknown_lang_is_ignored(client_request: ClientRequest, unknown: str) -> None:
    assert language_of(client_request, f"/?lang={unknown}", **{"Accept-Language": "ro"}) == (
        "ro",
        "ltr",
    )


def test_pages_vary_by_the_browser_language(client: FlaskClient) -> None:
    assert "Accept-Language" in client.get("/").headers["Vary"]


def test_every_respondent_page_offers_every_language_in_its_own_name(
    client_request: ClientRequest,
) -> None:
    page = client_request.get("/s/hsb-young-person/privacy?lang=ro")
    switcher = page.select_one("nav.language-switcher")
    assert switcher["aria-label"] == "Limba"
    links = {a["lang"]: a["href"] for a in switcher.select("a")}
    assert set(links) == set(LANGUAGES) - {"ro"}
    assert links["ur"] == "/s/hsb-young-person/privacy?lang=ur"
    current = switcher.select_one("[aria-current=true]")
    assert current.get_text(strip=True) == "Română" and current["lang"] == "ro"
    assert [a["dir"] for a in switcher.select("a[lang=ar], a[lang=ur]")] == ["rtl", "rtl"]


def test_the_switcher_keeps_the_rest_of_the_address(client_request: ClientRequest) -> None:
    LanguageWalk(client_request, "pl").answer_all("hsb-parent-carer", PARENT_CARER)
    page = client_request.get("/s/hsb-parent-carer/q/kept_informed?change=1")
    href = page.select_one(".language-switcher a[lang=ar]")["href"]
    assert href.startswith("/s/hsb-parent-carer/q/kept_informed?")
    assert "change=1" in href and "lang=ar" in href


def test_switching_mid_journey_keeps_the_answers_and_records_the_last_language(
    app: Flask, client_request: ClientRequest
) -> None:
    walk = LanguageWalk(client_request, "pl")
    walk.get("/s/hsb-parent-carer?lang=pl")
    first = walk.submit("/s/hsb-parent-carer")
    second = walk.submit(first.response.request.path, {"relationship": "foster_carer"})
    walk.submit(second.response.request.path, {"overall_experience": "positive"})
    with app.app_context():
        assert db.session.scalars(select(Response.language)).one() == "pl"

    # Switch to Urdu with the link on the page, go back, and find the answers given.
    switch = second.select_one(".language-switcher a[lang=ur]")["href"]
    urdu = LanguageWalk(client_request, "ur")
    page = urdu.get(switch)
    assert page.select_one("input[value=positive]").has_attr("checked")
    back = urdu.get(page.select_one(".back-link")["href"])
    assert back.select_one("input[value=foster_carer]").has_attr("checked")

    urdu.submit(page.response.request.path, {"overall_experience": "negative"})
    check = urdu.get("/s/hsb-parent-carer/check")
    assert "فوسٹر والدین" in check.text()  # the answer given in Polish, now shown in Urdu
    urdu.send("hsb-parent-carer")
    with app.app_context():
        [record] = [r.to_json_dict() for r in exchange.submitted_records()]
    assert record["language"] == "ur"
    assert record["answers"] == {"relationship": "foster_carer", "overall_experience": "negative"}


@pytest.mark.parametrize(
    ("language", "days", "expected"),
    [
        ("en", 1, "The code works for 1 day."),
        ("en", 30, "The code works for 30 days."),
        ("pl", 1, "Kod działa przez 1 dzień."),
        ("pl", 3, "Kod działa przez 3 dni."),
        ("pl", 30, "Kod działa przez 30 dni."),
        ("ro", 1, "Codul este valabil 1 zi."),
        ("ro", 7, "Codul este valabil 7 zile."),
        ("ro", 30, "Codul este valabil 30 de zile."),
        ("ar", 1, "يعمل الرمز لمدة يوم واحد."),
        ("ar", 2, "يعمل الرمز لمدة يومين."),
        ("ar", 7, "يعمل الرمز لمدة 7 أيام."),
        ("ar", 30, "يعمل الرمز لمدة 30 يومًا."),
        ("ur", 30, "یہ کوڈ 30 دن تک کام کرے گا"),
        ("pa", 30, "ਕੋਡ 30 ਦਿਨਾਂ ਲਈ ਕੰਮ ਕਰੇਗਾ।"),
    ],
)
def test_the_days_a_code_works_use_the_plural_forms_of_the_language(
    app: Flask, client_request: ClientRequest, language: str, days: int, expected: str
) -> None:
    app.config["RESUME_CODE_DAYS"] = days
    client_request.get(f"/s/hsb-parent-carer?lang={language}")
    client_request.submit("/s/hsb-parent-carer")
    saved = client_request.submit(
        "/s/hsb-parent-carer/q/relationship", {"relationship": "parent", "then": "save"}
    )
    assert expected in saved.text()


@pytest.mark.parametrize(
    ("language", "progress"),
    [
        ("en", "Question 1 of 13"),
        ("pl", "Pytanie 1 z 13"),
        ("ro", "Întrebarea 1 din 13"),
        ("ur", "13 میں سے سوال 1"),
        ("ar", "السؤال 1 من 13"),
        ("pa", "13 ਵਿੱਚੋਂ ਸਵਾਲ 1"),
    ],
)
def test_progress_is_written_the_way_the_language_reads(
    client_request: ClientRequest, language: str, progress: str
) -> None:
    client_request.get(f"/s/hsb-parent-carer?lang={language}")
    page = client_request.submit("/s/hsb-parent-carer")
    assert page.text(".caption") == progress


def test_pages_outside_the_respondent_journey_stay_in_english(app: Flask) -> None:
    english_only = Blueprint("english_only", __name__)

    @english_only.get("/english-only")
    def english_page() -> str:
        return render_template_string("{{ current_locale() }} {{ language_choices() | length }}")

    app.register_blueprint(english_only)
    client = app.test_client()
    response = client.get("/english-only?lang=ar", headers={"Accept-Language": "ur"})
    assert response.get_data(as_text=True) == "en 0"
