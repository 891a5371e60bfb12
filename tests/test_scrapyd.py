"""Scale-out on an existing engine: the project deployed to Scrapyd, one job per section at once, one archive."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, archive_is_consistent, free_port, get_json, rows
from tests.site.generator import Site

SCRAPYD = Path(sys.executable).parent / "scrapyd"
DEPLOY = Path(sys.executable).parent / "scrapyd-deploy"
pytestmark = pytest.mark.skipif(not (SCRAPYD.exists() and DEPLOY.exists()), reason="scrapyd and scrapyd-client (test extras)")


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    folder = tmp_path / "scrapyd"
    folder.mkdir()
    (folder / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {folder}/eggs\nlogs_dir = {folder}/logs\n"
        f"dbs_dir = {folder}/dbs\nitems_dir =\nmax_proc = 4\n"
    )  # fmt: skip
    process = subprocess.Popen([str(SCRAPYD)], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        get_json(base + "/daemonstatus.json", timeout=30)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def deploy(tmp_path, scrapyd_url: str) -> None:
    """scrapyd-deploy packs a copy of the project: it writes build files where it runs, never into the working tree."""
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info", "__pycache__", "dist",
                                                                 "docs", "bench", "*.db", "warc"))  # fmt: skip
    config = (project / "scrapy.cfg").read_text().replace("url = http://127.0.0.1:6800/", f"url = {scrapyd_url}/")
    (project / "scrapy.cfg").write_text(config)
    result = subprocess.run([str(DEPLOY)], cwd=project, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and '"status": "ok"' in result.stdout + result.stderr, result.stdout + result.stderr


def test_one_scrapyd_job_per_section_into_one_archive(site_server, scrapyd, tmp_path):
    site = Site(20, per_page=10, other_sections={"aktualnosci": 15, "prezydent": 8})
    server = site_server(site)
    db = tmp_path / "archive.db"
    deploy(tmp_path, scrapyd)

    for section in ("rada-miasta", "aktualnosci", "prezydent"):  # all at once
        data = urllib.parse.urlencode([("project", "torun_news_archive"), ("spider", "news"), ("section", section),
                                       ("setting", f"ARCHIVE_DB={db}"), ("setting", f"ARCHIVER_BASE_URL={server.base_url}"),
                                       ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_START_DELAY=0")]).encode()  # fmt: skip
        answer = get_json_post(scrapyd + "/schedule.json", data)
        assert answer["status"] == "ok", answer
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        jobs = get_json(scrapyd + "/listjobs.json?project=torun_news_archive")
        if len(jobs["finished"]) == 3:
            break
        time.sleep(0.5)
    assert len(jobs["finished"]) == 3, jobs

    assert rows(db, "SELECT count(*), count(DISTINCT node_id) FROM articles") == [(43, 43)], "every article exactly once"
    listed = dict(rows(db, "SELECT section, count(*) FROM article_sections GROUP BY section"))
    assert listed == {section: sum(section in a.sections for a in site.articles) for section in ("rada-miasta", "aktualnosci", "prezydent")}
    assert sorted(rows(db, "SELECT status FROM crawl_runs")) == [("complete",)] * 3
    archive_is_consistent(db)


def get_json_post(url: str, data: bytes) -> dict:
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as response:
        return json.load(response)
