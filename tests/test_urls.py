"""URLs from pages are data: only http(s) URLs survive, whatever disguise the others wear."""

import pytest

from archiver.urls import PageLinks, web_url

PAGE = "https://www.torun.pl/pl/artykul"

NOT_WEB = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "\x01\x02javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript\r:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "file:///etc/passwd",
    "mailto:biuro@torun.pl",
    "tel:+48566112233",
    "ftp://ftp.example.org/x",
    "http://[::1",
]


@pytest.mark.parametrize("value", NOT_WEB)
def test_anything_but_http_is_refused_even_against_a_base(value):
    assert web_url(value) is None
    assert web_url(value, PAGE) is None


def test_no_url_at_all_is_none():
    for value in ("", "   ", "\t\n", None, 42, "https:no-host"):
        assert web_url(value) is None


@pytest.mark.parametrize("value", ["javascript&colon;alert(1)", "javascript&#58;alert(1)", "&#106;avascript:alert(1)"])
def test_entity_encoded_schemes_never_become_a_link(value):
    # In a stored row (no base) they are no URL at all; on a page (with a base) they are a
    # harmless path of the page's own site, as a browser would read the decoded attribute.
    assert web_url(value) is None
    resolved = web_url(value, PAGE)
    assert resolved is None or resolved.startswith("https://www.torun.pl/")


def test_http_urls_are_kept_and_relative_ones_resolved():
    assert web_url("https://www.torun.pl/pl/x?a=1&copy=2") == "https://www.torun.pl/pl/x?a=1&copy=2"
    assert web_url("HTTP://WWW.TORUN.PL/x") == "HTTP://WWW.TORUN.PL/x"
    assert web_url("  https://www.torun.pl/x  ") == "https://www.torun.pl/x"
    assert web_url("/sites/default/files/a.pdf", PAGE) == "https://www.torun.pl/sites/default/files/a.pdf"
    assert web_url("b.jpg", PAGE) == "https://www.torun.pl/pl/b.jpg"
    assert web_url("//cdn.example.org/x.js", PAGE) == "https://cdn.example.org/x.js"
    assert web_url("/x") is None, "without a base, a path is not a web URL"


def test_page_links_keep_what_they_refused():
    links = PageLinks(PAGE)
    assert links.resolve("/a.pdf") == "https://www.torun.pl/a.pdf"
    assert links.resolve("javascript:alert(1)//x.pdf") is None
    assert links.resolve(None) is None and links.resolve("  ") is None
    assert links.rejected == ["javascript:alert(1)//x.pdf"]
