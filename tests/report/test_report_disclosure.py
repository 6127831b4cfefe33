"""Disclosure control: no small count in any publication format, no quote from a small group."""

from __future__ import annotations

import io
import re

import docx
import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from report_helpers import parents, records, young_people

from analysis.report import Disclosure, Report, Settings, build_report
from analysis.report.publication import FOR_REVIEW, publish
from feedback.reports.render import render


@pytest.mark.parametrize(
    ("parts", "total", "shown", "total_shown"),
    [
        ([10, 12], None, ["10", "12"], "22"),
        ([3, 10], None, ["fewer than 5", "not shown"], "13"),
        ([0, 7], None, ["0", "7"], "7"),
        ([3, 0, 10], None, ["fewer than 5", "0", "not shown"], "13"),
        ([2, 2, 9], None, ["fewer than 5", "fewer than 5", "not shown"], "13"),
        ([2, 4, 9], None, ["fewer than 5", "fewer than 5", "9"], "15"),
        ([1, 2], None, ["fewer than 5", "fewer than 5"], "fewer than 5"),
        ([0, 3], None, ["not shown", "fewer than 5"], "fewer than 5"),
        ([6, 1], 7, ["not shown", "fewer than 5"], "7"),
    ],
)
def test_rows_are_protected(
    parts: list[int], total: int | None, shown: list[str], total_shown: str
) -> None:
    row = Disclosure().row(parts, total)
    assert [cell.text for cell in row.parts] == shown
    assert row.total.text == total_shown


def test_the_threshold_is_configurable() -> None:
    assert Disclosure(threshold=10).row([7, 20]).parts[0].text == "fewer than 10"
    assert Disclosure(threshold=3).row([3, 20]).parts[0].text == "3"


def test_a_percentage_is_shown_only_when_nothing_is_hidden() -> None:
    assert Disclosure().row([10, 10]).percent(0) == "50%"
    assert Disclosure().row([3, 17]).percent(0) == "not shown"


# Three said yes and three said no: a cell of 3 in every table of overall experience.
# Days and group sizes are chosen so that no other "3" appears in the documents.
THREES = [{"overall_experience": "positive"}] * 3 + [{"overall_experience": "negative"}] * 3


@pytest.fixture(scope="module")
def threes() -> Report:
    return build_report(records(parents(THREES, day=14)))


def _docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _html_text(content: bytes) -> str:
    return BeautifulSoup(content.decode(), "html.parser").get_text(" ")


EXTRACT = {"html": _html_text, "docx": _docx_text, "pdf": _pdf_text}


@pytest.mark.parametrize("form", ["html", "docx", "pdf"])
def test_a_cell_of_three_is_never_published(threes: Report, form: str) -> None:
    text = EXTRACT[form](render(threes, form))
    assert "fewer than 5" in text
    assert not re.search(r"\b3\b", text)
    assert "6 parents and carers" in text  # the size of each group is shown


def test_the_json_for_analysts_keeps_the_exact_count(threes: Report) -> None:
    finding = threes.to_json_dict()["findings"][0]
    assert (finding["favourable"], finding["answered"]) == (3, 6)


def test_the_html_table_hides_the_cell_and_its_partner(threes: Report) -> None:
    page = BeautifulSoup(render(threes, "html").decode(), "html.parser")
    row = page.select("table")[0].select("tbody tr")[0]
    assert [cell.get_text() for cell in row.select("td")] == [
        "fewer than 5",
        "fewer than 5",
        "6",
        "not shown",
    ]


LONG_TEXT = {"best_thing": "Talking to my worker every week really helped me a lot"}
PARENT_TEXT = {"what_went_well": "The sessions really helped our whole family to cope"}


def test_a_group_of_four_gives_no_quote() -> None:
    report = build_report(records(young_people([LONG_TEXT] * 4) + parents([PARENT_TEXT] * 5)))
    groups = {quote.group for quote in report.quotes}
    assert groups == {"parent_carer"}
    for form in ("html", "docx", "pdf"):
        assert "Talking to my worker" not in EXTRACT[form](render(report, form))


def test_a_group_at_the_threshold_gives_quotes() -> None:
    report = build_report(records(young_people([LONG_TEXT] * 5)))
    assert len(report.quotes) == 5


def test_quotes_come_from_redacted_text_and_never_from_a_disclosure() -> None:
    named = {"what_went_well": "Sarah Jones the worker was brilliant with him every week"}
    risk = {"anything_else": "He is still hurting my daughter at home and I am scared"}
    report = build_report(records(parents([named] * 5 + [risk])))
    texts = [quote.text for quote in report.quotes]
    assert texts and all("Sarah" not in text and "Jones" not in text for text in texts)
    assert all("scared" not in text for text in texts)


def test_without_approval_quotes_are_marked_for_review() -> None:
    report = build_report(records(parents([PARENT_TEXT] * 5)))
    publication = publish(report)
    assert FOR_REVIEW in publication.quotes_heading
    assert len(publication.quotes) == 5


def test_only_approved_quotes_are_published() -> None:
    answers = records(parents([PARENT_TEXT] * 5))
    first = build_report(answers).quotes[0].id
    report = build_report(answers, Settings(approved_quote_ids=frozenset({first, "q-unknown"})))
    publication = publish(report)
    assert publication.quotes_heading == "Quotes"
    assert [quote.id for quote in publication.quotes] == [first]
    assert FOR_REVIEW not in _html_text(render(report, "html"))
