"""The site profile's URL rules: which links are articles of the crawled site."""

import pytest

from archiver.site.torun import clean_title, is_article_url, node_id_from_url, to_crawl_url

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
        (f"{BASE}/sites/default/files/attachments/uchwala.pdf", False),
        (f"{BASE}/pl", False),
        ("https://bip.torun.pl/pl/uchwala", False),
        ("https://www.facebook.com/sharer/sharer.php?u=x", False),
        ("javascript:window.print()", False),
        ("mailto:rada@um.torun.pl", False),
    ],
)
def test_article_urls(url, is_article):
    assert is_article_url(url, BASE) is is_article


def test_live_urls_map_onto_the_crawled_origin():
    assert to_crawl_url("https://www.torun.pl/sitemap.xml", BASE) == f"{BASE}/sitemap.xml"
    assert to_crawl_url("https://torun.pl/pl/a?b=1", BASE) == f"{BASE}/pl/a?b=1"
    assert to_crawl_url("https://bip.torun.pl/pl/a", BASE) == "https://bip.torun.pl/pl/a"


def test_node_ids_and_titles():
    assert node_id_from_url("https://www.torun.pl/pl/node/87123") == 87123
    assert node_id_from_url("https://www.torun.pl/pl/slug") is None
    assert clean_title("Spotkanie Konwentu | www.torun.pl") == "Spotkanie Konwentu"
