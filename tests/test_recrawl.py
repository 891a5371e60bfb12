"""Re-crawls: requests in proportion to what changed, history kept, raw pages kept, nothing lost."""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
import sys

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import archive_is_consistent, article_count, crawl, rows, run_archiver, start_crawl, wait_for
from tests.site.generator import LISTING_PATH, Site
from tests.site.server import Fault


@pytest.mark.parametrize("sitemap,budget", [(True, 10), (False, 8)])
def test_a_rerun_costs_requests_in_proportion_to_what_changed(site_server, tmp_path, sitemap, budget):
    site = Site(60, per_page=10, sitemap=sitemap)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    edited = site.listing_order()[45]  # on listing page 5: the walk will not get there
    site.edit_article(edited)
    new = [site.add_article() for _ in range(3)]
    server.clear_log()

    result = crawl(server, db)

    assert result.returncode == 0, result.stderr
    log = server.paths()
    expected = ["/robots.txt", "/sitemap.xml", LISTING_PATH, f"{LISTING_PATH}?page=1", *[a.path for a in new]]
    if sitemap:
        expected.append(edited.path)  # the sitemap's newer <lastmod> tells
    assert sorted(log) == sorted(expected)
    assert log[0] == "/robots.txt"
    assert len(log) <= budget
    assert rows(db, "SELECT count(*) FROM articles") == [(63,)]
    revisions = rows(db, "SELECT count(*) FROM article_revisions JOIN articles ON articles.id = article_id WHERE node_id = ?",
                     [edited.node_id])  # fmt: skip
    assert revisions == [(2 if sitemap else 1,)]
    assert "walk stops here" in result.stderr


def test_a_pinned_old_article_never_stops_the_walk(site_server, tmp_path):
    site = Site(30, per_page=5, sticky=1)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    pinned = next(a for a in site.articles if a.sticky)
    assert site.listing_order()[0] is pinned
    new = site.add_article()  # shown right under the pinned one
    server.clear_log()

    assert crawl(server, db).returncode == 0

    assert new.path in server.paths()
    assert rows(db, "SELECT count(*) FROM articles") == [(31,)]


def test_full_revalidates_with_conditional_requests_and_304_is_unchanged(site_server, tmp_path):
    site = Site(12, per_page=5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    server.clear_log()

    result = crawl(server, db, "--full")

    assert result.returncode == 0, result.stderr
    article_requests = [e for e in server.log if site.by_path(e.path)]
    assert len(article_requests) == 12
    assert all(e.headers.get("If-None-Match") and e.headers.get("If-Modified-Since") for e in article_requests)
    assert "12 unchanged (12 answered 304 Not Modified)" in result.stderr
    assert rows(db, "SELECT count(*) FROM article_revisions") == [(12,)]
    warc = rows(db, "SELECT warc_file FROM crawl_runs ORDER BY id DESC LIMIT 1")[0][0]
    with open(db.parent / warc, "rb") as stream:
        revisits = [r for r in ArchiveIterator(stream) if r.rec_type == "revisit"]
    assert len(revisits) == 12


def test_an_article_gone_from_the_site_is_marked_removed_not_deleted(site_server, tmp_path):
    site = Site(12, per_page=5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    gone = site.listing_order()[9]
    site.remove_article(gone)
    server.removed.add(gone.path)

    result = crawl(server, db)

    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT status, removed_at IS NOT NULL FROM articles WHERE node_id = ?", [gone.node_id]) == [("removed", 1)]
    assert rows(db, "SELECT count(*) FROM articles") == [(12,)]
    assert "1 removed from the site" in result.stderr


def test_every_response_is_kept_in_a_warc_with_its_index(site_server, tmp_path):
    site = Site(12, per_page=5)
    server = site_server(site)
    server.gzip = True
    db = tmp_path / "archive.db"

    assert crawl(server, db).returncode == 0

    (warc,) = (tmp_path / "warc").glob("*.warc.gz")
    assert rows(db, "SELECT warc_file FROM crawl_runs") == [(f"warc/{warc.name}",)], "relative to the archive's folder"
    records = {}
    with open(warc, "rb") as stream:
        for record in ArchiveIterator(stream, no_record_parse=False):
            records.setdefault(record.rec_type, []).append(record)
            if record.rec_type == "response":
                url = record.rec_headers.get_header("WARC-Target-URI")
                raw = record.raw_stream.read()
                if site.by_path(url.replace(server.base_url, "")):
                    assert raw[:2] == b"\x1f\x8b", "the body is kept as received, gzip included"
                    assert b"<article" in gzip.decompress(raw)
                links = [value for name, value in record.http_headers.headers if name.lower() == "link"]
                assert len(links) == 2, "repeated headers are kept"
    responses = [r.rec_headers.get_header("WARC-Target-URI") for r in records["response"]]
    requests = [r.rec_headers.get_header("WARC-Target-URI") for r in records["request"]]
    assert sorted(responses) == sorted(requests) == sorted(server.base_url + p for p in server.paths())
    assert f"{server.base_url}{LISTING_PATH}?page=1" in responses, "the full URL, query included"
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(warc)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr  # block and payload digests all verify
    assert "digest pass" in check.stdout
    index = warc.with_suffix("").with_suffix(".cdxj").read_text().splitlines()
    assert len(index) == len(responses)
    # every article links to its capture, and the capture holds its page
    from archiver.store.warc import read_capture

    for url, warc_file, offset in rows(db, "SELECT articles.fetched_url, warc_file, offset FROM articles JOIN captures ON captures.id = articles.capture_id"):
        page = read_capture(tmp_path / "warc", warc_file, offset)
        assert page.url == url and page.status == 200 and b"node--view-mode-full" in page.body
    assert rows(db, "SELECT count(*) FROM articles WHERE capture_id IS NULL") == [(0,)]


def test_media_are_kept_once_per_url(site_server, tmp_path):
    site = Site(10, per_page=5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    media = {i["url"] for a in site.articles for i in a.expected()["images"]} | {
        f["url"] for a in site.articles for f in a.expected()["attachments"]}  # fmt: skip

    assert crawl(server, db, "--media").returncode == 0
    first = [p for p in server.paths() if p.startswith("/sites/")]
    assert sorted(first) == sorted(u.replace("https://www.torun.pl", "") for u in media)
    server.clear_log()
    assert crawl(server, db, "--media", "--full").returncode == 0

    assert not [p for p in server.paths() if p.startswith("/sites/")]
    assert rows(db, "SELECT count(*) FROM captures WHERE kind = 'media'") == [(len(media),)]


def test_reparse_rebuilds_the_archive_from_the_warcs_without_the_network(site_server, tmp_path):
    site = Site(8, per_page=5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    before = run_archiver("export", "--db", str(db)).stdout
    server.__exit__(None, None, None)  # the site is gone
    import sqlite_utils

    damaged = sqlite_utils.Database(db)  # an extractor bug stored wrong text
    damaged.execute("PRAGMA foreign_keys = ON")
    damaged["articles"].update(1, {"body_text": "zepsute", "content_hash": "x"})
    damaged.close()

    result = run_archiver("reparse", "--db", str(db))

    assert result.returncode == 0, result.stderr
    assert "1 articles changed, 7 unchanged" in result.stderr
    after = [json.loads(line) for line in run_archiver("export", "--db", str(db)).stdout.splitlines()]
    assert [{k: v for k, v in a.items() if k not in ("last_seen_at", "revisions")} for a in after] == [
        {k: v for k, v in json.loads(line).items() if k not in ("last_seen_at", "revisions")} for line in before.splitlines()
    ]
    archive_is_consistent(db)


def test_a_failed_page_is_fetched_again_next_run_even_beyond_the_walk(site_server, tmp_path):
    site = Site(20, per_page=5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    deep = site.listing_order()[17]
    server.faults[deep.path] = [Fault(503)] * 4

    first = crawl(server, db)

    assert "Crawl partial" in first.stderr and first.returncode == 3
    assert rows(db, "SELECT status FROM crawl_runs") == [("partial",)]
    server.clear_log()
    second = crawl(server, db)

    assert second.returncode == 0, second.stderr
    assert "Crawl complete" in second.stderr
    assert deep.path in server.paths()
    assert f"{LISTING_PATH}?page=3" not in server.paths(), "the walk itself stopped early"
    assert rows(db, "SELECT count(*) FROM articles") == [(20,)]
    assert rows(db, "SELECT count(*) FROM crawl_errors WHERE resolved_at IS NULL") == [(0,)]


def test_a_crawl_killed_at_any_moment_leaves_a_consistent_archive(site_server, tmp_path):
    site = Site(30, per_page=10)
    server = site_server(site)
    server.article_delay = 0.05
    db = tmp_path / "archive.db"
    process = start_crawl(server, db)
    assert wait_for(lambda: article_count(db) >= 7)

    process.send_signal(signal.SIGKILL)
    process.wait(10)

    archive_is_consistent(db)
    stored = article_count(db)
    assert 7 <= stored < 30
    result = crawl(server, db)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT node_id) FROM articles") == [(30, 30)]
    assert rows(db, "SELECT status FROM crawl_runs ORDER BY id") == [("interrupted",), ("complete",)]
    assert rows(db, "SELECT count(*) FROM article_revisions") == [(30,)]
    archive_is_consistent(db)


def test_jobdir_pauses_and_resumes_a_full_crawl(site_server, tmp_path):
    site = Site(30, per_page=10)
    server = site_server(site)
    server.article_delay = 0.05
    db, jobdir = tmp_path / "archive.db", tmp_path / "job"
    process = start_crawl(server, db, "--full", "--jobdir", str(jobdir))
    assert wait_for(lambda: article_count(db) >= 5)

    process.send_signal(signal.SIGINT)  # Ctrl+C: Scrapy finishes what is in flight and saves its queue
    process.communicate(timeout=60)
    paused_at = article_count(db)
    assert paused_at < 30
    server.article_delay = 0
    result = crawl(server, db, "--full", "--jobdir", str(jobdir))

    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT node_id) FROM articles") == [(30, 30)]
    fetched = [p for p in server.paths() if site.by_path(p)]
    assert len(fetched) == len(set(fetched)) == 30, "no article fetched twice across the pause"


CP1250_PAGE = """<html><head><meta charset="windows-1250"><title>Żółta łódź | www.torun.pl</title></head><body>
<article class="node node--type-article node--view-mode-full" data-history-node-id="7777"><h1 class="page-title">Żółta łódź</h1>
<div class="node__meta"><span class="field field--name-created">12.05.2025</span></div>
<div class="field field--name-body"><p>Łódź pływa po Wiśle koło Torunia.</p><p><em>Tekst: Łucja Żurańska</em></p></div></article></body></html>"""


@pytest.mark.parametrize("declared", ["header", "meta"])
def test_pages_in_polish_legacy_encodings(site_server, tmp_path, declared):
    site = Site(3)
    server = site_server(site)
    target = site.listing_order()[1]
    encoding = "windows-1250" if declared == "header" else "iso-8859-2"
    page = CP1250_PAGE.replace('<meta charset="windows-1250">', "" if declared == "header" else f'<meta charset="{encoding}">')
    content_type = f"text/html; charset={encoding}" if declared == "header" else "text/html"
    server.faults[target.path] = [Fault(200, {"Content-Type": content_type}, page.encode(encoding))]
    db = tmp_path / "archive.db"

    assert crawl(server, db).returncode == 0

    assert rows(db, "SELECT title, body_text FROM articles WHERE node_id = 7777") == [("Żółta łódź", "Łódź pływa po Wiśle koło Torunia.")]
    credited = "SELECT people.name FROM credits JOIN people ON people.id = credits.person_id JOIN articles ON articles.id = credits.article_id WHERE node_id = 7777"
    assert rows(db, credited) == [("Łucja Żurańska",)]


def test_bad_input_never_stops_the_crawl(site_server, tmp_path):
    site = Site(9, per_page=10)
    server = site_server(site)
    huge, loop, pdf, truncated, broken = site.listing_order()[1:6]
    server.faults[huge.path] = [Fault(200, {"Content-Type": "text/html"}, b"<p>" + b"x" * (20 * 1024 * 1024))]
    server.faults[loop.path] = [Fault(301, {"Location": loop.path + "-a"})] + [
        Fault(301, {"Location": loop.path if n % 2 else loop.path + "-a"}) for n in range(12)]  # fmt: skip
    server.faults[loop.path + "-a"] = [Fault(301, {"Location": loop.path}) for _ in range(12)]
    server.faults[pdf.path] = [Fault(200, {"Content-Type": "application/pdf"}, b"%PDF-1.7 binary")]
    server.faults[truncated.path] = [Fault(200, {"Content-Type": "text/html"}, b"<html><body>cut", declared_length=50000)] * 4
    server.faults[broken.path] = [Fault(200, {"Content-Type": "text/html"}, b"<html><<body>\x00\xff</div></p>")]
    db = tmp_path / "archive.db"

    result = crawl(server, db)

    assert result.returncode == 3, "partial: some pages failed and will be retried"
    assert "Crawl partial" in result.stderr
    errors = dict(rows(db, "SELECT url, reason FROM crawl_errors"))
    reason = lambda article: errors[server.base_url + article.path]  # noqa: E731
    assert "larger than the maximum page size" in reason(huge)
    assert "redirect" in reason(loop).lower()
    assert "not an HTML page (application/pdf)" in reason(pdf)
    assert "truncated" in reason(truncated)
    assert "no article found" in reason(broken)
    assert rows(db, "SELECT count(*) FROM articles") == [(4,)]
    archive_is_consistent(db)
