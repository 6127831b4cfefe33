"""A test client that checks every page it renders, as GOV.UK Notify's `client_request` does.

Each HTML page must parse, have `lang` and `dir`, one `h1`, a `title` that starts
with the `h1`, unique ids, and labels and descriptions that point at real ids.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import html5lib
from bs4 import BeautifulSoup
from flask.testing import FlaskClient
from werkzeug.test import TestResponse


def check_page(html: str) -> BeautifulSoup:
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    page = BeautifulSoup(html, "html.parser")
    root = page.find("html")
    assert root is not None and root.get("lang"), "the page has no lang"
    assert root.get("dir") in ("ltr", "rtl"), "the page has no dir"
    headings = page.find_all("h1")
    assert len(headings) == 1, f"expected one h1, found {len(headings)}"
    title = page.title.get_text(" ", strip=True) if page.title else ""
    heading = headings[0].get_text(" ", strip=True)
    # An error page's title starts with "Error: ", or its translation, then the h1.
    unprefixed = title.split(": ", 1)[-1]
    assert heading and (title.startswith(heading) or unprefixed.startswith(heading)), (
        f"title {title!r} vs h1 {heading!r}"
    )
    ids = [tag["id"] for tag in page.find_all(id=True)]
    repeated = [i for i, n in Counter(ids).items() if n > 1]
    assert not repeated, f"ids used more than once: {repeated}"
    for label in page.find_all("label", attrs={"for": True}):
        assert label["for"] in ids, f"label for missing id {label['for']!r}"
    for tag in page.find_all(attrs={"aria-describedby": True}):
        for described in tag["aria-describedby"].split():
            assert described in ids, f"aria-describedby names missing id {described!r}"
    return page


@dataclass
class Page:
    response: TestResponse
    soup: BeautifulSoup | None = field(default=None)

    @property
    def status(self) -> int:
        return self.response.status_code

    def select(self, selector: str) -> list[Any]:
        assert self.soup is not None
        return list(self.soup.select(selector))

    def select_one(self, selector: str) -> Any:
        found = self.select(selector)
        assert found, f"nothing matches {selector!r}"
        return found[0]

    def text(self, selector: str = "main") -> str:
        return " ".join(self.select_one(selector).get_text(" ", strip=True).split())

    @property
    def h1(self) -> str:
        return self.text("h1")

    @property
    def title(self) -> str:
        return self.text("title")


class ClientRequest:
    """Requests through the Flask test client; every HTML page is checked on the way."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def get(self, url: str, expected_status: int = 200, **kwargs: Any) -> Page:
        return self._page(self.client.get(url, **kwargs), expected_status)

    def post(
        self,
        url: str,
        data: dict[str, Any] | None = None,
        expected_status: int = 302,
        **kwargs: Any,
    ) -> Page:
        return self._page(self.client.post(url, data=data or {}, **kwargs), expected_status)

    def submit(
        self,
        url: str,
        data: dict[str, Any] | None = None,
        expected_status: int = 200,
        form: str = "main form[method=post]",
    ) -> Page:
        """Open `url`, fill the first `form` with `data` and the CSRF token, follow redirects."""
        form_page = self.get(url)
        forms = form_page.select(form)
        assert forms, f"no {form} on {url}"
        chosen = forms[0]
        token = chosen.select_one("input[name=csrf_token]")
        fields = {**(data or {}), "csrf_token": token["value"] if token else ""}
        action = chosen.get("action") or url
        response = self.client.post(action, data=fields, follow_redirects=True)
        return self._page(response, expected_status)

    @staticmethod
    def _page(response: TestResponse, expected_status: int) -> Page:
        assert response.status_code == expected_status, (
            f"expected {expected_status}, got {response.status_code}"
        )
        if response.mimetype == "text/html" and response.status_code != 302:
            return Page(response, check_page(response.get_data(as_text=True)))
        return Page(response)
