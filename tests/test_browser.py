"""The archive in a real browser (Debian's headless Chromium), as a researcher uses it.

Search an inflected name, open the article, read its credits, see the chart. The archive is
crawled from a hostile variant of the model site (every article page carries script in its markup,
attributes and URLs, and the attack corpus of tests/pages/hostile-* is served too): no page of the
archive opens a dialog, breaks its Content-Security-Policy, loads anything from another host, or
links anywhere but http(s). `make screenshots` keeps the screenshots in docs/screenshots.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, crawl, free_port, get_json, rows
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

HOSTILE_CASES = sorted((ROOT / "tests" / "pages").glob("hostile-*/page.html"))
# Seen by the browser before any page script: every dialog and every CSP violation is recorded.
WATCH = """window.__dialogs = []; window.__violations = [];
for (const name of ["alert", "confirm", "prompt", "print"]) { window[name] = (m) => { window.__dialogs.push(name + ": " + m); }; }
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber));"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from tests.site.server import SiteServer

    folder = tmp_path_factory.mktemp("browser")
    site = Site(40, per_page=10, seed=11, hostile=True)
    with SiteServer(site) as server:
        for _crawl in range(2):
            for article, case in zip(site.listing_order()[3:], HOSTILE_CASES):
                server.faults[article.path] = [Fault(200, {"Content-Type": "text/html; charset=utf-8"}, case.read_bytes())]
            result = crawl(server, folder / "archive.db")
            assert result.returncode == 0, result.stderr
            site.edit_article(site.listing_order()[0])  # the city edits an article: the archive keeps both versions
    assert rows(folder / "archive.db", "SELECT count(*) FROM articles") == [(40,)]
    assert rows(folder / "archive.db", "SELECT count(*) FROM article_revisions") == [(41,)]
    port = free_port()
    serve = subprocess.Popen([sys.executable, "-m", "archiver.cli", "serve", "--db", str(folder / "archive.db"), "--port", str(port)],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    get_json(base + "/-/versions.json")
    yield base, folder / "archive.db"
    serve.terminate()
    serve.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1280,1500", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
                     # nothing but 127.0.0.1 resolves: the page's links to torun.pl are never fetched
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
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
    base, _ = served
    browser.get(base + "/archive/search")
    box = browser.find_element(By.CSS_SELECTOR, "input[name=q]")
    box.send_keys("Walkusza")  # the genitive: the articles say "Łukasz Walkusz"
    box.submit()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "table.rows-and-columns")))
    links = browser.find_elements(By.CSS_SELECTOR, "td.col-title a")
    assert links, "the search found articles naming Walkusz"
    marked = {mark.text for mark in browser.find_elements(By.CSS_SELECTOR, "td.col-snippet mark")}
    assert "Walkusz" in marked or "Walkusza" in marked, marked
    assert not browser.find_elements(By.ID, "sql-query"), "the SQL stays hidden until asked for"
    screenshot(browser, "search.png", tmp_path)
    links[0].click()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "article.article-page")))
    page = browser.find_element(By.CSS_SELECTOR, "article.article-page").text
    assert "Credits" in page and "People named" in page
    assert "Łukasz Walkusz" in page
    screenshot(browser, "article.png", tmp_path)


def test_the_chart_of_articles_per_month(served, browser, tmp_path):
    browser.get(served[0] + "/")
    browser.find_element(By.PARTIAL_LINK_TEXT, "chart of articles per month").click()
    chart = WebDriverWait(browser, 30).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, ".vega-embed canvas, .vega-embed svg"))
    )
    assert chart.size["width"] > 100 and chart.size["height"] > 100
    screenshot(browser, "chart.png", tmp_path)
    browser.get(served[0] + "/archive")  # from the database page's list of queries, too
    browser.find_element(By.LINK_TEXT, "Articles per month").click()
    chart = WebDriverWait(browser, 30).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, ".vega-embed canvas, .vega-embed svg"))
    )
    assert chart.size["width"] > 100 and chart.size["height"] > 100


def test_find_a_person_by_a_plain_inflected_name_and_read_the_history(served, browser, tmp_path):
    base, database = served
    browser.get(base + "/archive/articles_naming_person")
    box = browser.find_element(By.CSS_SELECTOR, "input[name=person]")
    box.send_keys("lukasza walkusza")  # genitive, typed without diacritics or capitals
    box.submit()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "table.rows-and-columns")))
    people = {cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "td.col-person")}
    assert people == {"Łukasz Walkusz"}
    screenshot(browser, "person.png", tmp_path)
    browser.find_elements(By.CSS_SELECTOR, "td.col-title a")[0].click()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "article.article-page")))
    assert "Walkusz" in browser.find_element(By.CSS_SELECTOR, "article.article-page").text

    (edited,) = rows(database, "SELECT article_id FROM article_revisions GROUP BY article_id HAVING count(*) > 1")[0]
    browser.get(f"{base}/-/article/archive/{edited}")
    added = browser.find_elements(By.CSS_SELECTOR, ".revision .diff ins")
    assert any("Aktualizacja nr 1" in element.text for element in added), "the history shows what the edit added"
    browser.execute_script("arguments[0].scrollIntoView()", added[0])
    screenshot(browser, "history.png", tmp_path)


def test_download_every_match_of_a_search_as_csv(served, browser, tmp_path):
    base, database = served
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    browser.get(base + "/archive/search?q=sesja")
    total = int(browser.find_element(By.CSS_SELECTOR, ".search-total strong").text.split()[0].replace(",", ""))
    assert total > 10
    browser.find_element(By.CSS_SELECTOR, ".search-total").find_element(By.LINK_TEXT, "CSV").click()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not [p for p in downloads.glob("*.csv")]:
        time.sleep(0.2)
    (csv_file,) = downloads.glob("*.csv")
    with csv_file.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    assert len(records) == 1 + total, "the file holds every match, not the 50 the page shows"


def requests_sent(driver) -> list[str]:
    """The URLs the browser asked for since the last call (the performance log empties as it is read)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def open_and_watch(driver, url: str) -> dict:
    """Open a page, let its images fail and its scripts run, and report what a reader would have suffered."""
    driver.get(url)
    time.sleep(0.3)  # an onerror handler fires once a broken image fails
    return {
        "dialogs": driver.execute_script("return window.__dialogs") if no_alert(driver) else ["a native dialog is open"],
        "violations": driver.execute_script("return window.__violations"),
        "location": driver.current_url,
        "title": driver.title,
    }


def test_no_page_of_a_hostile_archive_runs_anything(served, browser):
    base, database = served
    tables = [t["name"] for t in get_json(base + "/archive.json")["tables"]]
    queries = {"search?q=alert", "search?q=Walkusza", "newest_articles", "articles_per_month", "articles_naming_person?person=Walkusz",
               "credits_by_photographer?photographer=", "photos_by_licence"}  # fmt: skip
    articles = [row[0] for row in rows(database, "SELECT id FROM articles ORDER BY id")]
    pages = ([base + "/", base + "/archive", base + "/archive/articles?_search=Komunikat"] + [f"{base}/archive/{t}" for t in tables]
             + [f"{base}/archive/{q}" for q in sorted(queries)] + [f"{base}/-/article/archive/{i}" for i in articles])  # fmt: skip
    requests_sent(browser)
    followed, off_site = set(), set()
    for page in pages:
        seen = open_and_watch(browser, page)
        assert seen["dialogs"] == [] and seen["violations"] == [], (page, seen)
        assert "Error 500" not in seen["title"], page
        links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a[href]")]
        assert all(link.startswith(("http://", "https://")) for link in links), (page, [l for l in links if not l.startswith("http")])
        if "/-/article/" in page:
            followed |= {link.split("#")[0] for link in links if link.startswith(base)}
            off_site |= {link for link in links if not link.startswith(base)}
    for link in sorted(followed - set(pages)):  # every link of the article pages, within the archive
        seen = open_and_watch(browser, link)
        assert seen["dialogs"] == [] and seen["violations"] == [] and "Error 500" not in seen["title"], (link, seen)
        assert seen["location"].startswith(base), (link, seen["location"])
    foreign = [url for url in requests_sent(browser) if not url.startswith((base, "data:"))]
    assert foreign == [], "no page loads anything from another host"
    # Links to the original pages, licences and images on the site stay links a reader may choose
    # to follow; they are plain http(s) URLs, checked above, and never fetched by the archive's pages.
    assert off_site and all(url.startswith(("http://", "https://")) for url in off_site)


def test_scraped_markup_is_shown_as_text(served, browser):
    base, database = served
    (article_id,) = rows(database, "SELECT id FROM articles WHERE node_id = 91002")[0]
    seen = open_and_watch(browser, f"{base}/-/article/archive/{article_id}")
    assert seen["dialogs"] == []
    text = browser.find_element(By.CSS_SELECTOR, "article.article-page").text
    assert "<script>alert('code')</script>" in text and "<img src=x onerror=alert('lead')>" in text
