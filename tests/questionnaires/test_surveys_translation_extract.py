"""Questionnaire wording reaches the translation template; ids and values never do."""

from __future__ import annotations

import io

from feedback import catalogs
from surveys.babel_extract import extract

YAML = b"""\
id: s
title: Your say
scale:
  positive: Yes, mostly
questions:
  - id: panel_known
    type: choice
    title: Did you know?
    hint: A panel is a meeting.
    options:
      - value: not_sure
        label: I'm not sure
start:
  - heading: Who we are
    paragraphs:
      - We help families.
"""


def test_extracts_what_a_respondent_reads_with_line_numbers() -> None:
    messages = [(line, text) for line, _, text, _ in extract(io.BytesIO(YAML), [], [], {})]
    assert messages == [
        (2, "Your say"),
        (4, "Yes, mostly"),
        (8, "Did you know?"),
        (9, "A panel is a meeting."),
        (12, "I'm not sure"),
        (14, "Who we are"),
        (16, "We help families."),
    ]


def test_the_committed_template_is_up_to_date() -> None:
    assert catalogs.template_problems() == []
