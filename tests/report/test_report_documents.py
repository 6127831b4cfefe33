"""The Word document, the PDF and the HTML page: the same content, laid out accessibly."""

from __future__ import annotations

import io
import re

import docx
import pytest
from bs4 import BeautifulSoup
from docx.document import Document as WordDocument
from pypdf import PdfReader
from report_helpers import scenario_2021

from analysis.report import Action, Report, Settings, build_report
from analysis.report.publication import FOR_REVIEW
from feedback.reports.render import render

ACTIONS = (Action("It took too long for the panel to hear our case", "Report waits every quarter"),)
TOPIC_HEADINGS = [
    "Overall experience",
    "Waiting and delay",
    "Understanding the panel",
    "The intervention and the child",
    "The intervention and the family",
]


@pytest.fixture(scope="module")
def report_2021() -> Report:
    return build_report(scenario_2021(), Settings(actions=ACTIONS))


@pytest.fixture(scope="module")
def word(report_2021: Report) -> WordDocument:
    return docx.Document(io.BytesIO(render(report_2021, "docx")))


@pytest.fixture(scope="module")
def pdf_text(report_2021: Report) -> str:
    reader = PdfReader(io.BytesIO(render(report_2021, "pdf")))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _headings(document: WordDocument) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def test_word_document_has_the_appendix_headings(word: WordDocument) -> None:
    headings = _headings(word)
    expected = ["Summary", "Method", "Findings", *TOPIC_HEADINGS, "What people wrote about"]
    expected += ["Delays", f"Quotes: {FOR_REVIEW}", "You said, we will"]
    assert [h for h in headings if h in expected] == expected


def test_word_document_has_a_chart_with_alt_text_per_finding(word: WordDocument) -> None:
    shapes = list(word.inline_shapes)
    assert len(shapes) == len(TOPIC_HEADINGS)
    for shape in shapes:
        assert shape._inline.docPr.get("descr", "").startswith("Bar chart of the share")


def test_word_document_has_the_tables(word: WordDocument) -> None:
    headers = [tuple(cell.text for cell in table.rows[0].cells) for table in word.tables]
    finding_header = ("Group", "Favourable", "Not favourable", "Answered", "Favourable (%)")
    assert headers.count(finding_header) == len(TOPIC_HEADINGS)
    assert ("Theme", "Group", "Mentioned it", "Did not", "Wrote comments", "How") in headers
    assert ("You said", "We will") in headers
    actions = word.tables[headers.index(("You said", "We will"))]
    assert actions.rows[1].cells[1].text == "Report waits every quarter"


def test_word_document_holds_the_summary_and_method(
    word: WordDocument, report_2021: Report
) -> None:
    text = "\n".join(p.text for p in word.paragraphs)
    assert report_2021.summary in text
    assert "4 young people and 7 parents and carers answered" in text
    assert "6 answered in an interview with a practice consultant" in text


def test_pdf_has_the_same_text(word: WordDocument, pdf_text: str) -> None:
    for paragraph in word.paragraphs:
        words = " ".join(paragraph.text.replace("“", "").replace("”", "").split())
        if words:
            assert words in pdf_text.replace("“", "").replace("”", "")


def test_pdf_is_tagged_for_accessibility(report_2021: Report) -> None:
    reader = PdfReader(io.BytesIO(render(report_2021, "pdf")))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "en"
    metadata = reader.xmp_metadata
    assert metadata is not None and "pdfuaid" in metadata.rdf_root.toxml()


def test_html_page_is_accessible(report_2021: Report) -> None:
    page = BeautifulSoup(render(report_2021, "html").decode(), "html.parser")
    assert page.html["lang"] == "en"
    assert len(page.select("h1")) == 1
    images = page.select("img")
    assert len(images) == len(TOPIC_HEADINGS)
    for image in images:
        assert image["alt"].startswith("Bar chart")
        assert image.find_parent("figure").find_next_sibling("table") is not None
    assert all(table.caption for table in page.select("table"))


def test_hostile_text_comes_back_escaped() -> None:
    from report_helpers import parents, records

    hostile = {"what_went_well": "<script>alert(1)</script> the sessions really helped us all"}
    report = build_report(records(parents([hostile] * 5)))
    html = render(report, "html").decode()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert re.search(r"q-[0-9a-f]{10}", html)  # candidate ids are shown for review
