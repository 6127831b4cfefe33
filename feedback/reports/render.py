"""One report, four formats: JSON for analysts; HTML, Word and PDF for publication."""

from __future__ import annotations

import json

from analysis.report import Report
from analysis.report.publication import publish

FORMATS = ("json", "html", "docx", "pdf")


def render(report: Report, form: str) -> bytes:
    if form == "json":
        return (json.dumps(report.to_json_dict(), indent=2, ensure_ascii=False) + "\n").encode()
    publication = publish(report)
    if form == "html":
        from feedback.reports.html_page import html_page

        return html_page(publication).encode()
    if form == "docx":
        from feedback.reports.word import docx_bytes

        return docx_bytes(publication)
    if form == "pdf":
        from feedback.reports.pdf import pdf_bytes

        return pdf_bytes(publication)
    raise ValueError(f"no report format {form!r}")
