"""The archiver runs from an installed wheel, not only from a checkout: the metadata and the plugin
are package data, `archiver serve` and `archiver publish` work in a fresh virtualenv."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request

import pytest

from archiver.extract import extract_article
from archiver.publish.bundle import plugin_wheel
from archiver.store import Archive
from tests.conftest import SEED_PAGE, TORUN, free_port, get_json


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory):
    folder = tmp_path_factory.mktemp("installed")
    wheel = plugin_wheel(folder)
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    installed = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", str(wheel)],
                               capture_output=True, text=True, timeout=600)  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-2000:]
    return venv


def run_installed(venv, *args, cwd, **kwargs):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(venv / "bin" / "archiver"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, **kwargs)


def test_serve_and_publish_from_an_installed_wheel(fresh_venv, tmp_path):
    where = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", "import archiver; print(archiver.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert where.startswith(str(fresh_venv)), "the installed package, not the checkout"
    db = tmp_path / "archive.db"
    archive = Archive(db)
    archive.save_article(extract_article(SEED_PAGE.read_bytes(), "https://www.torun.pl/pl/konwent", TORUN))
    archive.close()

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    serve = subprocess.Popen([str(fresh_venv / "bin" / "archiver"), "serve", "--db", str(db), "--port", str(port), "--workers", "1"],
                             cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        rows = get_json(f"http://127.0.0.1:{port}/archive/search.json?q=Walkusza&_shape=array", timeout=60)
        assert [r["url"] for r in rows] == ["https://www.torun.pl/pl/spotkanie-konwentu-przewodniczacych-rad"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/article/archive/1") as response:
            assert "script-src 'self' 'nonce-" in response.headers["Content-Security-Policy"]
        assert "Toruń" in get_json(f"http://127.0.0.1:{port}/-/metadata.json")["title"], "the metadata is package data"
    finally:
        serve.terminate()
        serve.wait(10)

    published = run_installed(fresh_venv, "publish", "--db", str(db), "-o", str(tmp_path / "dist"), cwd=tmp_path)
    assert published.returncode == 0, published.stderr
    assert list((tmp_path / "dist").glob("torun_news_archive-*.whl")) and (tmp_path / "dist" / "metadata.json").is_file()
