"""The archive in a real browser (Debian's headless Chromium), as a researcher uses it.

Search an inflected name, open the article, read its credits, see the chart; a scraped page with
scripts never runs them. `make screenshots` keeps the screenshots in docs/screenshots.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, crawl, free_port, get_json
from tests.site.generator import Site
from tests.site.server import Fault

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("CI"):
    pytest.skip("chromium and chromium-driver are not installed (.ci/run installs them)", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

HOSTILE = """<html><head><title>Uwaga | www.torun.pl</title></head><body>
<article class="node node--type-article node--view-mode-full" data-history-node-id="666"><h1 class="page-title">Uwaga na oszustów</h1>
<div class="node__meta"><span class="field field--name-created">02.02.2025</span></div>
<div class="field field--name-body"><p>Ostrzegamy przed SMS-ami.<script>alert('body')</script><img src=x onerror="alert('img')"></p>
<p>Tekst &lt;script&gt;alert('text')&lt;/script&gt; jest tylko tekstem. <a href="javascript:alert('link')">kliknij</a></p></div>
</article></body></html>"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from tests.site.server import SiteServer

    folder = tmp_path_factory.mktemp("browser")
    site = Site(40, per_page=10, seed=11)
    hostile = site.listing_order()[3]
    with SiteServer(site) as server:
        server.faults[hostile.path] = [Fault(200, {"Content-Type": "text/html; charset=utf-8"}, HOSTILE.encode())]
        assert crawl(server, folder / "archive.db").returncode == 0
    port = free_port()
    serve = subprocess.Popen([sys.executable, "-m", "archiver.cli", "serve", "--db", str(folder / "archive.db"), "--port", str(port)],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    get_json(base + "/-/versions.json")
    yield base
    serve.terminate()
    serve.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1280,1500", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
                     # nothing but 127.0.0.1 resolves: the page's links to torun.pl are never fetched
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def screenshot(driver, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ARCHIVER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def no_alert(driver) -> bool:
    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def test_search_an_inflected_name_open_the_article_read_its_credits(served, browser, tmp_path):
    browser.get(served + "/archive/search")
    box = browser.find_element(By.CSS_SELECTOR, "input[name=q]")
    box.send_keys("Walkusza")  # the genitive: the articles say "Łukasz Walkusz"
    box.submit()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "table.rows-and-columns")))
    links = browser.find_elements(By.PARTIAL_LINK_TEXT, "read article")
    assert links, "the search found articles naming Walkusz"
    assert "[Walkusz" in browser.find_element(By.CSS_SELECTOR, "table.rows-and-columns").text
    links[0].click()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "article.article-page")))
    page = browser.find_element(By.CSS_SELECTOR, "article.article-page").text
    assert "Credits" in page and "People named" in page
    assert "Łukasz Walkusz" in page
    screenshot(browser, "article.png", tmp_path)


def test_the_chart_of_articles_per_month(served, browser, tmp_path):
    browser.get(served + "/")
    browser.find_element(By.PARTIAL_LINK_TEXT, "chart of articles per month").click()
    chart = WebDriverWait(browser, 30).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, ".vega-embed canvas, .vega-embed svg"))
    )
    assert chart.size["width"] > 100 and chart.size["height"] > 100
    screenshot(browser, "chart.png", tmp_path)


def test_scraped_scripts_never_run(served, browser):
    rows = get_json(served + "/archive.json?sql=select+id+from+articles+where+node_id=666&_shape=array")
    browser.get(f"{served}/-/article/archive/{rows[0]['id']}")
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "article.article-page")))
    time.sleep(0.5)  # an onerror handler would fire once the broken image fails
    assert no_alert(browser)
    text = browser.find_element(By.CSS_SELECTOR, "article.article-page").text
    assert "<script>alert('text')</script>" in text, "markup written as text is shown as text"
    for link in browser.find_elements(By.CSS_SELECTOR, "article a"):
        assert not (link.get_attribute("href") or "").startswith("javascript:")
