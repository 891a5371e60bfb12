import copy
import sqlite3

import pytest
import sqlite_utils

from archiver.extract import extract_article
from archiver.search import fts_query
from archiver.store import Archive, ArchiveError
from archiver.store.schema import MIGRATIONS, SCHEMA_VERSION, schema_version
from tests.conftest import SEED_PAGE, TORUN

SEED_URL = "https://www.torun.pl/pl/spotkanie-konwentu-przewodniczacych-rad"


@pytest.fixture
def seed():
    return extract_article(SEED_PAGE.read_bytes(), SEED_URL, TORUN)


@pytest.fixture
def archive(tmp_path):
    archive = Archive(tmp_path / "archive.db", short_names=TORUN.short_names)
    yield archive
    archive.close()


def test_export_returns_what_was_extracted(archive, seed):
    assert archive.save_article(seed) == "new"
    (exported,) = archive.export()
    history = {k: exported.pop(k) for k in ("status", "sections", "first_seen_at", "last_seen_at", "revisions")}
    assert exported == {k: v for k, v in seed.items() if k != "rejected_urls"}, "all but the extractor's notes"
    assert history["revisions"] == 1
    assert (history["status"], history["sections"]) == ("archived", []), "stored by hand: in no listing section"


def test_saving_again_never_duplicates(archive, seed):
    archive.save_article(seed)
    assert archive.save_article(copy.deepcopy(seed)) == "unchanged"
    db = archive.db
    assert db["articles"].count == 1
    assert db["credits"].count == 2
    assert db["images"].count == 3
    named = {p["name"] for p in seed["people"]} | {c["person"] for c in seed["credits"] if c["person"]}
    assert db["people"].count == len(named) == 9  # two credited, seven named in the text
    assert db["mentions"].count == 7
    assert db["article_revisions"].count == 1


def test_a_change_is_a_new_revision_of_the_same_article(archive, seed):
    archive.save_article(seed)
    changed = {**seed, "body_text": seed["body_text"] + "\n\nSprostowanie."}
    assert archive.save_article(changed) == "changed"
    assert archive.db["articles"].count == 1
    assert archive.db["article_revisions"].count == 2
    assert next(archive.export())["revisions"] == 2


def test_slug_change_keeps_the_node(archive, seed):
    archive.save_article(seed)
    archive.save_article({**seed, "url": SEED_URL + "-nowy-adres"})
    assert archive.db["articles"].count == 1
    assert next(archive.export())["url"] == SEED_URL + "-nowy-adres"


def test_normalised_tables_link_up(archive, seed):
    archive.save_article(seed)
    db = archive.db
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    row = db.execute(
        "SELECT people.name, holders.name, licenses.id, licenses.url FROM credits "
        "JOIN people ON people.id = credits.person_id "
        "JOIN organisations holders ON holders.id = credits.copyright_holder_id "
        "JOIN licenses ON licenses.id = credits.license_id"
    ).fetchone()
    assert row == ("Magdalena Dębczyńska-Wróblewska", "Urząd Miasta Torunia", "CC-BY-NC-4.0",
                   "https://creativecommons.org/licenses/by-nc/4.0/")  # fmt: skip


def test_expanded_abbreviations_keep_their_short_form(archive, seed):
    archive.save_article(seed)
    row = archive.db.execute("SELECT name, short_name FROM organisations WHERE name = 'Urząd Miasta Torunia'").fetchone()
    assert row == ("Urząd Miasta Torunia", "UMT")
    assert archive.db.execute("SELECT short_name FROM organisations WHERE name = 'Biuro Rady Miasta'").fetchone() == (None,)


def test_full_text_search_folds_diacritics(archive, seed):
    archive.save_article(seed)
    archive.save_article({**seed, "body_text": "zmieniony tekst bez nazwiska"})
    hits = lambda q: archive.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [q]).fetchone()[0]  # noqa: E731
    assert hits("Walkusz") == 1  # still in the lead
    assert hits("Torunia") == 1
    assert hits("przewodniczacych") == 1  # "Przewodniczących" without diacritics
    assert hits("nazwiska") == 1
    assert archive.db.execute("SELECT count(*) FROM articles_fts WHERE body_text MATCH 'Grzybowska'").fetchone()[0] == 0  # credits are not body text
    assert hits("Grzybowska") == 1  # but a credited person finds the article (search_text)
    archive.save_article({**seed, "body_text": "zmieniony tekst bez nazwiska", "credits": []})
    assert hits("Grzybowska") == 0  # and no longer once the credit is gone


def test_full_text_index_follows_every_write_after_all_migrations(archive, seed):
    triggers = {row[0] for row in archive.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"articles_ai", "articles_ad", "articles_au"} <= triggers
    archive.save_article(seed)
    archive.save_article({**seed, "body_text": "nowa treść"})
    archive.save_article({**seed, "node_id": 5, "url": "https://www.torun.pl/pl/inny"})
    # rank = 1 makes FTS5 compare the index with the articles table itself
    archive.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    count = archive.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'nowa'").fetchone()[0]
    assert count == 1


def test_schema_is_migrated_once(tmp_path, seed):
    path = tmp_path / "a.db"
    Archive(path).close()
    db = sqlite_utils.Database(path)
    assert schema_version(db) == len(MIGRATIONS)
    db.close()
    archive = Archive(path)  # opening again applies nothing and keeps the data
    archive.save_article(seed)
    archive.close()
    assert Archive(path).article_count() == 1


def test_unusable_database_is_a_clear_error(tmp_path):
    not_sqlite = tmp_path / "x.db"
    not_sqlite.write_text("this is not a database" * 100)
    with pytest.raises(ArchiveError, match="is not an archive"):
        Archive(not_sqlite)
    with pytest.raises(ArchiveError, match="no archive"):
        Archive(tmp_path / "missing.db", create=False)


def test_nothing_is_written_into_a_file_that_is_not_an_archive(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(ArchiveError, match="is empty, not an archive"):
        Archive(empty, create=False)
    assert empty.stat().st_size == 0 and not (tmp_path / "empty.db-wal").exists()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text)")
    before = other.read_bytes()
    for create in (True, False):
        with pytest.raises(ArchiveError, match="something else|not an archive"):
            Archive(other, create=create)
    assert other.read_bytes() == before
    Archive(empty).close()  # a crawl may start an archive in an empty file
    assert rows_of(empty, "SELECT count(*) FROM articles") == [(0,)]


def test_a_newer_schema_is_refused_before_anything_changes(tmp_path):
    path = tmp_path / "future.db"
    Archive(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match="newer than this archiver knows"):
        Archive(path)
    assert path.read_bytes() == before, "not even the journal mode"
    assert not (tmp_path / "future.db-wal").exists()


def rows_of(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_a_failed_save_never_leaves_stale_ids_behind(archive, seed):
    """A rolled-back article's new people must not be remembered: SQLite reuses their row ids."""

    def crediting(person: str, node_id: int, **attachment) -> dict:
        credit = {**seed["credits"][0], "person": person, "organisation": None}
        return {**seed, "node_id": node_id, "url": f"https://www.torun.pl/pl/{node_id}", "credits": [credit],
                "attachments": [{"url": "https://www.torun.pl/a.pdf", "title": "a", "mime": None, "size_bytes": None, **attachment}]}

    with pytest.raises(OverflowError):
        archive.save_article(crediting("Zofia Wrogowska", 1, size_bytes=10**30))
    archive.save_article(crediting("Adam Niewinny", 2))
    archive.save_article(crediting("Zofia Wrogowska", 3))
    credited = dict(archive.db.execute(
        "SELECT articles.node_id, people.name FROM credits JOIN people ON people.id = credits.person_id "
        "JOIN articles ON articles.id = credits.article_id").fetchall())  # fmt: skip
    assert credited == {2: "Adam Niewinny", 3: "Zofia Wrogowska"}


def archive_of_schema(path, version: int, article: dict):
    """An archive as a release with ``version`` migrations left it (counted in user_version), with one article."""
    old = sqlite_utils.Database(path)
    for migration in MIGRATIONS[:version]:
        migration(old)
    old.execute(f"PRAGMA user_version = {version}")
    old["articles"].insert(article)
    old.close()
    return path


def test_an_archive_from_before_the_migrations_set_gets_only_what_it_lacks(tmp_path, seed):
    """Archives made before sqlite-utils' migrations counted theirs in user_version alone."""
    path = archive_of_schema(tmp_path / "old.db", 5, {"url": "https://www.torun.pl/pl/stary", "title": "Stary", "status": "active"})

    archive = Archive(path)

    applied = [row[0] for row in archive.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == [m.__name__.lstrip("_") for m in MIGRATIONS]
    assert schema_version(archive.db) == SCHEMA_VERSION
    assert "urls_rejected" in archive.db["crawl_runs"].columns_dict and archive.db["listing_walks"].exists()
    assert archive.article_count() == 1
    archive.save_article(seed)
    archive.close()
    assert Archive(path).article_count() == 2


def test_photo_credits_list_newest_first_before_and_after_the_migration_that_dates_them(tmp_path, seed):
    """Migration 10 copies each article's publication time onto its credits; a save keeps it there."""
    path = archive_of_schema(tmp_path / "v9.db", 9, {"url": "https://www.torun.pl/pl/stary", "title": "Stary", "status": "active",
                                                      "published_at": "2019-03-01T10:00:00+01:00"})
    old = sqlite_utils.Database(path)
    old_id = old.execute("SELECT id FROM articles").fetchone()[0]
    old["credits"].insert({"article_id": old_id, "position": 0, "role": "photo", "raw": "Fot. Jan Lis"})
    old.close()

    archive = Archive(path)
    newer = {**copy.deepcopy(seed), "published_at": "2024-05-06T12:00:00+02:00"}
    archive.save_article(newer)

    listed = [(row["article"], row["published_at"]) for row in archive.db.query("SELECT * FROM photo_credits ORDER BY published_at DESC")]
    assert listed[-1] == ("Stary", "2019-03-01T10:00:00+01:00")
    assert {published for _, published in listed[:-1]} == {"2024-05-06T12:00:00+02:00"} and len(listed) > 1
    plan = " ".join(row[3] for row in archive.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM photo_credits WHERE photographer = 'Jan Lis' ORDER BY published_at DESC LIMIT 51"))
    assert "TEMP B-TREE" not in plan, plan  # read in order from the index, not sorted


def test_an_initial_joins_the_one_person_of_that_name_across_articles(archive, seed):
    def article(node_id, people):
        return {**copy.deepcopy(seed), "node_id": node_id, "url": f"{SEED_URL}-{node_id}", "title": f"Artykuł {node_id}",
                "people": [{"name": name, "role": None, "forms": [name]} for name in people]}  # fmt: skip

    archive.save_article(article(1, ["Adam Zakrzewski", "Anna Nowak", "Adam Nowak"]))
    archive.save_article(article(2, ["A. Zakrzewski", "A. Nowak"]))

    people = {row["name"]: row["forms"] for row in archive.db.query("SELECT name, forms FROM people")}
    assert "A. Zakrzewski" not in people and people["Adam Zakrzewski"] == '["Adam Zakrzewski", "A. Zakrzewski"]'
    assert "A. Nowak" in people, "two people could be A. Nowak: kept apart"

    archive.save_article(article(3, ["Zakrzewski", "Nowak", "Lis"]))  # "radny Zakrzewski", "radna Nowak", "radny Lis"
    people = {row["name"]: row["forms"] for row in archive.db.query("SELECT name, forms FROM people")}
    assert "Zakrzewski" not in people and '"Zakrzewski"' in people["Adam Zakrzewski"]
    assert "Nowak" in people and "Lis" in people, "a surname no one or two people share stays a person of its own"

    archive.save_article(article(4, ["Marek Albin"]))
    archive.save_article(article(5, ["Albin"]))  # "ks. Albin": a priest known by his first name
    people = {row["name"]: row["forms"] for row in archive.db.query("SELECT name, forms FROM people")}
    assert "Albin" in people and people["Marek Albin"] == '["Marek Albin"]', "a first name alone joins nobody's surname"

    archive.save_article(article(6, ["Anna Walczak–Caban"]))
    archive.save_article(article(7, ["Anna Walczak - Caban", "Anna Walczak", "Anna Walczak Caban"]))
    people = {row["name"]: row["forms"] for row in archive.db.query("SELECT name, forms FROM people")}
    assert people["Anna Walczak–Caban"] == '["Anna Walczak–Caban", "Anna Walczak - Caban", "Anna Walczak Caban"]', "spaced otherwise: one person"
    assert "Anna Walczak - Caban" not in people and "Anna Walczak" in people


def test_an_archive_of_schema_8_is_searchable_after_migrating(tmp_path, seed):
    path = archive_of_schema(tmp_path / "v8.db", 8, {"url": "https://www.torun.pl/pl/stary", "title": "Stary żółw",
                             "body_text": "Został w Łodzi.", "published_at": "2020-05-01T10:00:00+02:00", "status": "active"})  # fmt: skip

    archive = Archive(path)
    archive.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    hits = lambda q: archive.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [fts_query(q)]).fetchone()[0]  # noqa: E731
    assert hits("zostal") == hits("ZOSTAŁ") == hits("lodz") == hits("ZOLW") == 1
    archive.save_article(seed)
    archive.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    archive.close()


def test_the_search_index_runs_in_the_order_of_publication(archive, seed):
    dates = ["2024-03-01T10:00:00+01:00", "2019-01-01T08:00:00+01:00", "2024-03-01T10:00:00+01:00", "2022-07-15T12:00:00+02:00"]
    for number, published in enumerate(dates):
        archive.save_article({**seed, "node_id": 100 + number, "url": f"{SEED_URL}-{number}", "published_at": published})
    newest_first = [r[0] for r in archive.db.execute(
        "SELECT articles.published_at FROM articles_fts JOIN articles ON articles.search_key = articles_fts.rowid "
        "WHERE articles_fts MATCH 'walkusz' ORDER BY articles_fts.rowid DESC")]  # fmt: skip
    assert newest_first == sorted(dates, reverse=True), "two articles of one second both kept, in their own slots"
    archive.save_article({**seed, "node_id": 101, "url": f"{SEED_URL}-1", "published_at": "2025-01-01T09:00:00+01:00"})
    (newest,) = archive.db.execute("SELECT articles.node_id FROM articles_fts JOIN articles ON articles.search_key = articles_fts.rowid "
                                   "WHERE articles_fts MATCH 'walkusz' ORDER BY articles_fts.rowid DESC LIMIT 1").fetchone()  # fmt: skip
    assert newest == 101, "a corrected date moves the article in the index"
    archive.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
