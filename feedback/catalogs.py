"""The translation workflow: extract text into `translations/messages.pot` and check it is current.

Run from a source checkout, where `babel.cfg` says where the text lives.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
TEMPLATE = TRANSLATIONS / "messages.pot"
KEYWORDS = ("_l", "lazy_gettext")


class NotASourceCheckout(RuntimeError):
    pass


def extract(output: Path = TEMPLATE) -> None:
    if not (ROOT / "babel.cfg").exists():
        raise NotASourceCheckout(f"no babel.cfg in {ROOT}: run this from a source checkout")
    arguments = ["pybabel", "-q", "extract", "-F", "babel.cfg", "--sort-by-file"]
    arguments += [f"--keyword={keyword}" for keyword in KEYWORDS]
    arguments += ["--project=hsb-feedback", "--no-wrap", "-o", str(output.resolve()), "."]
    with contextlib.chdir(ROOT):  # so that locations in the catalog are relative
        CommandLineInterface().run(arguments)


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def template_problems() -> list[str]:
    """What is wrong with the committed template: missing, or out of date with the source."""
    if not TEMPLATE.exists():
        return [f"{TEMPLATE.relative_to(ROOT)} is missing: run `feedback translations extract`"]
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "messages.pot"
        extract(fresh)
        current, committed = _ids(read_catalog(fresh)), _ids(read_catalog(TEMPLATE))
    problems = [f"not in messages.pot: {message!r}" for message in sorted(current - committed)]
    problems += [f"no longer used: {message!r}" for message in sorted(committed - current)]
    if problems:
        problems.append("messages.pot is stale: run `feedback translations extract`")
    return problems


def _ids(catalog: Catalog) -> set[str]:
    return {str(message.id) for message in catalog if message.id}
