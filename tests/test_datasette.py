"""The archive in Datasette: metadata applies, search finds the seed article, nothing is writable."""

import asyncio
import json

import pytest
from datasette.app import Datasette

from archiver.extract import extract_article
from archiver.publish import metadata_for
from archiver.store import Archive
from tests.conftest import ROOT, SEED_PAGE

SEED_URL = "https://www.torun.pl/pl/spotkanie-konwentu-przewodniczacych-rad"


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    db = tmp_path_factory.mktemp("ds") / "archive.db"
    archive = Archive(db)
    archive.save_article(extract_article(SEED_PAGE.read_bytes(), SEED_URL))
    other = extract_article(SEED_PAGE.read_bytes(), SEED_URL)
    archive.save_article({**other, "node_id": 1, "url": "https://www.torun.pl/pl/inny", "title": "Inny artykuł",
                          "lead": "O czymś innym.", "body_text": "Budżet obywatelski.", "credits": [], "people": []})  # fmt: skip
    archive.close()
    ds = Datasette([str(db)], metadata=metadata_for(db, ROOT / "datasette-metadata.json"))
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_metadata_applies(datasette):
    response = get(datasette, "/-/metadata.json")
    assert response.status_code == 200
    assert "Toruń" in response.json()["title"]
    tables = {t["name"]: t for t in get(datasette, "/archive.json").json()["tables"]}
    assert tables["articles_fts"]["hidden"] is True
    assert not tables["articles"]["hidden"]


def test_table_search_finds_the_seed_article(datasette):
    rows = get(datasette, "/archive/articles.json?_search=Walkusz&_shape=array").json()
    assert [row["url"] for row in rows] == [SEED_URL]
    rows = get(datasette, "/archive/articles.json?_search=przewodniczacych&_shape=array").json()
    assert [row["url"] for row in rows] == [SEED_URL]


def test_search_query_ranks_and_guards_an_empty_query(datasette):
    rows = get(datasette, "/archive/search.json?q=Walkusz&_shape=array").json()
    assert [row["url"] for row in rows] == [SEED_URL]
    assert "[Walkusz]" in rows[0]["snippet"]
    empty = get(datasette, "/archive/search.json?q=&_shape=array")
    assert empty.status_code == 200
    assert empty.json() == []


def test_credits_are_browsable_with_licence_facet(datasette):
    data = get(datasette, "/archive/credits.json?_facet=license_id&_labels=on").json()
    facet = {v["value"]: v["count"] for v in data["facet_results"]["license_id"]["results"]}
    assert facet == {"CC-BY-NC-4.0": 1}


def test_no_write_through_the_web(datasette):
    response = asyncio.run(datasette.client.post("/archive/-/query", data={"sql": "delete from articles"}))
    assert response.status_code in (400, 403, 404, 405)
    count = get(datasette, "/archive.json?sql=select+count(*)+as+n+from+articles&_shape=array").json()
    assert count == [{"n": 2}]
    blocked = get(datasette, "/archive.json?sql=delete+from+articles")
    assert blocked.status_code == 400


def test_metadata_follows_the_database_name(tmp_path):
    metadata = metadata_for(tmp_path / "torun-2025.db", ROOT / "datasette-metadata.json")
    assert "torun-2025" in metadata["databases"] and "archive" not in metadata["databases"]
    json.dumps(metadata)


def test_articles_naming_a_person_in_any_form(datasette):
    rows = get(datasette, "/archive/articles_naming_person.json?person=Pietrucie&_shape=array").json()
    assert [(r["person"], r["role_in_article"]) for r in rows] == [("Rafał Pietrucień", "zastępca Prezydenta Torunia")]
    assert get(datasette, "/archive/articles_naming_person.json?person=Lewandowska-Robak&_shape=array").json()


def test_credits_by_photographer_and_photos_by_licence(datasette):
    rows = get(datasette, "/archive/credits_by_photographer.json?photographer=&_shape=array").json()
    assert [(r["photographer"], r["photo_credits"], r["licences"]) for r in rows] == [
        ("Magdalena Dębczyńska-Wróblewska", 1, "CC-BY-NC-4.0")
    ]
    rows = get(datasette, "/archive/photos_by_licence.json?_shape=array").json()
    assert [(r["licence"], r["photo_credits"], r["copyright_holders"]) for r in rows] == [
        ("CC-BY-NC-4.0", 1, "Urząd Miasta Torunia")
    ]


def test_people_are_browsable_with_counts(datasette):
    rows = get(datasette, "/archive/people_overview.json?_shape=array&_size=max").json()
    by_name = {r["name"]: r for r in rows}
    assert by_name["Łukasz Walkusz"]["articles_naming"] == 1
    assert by_name["Magdalena Dębczyńska-Wróblewska"]["photo_credits"] == 1
    facets = get(datasette, "/archive/mentions.json?_facet=role").json()["facet_results"]["role"]["results"]
    assert any(f["value"] == "dyrektor Biura Metropolii" for f in facets)
