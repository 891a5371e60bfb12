"""The archive in Datasette, as researchers use it: metadata, Polish search, reading, counting."""

import asyncio
import csv
import io
import json
from html import unescape as html_unescape
import re
import sqlite3
from xml.etree import ElementTree

import pytest
from datasette.app import Datasette

from archiver.extract import extract_article
from archiver.publish import metadata_for
from archiver.store import Archive
from tests.conftest import ROOT, SEED_PAGE, TORUN

SEED_URL = "https://www.torun.pl/pl/spotkanie-konwentu-przewodniczacych-rad"
HOSTILE_PAGE = """<html><head><title>Uwaga | www.torun.pl</title><link rel="canonical" href="https://www.torun.pl/pl/uwaga"></head>
<body><article class="node node--type-article node--view-mode-full" data-history-node-id="666">
<h1 class="page-title">Uwaga na <script>alert('title')</script> oszustów</h1>
<div class="node__meta"><span class="field field--name-created">02.02.2025</span></div>
<div class="field field--name-body">
<p>Ostrzegamy przed fałszywymi SMS-ami.<script>alert('body')</script><img src=x onerror="alert('img')"></p>
<p>Napis &lt;script&gt;alert('text')&lt;/script&gt; i &lt;img src=x onerror=alert(1)&gt; to tylko tekst.</p>
<p><a href="javascript:alert('link')">kliknij</a> <a href="https://www.torun.pl/pl/kontakt" onclick="alert('click')">kontakt</a></p>
<p><em>Tekst: Jan Nowak</em></p></div></article></body></html>"""
OTHER_PAGE = """<html><head><title>Żółw w Łodzi | www.torun.pl</title><link rel="canonical" href="https://www.torun.pl/pl/zolw"></head>
<body><article class="node node--type-article node--view-mode-full" data-history-node-id="777">
<h1 class="page-title">Żółw wrócił z Łodzi do Torunia</h1>
<div class="node__meta"><span class="field field--name-created">03.03.2025</span></div>
<div class="field field--name-body"><p>Podczas ostatniej sesji radni rozmawiali o ogrodzie zoologicznym w Łodzi, skąd wrócił żółw.</p>
<p><em>Fot. Anna Kowalska, wszelkie prawa zastrzeżone</em></p></div></article></body></html>"""


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = tmp_path_factory.mktemp("ds") / "archive.db"
    archive = Archive(db)
    archive.save_article(extract_article(SEED_PAGE.read_bytes(), SEED_URL, TORUN))
    archive.save_article(extract_article(HOSTILE_PAGE, "https://www.torun.pl/pl/uwaga", TORUN))
    archive.save_article(extract_article(OTHER_PAGE, "https://www.torun.pl/pl/zolw", TORUN))
    archive.close()
    return db


@pytest.fixture(scope="module")
def datasette(database):
    ds = Datasette([str(database)], immutables=[], metadata=metadata_for(database, ROOT / "datasette-metadata.json"),
                   settings={"sql_time_limit_ms": 3000})  # fmt: skip
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def search(ds, q):
    response = get(ds, f"/archive/search.json?q={q}&_shape=array")
    assert response.status_code == 200, response.text
    return [row["title"] for row in response.json()]


# --- metadata ---------------------------------------------------------------------------------
def test_every_table_and_column_is_described(database):
    metadata = json.loads((ROOT / "datasette-metadata.json").read_text(encoding="utf-8"))
    described = metadata["databases"]["archive"]["tables"]
    connection = sqlite3.connect(database)
    names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    for name in names:
        assert name in described, f"{name} has no metadata"
        if described[name].get("hidden") and name.startswith(("articles_fts", "people_fts")):
            continue
        assert described[name].get("description"), f"{name} has no description"
        columns = [r[1] for r in connection.execute(f"PRAGMA table_info([{name}])")]
        missing = [c for c in columns if c not in described[name].get("columns", {})]
        assert not missing, f"{name}: no description for {missing}"
    connection.close()


def test_metadata_applies_and_internal_tables_are_hidden(datasette):
    assert "Toruń" in get(datasette, "/-/metadata.json").json()["title"]
    tables = {t["name"]: t for t in get(datasette, "/archive.json").json()["tables"]}
    for internal in ("articles_fts", "articles_fts_data", "captures"):
        assert tables[internal]["hidden"] is True
    assert not tables["articles"]["hidden"]
    page = get(datasette, "/archive/articles.json?_facet=year&_facet=month&_facet=section&_shape=objects").json()
    assert set(page["facet_results"]) >= {"year", "month", "section"}
    assert page["rows"][0]["published_at"] >= page["rows"][-1]["published_at"], "newest first"


# --- Polish search ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "query,title",
    [
        ("Walkusza", "Spotkanie Konwentu Przewodniczących Rad"),  # inflected name → Walkusz
        ("Walkuszem", "Spotkanie Konwentu Przewodniczących Rad"),
        ("sesja", "Żółw wrócił z Łodzi do Torunia"),  # the text says "sesji"
        ("Torun", "Żółw wrócił z Łodzi do Torunia"),  # no diacritics
        ("zolw", "Żółw wrócił z Łodzi do Torunia"),  # ż, ó and ł
        ("Lodz", "Żółw wrócił z Łodzi do Torunia"),  # ł has no Unicode decomposition
        ("ŁÓDŹ żółwiem", "Żółw wrócił z Łodzi do Torunia"),
    ],
)
def test_search_ignores_inflection_and_diacritics(datasette, query, title):
    assert title in search(datasette, query)


def test_search_ranks_highlights_and_links(datasette):
    rows = get(datasette, "/archive/search.json?q=Walkusza&_shape=array").json()
    assert rows[0]["title"] == "Spotkanie Konwentu Przewodniczących Rad"
    assert "Łukasz Walkusz" in rows[0]["snippet"] and "[" not in rows[0]["snippet"]  # plain text for CSV and JSON
    assert set(rows[0]) >= {"article_id", "published_at", "title", "snippet", "url"}
    html = get(datasette, "/archive/search?q=Walkusza").text
    assert f'href="/-/article/archive/{rows[0]["article_id"]}">Spotkanie Konwentu' in html  # the title is the link
    assert "<mark>Walkusz</mark>" in html  # the word found, marked in the snippet
    assert 'id="sql-query"' not in html and "_show_sql=1" in html  # the SQL only when asked for


@pytest.mark.parametrize("query", ["", "   ", '"', "AND (", "NEAR(", "*", "a:b", "-", "’"])
def test_search_never_breaks_on_odd_input(datasette, query):
    assert isinstance(search(datasette, query), list)


def test_the_table_search_box_keeps_working(datasette):
    rows = get(datasette, "/archive/articles.json?_search=Walkusz&_shape=array").json()
    assert [r["url"] for r in rows] == [SEED_URL]


def test_the_plugin_sql_functions(datasette):
    rows = get(datasette, "/archive.json?sql=select+polish_query('Walkusza+sesji')+as+q,+polish_query('')+as+e&_shape=array").json()
    assert rows == [{"q": '(("walkusza" OR "walkusz")) AND (("sesji" OR "sesja"))', "e": None}]


# --- reading ----------------------------------------------------------------------------------
def article_id(database, node_id):
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT id FROM articles WHERE node_id = ?", [node_id]).fetchone()[0]


def test_the_article_page_shows_what_a_reader_wants(datasette, database):
    page = get(datasette, f"/-/article/archive/{article_id(database, 87123)}")
    assert page.status_code == 200
    html = page.text
    assert "<h1>Spotkanie Konwentu Przewodniczących Rad</h1>" in html
    assert "2025-06-24, 12:40" in html
    assert "<strong>W Toruniu odbyło się drugie spotkanie" in html
    for expected in ("Magdalena Dębczyńska-Wróblewska", "CC-BY-NC-4.0", "© Urząd Miasta Torunia 2025",
                     "Maja Lewandowska-Robak — dyrektor Biura Metropolii", "Obrady konwentu", "History"):  # fmt: skip
        assert expected in html
    assert get(datasette, "/-/article/archive/999999").status_code == 404
    assert get(datasette, "/-/article/nosuchdb/1").status_code == 404


def test_the_article_page_and_the_export_read_an_article_alike(datasette, database):
    from html import escape

    archive = Archive(database)
    exported = list(archive.export())
    archive.close()
    for article in exported:
        html = get(datasette, f"/-/article/archive/{article_id(database, article['node_id'])}").text
        shown = [person["name"] + (f" — {person['role']}" if person["role"] else "") for person in article["people"]]
        shown += [credit["person"] or credit["organisation"] for credit in article["credits"]]
        shown += [*article["tags"], *(image["url"] for image in article["images"])]
        for text in shown:
            assert escape(text, quote=False) in html, (article["node_id"], text)
        assert html.count("<tr><td>") >= article["revisions"]


def test_scraped_scripts_never_reach_a_reader(datasette, database):
    with sqlite3.connect(database) as connection:
        body_html = connection.execute("SELECT body_html FROM articles WHERE node_id = 666").fetchone()[0]
    html = get(datasette, f"/-/article/archive/{article_id(database, 666)}").text
    for rendered in (body_html, html):
        assert "alert(" not in rendered.replace("&lt;script&gt;alert(&#x27;text&#x27;)", "").replace(
            "&lt;script&gt;alert('text')", "").replace("onerror=alert(1)&gt;", "").replace("onerror=alert(1)", "")  # fmt: skip
        assert "<script>alert" not in rendered
        assert "javascript:" not in rendered
        assert "onclick" not in rendered and 'onerror="' not in rendered
    assert "&lt;script&gt;" in body_html, "markup written as text is shown as text"


# --- counting ---------------------------------------------------------------------------------
CANNED = ["search", "newest_articles", "articles_per_month", "articles_naming_person", "credits_by_photographer", "photos_by_licence"]


@pytest.mark.parametrize("query", CANNED)
def test_every_canned_query_runs_and_downloads(datasette, query):
    params = {"search": "?q=Walkusza", "articles_naming_person": "?person=Walkusz", "credits_by_photographer": "?photographer="}.get(query, "")
    as_json = get(datasette, f"/archive/{query}.json{params}{'&' if params else '?'}_shape=array")
    assert as_json.status_code == 200 and as_json.json(), query
    as_csv = get(datasette, f"/archive/{query}.csv{params}")
    assert as_csv.status_code == 200 and as_csv.text.count("\n") >= 2


def test_every_table_downloads_as_csv_and_json(datasette, database):
    with sqlite3.connect(database) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'articles_fts%'")]
    for name in names:
        assert get(datasette, f"/archive/{name}.json").status_code == 200, name
        assert get(datasette, f"/archive/{name}.csv?_size=max").status_code == 200, name


def test_articles_per_month_and_the_chart_link(datasette):
    rows = get(datasette, "/archive/articles_per_month.json?_shape=array").json()
    assert rows == [{"month": "2025-02", "articles": 1}, {"month": "2025-03", "articles": 1}, {"month": "2025-04", "articles": 0},
                    {"month": "2025-05", "articles": 0}, {"month": "2025-06", "articles": 1}]  # fmt: skip
    assert "articles_per_month#g.mark=bar" in get(datasette, "/").text
    assert "articles_per_month#g.mark=bar" in get(datasette, "/archive").text
    page = get(datasette, "/archive/articles_per_month").text
    assert "datasette_vega" in page, "the chart plugin is on the page"
    assert 'history.replaceState(null, "", "#g.mark=bar' in page, "opened without a chart in its address, the page draws one"


def test_people_photographers_and_licences(datasette):
    rows = get(datasette, "/archive/articles_naming_person.json?person=Pietrucie&_shape=array").json()
    assert [(r["person"], r["role_in_article"]) for r in rows] == [("Rafał Pietrucień", "zastępca Prezydenta Torunia")]
    rows = get(datasette, "/archive/credits_by_photographer.json?photographer=&_shape=array").json()
    assert {(r["photographer"], r["licences"]) for r in rows} == {
        ("Magdalena Dębczyńska-Wróblewska", "CC-BY-NC-4.0"), ("Anna Kowalska", "LicenseRef-All-Rights-Reserved")}  # fmt: skip
    rows = get(datasette, "/archive/photos_by_licence.json?_shape=array").json()
    assert {(r["licence"], r["photo_credits"]) for r in rows} == {("CC-BY-NC-4.0", 1), ("LicenseRef-All-Rights-Reserved", 1)}
    facets = get(datasette, "/archive/photo_credits.json?_facet=photographer&_facet=licence").json()["facet_results"]
    assert {f["value"] for f in facets["photographer"]["results"]} == {"Magdalena Dębczyńska-Wróblewska", "Anna Kowalska"}
    people = {r["name"]: r for r in get(datasette, "/archive/people_overview.json?_shape=array&_size=max").json()}
    assert people["Łukasz Walkusz"]["articles_naming"] == 1
    assert people["Anna Kowalska"]["photo_credits"] == 1


def test_atom_feed_of_the_newest_articles(datasette):
    response = get(datasette, "/archive/newest_articles.atom")
    assert response.status_code == 200
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    titles = [e.find("{http://www.w3.org/2005/Atom}title").text for e in entries]
    assert titles == ["Spotkanie Konwentu Przewodniczących Rad", "Żółw wrócił z Łodzi do Torunia", "Uwaga na oszustów"]


# --- serving safely ---------------------------------------------------------------------------
def test_no_write_through_the_web(datasette):
    assert get(datasette, "/archive.json?sql=delete+from+articles").status_code == 400
    assert get(datasette, "/archive.json?sql=update+articles+set+title='x'").status_code == 400
    response = asyncio.run(datasette.client.post("/archive/-/query", data={"sql": "delete from articles"}))
    assert response.status_code in (400, 403, 404, 405)
    assert get(datasette, "/archive.json?sql=select+count(*)+as+n+from+articles&_shape=array").json() == [{"n": 3}]


def test_metadata_follows_the_database_name(tmp_path):
    metadata = metadata_for(tmp_path / "torun-2025.db", ROOT / "datasette-metadata.json")
    assert "torun-2025" in metadata["databases"] and "archive" not in metadata["databases"]
    assert "/torun-2025/search" in metadata["description_html"]


# --- search as a researcher types it ------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"sesji radni"', {"Żółw wrócił z Łodzi do Torunia"}),  # a phrase: these words, in this order
        ('"radni sesji"', set()),
        ("żółw OR Walkusz", {"Żółw wrócił z Łodzi do Torunia", "Spotkanie Konwentu Przewodniczących Rad"}),
        ("Torunia -żółw", {"Spotkanie Konwentu Przewodniczących Rad"}),
        ("Torunia", {"Spotkanie Konwentu Przewodniczących Rad", "Żółw wrócił z Łodzi do Torunia"}),
        ("-żółw", set()),  # nothing asked for, only left out
        ("Kowalska", {"Żółw wrócił z Łodzi do Torunia"}),  # a credited photographer finds the article with her photo
        ("KOWALSKIEJ", {"Żółw wrócił z Łodzi do Torunia"}),
    ],
)
def test_search_takes_phrases_or_exclusions_and_names(datasette, query, expected):
    assert set(search(datasette, query)) == expected, query


def test_every_word_finds_the_same_with_and_without_diacritics(database):
    from archiver.lemmas import fold
    from archiver.search import WORD, fts_query

    with sqlite3.connect(database) as connection:
        text = " ".join(r[0] for r in connection.execute("SELECT title || ' ' || coalesce(lead, '') || ' ' || body_text FROM articles"))
        words = {w for w in WORD.findall(text) if fold(w) != w.lower()}
        count = lambda q: connection.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [fts_query(q)]).fetchone()[0]  # noqa: E731
        differ = [w for w in sorted(words) if count(w) != count(fold(w)) or count(w) != count(w.upper())]
    assert len(words) > 50 and not differ


def test_a_search_shows_its_total_and_exports_every_match(datasette):
    html = get(datasette, "/archive/search?q=torun").text
    total = int(re.search(r'<p class="search-total"><strong>(\d+) article', html).group(1))
    assert total == len(search(datasette, "torun")) == 2
    listing = get(datasette, "/archive/article_list.json?_search=Toruniu&_shape=objects")
    assert listing.json()["filtered_table_rows_count"] == total
    csv_rows = list(csv.reader(io.StringIO(get(datasette, "/archive/article_list.csv?_search=TORUŃ&_stream=on").text)))
    assert len(csv_rows) == 1 + total
    for kind in ("CSV", "JSON"):  # the page's own links to every match
        link = html_unescape(re.search(rf'<a href="([^"]+)">{kind}</a>', html.split('class="search-total"')[1]).group(1))
        body = get(datasette, link).text
        found = list(csv.reader(io.StringIO(body)))[1:] if kind == "CSV" else json.loads(body)
        assert len(found) == total, kind
    # the table search box searches the Polish way too
    assert len(get(datasette, "/archive/articles.json?_search=zolwiem&_shape=array").json()) == 1


def test_a_person_is_found_by_any_form_of_the_name(datasette):
    for form in ("Walkusz", "Walkusza", "walkuszem", "Łukasza Walkusza", "lukasz walkusz", "WALKUSZOWI"):
        rows = get(datasette, f"/archive/articles_naming_person.json?person={form}&_shape=array").json()
        assert {r["person"] for r in rows} == {"Łukasz Walkusz"}, form


def test_feeds_validate_and_exist_per_section_and_person(datasette):
    atom = "{http://www.w3.org/2005/Atom}"
    for path in ("/archive/newest_articles.atom", "/archive/newest_in_section.atom?section=x",
                 "/archive/newest_naming_person.atom?person=Walkusza", "/archive/newest_naming_person.atom?person=nikt"):  # fmt: skip
        response = get(datasette, path)
        assert response.status_code == 200, path
        feed = ElementTree.fromstring(response.content)
        entries = feed.findall(f"{atom}entry")
        assert feed.find(f"{atom}updated") is not None
        assert feed.find(f"{atom}author") is not None or all(e.find(f"{atom}author/{atom}name").text for e in entries), path
        for entry in entries:
            assert re.fullmatch(r"tag:[a-z0-9.-]+,\d{4}(-\d\d(-\d\d)?)?:\S+", entry.find(f"{atom}id").text)
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", entry.find(f"{atom}updated").text)
    named = ElementTree.fromstring(get(datasette, "/archive/newest_naming_person.atom?person=Walkusza").content)
    assert [e.find(f"{atom}title").text for e in named.findall(f"{atom}entry")] == ["Spotkanie Konwentu Przewodniczących Rad"]


def test_the_history_shows_what_each_version_changed(tmp_path):
    db = tmp_path / "archive.db"
    archive = Archive(db)
    first = extract_article(OTHER_PAGE, "https://www.torun.pl/pl/zolw", TORUN)
    archive.save_article(first, fetched_at="2025-03-03T10:00:00Z")
    edited = {**first, "body_text": first["body_text"].replace("ostatniej sesji", "wczorajszej sesji") + "\n\nŻółw ma się dobrze."}
    archive.save_article(edited, fetched_at="2025-03-04T10:00:00Z")
    archive.close()
    ds = Datasette([str(db)], metadata=metadata_for(db, ROOT / "datasette-metadata.json"))
    html = get(ds, "/-/article/archive/1").text
    assert "<del>ostatniej </del><ins>wczorajszej </ins>" in html
    assert "<ins>" in html.split("Żółw ma się dobrze")[0][-40:], "the added paragraph is marked as added"
    assert "2025-03-04 10:00" in html and "the first version archived" in html


def test_no_search_a_person_types_is_an_fts_error():
    import random

    from archiver.search import SearchTooLong, fts_query

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    connection.execute("INSERT INTO t VALUES ('Rada Miasta zebrała się w sprawie budżetu')")
    pieces = ['"', "-", "OR", "AND", "NOT", "NEAR(", "(", ")", "*", ":", "^", "{a}", "rada", "Łódź", "-rada", '"rada', "’", "\\", "'", "x:y", " "]
    rng = random.Random(13)
    for _ in range(2000):
        query = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
        try:
            expression = fts_query(query)
        except SearchTooLong:
            continue
        if expression is not None:
            connection.execute("SELECT count(*) FROM t WHERE t MATCH ?", [expression]).fetchone()  # raises on bad syntax
