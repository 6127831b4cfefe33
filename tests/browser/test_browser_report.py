"""The published HTML report passes axe, on a desktop and on a phone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_helpers import violations
from click.testing import CliRunner
from conftest import new_page

from feedback.cli import main

SCENARIO = Path(__file__).parents[2].parent / "shared" / "scenarios" / "appendix-2021.jsonl"


@pytest.mark.skipif(not SCENARIO.exists(), reason=f"the shared scenarios are not at {SCENARIO}")
@pytest.mark.parametrize("width", [1280, 375])
def test_the_html_report_passes_axe(browser: Any, tmp_path: Path, width: int) -> None:
    report = tmp_path / "appendix.html"
    result = CliRunner().invoke(
        main, ["report", "--in", str(SCENARIO), "--format", "html", "--out", str(report)]
    )
    assert result.exit_code == 0, result.output
    page = new_page(browser, width=width)
    page.goto(report.as_uri())
    assert page.locator("h1").count() == 1
    assert violations(page) == []
    page.context.close()
