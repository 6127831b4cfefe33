"""The catalogs: complete, current and compiled; `feedback translations check` catches each gap."""

from __future__ import annotations

import gettext
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from click.testing import CliRunner
from flask import Flask

from feedback import catalogs, config, i18n
from feedback.cli import main
from translations.compile import compile_catalogs, stale_catalogs


def test_the_committed_catalogs_pass_the_check() -> None:
    assert catalogs.problems() == []


def test_every_language_translates_every_message() -> None:
    with catalogs.TEMPLATE.open("rb") as handle:
        expected = sum(1 for message in read_po(handle) if message.id)
    assert catalogs.translated_counts() == dict.fromkeys(i18n.TRANSLATED, expected)


def test_the_check_command_passes_and_counts(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["translations", "check"])
    assert result.exit_code == 0, result.output
    assert "pl " in result.output and "ar " in result.output


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the catalogs that a test may break."""
    folder = tmp_path / "translations"
    shutil.copytree(catalogs.TRANSLATIONS, folder, ignore=shutil.ignore_patterns("*.mo", "*.py"))
    monkeypatch.setattr(catalogs, "TRANSLATIONS", folder)
    return folder


def rewrite(folder: Path, language: str, change: object) -> None:
    path = folder / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    change(catalog)  # type: ignore[operator]
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0)


def template() -> Catalog:
    return catalogs.read_catalog(catalogs.TEMPLATE)


def _set(message_id: str, string: object, fuzzy: bool = False) -> object:
    def change(catalog: Catalog) -> None:
        message = catalog[message_id]
        message.string = string
        if fuzzy:
            message.flags.add("fuzzy")

    return change


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_set("Back", "Wstecz", fuzzy=True), "'Back' is marked fuzzy"),
        (_set("Back", ""), "'Back' is not translated"),
        (_set("Back", "Back"), "'Back' is still in English"),
        (
            _set("Question %(number)s of %(total)s", "Pytanie %(number)s"),
            "the translation drops ['%(total)s']",
        ),
        (
            _set("Question %(number)s of %(total)s", "Pytanie %(numer)s z %(total)s"),
            "the translation has unknown ['%(numer)s']",
        ),
        (
            _set("The code works for %(num)s day. Keep it private.", ("Kod: %(num)s.", "Kod")),
            "'The code works for %(num)s day. Keep it private.' is not translated",
        ),
        (lambda catalog: catalog.delete("Back"), "'Back' is missing"),
    ],
)
def test_the_check_finds_each_kind_of_gap(scratch: Path, change: object, problem: str) -> None:
    rewrite(scratch, "pl", change)
    found = catalogs.catalog_problems("pl", template())
    assert any(problem in line for line in found), found
    assert catalogs.catalog_problems("ro", template()) == []


def test_the_check_command_fails_on_a_gap(scratch: Path) -> None:
    rewrite(scratch, "ar", _set("Back", "رجوع", fuzzy=True))
    result = CliRunner().invoke(main, ["translations", "check"])
    assert result.exit_code == 1
    assert "ar: 'Back' is marked fuzzy" in result.output


def test_a_missing_catalog_is_reported(scratch: Path) -> None:
    shutil.rmtree(scratch / "pa")
    assert catalogs.catalog_problems("pa", template()) == [
        "pa: no catalog: run `feedback translations update`"
    ]


def test_update_adds_new_text_to_every_catalog(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with catalogs.TEMPLATE.open("rb") as handle:
        grown = read_po(handle)
    grown.add("A sentence nobody has translated yet")
    pot = scratch / "messages.pot"
    with pot.open("wb") as handle:
        write_po(handle, grown, width=0)
    monkeypatch.setattr(catalogs, "TEMPLATE", pot)
    catalogs.update()
    found = catalogs.catalog_problems("ur", grown)
    assert found == ["ur: 'A sentence nobody has translated yet' is not translated"]


def test_compiled_catalogs_translate_with_the_plural_rules_of_each_language(tmp_path: Path) -> None:
    compile_catalogs(catalogs.TRANSLATIONS, tmp_path)
    singular = "The code works for %(num)s day. Keep it private."
    plural = "The code works for %(num)s days. Keep it private."

    def days(language: str, count: int) -> str:
        translations = gettext.translation("messages", str(tmp_path), [language])
        return translations.ngettext(singular, plural, count) % {"num": count}

    assert days("pl", 22).startswith("Kod działa przez 22 dni")
    assert days("pl", 21).startswith("Kod działa przez 21 dni")
    assert days("ro", 101).startswith("Codul este valabil 101 zile")
    assert days("ro", 120).startswith("Codul este valabil 120 de zile")
    assert days("ar", 2).startswith("يعمل الرمز لمدة يومين")
    assert days("ar", 11).startswith("يعمل الرمز لمدة 11 يومًا")


def test_a_changed_catalog_is_compiled_again(scratch: Path) -> None:
    assert len(stale_catalogs(scratch)) == len(i18n.TRANSLATED)
    compile_catalogs(scratch)
    assert stale_catalogs(scratch) == []


def test_start_up_compiles_into_the_instance_folder_when_the_package_is_read_only(
    app: Flask, scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(folder: Path, target: Path | None = None) -> list[Path]:
        if target is None:
            raise PermissionError(folder)
        return compile_catalogs(folder, target)

    monkeypatch.setattr(i18n, "translations_folder", lambda: scratch)
    monkeypatch.setattr(i18n, "compile_catalogs", read_only)
    folder = i18n.compiled_folder(app)
    assert folder == Path(app.instance_path) / "translations"
    assert (folder / "ur" / "LC_MESSAGES" / "messages.mo").exists()


def test_the_default_local_help_name_is_in_the_catalog(tmp_path: Path) -> None:
    default = config.settings(tmp_path, environ={})["LOCAL_HELP_NAME"]
    assert default in i18n.CONFIGURED_TEXT
    assert default in {message.id for message in template()}


def test_staff_pages_are_not_offered_for_translation() -> None:
    for message in template():
        for filename, _ in message.locations:
            assert not filename.startswith(("feedback/staff/", "feedback/templates/staff/"))
