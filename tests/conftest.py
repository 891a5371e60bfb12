"""Shared fixtures: the model site served on 127.0.0.1, and running the archiver as a user does."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from archiver.sites import get_site
from tests.site.generator import Site
from tests.site.server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGE = ROOT / "tests" / "pages" / "seed-konwent" / "page.html"
TORUN = get_site("torun")  # the site every test page and the model site are of


def seed_page_ending_with(ending: str) -> str:
    """The seed article with its two italic credit paragraphs replaced by the HTML ``ending``."""
    page = SEED_PAGE.read_text(encoding="utf-8")
    start = page.index("<p><em>Tekst: Anna")
    end = page.index("</p>", page.index("licencja: CC BY-NC 4.0")) + len("</p>")
    return page[:start] + ending + page[end:]


def run_archiver(*args: str, timeout: float = 180, **kwargs) -> subprocess.CompletedProcess:
    """`archiver …` in a fresh process: the Twisted reactor starts once per process."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [sys.executable, "-m", "archiver.cli", *args],
        capture_output=True, text=True, timeout=timeout, cwd=kwargs.pop("cwd", ROOT), env=env, **kwargs,
    )  # fmt: skip


def crawl(server: SiteServer, db: Path, *extra: str) -> subprocess.CompletedProcess:
    return run_archiver("crawl", "--db", str(db), "--base-url", server.base_url, "--delay", "0",
                        "-s", "ARCHIVER_BACKOFF_BASE=0.05", *extra)  # fmt: skip


def archive_is_consistent(db: Path) -> None:
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "PRAGMA foreign_key_check") == []
    rows(db, "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")

def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False

def start_crawl(server, db, *extra) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "archiver.cli", "crawl", "--db", str(db), "--base-url", server.base_url, "--delay", "0", *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip

def article_count(db) -> int:
    try:
        return rows(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.Error:
        return 0


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str, timeout: float = 15.0):
    """GET a JSON URL, waiting for a server that is still starting."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return json.load(urllib.request.urlopen(url, timeout=2))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def site_server():
    """A server factory: ``site_server(Site(...))`` starts one, stopped after the test."""
    servers = []

    def start(site: Site | None = None) -> SiteServer:
        server = SiteServer(site or Site(36)).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture
def small_disk(tmp_path):
    """A factory of real, tiny filesystems (tmpfs), to fill up or turn read-only: ``small_disk(size_kb)``.

    Needs root, as CI runs; elsewhere the tests that use it are skipped with the reason.
    """
    mounted = []

    def make(size_kb: int) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], capture_output=True, text=True)
        if result.returncode != 0:
            if os.environ.get("CI"):
                pytest.fail(f"cannot mount a tmpfs in CI: {result.stderr.strip()}")
            pytest.skip(f"mounting a small tmpfs needs root: {result.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def resize_disk(folder: Path, size_kb: int | None = None, *, read_only: bool = False) -> None:
    options = f"remount,{'ro' if read_only else 'rw'}" + (f",size={size_kb}k" if size_kb else "")
    subprocess.run(["mount", "-o", options, str(folder)], check=True, capture_output=True)


def working_tree() -> set[str]:
    """Every file git sees in the checkout, ignored ones too, but Python's own caches."""
    result = subprocess.run(["git", "status", "--porcelain", "--ignored", "--untracked-files=all"], cwd=ROOT,
                            capture_output=True, text=True)  # fmt: skip
    return {line for line in result.stdout.splitlines() if "__pycache__" not in line and ".pytest_cache" not in line}


@pytest.fixture(scope="session", autouse=True)
def tests_never_write_into_the_working_tree():
    before = working_tree()
    yield
    asked = os.environ.get("ARCHIVER_SCREENSHOTS")  # `make screenshots` writes them into docs/ on purpose
    written = {line for line in working_tree() - before if not (asked and line[3:].startswith(asked.rstrip("/") + "/"))}
    assert not written, f"the tests wrote into the checkout: {sorted(written)[:10]}"
