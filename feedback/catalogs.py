"""The translation workflow: extract, update, compile and check the gettext catalogs.

Text is extracted into `translations/messages.pot`, merged into one `.po` catalog
per language, and compiled to `.mo`. Run from a source checkout, where `babel.cfg`
says where the text lives.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from feedback.i18n import TRANSLATED
from translations.compile import catalog_files, compile_catalogs

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
TEMPLATE = TRANSLATIONS / "messages.pot"
KEYWORDS = ("_l", "lazy_gettext")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s")


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


def update() -> list[Path]:
    """Merge the template into every language's catalog, starting any that is missing.

    A changed English text becomes a fuzzy translation, for a translator to review.
    """
    for language in TRANSLATED:
        arguments = ["pybabel", "-q", "update", "-i", str(TEMPLATE), "-d", str(TRANSLATIONS)]
        arguments += ["-l", language, "--init-missing", "--no-wrap", "--ignore-obsolete"]
        CommandLineInterface().run(arguments)
    return catalog_files(TRANSLATIONS)


def compile_all() -> list[Path]:
    return compile_catalogs(TRANSLATIONS)


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def catalog_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"


def problems() -> list[str]:
    """Everything that stops the catalogs being shipped: a stale template, gaps, doubts."""
    found = template_problems()
    template = read_catalog(TEMPLATE) if TEMPLATE.exists() else Catalog()
    for language in TRANSLATED:
        found += catalog_problems(language, template)
    return found


def translated_counts() -> dict[str, int]:
    """How many messages each language has translated (plural messages count once)."""
    counts = {}
    for language in TRANSLATED:
        catalog = read_catalog(catalog_path(language), locale=language)
        counts[language] = sum(1 for m in catalog if m.id and all(_forms(m)) and not m.fuzzy)
    return counts


def catalog_problems(language: str, template: Catalog) -> list[str]:
    """A language's gaps: missing, untranslated or fuzzy messages, and broken placeholders."""
    path = catalog_path(language)
    if not path.exists():
        return [f"{language}: no catalog: run `feedback translations update`"]
    catalog = read_catalog(path, locale=language)
    plurals = get_plural(language).num_plurals
    found = []
    if catalog.num_plurals != plurals:
        found.append(f"{language}: the Plural-Forms header should give {plurals} forms")
    for source in template:
        if not source.id:
            continue
        message = catalog.get(source.id)
        label = f"{language}: {_first(source.id)!r}"
        if message is None:
            found.append(f"{label} is missing: run `feedback translations update`")
        elif not all(_forms(message)):
            found.append(f"{label} is not translated")
        elif message.fuzzy:
            found.append(f"{label} is marked fuzzy: check the translation, then unmark it")
        elif set(_forms(message)) & set(_sources(message)):
            found.append(f"{label} is still in English")
        else:
            found += [f"{label}: {problem}" for problem in _placeholder_problems(message)]
        if message is not None and message.pluralizable and len(_forms(message)) != plurals:
            found.append(f"{label} needs {plurals} plural forms")
    return found


def _forms(message: Message) -> list[str]:
    string = message.string
    return list(string) if isinstance(string, tuple | list) else [string or ""]


def _sources(message: Message) -> list[str]:
    return [message.id] if isinstance(message.id, str) else list(message.id)


def _placeholder_problems(message: Message) -> list[str]:
    expected = set().union(*(PLACEHOLDER.findall(source) for source in _sources(message)))
    found = []
    for form in _forms(message):
        placeholders = set(PLACEHOLDER.findall(form))
        # A singular form may say "one" in words instead of showing the number.
        missing = expected - placeholders - ({"%(num)s"} if len(_forms(message)) > 1 else set())
        if missing:
            found.append(f"the translation drops {sorted(missing)}")
        if placeholders - expected:
            found.append(f"the translation has unknown {sorted(placeholders - expected)}")
    return found


def _first(text: str | tuple[str, ...] | list[str]) -> str:
    return text if isinstance(text, str) else text[0]


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
