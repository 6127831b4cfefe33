"""Both questionnaires completed end to end in every language, with no English left on a page."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from i18n_pages import ANSWERS, LanguageWalk, check_error_page
from page_checks import ClientRequest

from feedback import exchange
from feedback.i18n import TRANSLATED

ERROR_WORD = {"pl": "Błąd:", "ro": "Eroare:", "ur": "غلطی:", "ar": "خطأ:", "pa": "ਗਲਤੀ:"}
THANK_YOU = {
    "pl": "Dziękujemy, twoje odpowiedzi zostały wysłane",
    "ro": "Mulțumim, răspunsurile tale au fost trimise",
    "ur": "شکریہ، آپ کے جوابات بھیج دیے گئے ہیں",
    "ar": "شكرًا لك، تم إرسال إجاباتك",
    "pa": "ਧੰਨਵਾਦ, ਤੁਹਾਡੇ ਜਵਾਬ ਭੇਜ ਦਿੱਤੇ ਗਏ ਹਨ",
}


def exported(app: Flask) -> list[dict[str, object]]:
    with app.app_context():
        return [r.to_json_dict() for r in exchange.submitted_records()]


@pytest.mark.parametrize("survey_id", list(ANSWERS))
@pytest.mark.parametrize("language", TRANSLATED)
def test_questionnaire_completed_in_the_language(
    app: Flask, client_request: ClientRequest, language: str, survey_id: str
) -> None:
    walk = LanguageWalk(client_request, language)
    walk.get(f"/?lang={language}")
    walk.get(f"/s/{survey_id}/privacy")
    check, seen = walk.answer_all(survey_id, ANSWERS[survey_id])
    assert seen == list(ANSWERS[survey_id])
    assert ANSWERS[survey_id]["anything_else"] in check.text()
    done = walk.send(survey_id)
    assert done.h1 == THANK_YOU[language]
    [record] = exported(app)
    assert record["language"] == language
    assert record["answers"] == ANSWERS[survey_id]
    assert len(walk.pages) >= len(seen) + 4


@pytest.mark.parametrize("language", TRANSLATED)
def test_pages_off_the_main_path_are_translated(
    client_request: ClientRequest, language: str
) -> None:
    walk = LanguageWalk(client_request, language)
    walk.get(f"/?lang={language}")
    walk.get("/resume")
    walk.get("/no-such-page", expected_status=404)
    walk.get("/s/hsb-parent-carer?lang=" + language)
    walk.submit("/s/hsb-parent-carer")
    saved = walk.submit(
        "/s/hsb-parent-carer/q/relationship", {"relationship": "parent", "then": "save"}
    )
    assert saved.select(".resume-code bdi[dir=ltr]"), "the code reads left to right"
    assert saved.select(".language-switcher") == [], "switching would lose the code shown once"


@pytest.mark.parametrize("language", TRANSLATED)
def test_error_messages_are_translated(client: FlaskClient, language: str) -> None:
    page = client.get(f"/s/hsb-young-person?lang={language}")
    token = page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/s/hsb-young-person", data={"csrf_token": token})
    too_long = client.post(
        "/s/hsb-young-person/q/best_thing", data={"csrf_token": token, "best_thing": "x" * 1001}
    )
    assert too_long.status_code == 400
    soup = check_error_page(too_long.get_data(as_text=True), language, ERROR_WORD[language])
    message = soup.select_one(".error-message").get_text(" ", strip=True)
    assert "1001" in message and "1000" in message
    wrong_code = client.post("/resume", data={"csrf_token": token, "code": "no such code"})
    check_error_page(wrong_code.get_data(as_text=True), language, ERROR_WORD[language])
