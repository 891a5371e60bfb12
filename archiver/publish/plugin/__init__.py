"""The archive's Datasette plugin: Polish search functions, an article page, links to it.

Registered through the ``datasette`` entry point in pyproject.toml, so any Datasette in this
environment serving an archive gets it.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from archiver.search import fts_query, snippet

ARTICLE_PATH = "/-/article/{database}/{id}"


@hookimpl
def prepare_connection(conn):
    conn.create_function("polish_query", 1, fts_query, deterministic=True)
    conn.create_function("polish_snippet", 2, snippet, deterministic=True)


@hookimpl
def register_routes():
    return [(r"^/-/article/(?P<database>[^/]+)/(?P<id>[0-9]+)$", article_page)]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Titles and article ids link to the article page."""
    if value is None:
        return None
    if column == "article_id" and table in (None, "credits", "mentions", "images", "attachments", "photo_credits"):
        href = datasette.urls.path(ARTICLE_PATH.format(database=database, id=value))
        return Markup(f'<a href="{escape(href)}">read article {escape(value)}</a>')
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
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"no database {name}")
    article_id = int(request.url_vars["id"])
    article = (await db.execute("select * from articles where id = ?", [article_id])).first()
    if article is None:
        raise NotFound(f"no article {article_id}")

    async def rows(sql: str) -> list:
        return list((await db.execute(sql, [article_id])).rows)

    context = {
        "database": name,
        "article": dict(article),
        "images": await rows("select url, alt, caption, credit from images where article_id = ? order by position"),
        "attachments": await rows("select url, title, mime, size_bytes from attachments where article_id = ? order by position"),
        "credits": await rows(CREDITS_SQL),
        "people": await rows(
            "select people.name, mentions.role from mentions join people on people.id = mentions.person_id "
            "where article_id = ? order by position"
        ),
        "tags": await rows(
            "select tags.name from article_tags join tags on tags.id = article_tags.tag_id where article_id = ? order by article_tags.rowid"
        ),
        "revisions": await rows(
            "select fetched_at, content_hash, title from article_revisions where article_id = ? order by fetched_at desc, id desc"
        ),
        "capture": (await db.execute(
            "select captures.* from captures join articles on articles.capture_id = captures.id where articles.id = ?", [article_id]
        )).first(),
    }  # fmt: skip
    return Response.html(await datasette.render_template("article.html", context, request=request))
