"""Every link a researcher can follow leads somewhere real: from the home page, every table page,
canned query and article page of a model archive, each link of the archive's own is followed (no
404, no 500), and the links out of it are http(s) only."""

from __future__ import annotations

import asyncio
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from datasette.app import Datasette

from archiver.extract import extract_article
from archiver.publish import metadata_for
from archiver.store import Archive
from tests.conftest import ROOT, TORUN
from tests.site.generator import Site

# Each table page links to every sort order, facet and filter of itself: enough pages are followed
# to reach every kind of page many times over, not every combination of arguments.
MAX_PAGES = 900


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.found += [value for name, value in attrs if name == "href" and value]


def links_of(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.found


@pytest.fixture(scope="module")
def archive_site(tmp_path_factory):
    db = tmp_path_factory.mktemp("links") / "archive.db"
    site = Site(24, other_sections={"aktualnosci": 6, "prezydent": 4}, seed=3)
    archive = Archive(db)
    for article in site.articles:
        archive.save_article(extract_article(site.article_html(article), article.canonical, TORUN), section=article.sections[0])
    for article in site.articles[:3]:  # a history of more than one version
        site.edit_article(article)
        archive.save_article(extract_article(site.article_html(article), article.canonical, TORUN), section=article.sections[0])
    archive.close()
    ds = Datasette([str(db)], metadata=metadata_for(db, ROOT / "datasette-metadata.json"), settings={"sql_time_limit_ms": 3000})
    asyncio.run(ds.invoke_startup())
    return ds, db


def test_every_link_of_the_archive_leads_somewhere(archive_site):
    ds, db = archive_site
    import sqlite3

    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE '%fts%'")]
        article_ids = [r[0] for r in connection.execute("SELECT id FROM articles")]
        person = connection.execute("SELECT name FROM people ORDER BY id LIMIT 1").fetchone()[0]
    queries = ds.metadata("queries", database="archive")
    start = ["/", "/archive", *(f"/archive/{t}" for t in tables), *(f"/-/article/archive/{i}" for i in article_ids)]
    start += [f"/archive/{name}?q=sesja&person={person}&photographer=&section=rada-miasta" for name in queries]
    start += ["/archive/search?q=rada+miasta", "/archive/article_list?_search=sesji"]

    async def crawl():
        seen, queue, broken, outside = set(start), deque((path, None) for path in start), [], set()
        visited = 0
        while queue and visited < MAX_PAGES:
            path, referrer = queue.popleft()
            response = await ds.client.get(path, follow_redirects=True)
            visited += 1
            if response.status_code >= 400:
                broken.append((path, response.status_code, referrer))
                continue
            if "text/html" not in response.headers.get("content-type", ""):
                continue
            for href in links_of(response.text):
                target = urldefrag(urljoin("http://localhost" + path, href)).url
                parts = urlsplit(target)
                if parts.netloc != "localhost":
                    outside.add(parts.scheme)
                    continue
                local = parts.path + (f"?{parts.query}" if parts.query else "")
                if local not in seen:
                    seen.add(local)
                    queue.append((local, path))
        return visited, broken, outside

    visited, broken, outside = asyncio.run(crawl())
    assert not broken, broken[:20]
    assert outside <= {"http", "https"}
    assert visited >= len(start)
