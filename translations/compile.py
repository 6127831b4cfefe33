"""Compile the `.po` catalogs into the `.mo` files that gettext reads.

Needs only Babel. The app compiles missing or stale catalogs when it starts.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "messages"


def catalog_files(folder: Path) -> list[Path]:
    """The `.po` file of every language in `folder`, in language order."""
    return sorted(folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def compiled_path(po_file: Path, target: Path | None = None) -> Path:
    if target is None:
        return po_file.with_suffix(".mo")
    language = po_file.parent.parent.name
    return target / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def stale_catalogs(folder: Path) -> list[Path]:
    """Catalogs whose `.mo` file is missing or older than the `.po` file."""
    stale = []
    for po_file in catalog_files(folder):
        mo_file = compiled_path(po_file)
        if not mo_file.exists() or mo_file.stat().st_mtime < po_file.stat().st_mtime:
            stale.append(po_file)
    return stale


def compile_catalogs(folder: Path, target: Path | None = None) -> list[Path]:
    """Write a `.mo` file for every catalog in `folder` (next to it, or under `target`).

    Fuzzy translations are left out, so that a doubtful one shows the English text
    rather than a wrong one; `feedback translations check` fails while any is fuzzy.
    """
    written = []
    for po_file in catalog_files(folder):
        with po_file.open("rb") as handle:
            catalog = read_po(handle, locale=po_file.parent.parent.name)
        mo_file = compiled_path(po_file, target)
        mo_file.parent.mkdir(parents=True, exist_ok=True)
        with mo_file.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(mo_file)
    return written
