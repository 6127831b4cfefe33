"""The report as one self-contained HTML page (charts inline), also the source of the PDF."""

from __future__ import annotations

import base64

from jinja2 import Environment, PackageLoader, select_autoescape

from analysis.report.publication import Publication
from feedback.reports.charts import chart_png

_environment = Environment(
    loader=PackageLoader("feedback.reports", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def html_page(publication: Publication) -> str:
    images = [
        base64.b64encode(chart_png(section.chart)).decode("ascii")
        for section in publication.findings
        if section.chart
    ]
    return _environment.get_template("report.html").render(report=publication, images=images)
