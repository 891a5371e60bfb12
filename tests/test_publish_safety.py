"""Publishing safely: nothing from a crawled page ever runs, and no request can stall the archive.

The attack corpus (tests/pages/hostile-*) is stored, then every page a reader can open is read as
a browser would: no script without the response's nonce, no event handler attribute, no link or
source that is not http(s) or the archive's own path. Rows written into the database by hand with
hostile URLs and HTML are rendered the same way. Hostile queries get an answer or a clear error.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

import lxml.html
import pytest
from datasette.app import Datasette

from archiver.extract import extract_article
from archiver.publish import metadata_for
from archiver.search import MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS, SNIPPET_SCAN_CHARACTERS
from archiver.store import Archive
from tests.conftest import ROOT, TORUN

PAGES = Path(__file__).parent / "pages"
HOSTILE_CASES = sorted(p for p in PAGES.iterdir() if p.name.startswith("hostile-"))
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset")
HAND_WRITTEN_URLS = [
    "javascript:alert('row')",
    "JAVASCRIPT:alert('row')",
    "  javascript:alert('row')",
    "\tjava\nscript:alert('row')",
    "data:text/html,<script>alert('row')</script>",
    "vbscript:msgbox('row')",
    "javascript&#58;alert('row')",
    "&#106;avascript:alert('row')",
]


def live_code(html: str, nonce: str | None) -> list[str]:
    """Everything in a page that could run script: the browser test's checks, read from the markup."""
    problems = []
    document = lxml.html.document_fromstring(html)
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "script" and element.get("nonce") != nonce:
            problems.append(f"script without the nonce: {lxml.html.tostring(element)[:120]!r}")
        if tag in ("iframe", "object", "embed", "frame", "base"):
            problems.append(f"<{tag}> element")
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"<{tag} {name}=…> event handler")
            if name.lower() in URL_ATTRIBUTES:
                cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
                if re.match(r"^[a-z][a-z0-9+.-]*:", cleaned) and not cleaned.startswith(("http:", "https:")):
                    problems.append(f"<{tag} {name}={value[:60]!r}>")
    return problems


def nonce_of(response) -> str | None:
    match = re.search(r"'nonce-([^']+)'", response.headers.get("content-security-policy", ""))
    return match.group(1) if match else None


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = tmp_path_factory.mktemp("safety") / "archive.db"
    archive = Archive(db)
    for case in HOSTILE_CASES:
        url = (case / "url.txt").read_text().strip()
        archive.save_article(extract_article((case / "page.html").read_bytes(), url, TORUN), fetched_url=url)
    archive.close()
    # Rows no crawl would write: the pages must stay safe even so (defence in depth).
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        for number, url in enumerate(HAND_WRITTEN_URLS):
            article_id = connection.execute(
                "INSERT INTO articles (node_id, url, title, body_html, body_text, status, published_at) VALUES (?, ?, ?, ?, ?, 'active', ?)",
                [99000 + number, url, f"Wiersz ręczny {number}",
                 f'<p>Tekst <a href="{url}">link</a><script>alert("html")</script><img src=x onerror=alert(1)></p>',
                 "Tekst", "2025-05-20T10:00:00+02:00"],
            ).lastrowid  # fmt: skip
            connection.execute("INSERT INTO images (article_id, position, url, alt) VALUES (?, 0, ?, 'obraz')", [article_id, url])
            connection.execute("INSERT INTO attachments (article_id, position, url, title) VALUES (?, 0, ?, 'plik')", [article_id, url])
            connection.execute("INSERT INTO licenses (id, url) VALUES (?, ?)", [f"LicenseRef-Test-{number}", url])
            connection.execute("INSERT INTO credits (article_id, position, role, license_id, raw) VALUES (?, 0, 'photo', ?, 'Fot.')",
                               [article_id, f"LicenseRef-Test-{number}"])  # fmt: skip
    return db


@pytest.fixture(scope="module")
def datasette(database):
    ds = Datasette([str(database)], metadata=metadata_for(database, ROOT / "datasette-metadata.json"),
                   settings={"sql_time_limit_ms": 3000})  # fmt: skip
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path):
    """A page as a browser ends on it (a table page first redirects to itself without its internal columns)."""
    return asyncio.run(ds.client.get(path, follow_redirects=True))


def article_ids(database) -> list[int]:
    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM articles ORDER BY id")]


# --- what was stored --------------------------------------------------------------------------
def test_every_hostile_case_is_stored_with_http_urls_only(database):
    with sqlite3.connect(database) as connection:
        for case in HOSTILE_CASES:
            expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
            (article_id, url) = connection.execute("SELECT id, url FROM articles WHERE url = ?", [expected["url"]]).fetchone()
            images = [r[0] for r in connection.execute("SELECT url FROM images WHERE article_id = ? ORDER BY position", [article_id])]
            attachments = [r[0] for r in connection.execute("SELECT url FROM attachments WHERE article_id = ? ORDER BY position", [article_id])]
            assert images == [i["url"] for i in expected.get("images", [])], case.name
            assert attachments == [a["url"] for a in expected.get("attachments", [])], case.name
            body_html = connection.execute("SELECT body_html FROM articles WHERE id = ?", [article_id]).fetchone()[0]
            assert not live_code(f"<html><body>{body_html}</body></html>", None), case.name


def test_a_crawl_counts_the_urls_it_refused(tmp_path):
    from tests.site.generator import Site
    from tests.site.server import Fault, SiteServer
    from tests.conftest import crawl, rows

    site = Site(6, per_page=10)
    with SiteServer(site) as server:
        hostile = (PAGES / "hostile-urls" / "page.html").read_bytes()
        server.faults[site.listing_order()[1].path] = [Fault(200, {"Content-Type": "text/html; charset=utf-8"}, hostile)]
        result = crawl(server, tmp_path / "archive.db")
    assert result.returncode == 0, result.stderr
    expected = json.loads((PAGES / "hostile-urls" / "expected.json").read_text(encoding="utf-8"))
    assert rows(tmp_path / "archive.db", "SELECT urls_rejected FROM crawl_runs") == [(len(expected["rejected_urls"]),)]
    assert f"{len(expected['rejected_urls'])} URLs that were not http(s) dropped" in result.stderr


# --- what readers see -------------------------------------------------------------------------
def test_no_page_of_the_archive_carries_live_code(datasette, database):
    paths = [f"/-/article/archive/{i}" for i in article_ids(database)]
    with sqlite3.connect(database) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    paths += ["/", "/archive"] + [f"/archive/{t}" for t in tables]
    paths += ["/archive/search?q=oszustami", "/archive/search?q=skrypty", "/archive/newest_articles", "/archive/articles_per_month",
              "/archive/articles_naming_person?person=Walkusz", "/archive/credits_by_photographer?photographer=",
              "/archive/photos_by_licence", "/archive/articles?_search=Komunikat"]  # fmt: skip
    for path in paths:
        response = get(datasette, path)
        assert response.status_code == 200, path
        assert not live_code(response.text, nonce_of(response)), path


def test_hand_written_hostile_urls_are_never_links(datasette, database):
    for article_id in article_ids(database)[-len(HAND_WRITTEN_URLS):]:
        html = get(datasette, f"/-/article/archive/{article_id}").text
        document = lxml.html.document_fromstring(html)
        hrefs = [a.get("href") for a in document.iter("a") if a.get("href") is not None]
        assert all(h.startswith(("/", "http://", "https://", "#")) for h in hrefs), hrefs
        assert "original on" not in html, "a non-http canonical URL gets no link"
        assert ">obraz<" in html and ">plik<" in html, "the image and attachment are still listed, as text"


def test_the_atom_feed_links_only_to_http(datasette):
    feed = get(datasette, "/archive/newest_articles.atom").text
    links = re.findall(r'<link href="([^"]*)"', feed)
    assert links and all(link.startswith(("http://", "https://")) for link in links), links


def test_security_headers_on_every_response(datasette):
    for path in ("/", "/archive/articles", "/archive/articles.json", "/archive/search.csv?q=sesja", "/-/article/archive/1",
                 "/-/article/archive/999999", "/-/static/app.css", "/nosuchpage"):  # fmt: skip
        response = get(datasette, path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self' 'nonce-" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0], path
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy and "base-uri 'none'" in policy, path
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin", path
        assert response.headers["x-frame-options"] == "DENY", path


def test_every_page_script_carries_a_fresh_nonce(datasette):
    first, second = get(datasette, "/archive/articles"), get(datasette, "/archive/articles")
    assert nonce_of(first) != nonce_of(second)
    scripts = lxml.html.document_fromstring(first.text).findall(".//script")
    assert scripts and all(s.get("nonce") == nonce_of(first) for s in scripts)
    assert "datasette_vega" in first.text and "'unsafe-eval'" in first.headers["content-security-policy"], "the chart compiles its specification"
    assert "'unsafe-eval'" not in get(datasette, "/archive/articles.json").headers["content-security-policy"], "only where the chart loads"
    article_policy = get(datasette, "/-/article/archive/1").headers["content-security-policy"]
    assert "style-src 'self' 'nonce-" in article_policy and "'unsafe-inline'" not in article_policy.replace("style-src-attr 'unsafe-inline'", "")
    editor = get(datasette, "/archive/search?q=sesja")
    assert "cm-resize" in editor.text and "style-src 'self' 'unsafe-inline'" in editor.headers["content-security-policy"], "the SQL editor styles itself"


# --- the article route follows Datasette's rules ----------------------------------------------
@pytest.mark.parametrize("path", ["/-/article/archive/99999999999999999999999", "/-/article/archive/-1", "/-/article/archive/abc",
                                  "/-/article/archive/1.5", "/-/article/archive/%C2%B2", "/-/article/_internal/1",
                                  "/-/article/nosuchdb/1"])  # fmt: skip
def test_the_article_page_answers_404_for_anything_but_an_article(datasette, path):
    response = asyncio.run(datasette.client.get(path, follow_redirects=True))  # Datasette redirects to ~-encoding
    assert response.status_code == 404


def test_the_article_page_takes_only_get(datasette):
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = asyncio.run(datasette.client.request(method, "/-/article/archive/1"))
        assert response.status_code == 405, method
        assert "GET" in response.headers["allow"]


def test_canned_queries_and_tables_answer_405_to_a_post(datasette):
    for path in ("/archive/search?q=sesja", "/archive/newest_articles", "/archive/articles", "/archive"):
        response = asyncio.run(datasette.client.post(path, data={"q": "sesja"}))
        assert response.status_code == 405, path


def test_the_article_page_follows_view_permissions(database):
    metadata = metadata_for(database, ROOT / "datasette-metadata.json")
    metadata["databases"]["archive"]["tables"]["articles"]["allow"] = {"id": "editor"}
    ds = Datasette([str(database)], metadata=metadata)
    assert get(ds, "/archive/articles").status_code == 403
    assert get(ds, "/-/article/archive/1").status_code == 403
    metadata["databases"]["archive"]["tables"]["articles"].pop("allow")
    metadata["databases"]["archive"]["allow"] = {"id": "editor"}
    ds = Datasette([str(database)], metadata=metadata)
    assert get(ds, "/-/article/archive/1").status_code == 403


# --- hostile queries --------------------------------------------------------------------------
HOSTILE_QUERIES = [
    "x" * (MAX_QUERY_CHARACTERS + 1),
    "słowo " * 2000,
    " ".join(f"w{n}a" for n in range(MAX_QUERY_WORDS + 1)),
    'NEAR(sesja rada, 2)', "NEAR(", '"unbalanced', "((sesja", "sesja)", "sesja OR", "AND", "* ^ - + :",
    "title:sesja", "{title lead}: sesja", "sesja\x00rada", "\x00", "💣" * 100, "'; drop table articles; --",
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_searches_get_an_answer_or_a_clear_error(datasette, query):
    for path in (f"/archive/search.json?q={quote(query)}", f"/archive/articles.json?_search={quote(query)}",
                 f"/archive/articles_naming_person.json?person={quote(query)}"):  # fmt: skip
        response = get(datasette, path)
        assert response.status_code in (200, 400), (path[:80], response.status_code, response.text[:200])
        if response.status_code == 400:
            assert re.search(r"limited to|cannot contain|fts5", response.json()["error"]), response.text[:200]


def test_a_search_over_the_caps_says_what_the_caps_are(datasette):
    response = get(datasette, f"/archive/search?q={'a' * (MAX_QUERY_CHARACTERS + 1)}")
    assert response.status_code == 400
    assert f"limited to {MAX_QUERY_CHARACTERS} characters" in response.text
    words = " ".join(["sesja"] * (MAX_QUERY_WORDS + 1))
    assert f"limited to {MAX_QUERY_WORDS} words" in get(datasette, f"/archive/search.json?q={quote(words)}").json()["error"]
    assert get(datasette, f"/archive/search.json?q={quote(' '.join(['sesja'] * MAX_QUERY_WORDS))}").status_code == 200


def test_invalid_utf8_in_the_url_is_not_a_server_error(datasette):
    for path in ("/archive/search?q=%FF%FE", "/archive/articles?_search=%C3", "/-/article/archive/%FF", "/archive/%FF"):
        assert get(datasette, path).status_code < 500, path


@pytest.mark.parametrize("sql", [
    "select length(randomblob(1000000000))",
    "select length(zeroblob(1000000000) || 'x')",
    "select length(group_concat(body_text || randomblob(1000000))) from articles, articles b, articles c",
    "select length(printf('%.*c', 1000000000, 'x'))",
    "select polish_query(printf('%.*c', 100000, 'a'))",
    "select polish_snippet(printf('%.*c', 5000000, 'a'), 'a')",
])  # fmt: skip
# sqlite3 reports a Python function's refusal (polish_query over the caps) through sys.unraisablehook too.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_memory_hungry_sql_fails_with_an_error(datasette, sql):
    response = get(datasette, f"/archive.json?sql={quote(sql)}&_shape=array")
    assert response.status_code in (200, 400), response.text[:200]
    if response.status_code == 200:  # a snippet of a long text is cut, not refused
        assert len(response.text) < SNIPPET_SCAN_CHARACTERS + 200
    else:
        assert response.json()["error"]


# --- what an outside attacker found, each now a test ------------------------------------------
@pytest.mark.parametrize("sql", [
    "select instr('abcabc', 'ca')", "select instr('zażółć', 'ół')", "select instr(x'0102030203', x'0203')", "select instr('abc', '')",
    "select instr(12345, 34)", "select instr(null, 'a')", "select replace('a.b.c', '.', '--')", "select replace('abc', '', 'x')",
    "select replace(123, 2, 9)", "select replace('zażółć', 'ż', 'z')", "select replace(null, 'a', 'b')",
])  # fmt: skip
def test_the_linear_instr_and_replace_answer_as_sqlites_own(datasette, sql):
    expected = sqlite3.connect(":memory:").execute(sql).fetchone()[0]
    response = get(datasette, f"/archive.json?sql={quote(sql)}&_shape=array")
    assert list(response.json()[0].values()) == [expected]


def test_instr_and_replace_are_the_plugins_own(datasette):
    # SQLite's versions take time ∝ haystack × needle in one step its time limit cannot interrupt;
    # the connection must answer with the plugin's (non-builtin) ones. Their speed is measured by `make bench`.
    sql = "select name, narg from pragma_function_list where builtin = 0 and name in ('instr', 'replace') order by name"
    assert get(datasette, f"/archive.json?sql={quote(sql)}&_shape=array").json() == [{"name": "instr", "narg": 2}, {"name": "replace", "narg": 3}]
    pathological = "select instr(zeroblob(4000000), zeroblob(40000) || x'01') as n"
    assert get(datasette, f"/archive.json?sql={quote(pathological)}&_shape=array").json() == [{"n": 0}]


def test_the_article_page_shows_only_the_tables_a_reader_may_see(database):
    metadata = metadata_for(database, ROOT / "datasette-metadata.json")
    tables = metadata["databases"]["archive"]["tables"]
    for denied in ("people", "credits", "images", "attachments", "tags", "article_revisions", "captures"):
        tables.setdefault(denied, {})["allow"] = False
    ds = Datasette([str(database)], metadata=metadata)
    assert get(ds, "/archive/people").status_code == 403
    response = get(ds, f"/-/article/archive/{article_ids(database)[1]}")
    assert response.status_code == 200
    html = response.text
    for section in ("People named", "<h2>Credits</h2>", "<h2>Images</h2>", "<h2>Attachments</h2>", "Tags:", "content hash", "Raw page"):
        assert section not in html, section


def test_control_characters_never_reach_the_archive_or_its_feed(tmp_path):
    page = (PAGES / "hostile-markup" / "page.html").read_text(encoding="utf-8").replace("Porządek obrad</a>", "Porządek&#1;&#x1B;[2J obrad</a>")
    page = page.replace('<span class="field field--name-title">Sesja', '<span class="field field--name-title">Ses&#1;ja&#x7f;')
    article = extract_article(page, "https://www.torun.pl/pl/uwaga-na-skrypty", TORUN)
    assert article["title"].startswith("Sesja <script>") and "[2J" in article["body_text"] and "\x1b" not in article["body_text"]
    db = tmp_path / "archive.db"
    archive = Archive(db)
    archive.save_article(article)
    archive.close()
    ds = Datasette([str(db)], metadata=metadata_for(db, ROOT / "datasette-metadata.json"))
    assert get(ds, "/archive/newest_articles.atom").status_code == 200


def test_a_request_cannot_switch_a_policy_on_by_quoting_its_marker(datasette):
    for path in ("/archive/articles?title__contains=/-/static/cm-resize-", "/archive/articles?title__contains=/-/static-plugins/datasette_vega/"):
        policy = get(datasette, path).headers["content-security-policy"]
        assert "style-src 'self' 'nonce-" in policy, path


def test_every_write_method_is_refused_everywhere(datasette):
    for method, path in (("POST", "/-/messages"), ("POST", "/-/permissions"), ("PUT", "/-/static/app.css"), ("DELETE", "/-/static/app.css"),
                         ("TRACE", "/-/versions"), ("POST", "/archive/-/query")):  # fmt: skip
        response = asyncio.run(datasette.client.request(method, path))
        assert response.status_code == 405, (method, path)


def test_the_refusal_page_links_only_within_the_archive(datasette):
    for path in ("//evil.example/login", "/\\evil.example/login"):
        response = get(datasette, f"{path}?q={'a' * (MAX_QUERY_CHARACTERS + 1)}")
        assert response.status_code == 400
        links = [a.get("href") for a in lxml.html.document_fromstring(response.text).iter("a")]
        assert links == ["/evil.example/login"], links


def test_too_many_facets_are_refused_and_a_stream_reads_full_pages(datasette):
    facets = "&".join(f"_facet={c}" for c in ["year", "month", "section"] * 4)
    response = get(datasette, f"/archive/articles.json?{facets}")
    assert response.status_code == 400 and "at most 10 facets" in response.json()["error"]
    streamed = get(datasette, "/archive/articles.csv?_stream=on&_size=1&_col=title")
    assert streamed.status_code == 200 and streamed.text.count("\n") == len(article_ids(datasette_database(datasette))) + 1


def datasette_database(ds) -> str:
    return next(db.path for name, db in ds.databases.items() if name == "archive")
