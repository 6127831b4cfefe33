"""Respondent pages make no request to any other origin and set only the session cookie."""

from __future__ import annotations

from typing import Any

from browser_helpers import click_and_load, walk


def test_a_whole_journey_stays_on_the_site(phone: Any, live_server: str) -> None:
    page = phone
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    walk(page, live_server, "hsb-young-person", {"worker_listened": "positive"})
    page.click("button:has-text('Send my answers')")
    page.wait_for_url("**/done")
    elsewhere = [url for url in requested if not url.startswith(live_server + "/")]
    assert requested and elsewhere == []
    assert [cookie["name"] for cookie in page.context.cookies()] == ["session"]


SPEECH_STUB = """
window.__spoken = [];
const voices = %s;
Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
  speaking: false, getVoices: () => voices, cancel() {}, addEventListener() {},
  speak(utterance) { window.__spoken.push([utterance.text, utterance.lang]); },
}});
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
"""


def test_listen_reads_the_question_and_its_answers_where_a_voice_exists(
    phone: Any, live_server: str
) -> None:
    page = phone
    page.add_init_script(SPEECH_STUB % "[{lang: 'en-GB', name: 'English'}]")
    page.goto(f"{live_server}/s/hsb-young-person")
    click_and_load(page, "button:has-text('Start now')")
    page.click("button:has-text('Listen')")
    [(text, language)] = page.evaluate("window.__spoken")
    assert text.startswith("Did your worker listen to you?")
    assert "Yes, a lot" in text and "I don't know" in text
    assert language == "en"


def test_listen_is_hidden_where_no_voice_speaks_the_language(phone: Any, live_server: str) -> None:
    page = phone
    page.add_init_script(SPEECH_STUB % "[{lang: 'fr-FR', name: 'French'}]")
    page.goto(f"{live_server}/s/hsb-young-person")
    click_and_load(page, "button:has-text('Start now')")
    assert page.locator("[data-listen]").is_hidden()
