"""The `archiver` command as a user runs it."""

import json
import os
import re
import subprocess
import sys
import time
import urllib.request

from tests.conftest import ROOT, SEED_PAGE, TORUN, crawl, free_port, get_json, run_archiver
from tests.site.generator import Site


def test_extract_prints_the_seed_article():
    url = "https://www.torun.pl/pl/spotkanie-konwentu-przewodniczacych-rad"
    result = run_archiver("extract", str(SEED_PAGE), "--url", url)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    expected = json.loads((SEED_PAGE.parent / "expected.json").read_text(encoding="utf-8"))
    assert article == expected
    assert list(article) == ["url", "node_id", "section", "title", "published_at", "modified_at", "lead", "body_text",
                             "body_markdown", "tags", "images", "attachments", "credits", "people", "rejected_urls"]  # fmt: skip


def test_extract_fetches_a_url(site_server):
    site = Site(2)
    server = site_server(site)
    article = site.articles[0]
    result = run_archiver("extract", server.base_url + article.path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == article.title


def test_errors_are_one_line_without_traceback(tmp_path):
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("not sqlite " * 200)
    for args in (["export", "--db", str(not_a_database)],
                 ["extract", str(tmp_path / "missing.html")],
                 ["export", "--db", str(tmp_path / "missing.db")],
                 ["serve", "--db", str(tmp_path / "missing.db")],
                 ["crawl", "--db", str(tmp_path / "a.db"), "--base-url", "not a url"],
                 ["crawl", "--db", str(tmp_path / "no" / "such" / "folder.db")],
                 ["extract", "http://127.0.0.1:9/nothing-listens-here"]):  # fmt: skip
        result = run_archiver(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("archiver: error:"), result.stderr


def test_check_reports_the_profile_against_the_site(site_server):
    server = site_server(Site(12, other_sections={"aktualnosci": 4, "prezydent": 4}))
    result = run_archiver("check", "--base-url", server.base_url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all required fields found" in result.stdout
    assert "title            ok" in result.stdout
    for section in ("rada-miasta", "aktualnosci", "prezydent (reconstructed"):
        assert f"== section {section}" in result.stdout


def test_check_of_one_section_and_an_empty_listing(site_server):
    server = site_server(Site(6))  # the model site without the other sections: their listings are empty
    assert run_archiver("check", "--base-url", server.base_url, "--section", "rada-miasta").returncode == 0
    result = run_archiver("check", "--base-url", server.base_url, "--section", "prezydent")
    assert result.returncode == 1 and "no article teaser found" in result.stdout
    unknown = run_archiver("check", "--base-url", server.base_url, "--section", "sport")
    assert unknown.returncode == 2 and "has no section 'sport'" in unknown.stderr


def test_check_says_what_to_fix_when_the_markup_changed(site_server):
    site = Site(3)
    server = site_server(site)
    renamed = site.listing_html(0).replace("views-row", "list-item").replace("node--view-mode-teaser", "card").replace(
        "data-history-node-id", "data-id").replace('rel="bookmark"', "").replace("<h2", "<div").replace("</h2>", "</div>")  # fmt: skip
    renamed = renamed.replace('<a href="/pl/artykul', '<span data-href="/pl/artykul').replace("Czytaj więcej", "")
    from tests.site.server import Fault

    server.faults["/pl/rada-miasta/aktualnosci"] = [Fault(200, {"Content-Type": "text/html"}, renamed.encode())]
    result = run_archiver("check", "--base-url", server.base_url, "--section", "rada-miasta")
    assert result.returncode == 1
    assert "MISSING" in result.stdout
    assert "archiver/sites/torun.py" in result.stdout


def test_crawl_then_serve_shows_every_article_with_its_credits(site_server, tmp_path):
    site = Site(15, per_page=5)
    server = site_server(site)
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    port = free_port()
    serve = subprocess.Popen([sys.executable, "-m", "archiver.cli", "serve", "--db", str(db), "--port", str(port)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        articles = get_json(base + "/archive/articles.json?_shape=array&_size=max")
        assert len(articles) == 15
        credits = get_json(base + "/archive/credits.json?_shape=array&_size=max")
        expected_credits = sum(len(a.expected()["credits"]) for a in site.articles)
        assert len(credits) == expected_credits
        metadata = get_json(base + "/-/metadata.json")
        assert "Toruń" in metadata["title"]
    finally:
        serve.terminate()
        serve.wait(10)


def test_a_crawl_never_writes_under_an_immutable_server(site_server, tmp_path):
    from archiver.store import Archive
    from archiver.store.lock import ServeLock

    server = site_server(Site(3))
    db = tmp_path / "archive.db"
    Archive(db).close()
    with ServeLock(db):  # what `archiver serve` holds while serving immutable
        refused = crawl(server, db)
    assert refused.returncode == 2
    assert "stop `archiver serve`" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert crawl(server, db).returncode == 0  # once the server stops, the crawl runs


def test_serve_is_immutable_unless_a_crawl_is_writing(tmp_path):
    from archiver.store import Archive
    from archiver.store.lock import ArchiveBusy, CrawlLock

    db = tmp_path / "archive.db"
    Archive(db).close()
    for crawling, expected in ((False, "(immutable,"), (True, "(live, read-only,")):
        lock = CrawlLock(db, "rada-miasta").acquire() if crawling else None
        port = free_port()
        serve = subprocess.Popen([sys.executable, "-m", "archiver.cli", "serve", "--db", str(db), "--port", str(port)],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        try:
            databases = get_json(f"http://127.0.0.1:{port}/-/databases.json")
            assert databases[0]["is_mutable"] is crawling
            if not crawling:
                try:
                    CrawlLock(db, "aktualnosci").acquire()
                    raise AssertionError("a crawl could lock a file served immutable")
                except ArchiveBusy:
                    pass
        finally:
            serve.terminate()
            _, stderr = serve.communicate(timeout=10)
            if lock:
                lock.release()
        assert expected in stderr


def test_publish_builds_a_bundle_that_datasette_serves(site_server, tmp_path):
    server = site_server(Site(6))
    db = tmp_path / "archive.db"
    assert crawl(server, db).returncode == 0
    bundle = tmp_path / "dist"

    result = run_archiver("publish", "--db", str(db), "-o", str(bundle))

    assert result.returncode == 0, result.stderr
    assert {p.name for p in bundle.iterdir()} >= {"archive.db", "metadata.json", "requirements.txt", "README.md"}
    assert list(bundle.glob("torun_news_archive-*.whl"))
    first_inode = (bundle / "archive.db").stat().st_ino
    assert run_archiver("publish", "--db", str(db), "-o", str(bundle)).returncode == 0
    assert (bundle / "archive.db").stat().st_ino != first_inode, "a new file swapped in, never rewritten in place"
    port = free_port()
    settings = re.search(r"datasette serve -i archive.db --metadata metadata.json (.*)", (bundle / "README.md").read_text()).group(1)
    serve = subprocess.Popen([sys.executable, "-m", "datasette", "serve", "-i", "archive.db", "--metadata", "metadata.json",
                              *settings.split(), "--port", str(port)], cwd=bundle, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        assert get_json(f"http://127.0.0.1:{port}/archive/search.json?q=radni&_shape=array")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/archive/articles") as response:
            assert "script-src 'self' 'nonce-" in response.headers["Content-Security-Policy"], "plain Datasette sends the plugin's headers"
            assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert get_json(f"http://127.0.0.1:{port}/-/settings.json")["num_sql_threads"] == 16
    finally:
        serve.terminate()
        serve.wait(10)


def test_serving_immutable_folds_the_write_ahead_log_first(tmp_path):
    """A file served immutable is read without its WAL: what is still in the log must go in first."""
    import sqlite3

    from archiver.extract import extract_article
    from archiver.store import Archive

    db = tmp_path / "archive.db"
    archive = Archive(db)
    reader = sqlite3.connect(db)  # another program with the file open keeps the log from being folded on close
    reader.execute("SELECT count(*) FROM articles").fetchone()
    seed = extract_article(SEED_PAGE.read_bytes(), "https://www.torun.pl/pl/a", TORUN)
    for number in range(30):
        archive.save_article({**seed, "node_id": number, "url": f"https://www.torun.pl/pl/{number}"})
    archive.close()
    assert (tmp_path / "archive.db-wal").stat().st_size > 0
    port = free_port()
    serve = subprocess.Popen([sys.executable, "-m", "archiver.cli", "serve", "--db", str(db), "--port", str(port)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        counted = get_json(f"http://127.0.0.1:{port}/archive.json?sql=select+count(*)+as+n+from+articles&_shape=array")
        assert counted == [{"n": 30}]
        assert get_json(f"http://127.0.0.1:{port}/-/databases.json")[0]["is_mutable"] is False
    finally:
        serve.terminate()
        serve.communicate(timeout=10)
        reader.close()


def test_a_refused_crawl_names_a_holder_that_has_taken_the_lock_but_not_yet_written_its_name(tmp_path):
    import fcntl
    import threading

    from archiver.store.lock import ArchiveBusy, CrawlLock

    db = tmp_path / "archive.db"
    section_lock = CrawlLock(db, "rada-miasta").own.path
    with open(section_lock, "a+") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # taken, and its line not yet written: the instant CI hit

        def write_name_late():
            time.sleep(0.2)
            holder.write(f"{os.getpid()}\ta crawl of section rada-miasta (pid {os.getpid()})\n")
            holder.flush()

        writer = threading.Thread(target=write_name_late)
        writer.start()
        try:
            CrawlLock(db, "rada-miasta").acquire()
            raise AssertionError("a second crawl of one section took its lock")
        except ArchiveBusy as refused:
            assert str(refused) == f"a crawl of section rada-miasta (pid {os.getpid()})"
        finally:
            writer.join()
