"""Bytes a first-time visitor downloads for a question page, uncompressed.

Fetches the heaviest question page (a scale with faces) and everything it links
to (stylesheets, scripts, images) through the app itself, on a throwaway SQLite
database. Budget: 30 KB. Exits 1 when over budget.

    python benchmarks/page_weight.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup
from flask_migrate import upgrade

from feedback import create_app

BUDGET_BYTES = 30 * 1024
PAGE = "/s/hsb-young-person/q/worker_listened"


def linked_resources(html: str) -> list[str]:
    page = BeautifulSoup(html, "html.parser")
    links = [tag["href"] for tag in page.select("link[rel=stylesheet][href]")]
    links += [tag["src"] for tag in page.select("script[src], img[src]")]
    return [str(link) for link in links]


def measure() -> list[tuple[str, int]]:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(
            {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{Path(folder) / 'weight.sqlite3'}",
             "SECRET_KEY": "page-weight"}
        )  # fmt: skip
        with app.app_context():
            upgrade(directory=app.extensions["migrate"].directory)
        client = app.test_client()
        start = client.get("/s/hsb-young-person").get_data(as_text=True)
        token = BeautifulSoup(start, "html.parser").select_one("input[name=csrf_token]")
        client.post("/s/hsb-young-person", data={"csrf_token": token["value"] if token else ""})
        html = client.get(PAGE).get_data()
        sizes = [(PAGE, len(html))]
        for url in linked_resources(html.decode()):
            sizes.append((url, len(client.get(url).get_data())))
        return sizes


def main() -> int:
    sizes = measure()
    total = sum(size for _, size in sizes)
    for url, size in sizes:
        print(f"{size:>8,} bytes  {url}")
    print(f"{total:>8,} bytes  total ({total / 1024:.1f} KB; budget {BUDGET_BYTES // 1024} KB)")
    return 0 if total <= BUDGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
