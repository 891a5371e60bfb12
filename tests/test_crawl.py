"""End-to-end crawls of the model site on 127.0.0.1, each in a subprocess as a user runs them."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT, crawl, rows, run_archiver
from tests.site.generator import Site
from tests.site.server import Fault


def exported(db) -> dict[str, dict]:
    import json

    result = run_archiver("export", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return {article["url"]: article for article in map(json.loads, result.stdout.splitlines())}


def test_full_crawl_archives_every_article_once_with_its_fields(site_server, tmp_path):
    site = Site(36, per_page=10)
    server = site_server(site)
    db = tmp_path / "archive.db"

    result = crawl(server, db)

    assert result.returncode == 0, result.stderr
    assert "Crawl complete" in result.stderr
    assert "36 new, 0 changed, 0 unchanged" in result.stderr
    assert result.stderr.count("listing page ") == site.page_count
    articles = exported(db)
    assert len(articles) == len(site.articles) > 0
    for spec in site.articles:
        expected = spec.expected()
        article = articles[expected["url"]]
        for field in ("node_id", "title", "published_at", "lead", "tags", "images", "attachments", "credits"):
            assert article[field] == expected[field], (spec.slug, field)
        assert article["body_text"] == "\n\n".join(expected["paragraphs"])
        assert [(p["name"], p["role"]) for p in article["people"]] == expected["people"], spec.slug
        assert article["section"] == "Aktualności Rady Miasta"
        assert article["revisions"] == 1
    paths = server.paths()
    assert len(paths) == len(set(paths)), "a page was requested twice"
    assert all("torun-news-archive/" in entry.headers.get("User-Agent", "") for entry in server.log)
    assert not any(entry.headers.get("Cookie") for entry in server.log)
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert rows(db, "SELECT status, articles_new, errors FROM crawl_runs") == [("complete", 36, 0)]


def test_recrawl_never_duplicates_rows(site_server, tmp_path):
    server = site_server(Site(14, per_page=5))
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    tables = ["articles", "credits", "images", "attachments", "people", "organisations", "article_tags", "article_revisions"]
    before = {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables}

    again = crawl(server, db, "--full")

    assert again.returncode == 0, again.stderr
    assert "0 new, 0 changed, 14 unchanged" in again.stderr
    assert {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables} == before
    assert len(rows(db, "SELECT id FROM crawl_runs")) == 2


def test_robots_disallowed_articles_are_never_requested(site_server, tmp_path):
    site = Site(12, per_page=5)
    hidden = [site.listing_order()[1], site.listing_order()[7]]
    site.robots_extra = "\n".join(f"Disallow: {a.path}" for a in hidden)
    server = site_server(site)
    db = tmp_path / "archive.db"

    result = crawl(server, db)

    assert result.returncode == 0, result.stderr
    requested = set(server.paths())
    for article in hidden:
        assert article.path not in requested
    assert len(exported(db)) == 10
    assert "2 URLs skipped as disallowed" in result.stderr


@pytest.mark.parametrize("middleware,leaks", [("archiver.crawl.robots.StrictRobotsTxtMiddleware", False),
                                              ("scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware", True)])  # fmt: skip
def test_requests_queued_while_robots_downloads_obey_it(site_server, tmp_path, middleware, leaks):
    site = Site(1, robots_extra="Disallow: /pl/prywatne/")
    server = site_server(site)
    # A slow robots.txt, as from a busy city server, so requests pile up waiting for it.
    server.faults["/robots.txt"] = [Fault(200, {"Content-Type": "text/plain"}, site.robots_txt().encode(), delay=1.0)]
    import os
    import subprocess

    middlewares = ('{"scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None, '
                   '"archiver.crawl.robots.StrictRobotsTxtMiddleware": None, "%s": 100}' % middleware)  # fmt: skip
    settings = ["-s", f"ARCHIVER_BASE_URL={server.base_url}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
                "-s", "ITEM_PIPELINES={}", "-s", f"ARCHIVER_WARC_DIR={tmp_path / 'warc'}", "-s", f"DOWNLOADER_MIDDLEWARES={middlewares}".replace("None", "null")]  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "tests" / "robots_race_spider.py"), *settings],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env={**os.environ, "SCRAPY_SETTINGS_MODULE": "archiver.settings"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    requested = server.paths()
    assert requested[0] == "/robots.txt"
    assert any(p.startswith("/pl/publiczne/") for p in requested)
    assert any(p.startswith("/pl/prywatne/") for p in requested) == leaks


def test_crawl_delay_is_honoured(site_server, tmp_path):
    site = Site(3, crawl_delay=0.6)
    server = site_server(site)

    result = crawl(server, tmp_path / "archive.db")

    assert result.returncode == 0, result.stderr
    times = [entry.at for entry in server.log]
    assert len(times) == 6  # robots, listing, sitemap, 3 articles
    gaps = [later - earlier for earlier, later in zip(times[1:], times[2:])]
    assert min(gaps) >= 0.55, gaps


def test_retry_after_pauses_then_the_page_is_fetched(site_server, tmp_path):
    site = Site(4)
    server = site_server(site)
    listing = "/pl/rada-miasta/aktualnosci"
    server.faults[listing] = [Fault(503, {"Retry-After": "1"}), Fault(429, {"Retry-After": "1"})]

    result = crawl(server, tmp_path / "archive.db")

    assert result.returncode == 0, result.stderr
    listing_times = [entry.at for entry in server.log if entry.path == listing]
    assert len(listing_times) == 3
    assert listing_times[1] - listing_times[0] >= 0.95
    assert listing_times[2] - listing_times[1] >= 0.95
    assert "4 new" in result.stderr


def test_a_failed_page_is_recorded_and_the_crawl_goes_on(site_server, tmp_path):
    site = Site(8)
    failing = site.listing_order()[1]
    server = site_server(site)
    server.faults[failing.path] = [Fault(500)] * 4
    db = tmp_path / "archive.db"

    result = crawl(server, db)

    assert result.returncode == 3, "partial: some pages failed and will be retried"
    assert "Crawl partial" in result.stderr
    errors = dict(rows(db, "SELECT url, reason FROM crawl_errors"))
    assert errors == {server.base_url + failing.path: "HTTP 500 after retries"}
    assert len(exported(db)) == 7
    assert rows(db, "SELECT status, errors FROM crawl_runs") == [("partial", 1)]

    again = crawl(server, db)  # the faults are spent: the next run completes the archive

    assert again.returncode == 0, again.stderr
    assert len(exported(db)) == 8


def test_a_site_with_no_articles_fails_loudly(site_server, tmp_path):
    server = site_server(Site(0))
    result = crawl(server, tmp_path / "archive.db")
    assert result.returncode == 1
    assert "Crawl failed" in result.stderr
    assert "archiver check" in result.stderr


def test_scrapy_crawl_works_from_the_project_root(site_server, tmp_path):
    import os
    import subprocess

    server = site_server(Site(5))
    db = tmp_path / "archive.db"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-s", f"ARCHIVE_DB={db}",
         "-s", f"ARCHIVER_BASE_URL={server.base_url}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env={k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert rows(db, "SELECT count(*) FROM articles") == [(5,)]
