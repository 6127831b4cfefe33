"""A setuptools build step: compile the catalogs into the built package.

So that a plain `pip install .` serves every language without a compile step at
start-up. Registered in pyproject.toml under `[tool.setuptools.cmdclass]`.
"""

from __future__ import annotations

from pathlib import Path

from setuptools.command.build_py import build_py

from translations.compile import compile_catalogs


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        built = Path(self.build_lib) / "translations"
        if built.is_dir():  # an editable install compiles in the source tree at start-up
            for mo_file in compile_catalogs(built):
                self.announce(f"compiled {mo_file}", level=2)
