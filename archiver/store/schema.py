"""The archive's schema, created and migrated by code, with sqlite-utils' own migrations.

Each migration is registered in one ``Migrations`` set; sqlite-utils records the ones applied in
``_sqlite_migrations``. ``PRAGMA user_version`` is kept equal to their number, so an archive of a
newer schema is recognised (and refused) before anything is opened for writing, and an archive
made before the set existed (which counted its migrations in ``user_version`` alone) is recorded
as having had that many. A migration is only ever appended, never edited once released.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import sqlite_utils
from sqlite_utils.migrations import Migrations

FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def _v1_initial(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {
            "id": int,
            "node_id": int,
            "url": str,
            "section": str,
            "title": str,
            "published_at": str,
            "modified_at": str,
            "lead": str,
            "body_text": str,
            "body_markdown": str,
            "content_hash": str,
            "fetched_url": str,
            "first_seen_at": str,
            "last_seen_at": str,
            "last_changed_at": str,
            "status": str,
        },
        pk="id",
        not_null={"url", "status"},
        defaults={"status": "active"},
    )
    db["articles"].create_index(["node_id"], unique=True)
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["published_at"])
    db["articles"].create_index(["section"])

    db["article_revisions"].create(
        {"id": int, "article_id": int, "content_hash": str, "fetched_at": str, "title": str, "lead": str, "body_text": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "content_hash", "fetched_at"},
    )
    db["article_revisions"].create_index(["article_id", "fetched_at"])

    db["people"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["people"].create_index(["name"], unique=True)
    db["organisations"].create({"id": int, "name": str, "short_name": str}, pk="id", not_null={"name"})
    db["organisations"].create_index(["name"], unique=True)
    db["licenses"].create({"id": str, "url": str}, pk="id")
    db["tags"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["tags"].create_index(["name"], unique=True)

    db["credits"].create(
        {
            "id": int,
            "article_id": int,
            "position": int,
            "role": str,
            "person_id": int,
            "organisation_id": int,
            "copyright_holder_id": int,
            "year": int,
            "license_id": str,
            "raw": str,
            "image_url": str,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("person_id", "people", "id"),
            ("organisation_id", "organisations", "id"),
            ("copyright_holder_id", "organisations", "id"),
            ("license_id", "licenses", "id"),
        ],
        not_null={"article_id", "role"},
    )
    for columns in (["article_id"], ["person_id"], ["organisation_id"], ["license_id"], ["role"]):
        db["credits"].create_index(columns)

    db["mentions"].create(
        {"id": int, "article_id": int, "person_id": int, "position": int, "role": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("person_id", "people", "id")],
        not_null={"article_id", "person_id"},
    )
    db["mentions"].create_index(["article_id"])
    db["mentions"].create_index(["person_id"])

    db["images"].create(
        {"id": int, "article_id": int, "position": int, "url": str, "alt": str, "caption": str, "credit": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "url"},
    )
    db["images"].create_index(["article_id"])
    db["attachments"].create(
        {"id": int, "article_id": int, "position": int, "url": str, "title": str, "mime": str, "size_bytes": int},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "url"},
    )
    db["attachments"].create_index(["article_id"])
    db["article_tags"].create(
        {"article_id": int, "tag_id": int},
        pk=("article_id", "tag_id"),
        foreign_keys=[("article_id", "articles", "id"), ("tag_id", "tags", "id")],
    )
    db["article_tags"].create_index(["tag_id"])

    db["crawl_runs"].create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "base_url": str,
            "full": int,
            "requests": int,
            "listing_pages": int,
            "articles_new": int,
            "articles_changed": int,
            "articles_unchanged": int,
            "errors": int,
            "duration_seconds": float,
        },
        pk="id",
        not_null={"started_at", "status"},
    )
    db["crawl_errors"].create(
        {"id": int, "run_id": int, "url": str, "kind": str, "reason": str, "occurred_at": str},
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
        not_null={"url", "reason", "occurred_at"},
    )
    db["crawl_errors"].create_index(["url"])

    db["articles"].enable_fts(["title", "lead", "body_text"], create_triggers=True, tokenize=FTS_TOKENIZER)


def _v2_people_forms_and_overview(db: sqlite_utils.Database) -> None:
    """Every written form of a name ("Łukasza Walkusza"), and people with their counts."""
    db["people"].add_column("forms", str)
    db["mentions"].add_column("forms", str)
    db.create_view(
        "people_overview",
        """
        select people.id, people.name,
          (select count(distinct article_id) from mentions where person_id = people.id) as articles_naming,
          (select count(*) from credits where person_id = people.id) as credits,
          (select count(*) from credits where person_id = people.id and role = 'photo') as photo_credits,
          (select group_concat(distinct role) from mentions where person_id = people.id) as roles,
          people.forms
        from people
        order by articles_naming desc, credits desc, people.name
        """,
    )


def _v3_captures_and_revalidation(db: sqlite_utils.Database) -> None:
    """Raw captures in WARC files, HTTP validators for conditional re-fetches, removal, resolved errors."""
    db["captures"].create(
        {
            "id": int,
            "run_id": int,
            "url": str,
            "kind": str,
            "warc_file": str,
            "offset": int,
            "length": int,
            "status": int,
            "record_type": str,
            "mime": str,
            "digest": str,
            "fetched_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
        not_null={"url", "kind", "warc_file", "offset", "fetched_at"},
    )
    db["captures"].create_index(["url"])
    db["captures"].create_index(["kind"])
    articles = db["articles"]
    # A plain ALTER keeps the FTS triggers; sqlite-utils' add_column(fk=…) rebuilds the table
    # to add the constraint, and the rebuild drops them.
    db.execute("ALTER TABLE articles ADD COLUMN capture_id INTEGER REFERENCES captures(id)")
    for column in ("etag", "http_last_modified", "sitemap_lastmod", "last_fetched_at", "removed_at"):
        articles.add_column(column, str)
    db["crawl_runs"].add_column("mode", str)
    db["crawl_runs"].add_column("warc_file", str)
    db["crawl_runs"].add_column("articles_removed", int)
    db["crawl_runs"].add_column("not_modified", int)
    db["crawl_runs"].add_column("media_captured", int)
    db["crawl_errors"].add_column("resolved_at", str)
    db["crawl_errors"].create_index(["resolved_at"])


def _v4_search_and_reading(db: sqlite_utils.Database) -> None:
    """Polish search (lemmas beside the text), year/month for facets, safe HTML for reading."""
    from archiver.store.derived import derived_columns

    for column, kind in (("search_text", str), ("year", int), ("month", str), ("body_html", str)):
        db["articles"].add_column(column, kind)
    for row in list(db.query("SELECT id, title, lead, body_text, body_markdown, published_at FROM articles")):
        db["articles"].update(row["id"], derived_columns(row))
    db["articles"].create_index(["year"])
    db["articles"].create_index(["month"])
    db["articles"].disable_fts()
    db["articles"].enable_fts(["title", "lead", "body_text", "search_text"], create_triggers=True, tokenize=FTS_TOKENIZER)
    db.create_view(
        "photo_credits",
        """
        select credits.id, articles.published_at, articles.title as article, people.name as photographer,
          organisations.name as organisation, holders.name as copyright_holder, credits.year,
          credits.license_id as licence, credits.image_url, credits.raw, credits.article_id
        from credits
        join articles on articles.id = credits.article_id
        left join people on people.id = credits.person_id
        left join organisations on organisations.id = credits.organisation_id
        left join organisations as holders on holders.id = credits.copyright_holder_id
        where credits.role = 'photo'
        order by articles.published_at desc
        """,
    )


def _v5_index_fetched_url(db: sqlite_utils.Database) -> None:
    """304s and removals find the article by the URL it was fetched from: without an index,
    each one scanned the whole table."""
    db["articles"].create_index(["fetched_url"])


def _v6_rejected_urls_and_relative_warc_paths(db: sqlite_utils.Database) -> None:
    """Count the URLs a run refused (not http(s)); name each run's WARC file relative to the
    archive's folder, so no server path is shown on a published page."""
    db["crawl_runs"].add_column("urls_rejected", int)
    folder = archive_folder(db)
    for run_id, warc_file in db.execute("SELECT id, warc_file FROM crawl_runs WHERE warc_file IS NOT NULL").fetchall():
        if folder and os.path.isabs(warc_file):
            db["crawl_runs"].update(run_id, {"warc_file": os.path.relpath(warc_file, folder)})


def _v7_walks_sections_and_reasons(db: sqlite_utils.Database) -> None:
    """How far each section's listing walk got (so an unfinished walk is resumed), the sections
    an article was listed in, why a run ended as it did, canonical links that were ignored."""
    db["listing_walks"].create(
        {"section": str, "run_id": int, "started_at": str, "updated_at": str, "reached_page": int, "last_page": int,
         "must_pass_page": int, "finished": int},
        pk="section",
        foreign_keys=[("run_id", "crawl_runs", "id")],
        not_null={"started_at", "reached_page", "must_pass_page"},
    )  # fmt: skip
    db["article_sections"].create(
        {"article_id": int, "section": str, "first_seen_at": str},
        pk=("article_id", "section"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_sections"].create_index(["section"])
    # The same as a JSON list on each article, for Datasette's facet (_facet_array=sections).
    db.execute("ALTER TABLE articles ADD COLUMN sections TEXT")  # a plain ALTER keeps the FTS triggers
    db["crawl_runs"].add_column("reason", str)
    db["crawl_runs"].add_column("canonicals_ignored", int)


def _v8_kind_of_source(db: sqlite_utils.Database) -> None:
    """What kind of source a credit names: an institution's archive, press materials, a collection, submitted."""
    db["credits"].add_column("source_kind", str)  # no foreign key: a plain ALTER, the table is not rebuilt


ARTICLE_NAMES_SQL = """
select people.name from mentions join people on people.id = mentions.person_id where mentions.article_id = :id
union all
select people.name from credits join people on people.id = credits.person_id where credits.article_id = :id
union all
select organisations.name from credits join organisations
  on organisations.id in (credits.organisation_id, credits.copyright_holder_id) where credits.article_id = :id
"""


def _v9_folded_search_and_reading_views(db: sqlite_utils.Database) -> None:
    """Search folded for every word (ł too) and by every name an article names or credits, its
    index keyed in the order of publication; people searchable by any form of their name; a
    compact article list; people with readable counts."""
    from archiver.search import search_terms

    db["articles"].disable_fts()
    db.execute("ALTER TABLE articles ADD COLUMN search_key INTEGER")  # a plain ALTER: the table is not rebuilt
    taken: set[int] = set()
    for row in list(db.query("SELECT id, title, lead, body_text, published_at, first_seen_at FROM articles ORDER BY id")):
        names = [r[0] for r in db.execute(ARTICLE_NAMES_SQL, {"id": row["id"]})]
        key = free_search_key(row["published_at"] or row["first_seen_at"], taken.__contains__)
        taken.add(key)
        db["articles"].update(row["id"], {"search_text": search_terms(row["title"], row["lead"], row["body_text"], names=names),
                                          "search_key": key})  # fmt: skip
    db["articles"].create_index(["search_key"], unique=True)
    create_article_search(db)
    db["people"].add_column("search_text", str)
    for row in list(db.query("SELECT id, name, forms FROM people")):
        db["people"].update(row["id"], {"search_text": person_search_text(row["name"], row["forms"])})
    db["people"].enable_fts(["name", "search_text"], create_triggers=True, tokenize=FTS_TOKENIZER)
    db["credits"].create_index(["person_id", "role"])
    db["credits"].create_index(["article_id", "role", "position"])  # an article's byline, for each entry of a feed
    db["mentions"].create_index(["person_id", "article_id"])
    # Facet counts within a year or a section read an index, not 100,000 article rows of ~4 KB each.
    for columns in (["year", "month"], ["year", "section"], ["section", "year"], ["section", "month"], ["section", "published_at"]):
        db["articles"].create_index(columns)
    db.execute("DROP VIEW IF EXISTS photo_credits")
    # As in migration 4, but without its ORDER BY (the table page sorts, so its counts and facets need no
    # sort) and with the article as a LEFT JOIN (every credit has one): a count or facet that needs nothing
    # of the article skips the lookup, once per credit of a photographer credited on thousands of articles.
    db.create_view(
        "photo_credits",
        """
        select credits.id, articles.published_at, articles.title as article, people.name as photographer,
          organisations.name as organisation, holders.name as copyright_holder, credits.year,
          credits.license_id as licence, credits.image_url, credits.raw, credits.article_id
        from credits
        left join articles on articles.id = credits.article_id
        left join people on people.id = credits.person_id
        left join organisations on organisations.id = credits.organisation_id
        left join organisations as holders on holders.id = credits.copyright_holder_id
        where credits.role = 'photo'
        """,
    )
    db.execute("DROP VIEW IF EXISTS people_overview")
    db.create_view(
        "people_overview",
        """
        select people.id, people.name,
          (select group_concat(value, ', ') from json_each(coalesce(people.forms, '[]'))) as forms,
          (select count(distinct article_id) from mentions where person_id = people.id) as articles_naming,
          (select count(*) from mentions where person_id = people.id) as mentions,
          (select count(distinct article_id) from credits where person_id = people.id) as articles_credited,
          (select count(*) from credits where person_id = people.id) as credits,
          (select count(*) from credits where person_id = people.id and role = 'photo') as photo_credits,
          (select group_concat(distinct role) from mentions where person_id = people.id) as roles
        from people
        order by articles_naming + articles_credited desc, people.name
        """,
    )
    db.create_view(
        "article_list",
        """
        select articles.id, articles.title, articles.published_at as published, articles.section,
          articles.lead,
          (select count(*) from mentions where mentions.article_id = articles.id) as people,
          (select count(*) from credits where credits.article_id = articles.id) as credits,
          articles.year, articles.status, articles.search_key
        from articles
        """,
    )


def _v10_credits_in_order_of_publication(db: sqlite_utils.Database) -> None:
    """Each credit keeps its article's publication time, so that the photo credits of a photographer
    credited on 26,000 articles list newest first from an index, and count and facet without reading
    26,000 articles of ~4 KB each (100,000 articles: from 235 ms to a few ms)."""
    db["credits"].add_column("published_at", str)  # no foreign key: a plain ALTER, the table is not rebuilt
    db.execute("UPDATE credits SET published_at = (SELECT published_at FROM articles WHERE articles.id = credits.article_id)")
    db["credits"].create_index(["role", "published_at"])
    db["credits"].create_index(["person_id", "role", "published_at"])
    db.execute("DROP VIEW IF EXISTS photo_credits")
    # The article's title and the organisations' names are looked up for the rows shown: a count or a
    # facet that needs none of them skips the lookups (SQLite 3.40 does not omit an unused LEFT JOIN).
    db.create_view(
        "photo_credits",
        """
        select credits.id, credits.published_at,
          (select title from articles where articles.id = credits.article_id) as article,
          people.name as photographer,
          (select name from organisations where organisations.id = credits.organisation_id) as organisation,
          (select name from organisations where organisations.id = credits.copyright_holder_id) as copyright_holder,
          credits.year, credits.license_id as licence, credits.image_url, credits.raw, credits.article_id
        from credits
        left join people on people.id = credits.person_id
        where credits.role = 'photo'
        """,
    )


SEARCH_KEY_SLOTS = 1024  # articles published in one second that the key can tell apart


def search_key_second(key: int) -> int:
    return key // SEARCH_KEY_SLOTS


def publication_second(moment: str | None) -> int:
    """An ISO 8601 time in seconds since 1970 (UTC when it names no offset); 0 when there is none."""
    try:
        when = datetime.fromisoformat(moment) if moment else None
    except ValueError:
        return 0
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return int(when.timestamp()) if when else 0


def free_search_key(moment: str | None, taken) -> int:
    """An article's key in the full-text index: its publication time in seconds, then a slot, so that
    the index's own order is the order of publication and a search can rank only its newest matches.
    ``taken(key)`` says whether another article has that key already."""
    second = publication_second(moment)
    for slot in range(SEARCH_KEY_SLOTS):
        key = second * SEARCH_KEY_SLOTS + slot
        if not taken(key):
            return key
    raise ValueError(f"more than {SEARCH_KEY_SLOTS} articles published at {moment}")


def create_article_search(db: sqlite_utils.Database) -> None:
    """The articles' full-text index, keyed by ``search_key`` (sqlite-utils' enable_fts keys it by
    rowid), kept in step with every write by triggers of the names sqlite-utils gives them."""
    columns = "title, lead, body_text, search_text"
    new = ", ".join(f"new.{c}" for c in columns.split(", "))
    old = ", ".join(f"old.{c}" for c in columns.split(", "))
    statements = [
        f"CREATE VIRTUAL TABLE articles_fts USING FTS5 ({columns}, content=[articles], content_rowid=[search_key], "
        f"tokenize='{FTS_TOKENIZER}')",
        f"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN "
        f"INSERT INTO articles_fts (rowid, {columns}) VALUES (new.search_key, {new}); END",
        f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN "
        f"INSERT INTO articles_fts (articles_fts, rowid, {columns}) VALUES ('delete', old.search_key, {old}); END",
        # Only when what is indexed changes: a crawl that sees an article again touches other columns.
        f"CREATE TRIGGER articles_au AFTER UPDATE OF {columns}, search_key ON articles BEGIN "
        f"INSERT INTO articles_fts (articles_fts, rowid, {columns}) VALUES ('delete', old.search_key, {old}); "
        f"INSERT INTO articles_fts (rowid, {columns}) VALUES (new.search_key, {new}); END",
        "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
    ]
    for statement in statements:
        db.execute(statement)


def person_search_text(name: str, forms_json: str | None) -> str:
    """What a person is found by: their name and every form of it seen, folded and lemmatised."""
    from archiver.search import search_terms

    return search_terms(name, *json.loads(forms_json or "[]"))


def archive_folder(db: sqlite_utils.Database) -> str | None:
    """The folder of the database file (None for an in-memory database)."""
    path = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
    return os.path.dirname(path) if path else None


MIGRATIONS = [
    _v1_initial,
    _v2_people_forms_and_overview,
    _v3_captures_and_revalidation,
    _v4_search_and_reading,
    _v5_index_fetched_url,
    _v6_rejected_urls_and_relative_warc_paths,
    _v7_walks_sections_and_reasons,
    _v8_kind_of_source,
    _v9_folded_search_and_reading_views,
    _v10_credits_in_order_of_publication,
]


SCHEMA_VERSION = len(MIGRATIONS)
ARCHIVE_MIGRATIONS = Migrations("torun-news-archive")
for _function in MIGRATIONS:
    ARCHIVE_MIGRATIONS(name=_function.__name__.lstrip("_"))(_function)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the database up to the current schema; returns the number of migrations applied."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the database has schema version {version}, newer than this archiver knows ({SCHEMA_VERSION}); "
            "upgrade the archiver"
        )
    if version and not ARCHIVE_MIGRATIONS.applied(db):  # from before the set: user_version counted them
        ARCHIVE_MIGRATIONS.ensure_migrations_table(db)
        recorded = str(datetime.now(timezone.utc))
        db[Migrations.migrations_table].insert_all(
            {"migration_set": ARCHIVE_MIGRATIONS.name, "name": migration.name, "applied_at": recorded}
            for migration in ARCHIVE_MIGRATIONS.pending(db)[:version]
        )
    pending = len(ARCHIVE_MIGRATIONS.pending(db))
    ARCHIVE_MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return pending

