"""The site profile's URL rules: which links are articles of the crawled site."""

import pytest

from tests.conftest import TORUN

BASE = "http://127.0.0.1:8088"


@pytest.mark.parametrize(
    "url,is_article",
    [
        (f"{BASE}/pl/spotkanie-konwentu-przewodniczacych-rad", True),
        (f"{BASE}/pl/node/87123", True),
        (f"{BASE}/pl/print/pdf/node/87123", False),
        (f"{BASE}/pl/search/node?keys=sesja", False),
        (f"{BASE}/pl/rada-miasta/aktualnosci", False),
        (f"{BASE}/pl/rada-miasta/aktualnosci?page=2", False),
        (f"{BASE}/pl/aktualnosci", False),  # every section's listing
        (f"{BASE}/pl/prezydent/aktualnosci/", False),
        (f"{BASE}/pl/printing-house-open-day", True),  # begins like /print/ but is not
        (f"{BASE}/pl/galerie-zdjec", False),
        (f"{BASE}/sites/default/files/attachments/uchwala.pdf", False),
        (f"{BASE}/pl", False),
        ("https://bip.torun.pl/pl/uchwala", False),
        ("https://www.facebook.com/sharer/sharer.php?u=x", False),
        ("javascript:window.print()", False),
        ("mailto:rada@um.torun.pl", False),
    ],
)
def test_article_urls(url, is_article):
    assert TORUN.is_article_url(url, BASE) is is_article


def test_live_urls_map_onto_the_crawled_origin():
    assert TORUN.to_crawl_url("https://www.torun.pl/sitemap.xml", BASE) == f"{BASE}/sitemap.xml"
    assert TORUN.to_crawl_url("https://torun.pl/pl/a?b=1", BASE) == f"{BASE}/pl/a?b=1"
    assert TORUN.to_crawl_url("https://bip.torun.pl/pl/a", BASE) == "https://bip.torun.pl/pl/a"


def test_live_urls_map_back_from_the_crawled_origin():
    assert TORUN.to_live_url(f"{BASE}/pl/a?b=1", BASE) == "https://www.torun.pl/pl/a?b=1"
    assert TORUN.to_live_url("https://bip.torun.pl/pl/a", BASE) == "https://bip.torun.pl/pl/a"


def test_sections_and_pages_of_a_listing():
    assert [s.name for s in TORUN.sections][0] == "rada-miasta" and TORUN.section("rada-miasta").verified
    assert TORUN.listing_url(TORUN.section("aktualnosci"), BASE) == f"{BASE}/pl/aktualnosci"
    assert TORUN.page_url(f"{BASE}/pl/aktualnosci?type=All", 3) == f"{BASE}/pl/aktualnosci?type=All&page=3"
    assert TORUN.page_number(f"{BASE}/pl/aktualnosci?page=12") == 12
    with pytest.raises(KeyError, match="no section"):
        TORUN.section("sport")


def test_node_ids_and_titles():
    assert TORUN.node_id_from_url("https://www.torun.pl/pl/node/87123") == 87123
    assert TORUN.node_id_from_url("https://www.torun.pl/pl/slug") is None
    assert TORUN.clean_title("Spotkanie Konwentu | www.torun.pl") == "Spotkanie Konwentu"


def test_no_module_outside_the_sites_package_names_a_city():
    """A site is a value: the extractors, the store, the crawl and the CLI take it as an argument."""
    from tests.conftest import ROOT

    city = TORUN.name
    for path in [*(ROOT / "archiver").rglob("*.py"), *(ROOT / "spiders").rglob("*.py")]:
        if "sites" in path.relative_to(ROOT).parts:
            continue
        source = path.read_text(encoding="utf-8")
        assert f"sites.{city}" not in source and f"sites import {city}" not in source, path
        assert TORUN.origin not in source and "Europe/Warsaw" not in source, path


def test_sitemaps_are_read_with_scrapys_sitemap_and_never_resolve_entities():
    from zoneinfo import ZoneInfo

    from archiver.crawl.sitemaps import read_sitemap

    zone = ZoneInfo("Europe/Warsaw")
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a/x</loc>'
              b"<lastmod>2025-06-24T12:40</lastmod></url><url><loc>https://a/y</loc></url></urlset>")  # fmt: skip
    assert read_sitemap(urlset, zone) == ({"https://a/x": "2025-06-24T12:40:00+02:00", "https://a/y": None}, [])
    index = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a/s1.xml</loc></sitemap></sitemapindex>'
    assert read_sitemap(index, zone) == ({}, ["https://a/s1.xml"])
    for junk in (b"", b"garbage <<<", b"<html><body>x</body></html>",
                 b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>'):  # fmt: skip
        assert read_sitemap(junk, zone) == ({}, [])
