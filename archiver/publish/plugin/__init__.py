"""The archive's Datasette plugin: Polish search functions, an article page, links to it, and
the guards that make it safe to publish (security headers, bounded requests, http(s)-only links).

Registered through the ``datasette`` entry point in pyproject.toml, so any Datasette in this
environment serving an archive gets it, `archiver serve` or a plain `datasette` alike.
"""

from __future__ import annotations

import re
import sqlite3
from urllib.parse import quote, urlencode

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from archiver.publish.diff import changes, version_text
from archiver.publish.headers import SecurityHeaders
from archiver.publish.limits import RequestLimits
from archiver.publish.reading import SEARCHED, ReadingDefaults
from archiver.publish.sqlfunctions import LINEAR_FUNCTIONS
from archiver.safe_html import clean_body_html
from archiver.search import fts_query, hits, snippet
from archiver.store.read import ARTICLE_PARTS, Part
from archiver.urls import web_url

ARTICLE_PATH = "/-/article/{database}/{id}"
ARTICLE_ID = re.compile(r"[0-9]{1,18}")  # what fits SQLite's 64-bit integer
# SQLite's memory in a serving process, all connections together, and the largest string or blob
# one value may be (an article page is at most 10 MB, its text far less): randomblob(1e9) or a
# huge group_concat() fails with an error instead of eating the machine.
HEAP_LIMIT_BYTES = 512 * 1024 * 1024
VALUE_LIMIT_BYTES = 16 * 1024 * 1024


# Called after Datasette's own hook, so that its table search box (``?_search=``, which runs
# ``escape_fts(:search)``) searches the Polish way too: every word in every inflection, folded.
@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT_BYTES}")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, VALUE_LIMIT_BYTES)
    conn.create_function("polish_query", 1, fts_query, deterministic=True)
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
    conn.create_function("polish_snippet", 2, snippet, deterministic=True)
    for name, (arguments, function) in LINEAR_FUNCTIONS.items():
        conn.create_function(name, arguments, function, deterministic=True)


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: SecurityHeaders(RequestLimits(ReadingDefaults(app, datasette)))


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["web_url"] = web_url
    env.filters["clean_body_html"] = clean_body_html


@hookimpl
def extra_template_vars(database, request, datasette):
    """For a canned query: the chart it opens drawn with (its ``chart``), and for a search (its
    ``all_matches``: the table listing every match) the total number of matches and links to them all."""
    if request is None or database is None:
        return {}
    queries = datasette.metadata("queries", database=database) or {}
    query = queries.get(request.path.rstrip("/").rsplit("/", 1)[-1])
    if not isinstance(query, dict):
        return {}

    async def variables():
        found = {"default_chart": query.get("chart"), "search_total": None}
        table, searched = query.get("all_matches"), (request.args.get("q") or "").strip()
        if table and searched:
            expression = fts_query(searched)
            db = datasette.get_database(database)
            found["search_total"] = (await db.execute("select count(*) from articles_fts where articles_fts match ?",
                                                      [expression])).first()[0] if expression else 0  # fmt: skip
            search = urlencode({"_search": searched})
            # The downloads come from the table itself, whose pages Datasette follows by key (a view's by
            # offset, slower page after page), with the list's columns, newest first by the full-text key:
            # pages walk its index instead of sorting every match (5 ms a page of 1,000 instead of 36 at 100,000).
            export = datasette.urls.table(database, query.get("all_matches_from", table))
            columns = urlencode([("_col", column) for column in query.get("all_matches_columns", [])]
                                + [("_sort_desc", query["all_matches_order"])] * ("all_matches_order" in query))  # fmt: skip
            found |= {"search_all_url": f"{datasette.urls.table(database, table)}?{search}",
                      "search_all_csv": f"{export}.csv?{search}&{columns}&_stream=on&_dl=1",
                      "search_all_json": f"{export}.json?{search}&{columns}&_shape=array&_size=max"}  # fmt: skip
        return found

    return variables


# After datasette-atom's own hook, so that this one is the .atom renderer: a feed with no entry yet
# (a person no article names) is an empty feed, where datasette-atom fails on max() of nothing.
@hookimpl(trylast=True)
def register_output_renderer(datasette):
    import datasette_atom

    def render(datasette, request, sql, columns, rows, database, table, query_name, view_name, data):
        if rows:
            return datasette_atom.render_atom(datasette, request, sql, columns, rows, database, table, query_name, view_name, data)
        from datetime import datetime, timezone

        from feedgen.feed import FeedGenerator

        feed = FeedGenerator()
        feed.id(request.url)
        feed.link(href=request.url, rel="self")
        queries = datasette.metadata("queries", database=database) or {}
        feed.title((queries.get(query_name) or {}).get("title") or query_name or table or "Archive")
        feed.author({"name": datasette.metadata("title") or "Archive"})  # a feed without entries needs its own
        feed.updated(datetime.now(timezone.utc))
        return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8")

    return {"extension": "atom", "render": render, "can_render": datasette_atom.can_render_atom}


@hookimpl
def register_routes():
    return [(r"^/-/article/(?P<database>[^/]+)/(?P<id>[^/]+)$", article_page)]


# Columns whose value is a date and time (ISO 8601): shown as "2025-03-14 10:30".
DATE_COLUMNS = frozenset({"published_at", "published", "modified_at", "first_published", "last_published"})
# Where a person's name leads: the articles naming them; a photographer's, their photo credits.
PERSON_LINKS = {"person": "articles_naming_person?person=", "photographer": "photo_credits?photographer="}
PEOPLE_TABLES = frozenset({"people", "people_overview"})


def highlighted(text: str, searched: str | None) -> Markup:
    """``text`` escaped, the words the search matched in <mark>."""
    try:
        spans = hits(text, searched) if searched else []
    except ValueError:
        spans = []
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(escape(text[position:start]) + Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        position = end
    return Markup("").join(pieces) + escape(text[position:])


def article_link(datasette, database: str, article_id, text) -> Markup:
    href = datasette.urls.path(ARTICLE_PATH.format(database=database, id=article_id))
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Articles link to their page, people to their articles, search hits are marked, dates read at a glance."""
    if value is None:
        return None
    keys = row.keys()
    if column == "article_id":
        # Datasette hands a foreign key over expanded ({"value": 1, "label": "…"}) on tables that declare it.
        article_id, label = (value.get("value"), value.get("label")) if isinstance(value, dict) else (value, None)
        return article_link(datasette, database, article_id, label or f"article {article_id}")
    if column == "title" and isinstance(value, str):
        article_id = row["article_id"] if "article_id" in keys else row["id"] if table in ("articles", "article_list") else None
        article_id = article_id.get("value") if isinstance(article_id, dict) else article_id
        if article_id is not None:
            return article_link(datasette, database, article_id, highlighted(value, SEARCHED.get()))
    if column == "snippet" and isinstance(value, str):
        return highlighted(value, SEARCHED.get())
    if column in DATE_COLUMNS and isinstance(value, str) and len(value) >= 16 and value[10] == "T":
        return Markup(f'<time datetime="{escape(value)}">{escape(value[:10])} {escape(value[11:16])}</time>')
    link = PERSON_LINKS["person"] if column == "name" and table in PEOPLE_TABLES else PERSON_LINKS.get(column)
    if link and isinstance(value, str):
        href = datasette.urls.path(f"/{database}/{link}") + quote(value)
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
    if context["revisions"]:
        # Newest first: each version with what changed since the one before it.
        versions = context["revisions"]
        context["revisions"] = [
            {**version, "changes": changes(version_text(versions[index + 1]), version_text(version)) if index + 1 < len(versions) else None}
            for index, version in enumerate(versions)
        ]
    return Response.html(await datasette.render_template("article.html", context, request=request))
