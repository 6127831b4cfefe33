"""The report as a Word document a council can paste into a committee report."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as WordDocument
from docx.shared import Cm, RGBColor

from analysis.report.publication import Chart, Publication, Section, Table
from feedback.reports.charts import chart_png

REVIEW_RED = RGBColor(0xD4, 0x35, 0x1C)


def docx_bytes(publication: Publication) -> bytes:
    document = Document()
    document.core_properties.title = publication.title
    document.core_properties.language = "en-GB"
    document.add_heading(publication.title, level=0)
    _paragraphs(document, "Summary", (publication.summary,))
    _paragraphs(document, "Method", publication.method + publication.notes)
    document.add_heading("Findings", level=1)
    for section in publication.findings:
        _finding(document, section)
    _section(document, publication.themes)
    if publication.comparison:
        document.add_heading("Compared with the last period", level=1)
        _table(document, publication.comparison)
    _section(document, publication.delays)
    for table in publication.delay_tables:
        _table(document, table)
    _quotes(document, publication)
    _actions(document, publication)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraphs(document: WordDocument, heading: str, paragraphs: tuple[str, ...]) -> None:
    document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)


def _section(document: WordDocument, section: Section) -> None:
    _paragraphs(document, section.heading, section.paragraphs)
    if section.table:
        _table(document, section.table)


def _finding(document: WordDocument, section: Section) -> None:
    document.add_heading(section.heading, level=2)
    for text in section.paragraphs:
        document.add_paragraph(text)
    if section.chart:
        _chart(document, section.chart)
    if section.table:
        _table(document, section.table)


def _chart(document: WordDocument, chart: Chart) -> None:
    picture = document.add_picture(io.BytesIO(chart_png(chart)), width=Cm(15))
    properties = picture._inline.docPr  # python-docx has no alt-text API; the XML does
    properties.set("descr", chart.alt)
    properties.set("title", chart.title)


def _table(document: WordDocument, table: Table) -> None:
    document.add_paragraph(table.caption, style="Caption")
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text


def _quotes(document: WordDocument, publication: Publication) -> None:
    heading = document.add_heading(publication.quotes_heading, level=1)
    if publication.quotes_heading != "Quotes":
        for run in heading.runs:
            run.font.color.rgb = REVIEW_RED
    document.add_paragraph(publication.quotes_note)
    for quote in publication.quotes:
        document.add_paragraph(f"“{quote.text}”", style="Quote")
        who = quote.who if publication.quotes_heading == "Quotes" else f"{quote.who}, {quote.id}"
        document.add_paragraph(f"({who})")
    if not publication.quotes:
        document.add_paragraph("There are no quotes to show.")


def _actions(document: WordDocument, publication: Publication) -> None:
    document.add_heading("You said, we will", level=1)
    if not publication.actions:
        document.add_paragraph("The actions will be agreed when the feedback has been discussed.")
        return
    _table(
        document,
        Table(
            "What people told us and what we will do", ("You said", "We will"), publication.actions
        ),
    )
