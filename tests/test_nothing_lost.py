"""Nothing lost, and never a false "complete": each way a crawl can be cut short, then one plain re-run.

Each test first reproduces the loss (a kill at a page boundary or mid-page, with and without a
sitemap; one Ctrl+C; a listing page that fails for a whole run; a disk that fills; a WARC folder
that fills; a read-only database; two crawls at once) and then shows the next plain run completing
the archive, with the exact request log where it matters.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time

import pytest

from tests.conftest import (
    ROOT, archive_is_consistent, article_count, crawl, resize_disk, rows, run_archiver, start_crawl, wait_for,
)  # fmt: skip
from tests.site.generator import LISTING_PATH, Site
from tests.site.server import Fault

EXIT_PARTIAL, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 3, 1, 2, 130


def archived_paths(db, site) -> set[str]:
    node_ids = {row[0] for row in rows(db, "SELECT node_id FROM articles")}
    return {a.path for a in site.articles if a.node_id in node_ids}


def listing(page: int) -> str:
    return LISTING_PATH if page == 0 else f"{LISTING_PATH}?page={page}"


def requested(server, path: str) -> bool:
    return path in server.paths()


def kill(process: subprocess.Popen, how: int = signal.SIGKILL) -> str:
    process.send_signal(how)
    _, stderr = process.communicate(timeout=60)
    return stderr


# --- a crawl killed, at a page boundary or mid-page -------------------------------------------
@pytest.mark.parametrize("sitemap", [True, False], ids=["sitemap", "no-sitemap"])
@pytest.mark.parametrize("moment", ["after-listing-page-0", "mid-page-2", "after-listing-page-4"])
def test_a_first_crawl_killed_is_completed_by_one_plain_run(site_server, tmp_path, sitemap, moment):
    site = Site(60, per_page=10, sitemap=sitemap)
    server = site_server(site)
    server.article_delay = 0.02
    db = tmp_path / "archive.db"
    process = start_crawl(server, db)
    page_2 = {a.path for a in site.listing_order()[20:30]}
    condition = {
        "after-listing-page-0": lambda: requested(server, listing(1)),
        "mid-page-2": lambda: len(page_2 & set(server.paths())) >= 4,
        "after-listing-page-4": lambda: requested(server, listing(5)),
    }[moment]
    assert wait_for(condition)
    kill(process)
    archive_is_consistent(db)
    before = archived_paths(db, site)
    assert len(before) < 60
    server.clear_log()

    result = crawl(server, db)

    assert result.returncode == 0, result.stderr
    assert "Crawl complete" in result.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT node_id) FROM articles") == [(60, 60)]
    log = server.paths()
    articles = [p for p in log if site.by_path(p)]
    assert sorted(articles) == sorted({a.path for a in site.articles} - before), "each missing article once, nothing else"
    listings = [p for p in log if p.startswith(LISTING_PATH)]
    assert listings == [listing(n) for n in range(6)], "the walk goes to the end, past where the killed one stopped"
    assert rows(db, "SELECT status FROM crawl_runs ORDER BY id") == [("interrupted",), ("complete",)]
    assert rows(db, "SELECT finished, must_pass_page FROM listing_walks") == [(1, -1)]
    archive_is_consistent(db)


def test_a_daily_run_killed_on_page_0_costs_one_more_page(site_server, tmp_path):
    site = Site(60, per_page=10)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    new = [site.add_article() for _ in range(3)]
    server.faults[new[0].path] = [Fault(200, {"Content-Type": "text/html; charset=UTF-8"}, site.article_html(new[0]).encode(), delay=30)]
    process = start_crawl(server, db)
    assert wait_for(lambda: requested(server, new[0].path))  # page 0 read; the crawl waits for a new article
    kill(process)
    assert rows(db, "SELECT reached_page, finished FROM listing_walks") == [(0, None)], "killed mid-walk: never closed"
    stored = archived_paths(db, site)
    server.clear_log()

    result = crawl(server, db)

    assert result.returncode == 0, result.stderr
    log = server.paths()
    assert sorted(log) == sorted(["/robots.txt", "/sitemap.xml", listing(0), listing(1), *[a.path for a in new if a.path not in stored]])
    assert rows(db, "SELECT count(*) FROM articles") == [(63,)]


# --- signals ----------------------------------------------------------------------------------
def test_one_ctrl_c_finishes_the_page_in_hand_and_says_interrupted(site_server, tmp_path):
    site = Site(40, per_page=10)
    server = site_server(site)
    server.article_delay = 0.05
    db = tmp_path / "archive.db"
    process = start_crawl(server, db)
    assert wait_for(lambda: article_count(db) >= 5)

    stderr = kill(process, signal.SIGINT)

    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "Crawl interrupted" in stderr and "Traceback" not in stderr
    assert "missing" in stderr and "the next run walks past it" in stderr
    stored = article_count(db)
    fetched = [p for p in server.paths() if site.by_path(p)]
    assert stored == len(fetched), "every article page received was stored: none dropped on the way out"
    assert rows(db, "SELECT status, reason IS NOT NULL FROM crawl_runs") == [("interrupted", 1)]
    result = crawl(server, db)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(40,)]


def test_sigterm_is_an_interruption_too_and_a_second_signal_stops_at_once(site_server, tmp_path):
    site = Site(40, per_page=10)
    server = site_server(site)
    server.article_delay = 0.3
    db = tmp_path / "archive.db"
    process = start_crawl(server, db)
    assert wait_for(lambda: article_count(db) >= 2)
    process.send_signal(signal.SIGTERM)
    time.sleep(0.05)
    started = time.monotonic()
    stderr = kill(process, signal.SIGTERM)

    assert time.monotonic() - started < 5, "the second signal does not wait for the pages in flight"
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "Traceback" not in stderr
    archive_is_consistent(db)
    server.article_delay = 0
    result = crawl(server, db)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(40,)]
    assert rows(db, "SELECT status FROM crawl_runs ORDER BY id") == [("interrupted",), ("complete",)]


def test_a_jobdir_reused_after_a_finished_crawl_works_like_a_plain_run(site_server, tmp_path):
    site = Site(20, per_page=10)
    server = site_server(site)
    db, jobdir = tmp_path / "archive.db", tmp_path / "job"
    assert crawl(server, db, "--jobdir", str(jobdir)).returncode == 0
    new = site.add_article()
    server.clear_log()

    result = crawl(server, db, "--jobdir", str(jobdir))

    assert result.returncode == 0, result.stderr
    assert "Crawl complete" in result.stderr
    assert sorted(server.paths()) == sorted(["/robots.txt", "/sitemap.xml", listing(0), listing(1), new.path])


# --- a listing page that fails ----------------------------------------------------------------
def test_a_listing_page_that_fails_is_walked_past_and_read_next_run(site_server, tmp_path):
    site = Site(60, per_page=10)
    server = site_server(site)
    server.faults[listing(2)] = [Fault(500)] * 4  # the first try and three retries: the whole run
    db = tmp_path / "archive.db"

    first = crawl(server, db)

    assert first.returncode == EXIT_PARTIAL, first.stderr
    assert "Crawl partial" in first.stderr and "1 listing page failed" in first.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(50,)], "the walk went on past page 3"
    assert rows(db, "SELECT kind, resolved_at FROM crawl_errors") == [("listing", None)]
    server.clear_log()

    second = crawl(server, db)

    assert second.returncode == 0, second.stderr
    page_2 = [a.path for a in site.listing_order()[20:30]]
    assert sorted(server.paths()) == sorted(["/robots.txt", "/sitemap.xml", *[listing(n) for n in range(4)], *page_2])
    assert rows(db, "SELECT count(*) FROM articles") == [(60,)]
    assert rows(db, "SELECT count(*) FROM crawl_errors WHERE resolved_at IS NULL") == [(0,)]


def test_the_first_listing_page_failing_does_not_end_the_walk(site_server, tmp_path):
    site = Site(30, per_page=10)
    server = site_server(site)
    server.faults[listing(0)] = [Fault(503)] * 4
    db = tmp_path / "archive.db"

    first = crawl(server, db)

    assert first.returncode == EXIT_PARTIAL, first.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(20,)]
    assert crawl(server, db).returncode == 0
    assert rows(db, "SELECT count(*) FROM articles") == [(30,)]


# --- full disks and read-only files -----------------------------------------------------------
def test_a_full_disk_fails_the_run_cleanly_and_the_next_run_completes(site_server, small_disk):
    site = Site(150, per_page=25, padding_kb=60)
    server = site_server(site)
    disk = small_disk(3 * 1024)
    db = disk / "archive.db"

    first = crawl(server, db)

    assert first.returncode == EXIT_FAILED, first.stderr
    assert "Crawl failed" in first.stderr and "Traceback" not in first.stderr
    assert "full" in first.stderr.lower()
    archive_is_consistent(db)
    stored = rows(db, "SELECT count(*) FROM articles")[0][0]
    assert 0 < stored < 150
    assert rows(db, "SELECT count(*) FROM articles WHERE capture_id IS NULL") == [(0,)], "never an article without its raw page"
    resize_disk(disk, 64 * 1024)

    second = crawl(server, db)

    assert second.returncode == 0, second.stderr
    assert rows(db, "SELECT count(*), count(capture_id) FROM articles") == [(150, 150)]
    archive_is_consistent(db)
    reparse = run_archiver("reparse", "--db", str(db))
    assert reparse.returncode == 0, reparse.stderr
    assert "0 failed" in reparse.stderr and "no raw page" not in reparse.stderr


def test_a_full_warc_folder_stores_no_article_without_its_raw_page(site_server, tmp_path, small_disk):
    site = Site(80, per_page=20, padding_kb=60)
    server = site_server(site)
    warc = small_disk(512)
    db = tmp_path / "archive.db"

    first = crawl(server, db, "--warc-dir", str(warc))

    assert first.returncode == EXIT_FAILED, first.stderr
    assert "raw page could not be written" in first.stderr and "Traceback" not in first.stderr
    assert rows(db, "SELECT count(*) FROM articles WHERE capture_id IS NULL") == [(0,)]
    assert rows(db, "SELECT status FROM crawl_runs") == [("failed",)]
    stored = rows(db, "SELECT count(*) FROM articles")[0][0]
    assert stored < 80
    resize_disk(warc, 32 * 1024)

    second = crawl(server, db, "--warc-dir", str(warc))

    assert second.returncode == 0, second.stderr
    assert rows(db, "SELECT count(*), count(capture_id) FROM articles") == [(80, 80)]
    reparse = run_archiver("reparse", "--db", str(db), "--warc-dir", str(warc))
    assert reparse.returncode == 0 and "0 failed" in reparse.stderr, reparse.stderr


def test_reparse_names_articles_whose_raw_page_is_missing(site_server, tmp_path):
    site = Site(5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db, "-s", "ARCHIVER_KEEP_WARC=false").returncode == 0

    result = run_archiver("reparse", "--db", str(db))

    assert result.returncode == EXIT_FAILED
    assert "5 articles have no raw page" in result.stderr


def test_a_read_only_database_is_one_clear_line(site_server, small_disk):
    site = Site(5)
    server = site_server(site)
    disk = small_disk(8 * 1024)
    db = disk / "archive.db"
    assert crawl(server, db).returncode == 0
    before = rows(db, "SELECT count(*) FROM crawl_runs")
    resize_disk(disk, read_only=True)

    result = crawl(server, db)

    assert result.returncode == EXIT_USAGE, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "read-only" in result.stderr.lower() or "readonly" in result.stderr.lower()
    with sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True) as connection:  # a read-only WAL file opens only so
        assert connection.execute("SELECT count(*) FROM crawl_runs").fetchall() == before


def test_two_crawls_of_one_section_at_once_one_is_refused_and_names_the_other(site_server, tmp_path):
    site = Site(20, per_page=10)
    server = site_server(site)
    server.article_delay = 0.05
    db = tmp_path / "archive.db"
    first, second = start_crawl(server, db), start_crawl(server, db)  # within milliseconds of each other
    outcomes = [(p.wait(120), p) for p in (first, second)]
    errors = {p.pid: p.stderr.read() for _, p in outcomes}

    refused = [p for code, p in outcomes if code == EXIT_USAGE]
    ran = [p for code, p in outcomes if code == 0]
    assert len(refused) == 1 and len(ran) == 1, errors
    message = errors[refused[0].pid]
    assert len(message.strip().splitlines()) == 1 and "Traceback" not in message, message
    assert f"a crawl of section rada-miasta (pid {ran[0].pid})" in message
    assert rows(db, "SELECT count(*), count(DISTINCT node_id) FROM articles") == [(20, 20)]
    assert rows(db, "SELECT status FROM crawl_runs") == [("complete",)]


# --- a wrong canonical link never merges articles ---------------------------------------------
@pytest.mark.parametrize("canonical", [
    "https://www.torun.pl/pl/wspolny-adres",  # one URL for every page: another node's URL after the first
    "https://evil.example.org/pl/wspolny-adres",  # another host
    "https://www.torun.pl/pl/rada-miasta/aktualnosci",  # not an article
])  # fmt: skip
def test_twelve_pages_declaring_one_canonical_url_stay_twelve_articles(site_server, tmp_path, canonical):
    site = Site(12, per_page=12)
    server = site_server(site)
    for article in site.articles:
        page = site.article_html(article).replace(f'<link rel="canonical" href="{article.canonical}">', f'<link rel="canonical" href="{canonical}">')
        server.faults[article.path] = [Fault(200, {"Content-Type": "text/html; charset=UTF-8"}, page.encode())]
    db = tmp_path / "archive.db"

    result = crawl(server, db)

    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT node_id), count(DISTINCT url) FROM articles") == [(12, 12, 12)]
    ignored = rows(db, "SELECT count(*) FROM crawl_errors WHERE kind = 'canonical' AND resolved_at IS NOT NULL")[0][0]
    assert ignored == (11 if "wspolny-adres" in canonical and "torun.pl" in canonical else 12)
    assert f"{ignored} ignored" in result.stderr
    kept = {row[0] for row in rows(db, "SELECT url FROM articles")}
    assert kept - {canonical} <= {a.canonical for a in site.articles}, "the others keep the URL they were fetched from"


# --- exit codes and bad input -----------------------------------------------------------------
def test_bad_input_is_one_clear_line_and_touches_nothing(site_server, tmp_path):
    site = Site(3)
    server = site_server(site)
    archive = tmp_path / "archive.db"
    assert crawl(server, archive).returncode == 0
    empty, binary, text_db = tmp_path / "empty.html", tmp_path / "photo.html", tmp_path / "notes.db"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 8)
    zero = tmp_path / "zero.db"
    zero.touch()
    text_db.write_text("notes, not a database\n" * 50)
    future = tmp_path / "future.db"
    future.write_bytes(archive.read_bytes())
    with sqlite3.connect(future) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA user_version = 999")
    future_bytes = future.read_bytes()
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    busy_port = server.httpd.server_address[1]

    cases = [
        ("extract", str(empty)),
        ("extract", str(binary)),
        *[(command, "--db", str(zero)) for command in ("export", "reparse", "publish", "serve")],
        *[(command, "--db", str(text_db)) for command in ("export", "reparse", "publish", "serve")],
        *[(command, "--db", str(future)) for command in ("export", "reparse", "serve", "crawl")],
        ("crawl", "--db", str(tmp_path / "new.db"), "--base-url", "http://127.0.0.1:99999"),
        ("crawl", "--db", str(tmp_path / "new.db"), "--base-url", server.base_url, "-s", "DOWNLOAD_DELAY=soon"),
        ("crawl", "--db", str(tmp_path / "new.db"), "--base-url", server.base_url, "-s", "ROBOTSTXT_OBEY=perhaps"),
        ("crawl", "--db", str(tmp_path / "new.db"), "--base-url", server.base_url, "--warc-dir", str(a_file)),
        ("serve", "--db", str(archive), "--port", str(busy_port)),
        ("serve", "--db", str(archive), "--port", "70000"),
        ("export", "--db", str(archive), "-o", str(tmp_path / "missing" / "out.jsonl")),
        ("publish", "--db", str(archive), "-o", str(a_file)),
    ]  # fmt: skip
    for args in cases:
        result = run_archiver(*args, timeout=60)
        assert result.returncode == EXIT_USAGE, (args, result.returncode, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("archiver: error:") and "Traceback" not in result.stderr, (args, result.stderr)
    assert zero.stat().st_size == 0 and text_db.read_text().startswith("notes")
    assert future.read_bytes() == future_bytes and not (tmp_path / "future.db-wal").exists()
    assert not (tmp_path / "new.db").exists()


def test_export_gives_each_articles_status_and_sections(site_server, tmp_path):
    import json

    site = Site(12, per_page=5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    gone = site.listing_order()[4]
    site.remove_article(gone)
    server.removed.add(gone.path)
    assert crawl(server, db, "--full").returncode == 0

    result = run_archiver("export", "--db", str(db))

    exported = {a["node_id"]: a for a in map(json.loads, result.stdout.splitlines())}
    assert exported[gone.node_id]["status"] == "removed"
    assert {a["status"] for n, a in exported.items() if n != gone.node_id} == {"archived"}
    assert {tuple(a["sections"]) for a in exported.values()} == {("rada-miasta",)}


def test_exit_codes_are_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, meaning in ((0, "complete"), (1, "failed"), (2, ""), (3, "partial"), (130, "interrupted")):
        assert f"| {code} |" in readme and meaning in readme

