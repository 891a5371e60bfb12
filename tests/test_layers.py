"""The layers stay apart, as the README's architecture says: read from the imports themselves."""

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "archiver"
CITY = re.compile(r"toru[nń]", re.IGNORECASE)
PRODUCT_NAME = re.compile(r"torun[-_]news[-_]", re.IGNORECASE)  # the distribution's name, not the city


def modules(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def imported_from(path: Path, *prefixes: str) -> set[str]:
    return {name for name in imports(path) if any(name == p or name.startswith(p + ".") for p in prefixes)}


@pytest.mark.parametrize("path", modules("extract"), ids=lambda p: p.name)
def test_page_parsing_knows_no_crawler_no_database_and_no_particular_site(path):
    assert not imported_from(path, "scrapy", "sqlite3", "sqlite_utils", "archiver.crawl", "archiver.store", "archiver.publish")
    # the site's profile is an argument: its type may be named, never a particular site
    assert imported_from(path, "archiver.sites") <= {"archiver.sites"}


@pytest.mark.parametrize("path", modules("store"), ids=lambda p: p.name)
def test_storage_knows_neither_the_crawler_nor_the_publishing_side(path):
    assert not imported_from(path, "scrapy", "archiver.crawl", "archiver.publish", "datasette")


def test_the_spider_decides_what_to_fetch_and_never_opens_the_archive():
    for path in (PACKAGE / "crawl" / "spider.py", PACKAGE / "crawl" / "plan.py", ROOT / "spiders" / "news.py"):
        assert not imported_from(path, "archiver.store", "sqlite3", "sqlite_utils"), path


def test_no_module_outside_the_site_profiles_names_the_city():
    for path in [*modules(), *sorted((ROOT / "spiders").glob("*.py"))]:
        if "sites" in path.relative_to(ROOT).parts:
            continue
        text = PRODUCT_NAME.sub("", path.read_text(encoding="utf-8"))
        assert not CITY.search(text), f"{path.relative_to(ROOT)} names the city: {CITY.search(text).group()}"
        assert not imported_from(path, "archiver.sites.torun"), path
