"""The report as a tagged PDF (PDF/UA-1) made by WeasyPrint from the HTML page, so the
headings, tables, alt text and reading order a screen reader needs come with it."""

from __future__ import annotations

from analysis.report.publication import Publication
from feedback.reports.html_page import html_page


def pdf_bytes(publication: Publication) -> bytes:
    from weasyprint import HTML  # heavy; loaded only when a PDF is asked for

    document = HTML(string=html_page(publication))
    return bytes(document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=b"hsb-feedback-report"))
