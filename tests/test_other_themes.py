"""Pages of other themes, written blind (tests/labelled/other_themes): the site's profile does not match their
markup, and its fallbacks must still find what a reader sees there: the title, the date, the article's images
and its attachments (issue 12). How well the rest is read is measured by ``make quality``."""

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest

from archiver.extract import extract_article
from tests.conftest import TORUN

FOLDER = Path(__file__).parent / "labelled" / "other_themes"
PAGES = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("page", PAGES, ids=[p["page"] for p in PAGES])
def test_another_theme_s_title_date_images_and_attachments_are_found(page):
    article = extract_article((FOLDER / page["page"]).read_bytes(), page["url"], TORUN)
    assert " ".join(article["title"].split()) == " ".join(page["title"].split())
    assert (article["published_at"] or "")[:10] == (page["published"] or "")
    assert [i["url"] for i in article["images"]] == [urljoin(page["url"], i["src"]) for i in page["images"]]
    assert [a["url"] for a in article["attachments"]] == [urljoin(page["url"], a["href"]) for a in page["attachments"]]


def test_the_set_is_as_documented():
    assert len(PAGES) >= 40 and len({p["theme"] for p in PAGES}) >= 10
    assert all((FOLDER / p["page"]).exists() and p["url"].startswith("http") for p in PAGES)


def test_a_content_element_of_lines_after_line_breaks_keeps_every_line():
    page = """<html><head><title>Gmina Lisewo - Zmiana godzin pracy</title></head><body><table><tr><td>
    <font size="1">Licznik odwiedzin: 1234</font></td><td><div id="tresc">
    <font size="3"><b>Zmiana godzin pracy</b></font><br><font size="1">Dodano: 2024-07-01 07:35</font><br><br>
    <font size="2">Urząd będzie czynny od poniedziałku do piątku w godzinach od 7.30 do 15.00 przez całe wakacje.</font><br><br>
    <font size="2">Wnioski można składać w pokoju numer trzy albo przez platformę elektroniczną urzędu.</font><br><br>
    <font size="2">Za utrudnienia przepraszamy.</font><br></div></td></tr></table></body></html>"""
    article = extract_article(page, "http://www.lisewo.example.pl/aktualnosci.php?id=7", TORUN)
    assert article["title"] == "Zmiana godzin pracy" and article["published_at"].startswith("2024-07-01")
    for sentence in ("przez całe wakacje.", "platformę elektroniczną urzędu.", "Za utrudnienia przepraszamy."):
        assert sentence in article["body_text"]
    assert "Licznik odwiedzin" not in article["body_text"]
