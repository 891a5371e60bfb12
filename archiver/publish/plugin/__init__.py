"""The archive's Datasette plugin: Polish search functions, an article page, links to it, and
the guards that make it safe to publish (security headers, bounded requests, http(s)-only links).

Registered through the ``datasette`` entry point in pyproject.toml, so any Datasette in this
environment serving an archive gets it, `archiver serve` or a plain `datasette` alike.
"""

from __future__ import annotations

import re
import sqlite3

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from archiver.publish.headers import SecurityHeaders
from archiver.publish.limits import RequestLimits
from archiver.safe_html import clean_body_html
from archiver.publish.sqlfunctions import LINEAR_FUNCTIONS
from archiver.search import fts_query, snippet
from archiver.urls import web_url

ARTICLE_PATH = "/-/article/{database}/{id}"
ARTICLE_ID = re.compile(r"[0-9]{1,18}")  # what fits SQLite's 64-bit integer
# SQLite's memory in a serving process, all connections together, and the largest string or blob
# one value may be (an article page is at most 10 MB, its text far less): randomblob(1e9) or a
# huge group_concat() fails with an error instead of eating the machine.
HEAP_LIMIT_BYTES = 512 * 1024 * 1024
VALUE_LIMIT_BYTES = 16 * 1024 * 1024


@hookimpl
def prepare_connection(conn):
    conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT_BYTES}")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, VALUE_LIMIT_BYTES)
    conn.create_function("polish_query", 1, fts_query, deterministic=True)
    conn.create_function("polish_snippet", 2, snippet, deterministic=True)
    for name, (arguments, function) in LINEAR_FUNCTIONS.items():
        conn.create_function(name, arguments, function, deterministic=True)


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: SecurityHeaders(RequestLimits(app))


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["web_url"] = web_url
    env.filters["clean_body_html"] = clean_body_html


@hookimpl
def register_routes():
    return [(r"^/-/article/(?P<database>[^/]+)/(?P<id>[^/]+)$", article_page)]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Titles and article ids link to the article page."""
    if value is None:
        return None
    if column == "article_id" and table in (None, "credits", "mentions", "images", "attachments", "photo_credits"):
        # Datasette hands a foreign key over expanded ({"value": 1, "label": "…"}) on tables that declare it.
        article_id = value.get("value") if isinstance(value, dict) else value
        href = datasette.urls.path(ARTICLE_PATH.format(database=database, id=article_id))
        return Markup(f'<a href="{escape(href)}">read article {escape(article_id)}</a>')
    if table == "articles" and column == "title" and "id" in row.keys():
        href = datasette.urls.path(ARTICLE_PATH.format(database=database, id=row["id"]))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


CREDITS_SQL = """
select credits.role, people.name as person, organisations.name as organisation, holders.name as copyright_holder,
  credits.year, credits.license_id as license, licenses.url as license_url, credits.raw, credits.image_url
from credits
left join people on people.id = credits.person_id
left join organisations on organisations.id = credits.organisation_id
left join organisations as holders on holders.id = credits.copyright_holder_id
left join licenses on licenses.id = credits.license_id
where credits.article_id = ? order by credits.position
"""


async def article_page(datasette, request):
    if request.method not in ("GET", "HEAD"):
        return Response.text("405 Method Not Allowed: an article page is read with GET.", status=405,
                             headers={"Allow": "GET, HEAD"})  # fmt: skip
    name = request.url_vars["database"]
    if name == "_internal" or name not in datasette.databases:
        raise NotFound(f"no database {name}")
    # The same permissions as the articles table's own page.
    await datasette.ensure_permissions(request.actor, [("view-table", (name, "articles")), ("view-database", name), "view-instance"])
    db = datasette.get_database(name)
    if not ARTICLE_ID.fullmatch(request.url_vars["id"]) or not await db.table_exists("articles"):
        raise NotFound("no such article")
    article_id = int(request.url_vars["id"])
    article = (await db.execute("select * from articles where id = ?", [article_id])).first()
    if article is None:
        raise NotFound(f"no article {article_id}")

    async def rows(tables: tuple[str, ...], sql: str) -> list | None:
        """The rows of one part of the page; None when the reader may not see every table it reads."""
        for table in tables:
            visible, _ = await datasette.check_visibility(
                request.actor, permissions=[("view-table", (name, table)), ("view-database", name), "view-instance"])  # fmt: skip
            if not visible:
                return None
        return list((await db.execute(sql, [article_id])).rows)

    captures = await rows(("captures",), "select captures.* from captures join articles on articles.capture_id = captures.id where articles.id = ?")
    context = {
        "database": name,
        "article": dict(article),
        "images": await rows(("images",), "select url, alt, caption, credit from images where article_id = ? order by position"),
        "attachments": await rows(("attachments",),
                                  "select url, title, mime, size_bytes from attachments where article_id = ? order by position"),
        "credits": await rows(("credits", "people", "organisations", "licenses"), CREDITS_SQL),
        "people": await rows(("mentions", "people"),
                             "select people.name, mentions.role from mentions join people on people.id = mentions.person_id "
                             "where article_id = ? order by position"),
        "tags": await rows(("article_tags", "tags"), "select tags.name from article_tags join tags on tags.id = article_tags.tag_id "
                                                     "where article_id = ? order by article_tags.rowid"),
        "revisions": await rows(("article_revisions",), "select fetched_at, content_hash, title from article_revisions "
                                                        "where article_id = ? order by fetched_at desc, id desc"),
        "capture": captures[0] if captures else None,
    }  # fmt: skip
    return Response.html(await datasette.render_template("article.html", context, request=request))
