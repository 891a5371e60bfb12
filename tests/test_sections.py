"""The city's news as a whole: several sections of one site, each article once, with every section it is in."""

from __future__ import annotations

import json

from tests.conftest import crawl, rows, run_archiver
from tests.site.generator import SECTIONS, Site


def sections_of(db, node_id: int) -> list[str]:
    return [r[0] for r in rows(db, "SELECT article_sections.section FROM article_sections JOIN articles ON articles.id = article_id "
                                   "WHERE node_id = ? ORDER BY article_sections.section", [node_id])]  # fmt: skip


def test_every_section_each_article_once_with_all_its_sections(site_server, tmp_path):
    site = Site(30, per_page=10, other_sections={"aktualnosci": 12, "prezydent": 6})
    server = site_server(site)
    db = tmp_path / "archive.db"

    result = crawl(server, db, "--section", "all")

    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT node_id) FROM articles") == [(48, 48)]
    for article in site.articles:
        assert sections_of(db, article.node_id) == sorted(article.sections), article.node_id
    shared = [a for a in site.articles if len(a.sections) == 2]
    assert shared, "the model site lists some council articles in the city's news too"
    fetched = [p for p in server.paths() if site.by_path(p)]
    assert len(fetched) == len(set(fetched)) == 48, "an article in two sections is fetched once"
    assert rows(db, "SELECT section, finished FROM listing_walks ORDER BY section") == [
        ("aktualnosci", 1), ("prezydent", 1), ("rada-miasta", 1)]  # fmt: skip
    assert rows(db, "SELECT status FROM crawl_runs") == [("complete",)] * 3
    exported = {a["node_id"]: a for a in map(json.loads, run_archiver("export", "--db", str(db)).stdout.splitlines())}
    assert sorted(exported[shared[0].node_id]["sections"]) == ["aktualnosci", "rada-miasta"]
    stored = json.loads(rows(db, "SELECT sections FROM articles WHERE node_id = ?", [shared[0].node_id])[0][0])
    assert sorted(stored) == ["aktualnosci", "rada-miasta"], "the list Datasette facets on"


def test_the_default_crawl_is_the_council_news(site_server, tmp_path):
    site = Site(12, per_page=10, other_sections={"aktualnosci": 5})
    server = site_server(site)
    db = tmp_path / "archive.db"

    assert crawl(server, db).returncode == 0

    listings = {p.split("?")[0] for p in server.paths() if p.split("?")[0] in {path for path, _ in SECTIONS.values()}}
    assert listings == {SECTIONS["rada-miasta"][0]}
    assert rows(db, "SELECT count(*) FROM articles") == [(12,)]


def test_each_section_keeps_its_own_walk(site_server, tmp_path):
    site = Site(20, per_page=5, other_sections={"prezydent": 12})
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db, "--section", "all").returncode == 0
    new = site.add_article("prezydent")
    server.clear_log()

    result = crawl(server, db, "--section", "prezydent")

    assert result.returncode == 0, result.stderr
    prezydent = SECTIONS["prezydent"][0]
    assert sorted(server.paths()) == sorted(["/robots.txt", "/sitemap.xml", prezydent, f"{prezydent}?page=1", new.path])
    assert sections_of(db, new.node_id) == ["prezydent"]


def test_an_unknown_section_or_site_is_one_line(tmp_path):
    for args in (("--section", "sport"), ("--site", "gdansk")):
        result = run_archiver("crawl", "--db", str(tmp_path / "a.db"), "--base-url", "http://127.0.0.1:9", *args)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "a.db").exists()


def test_two_sections_crawled_at_once_into_one_archive(site_server, tmp_path):
    """Concurrent writers (WAL, a busy timeout, one short transaction per article): what Scrapyd does."""
    from tests.conftest import archive_is_consistent, start_crawl

    site = Site(20, per_page=10, other_sections={"aktualnosci": 15})
    server = site_server(site)
    server.article_delay = 0.01
    db = tmp_path / "archive.db"
    crawls = [start_crawl(server, db, "--section", section) for section in ("rada-miasta", "aktualnosci")]
    outcomes = [(process.wait(120), process.stderr.read()) for process in crawls]

    assert [code for code, _ in outcomes] == [0, 0], outcomes
    assert rows(db, "SELECT count(*), count(DISTINCT node_id) FROM articles") == [(35, 35)]
    for article in site.articles:
        assert sections_of(db, article.node_id) == sorted(article.sections), article.node_id
    assert rows(db, "SELECT status FROM crawl_runs") == [("complete",), ("complete",)]
    archive_is_consistent(db)
