"""Progress and summary, read from Scrapy's stats: for a person, for scripts (JSON lines), for cron (quiet)."""

from __future__ import annotations

import json

from archiver.crawl.progress import duration, remaining_seconds
from tests.conftest import crawl
from tests.site.generator import Site
from tests.site.server import Fault


def test_the_time_left_comes_from_the_rate_so_far():
    # 20 articles in 10 s from 2 of 10 listing pages, 4 queued: 4 + 8 pages × 12 per page = 100 to go at 2/s.
    assert remaining_seconds(10.0, 20, 2, 9, 4) == 50.0
    assert remaining_seconds(10.0, 2, 1, 9, 0) is None, "no rate yet"
    assert remaining_seconds(10.0, 20, 2, None, 4) == 2.0, "the pager's last page unknown: what is queued"
    assert (duration(42), duration(125), duration(7325)) == ("42 s", "2 min 05 s", "2 h 02 min")


def test_progress_as_json_lines_for_scripts(site_server, tmp_path):
    site = Site(30, per_page=10)
    server = site_server(site)
    server.article_delay = 0.01

    result = crawl(server, tmp_path / "archive.db", "--progress", "json")

    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    kinds = [e["event"] for e in events]
    assert kinds[0] == "start" and kinds[-1] == "summary" and kinds.count("listing_page") == 3
    pages = [e for e in events if e["event"] == "listing_page"]
    assert [(p["page"], p["pages"]) for p in pages] == [(1, 3), (2, 3), (3, 3)]
    assert any(p["seconds_left"] is not None for p in pages[1:]), "an estimate once there is a rate"
    summary = events[-1]
    assert (summary["status"], summary["articles_new"], summary["total_articles"]) == ("complete", 30, 30)


def test_quiet_says_nothing_when_complete_and_the_summary_when_not(site_server, tmp_path):
    site = Site(8, per_page=10)
    server = site_server(site)
    db = tmp_path / "archive.db"

    complete = crawl(server, db, "-q")

    assert complete.returncode == 0 and complete.stderr == "", complete.stderr
    failing, _ = site.add_article(), site.add_article()
    server.faults[failing.path] = [Fault(500)] * 4
    partial = crawl(server, db, "-q")
    assert partial.returncode == 3
    assert "Crawl partial" in partial.stderr and "missing" in partial.stderr and "listing page 1" not in partial.stderr


def test_a_first_crawl_shows_where_it_is_and_how_long_is_left(site_server, tmp_path):
    site = Site(40, per_page=10)
    server = site_server(site)
    server.article_delay = 0.01

    result = crawl(server, tmp_path / "archive.db")

    assert "listing page 2 of 4" in result.stderr and "left" in result.stderr
    assert "section         rada-miasta of " in result.stderr
