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
from archiver.store.read import ARTICLE_PARTS, Part
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

    async def read(part: Part) -> list | None:
        """One part of the article (the read model `archiver export` uses too); None when the reader
        may not see every table it reads."""
        for table in part.tables:
            visible, _ = await datasette.check_visibility(
                request.actor, permissions=[("view-table", (name, table)), ("view-database", name), "view-instance"])  # fmt: skip
            if not visible:
                return None
        return part.read((await db.execute(part.sql, [article_id])).rows)

    context = {"database": name, "article": dict(article)} | {part.name: await read(part) for part in ARTICLE_PARTS}
    context["capture"] = context["capture"][0] if context["capture"] else None
    return Response.html(await datasette.render_template("article.html", context, request=request))
